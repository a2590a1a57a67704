// The hours engine: pure functions of a schedule and epoch-ms instants, independent of the
// user's display zone. Windows are daily wall-clock rules in the schedule's IANA zone.

export { parseClockTime, clockMinutes, type ClockTime } from './clock-time.js';
export { dayIntervals, type DayIntervals } from './day-intervals.js';
export { segments, type Segment } from './timeline.js';
export { scheduleStatus, channelStatus, HORIZON_MS, type ScheduleStatus, type ChannelStatus } from './status.js';
export { wallTimeToEpoch, hourStartInZone } from '../zone/zone-clock.js';
