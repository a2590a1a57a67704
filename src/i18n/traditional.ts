// The interface text in Traditional Chinese, never written by hand: when wxhelp is built, and when
// the tests run, this module is given the source of messages.ts, prefs-messages.ts and ../catalog/messages.ts with all
// their Chinese converted (src/hant/convert.ts, by bin/hant-modules.mjs), so the zh tables it
// exports are in Traditional. As committed — what the type checker sees — it re-exports the
// Simplified ones. Built as a chunk of its own, loaded only for a zh-Hant run.
export { makeZh as messagesTable } from './messages.js';
export { makeZh as catalogWordsTable } from '../catalog/messages.js';
export { makeZh as prefsMessagesTable } from './prefs-messages.js';
