// The human renderers, behind one lazy-load boundary: a run with --json never loads them, and a
// human run loads them as one chunk rather than one per command.
export { renderChannels } from './channels.js';
export { renderEmergency, renderEmergencyList } from './emergency.js';
export { renderHours } from './hours.js';
export { renderPhone } from './phone.js';
export { renderRecommend } from './recommend.js';
export { renderTopics } from './topics.js';
export { renderValidation } from './validate.js';
