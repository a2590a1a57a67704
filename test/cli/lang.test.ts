// One resolver of the user's language (SPEC, --lang): --lang before a lone "--", then the
// preferences, then LC_ALL, LC_MESSAGES, LANG, LANGUAGE (first entry).
import { describe, expect, it } from 'vitest';
import { langFromEnv, parseLang, resolveLang } from '../../src/i18n/lang.js';

describe('the language of a run', () => {
  it.each([
    [[], {}, undefined, 'en'],
    [[], { LANG: 'zh_CN.UTF-8' }, undefined, 'zh'],
    [[], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }, undefined, 'en'],
    [[], { LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'en_GB.UTF-8' }, undefined, 'zh'],
    [[], { LANGUAGE: 'zh_CN:en' }, undefined, 'zh'],
    [[], { LANGUAGE: 'en:zh_CN' }, undefined, 'en'],
    [[], { LANG: 'C', LANGUAGE: 'zh_CN' }, undefined, 'en'], // the first one set decides
    [[], { LANG: 'zh_TW.UTF-8' }, undefined, 'zh-Hant'], // Traditional
    [['--lang', 'zh'], { LANG: 'en_US.UTF-8' }, undefined, 'zh'],
    [['--lang=en'], { LANG: 'zh_CN.UTF-8' }, undefined, 'en'],
    [['--lang', 'fr'], { LANG: 'zh_CN.UTF-8' }, undefined, 'zh'], // invalid: reported later, the locale speaks meanwhile
    [['recommend', '--', '--lang', 'zh'], {}, undefined, 'en'], // after "--" it is a word, not an option
    [[], { LANG: 'en_US.UTF-8' }, 'zh', 'zh'],
    [['--lang', 'en'], {}, 'zh', 'en'],
    [[], { LANG: 'zh_CN.UTF-8' }, 'klingon', 'zh'],
  ] as const)('%j %j preference %s → %s', (argv, env, preference, lang) => {
    expect(resolveLang(argv, env, preference)).toBe(lang);
  });

  it.each([
    ['zh', 'zh'],
    ['zh-CN', 'zh'],
    ['zh_Hans', 'zh'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['en', 'en'],
    ['EN_us', 'en'],
    ['english', null],
    ['fr', null],
    ['zhx', null],
  ])('--lang %s → %s', (value, lang) => {
    expect(parseLang(value)).toBe(lang);
  });

  it('a locale of zh anything is Chinese, anything else English', () => {
    expect(langFromEnv({ LANG: 'zh' })).toBe('zh');
    expect(langFromEnv({ LANG: 'zh_HK.Big5' })).toBe('zh-Hant');
    expect(langFromEnv({ LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(langFromEnv({ LANG: '', LANGUAGE: '' })).toBe('en');
  });
});
