// A channel together with its status at one instant: the unit every result is made of.
import type { Channel } from '../catalog/types.js';
import { channelStatus, type ChannelStatus } from '../hours/index.js';

export interface ChannelAt {
  channel: Channel;
  status: ChannelStatus;
}

export function channelAt(channel: Channel, at: number): ChannelAt {
  return { channel, status: channelStatus(channel, at) };
}
