import type { Lang } from '../catalog/types.js';

/**
 * A locale name (LANG's "zh_HK.UTF-8", a --lang "zh-TW", LANGUAGE's "zh_Hant_TW") → the language
 * wxhelp speaks: zh_TW, zh_HK, zh_MO and zh_Hant* → Traditional, other zh* → Simplified, en* →
 * English; null for anything else.
 */
export function parseLang(value: string): Lang | null {
  const v = value.toLowerCase().replace(/[.@].*$/, '').replace(/_/g, '-');
  if (v === 'zh' || v.startsWith('zh-')) return /^zh-(hant|tw|hk|mo)(-|$)/.test(v) ? 'zh-Hant' : 'zh';
  if (v === 'en' || v.startsWith('en-')) return 'en';
  return null;
}

/** First non-empty of LC_ALL, LC_MESSAGES, LANG decides: a Chinese locale → zh or zh-Hant, anything else → en. */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    const value = env[name];
    if (value) return value.toLowerCase().startsWith('zh') ? (parseLang(value) ?? 'zh') : 'en';
  }
  return 'en';
}

/** Whether the language is written in Chinese (Simplified or Traditional): full-width punctuation, Chinese dates. */
export function isChinese(lang: Lang): boolean {
  return lang !== 'en';
}
