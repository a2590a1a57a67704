// Free-text matching, loaded only when there is text to match, an unknown id to suggest for, or a
// user catalog's cache entry to write (with the topics' index): bin/build.mjs makes this module a
// separate file, and nothing on the one-shot path imports it.
export { matchTopic, rankProblem, rankTopics, displayScore, type TopicMatch, type MatchConfidence } from './topic.js';
export { nearestId, suggestChannel, suggestEmergency, suggestNeed, suggestTopic } from './suggest.js';
export { editDistance } from './distance.js';
export { precomputeFor } from './precompute.js';
export { loadFolding, mayNeedFolding } from './folding.js';
