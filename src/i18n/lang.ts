// The user's language, worked out in one place (SPEC, --lang): a valid --lang on the command line
// (before a lone "--"), else the preferences, else the first of LC_ALL, LC_MESSAGES, LANG and
// LANGUAGE (its first entry) that is set. zh_TW, zh_HK, zh_MO and zh_Hant* ask for Traditional
// Chinese, any other zh* for Simplified, anything else for English.
import type { Lang } from '../catalog/types.js';

/** A language the SPEC names: what a user may ask for. */
export type AskedLang = 'zh' | 'zh-Hant' | 'en';

/** The values --lang takes (as a script may read them from an error's `valid`). */
export const LANG_VALUES: readonly AskedLang[] = ['zh', 'zh-Hant', 'en'];

/** The message table that answers each language asked for (each has its own). */
const ANSWERED_IN: Readonly<Record<AskedLang, Lang>> = { zh: 'zh', 'zh-Hant': 'zh-Hant', en: 'en' };

const TRADITIONAL = /^zh[-_](?:tw|hk|mo|hant)(?![a-z])/i;

/** A Chinese tag or locale name: Traditional or Simplified. */
const chinese = (value: string): Lang => ANSWERED_IN[TRADITIONAL.test(value) ? 'zh-Hant' : 'zh'];

/** A --lang value (zh, zh-Hant, en, with or without a region), or null when it names none of them. */
export function parseLang(value: string): Lang | null {
  const v = value.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return chinese(v);
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return ANSWERED_IN.en;
  return null;
}

/** The locale's language: the first of LC_ALL, LC_MESSAGES, LANG and LANGUAGE (first entry) that is set; zh* is Chinese, anything else English. */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE'] as const) {
    const value = name === 'LANGUAGE' ? env[name]?.split(':')[0] : env[name];
    if (value) return value.toLowerCase().startsWith('zh') ? chinese(value) : ANSWERED_IN.en;
  }
  return ANSWERED_IN.en;
}

/** The first valid --lang (or --lang=…) before a lone "--"; an invalid one is reported when the options are read. */
export function langFromArgv(argv: readonly string[]): Lang | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    const lang = value === undefined ? null : parseLang(value);
    if (lang) return lang;
  }
  return null;
}

/**
 * The user's language for a run: --lang, else the preferences' language (when it names one), else
 * the locale. Used for everything said before the options are read (help, usage errors, a crash);
 * once read, the options' --lang is the same answer (src/cli/runtime/context.ts).
 */
export function resolveLang(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, preference?: string): Lang {
  return langFromArgv(argv) ?? (preference === undefined ? null : parseLang(preference)) ?? langFromEnv(env);
}

/** Whether the language is written in Chinese (Simplified or Traditional): full-width punctuation, Chinese dates. */
export function isChinese(lang: Lang): boolean {
  return lang !== 'en';
}
