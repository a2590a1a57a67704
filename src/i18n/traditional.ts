// The interface text in Traditional Chinese, never written by hand: when wxhelp is built, and when
// the tests run, this module is given zh.json, prefs-messages/zh.json and the source of
// ../catalog/messages.ts with all their Chinese converted (src/hant/convert.ts, by
// bin/hant-modules.mjs), so the tables it exports are in Traditional. As committed — what the type
// checker sees — it re-exports the Simplified ones. Built as a chunk of its own, loaded only for a
// zh-Hant run.
export { default as messagesTable } from './messages/zh.json' with { type: 'json' };
export { default as catalogWordsTable } from '../catalog/words/zh.json' with { type: 'json' };
export { default as prefsMessagesTable } from './prefs-messages/zh.json' with { type: 'json' };
