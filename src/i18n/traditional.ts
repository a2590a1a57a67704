// The interface text in Traditional Chinese, never written by hand: when wxhelp is built, and when
// the tests run, this module is given zh.json, prefs-messages/zh.json and the source of
// ../catalog/messages.ts with all their Chinese converted (src/hant/convert.ts, by
// bin/hant-modules.mjs), so the tables it exports are in Traditional, each as its JSON text. As
// committed — what the type checker sees — it gives the Simplified ones' text. Built as a chunk of
// its own, loaded only for a zh-Hant run.
import catalogWords from '../catalog/words/zh.json' with { type: 'json' };
import messages from './messages/zh.json' with { type: 'json' };
import prefsMessages from './prefs-messages/zh.json' with { type: 'json' };

export const messagesTable: string = JSON.stringify(messages);
export const catalogWordsTable: string = JSON.stringify(catalogWords);
export const prefsMessagesTable: string = JSON.stringify(prefsMessages);
