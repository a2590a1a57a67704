// A channel together with its status at one instant: the unit every result is made of.
import type { Channel, Hours } from '../catalog/types.js';
import { channelStatus, type ChannelStatus } from '../hours/index.js';
import { type DialForms, hoursFor, type Reach, type RegionView } from './region.js';

export interface ChannelAt {
  channel: Channel;
  /** The hours that apply where the user is: a line's hours for calls from abroad, for a caller abroad. */
  hours: Hours;
  status: ChannelStatus;
}

/** A channel as offered to the user where they are, and whether it can help at this moment. */
export interface ContactAt extends ChannelAt {
  /** `unknown`: a mainland line offered abroad (or to a user who may be abroad) without knowing whether it takes calls from abroad. */
  reach: Exclude<Reach, 'no'>;
  /** The number to dial, for a user abroad (international form); absent otherwise. */
  dial?: string;
  /** When the region is unsure: the number as dialled in mainland China and from abroad. */
  forms?: DialForms;
  /** Open, or automated where self-service does the job. */
  canActNow: boolean;
  /** When it can next act (the instant itself when it can now); null when not within the horizon. */
  actsAt: number | null;
}

/** A channel's state at an instant for a user in the region (mainland when not said). */
export function channelAt(channel: Channel, at: number, region: RegionView = 'mainland'): ChannelAt {
  const hours = hoursFor(channel, region);
  return { channel, hours, status: channelStatus(hours === channel.hours ? channel : { hours, waitMinutes: channel.waitMinutes }, at) };
}
