// zh-Hant output carries no Simplified-only character: every command × topic × urgency × region ×
// a few instants, text and JSON, help and errors, in-process; a user's catalog without zh-Hant text
// gets it made, and one that gives its own keeps it; one end-to-end run with LANG=zh_HK.UTF-8.
/// <reference path="../../src/types/opencc-js.d.ts" />
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import STCharacters from 'opencc-js/dict/STCharacters';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import { describe, expect, it } from 'vitest';
import { recommendArgv } from '../support/grid-query.js';
import { parseLang, langFromEnv } from '../../src/i18n/lang.js';
import { parseCatalog } from '../../src/catalog/load.js';
import { runCli, type FakeIOOptions } from '../support/fake-io.js';
import { tempDir } from '../hardening/helpers.js';

/** Taiwan's and Hong Kong's standard forms (峰, 台 …), which OpenCC's own Traditional writes otherwise (峯, 綫). */
const TAIWAN_FORMS = new Set([...TWVariantsRev.split('|'), ...HKVariantsRev.split('|')].map((entry) => entry.split(' ')[0]));
/** Characters OpenCC converts to something else and never keeps: written only in Simplified. */
const SIMPLIFIED_ONLY = new Set(
  STCharacters.split('|').flatMap((entry) => {
    const [from, ...to] = entry.split(' ');
    return from && !to.includes(from) && !TAIWAN_FORMS.has(from) ? [from] : [];
  }),
);
const simplifiedIn = (text: string) => [...new Set(Array.from(text).filter((c) => SIMPLIFIED_ONLY.has(c)))];

const catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
const INSTANTS = ['2026-11-26T03:00+08:00', '2026-11-28T12:00+08:00', '2026-11-28T22:00+08:00'];
const COMMON = ['--lang', 'zh-Hant', '--tz', 'Asia/Hong_Kong'];

async function traditional(args: string[], env: Record<string, string> = {}, options: FakeIOOptions = {}) {
  const r = await runCli([...args, ...COMMON], { env, columns: 80, ...options });
  return { ...r, simplified: simplifiedIn(r.stdout + r.stderr) };
}

describe('the Simplified-only characters', () => {
  it('are the ones to look for (简, 体, 账, 号 …), not characters Traditional text also uses (台, 峰, 只)', () => {
    for (const c of '简体账号设录') expect(SIMPLIFIED_ONLY.has(c), c).toBe(true);
    for (const c of '台峰只') expect(SIMPLIFIED_ONLY.has(c), c).toBe(false);
  });
});

describe('zh-Hant answers', () => {
  const grid = catalog.topics.flatMap((t) =>
    [true, false].flatMap((urgent) => [true, false].map((overseas) => ({ topic: t.id, urgent, overseas }))),
  );
  it.each(grid)(
    'recommend --topic $topic urgent=$urgent overseas=$overseas, text and JSON, at each instant',
    async ({ topic, urgent, overseas }) => {
      for (const at of INSTANTS) {
        for (const json of [false, true]) {
          const args = [...recommendArgv(topic, urgent, overseas, at), '--verbose', ...(json ? ['--json'] : [])];
          const r = await traditional(args);
          expect(r.code, r.stderr).toBe(0);
          expect(r.simplified, `${args.join(' ')}\n${r.stdout}`).toEqual([]);
        }
      }
    },
  );

  const commands = [
    ['phone', '--overseas'],
    ['phone', '--mainland', '--payment'],
    ['channels'],
    ['hours'],
    ['topics'],
    ['emergency'],
    ...catalog.emergencies.map((e) => ['emergency', e.id]),
    ['recommend', '帳號被盜了'],
    ['recommend', '账号被盗了'],
    ['recommend', '我的帳戶被凍結了', '--verbose'],
    ['recommend', 'my', 'account', 'was', 'stolen'],
  ];
  it.each(commands)('%s … (text and JSON, at each instant)', async (...command) => {
    for (const at of INSTANTS) {
      for (const json of [false, true]) {
        const r = await traditional([...command, '--at', at, ...(json ? ['--json'] : [])]);
        expect(r.code, r.stderr).toBe(0);
        // The user's own words may be echoed as typed (JSON's match.text).
        const own = command.slice(1).join(' ');
        expect(simplifiedIn((r.stdout + r.stderr).replaceAll(own, '')), `${command.join(' ')}\n${r.stdout}`).toEqual([]);
        expect(r.stdout).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });
});

describe('zh-Hant where the user is unsure, and the preferences', () => {
  it.each([['phone'], ['phone', '--payment'], ['recommend', '帳號被盜了'], ['channels'], ['emergency', 'stolen'], ['remind', 'hotline']])(
    '%s … on a machine in UTC (text and JSON)',
    async (...command) => {
      for (const json of [false, true]) {
        const r = await runCli([...command, '--lang', 'zh-Hant', '--tz', 'UTC', '--at', INSTANTS[0]!, ...(json ? ['--json'] : [])], {
          columns: 80,
        });
        const out = (r.stdout + r.stderr).replaceAll(command.slice(1).join(' '), '');
        expect(out).toMatch(/[\u4e00-\u9fff]/);
        expect(simplifiedIn(out), `${command.join(' ')}\n${out}`).toEqual([]);
      }
    },
  );

  it('config: help, a bad value, a broken file, and what it lists', async () => {
    const home = mkdtempSync(join(tmpdir(), 'wxhelp-hant-config-'));
    const env = { XDG_CONFIG_HOME: home };
    const runs = [
      ['config', '--help'],
      ['config', 'set', 'region', 'moon'],
      ['config', 'get', 'colour'],
      ['config', 'set', 'needs', 'elderly'],
      ['config', 'list'],
    ];
    for (const args of runs) {
      const r = await runCli([...args, '--lang', 'zh-Hant'], { env, now: () => Date.UTC(2026, 10, 28, 12) });
      expect(simplifiedIn(r.stdout + r.stderr), `${args.join(' ')}\n${r.stdout}${r.stderr}`).toEqual([]);
    }
    mkdirSync(join(home, 'wxhelp'), { recursive: true });
    writeFileSync(join(home, 'wxhelp', 'config.yaml'), 'region: moon\n');
    const broken = await runCli(['phone', '--lang', 'zh-Hant', '--at', INSTANTS[0]!], { env });
    expect(broken.code).toBe(3);
    expect(broken.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(simplifiedIn(broken.stderr), broken.stderr).toEqual([]);
  });
});

describe('zh-Hant help and errors', () => {
  const cases = [
    ['--help'],
    ...['recommend', 'phone', 'channels', 'hours', 'remind', 'emergency', 'topics', 'validate', 'schema', 'ask'].map((c) => [c, '--help']),
    ['recommend', '--topic', 'acount-security'],
    ['recommend', 'qwertyuiop', '--at', INSTANTS[0]!],
    ['recommend', '--at', 'tomorrow'],
    ['recommend', '--tz', 'Mars/Base'],
    ['emergency', 'stolne'],
    ['hours', 'hotline'],
    ['frobnicate'],
    ['recommend', '--limit', 'x'],
  ];
  it.each(cases)('%s …', async (...args) => {
    const r = await traditional(args, {}, { now: () => Date.UTC(2026, 10, 28, 12) });
    expect(r.stdout + r.stderr).toMatch(/[\u4e00-\u9fff]/);
    expect(r.simplified, `${args.join(' ')}\n${r.stdout}${r.stderr}`).toEqual([]);
  });

  it('a broken catalog is reported in Traditional', async () => {
    const tmp = tempDir('wxhelp-hant-');
    try {
      const file = tmp.file('broken.yaml', 'schemaVersion: 1\nserviceTimeZone: Mars/Base\nchannels: 3\n');
      const r = await traditional(['validate', file], {}, { now: () => Date.UTC(2026, 10, 28, 12) });
      expect(r.code).toBe(3);
      expect(r.simplified, r.stdout + r.stderr).toEqual([]);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the language of a locale', () => {
  it.each([
    ['zh_HK.UTF-8', 'zh-Hant'],
    ['zh_TW.UTF-8', 'zh-Hant'],
    ['zh_MO', 'zh-Hant'],
    ['zh_Hant_HK.UTF-8', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-TW', 'zh-Hant'],
    ['zh_CN.UTF-8', 'zh'],
    ['zh_SG', 'zh'],
    ['zh-Hans', 'zh'],
    ['zh', 'zh'],
    ['en_HK.UTF-8', 'en'],
  ])('%s → %s', (locale, lang) => {
    expect(parseLang(locale)).toBe(lang);
    expect(langFromEnv({ LANG: locale })).toBe(lang);
  });
});

describe("a user's catalog", () => {
  const fixture = readFileSync(new URL('../catalog/fixtures/minimal.yaml', import.meta.url), 'utf8');

  it('without zh-Hant text still answers in Traditional (made when loaded, kept in the cache)', async () => {
    const tmp = tempDir('wxhelp-hant-');
    try {
      const file = tmp.file('mine.yaml', fixture);
      const env = { XDG_CACHE_HOME: tmp.dir };
      for (let i = 0; i < 2; i++) {
        const r = await traditional(['channels', '--channels', file, '--at', INSTANTS[1]!], env);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain('微信內客服');
        expect(r.simplified, r.stdout).toEqual([]);
      }
    } finally {
      tmp.cleanup();
    }
  });

  it('with its own zh-Hant text shows that text', async () => {
    const tmp = tempDir('wxhelp-hant-');
    try {
      const file = tmp.file(
        'mine.yaml',
        fixture.replace('name: { zh: 微信内客服, en: In-app help }', 'name: { zh: 微信内客服, en: In-app help, zh-Hant: 微信App內的客服 }'),
      );
      const r = await traditional(['channels', '--channels', file, '--at', INSTANTS[1]!], { WXHELP_NO_CACHE: '1' });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('微信App內的客服');
      const en = await runCli(['channels', '--channels', file, '--at', INSTANTS[1]!, '--lang', 'zh'], { env: { WXHELP_NO_CACHE: '1' } });
      expect(en.stdout).toContain('微信内客服');
    } finally {
      tmp.cleanup();
    }
  });
});

describe('end to end', () => {
  it('LANG=zh_HK.UTF-8: a Hong Kong user at 03:00 with a stolen account reads Traditional only', () => {
    const bin = new URL('../../bin/wxhelp.js', import.meta.url).pathname;
    const env = { PATH: process.env.PATH ?? '', HOME: '/nonexistent', LANG: 'zh_HK.UTF-8', COLUMNS: '80', NO_COLOR: '1' };
    const out = execFileSync(
      process.execPath,
      [bin, 'recommend', '帳號被盜了', '--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Hong_Kong'],
      { env, encoding: 'utf8' },
    );
    expect(out).toContain('帳號安全');
    expect(out).toMatch(/凍結/);
    expect(simplifiedIn(out)).toEqual([]);
    const help = execFileSync(process.execPath, [bin, '--help'], { env, encoding: 'utf8' });
    expect(simplifiedIn(help)).toEqual([]);
  });

  // Each lazy part is a bundle of its own with its own copy of the wording modules: a zh-Hant table
  // kept in one copy's state was missing from the others (ask, remind and config spoke Simplified).
  it('the lazy parts speak Traditional too: ask, remind, config, catalog init, validate', () => {
    const bin = new URL('../../bin/wxhelp.js', import.meta.url).pathname;
    const home = tempDir().dir;
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: home,
      XDG_CONFIG_HOME: home,
      LANG: 'zh_HK.UTF-8',
      COLUMNS: '80',
      NO_COLOR: '1',
      TZ: 'Asia/Hong_Kong',
    };
    const run = (args: string[], input = '') => {
      const r = spawnSync(process.execPath, [bin, ...args], { env, input, encoding: 'utf8' });
      return r.stdout + r.stderr;
    };
    // ask in a terminal (util-linux `script`): the problem typed in Traditional, then Enter throughout.
    const ask = spawnSync('script', ['-qfec', `${process.execPath} ${bin} ask --accessible --at 2026-11-28T03:00+08:00`, '/dev/null'], {
      env: { ...env, TERM: 'xterm-256color' },
      input: ['帳號被盜了', '1', '', '', ''].map((line) => `${line}\n`).join(''),
      encoding: 'utf8',
      timeout: 20_000,
    }).stdout;
    const outputs = {
      ask: ask.replaceAll('帳號被盜了', ''),
      remind: run(['remind', 'hotline', '--tz', 'UTC', '--at', '2026-11-28T03:00+08:00']),
      configBad: run(['config', 'set', 'region', 'moon']),
      configKey: run(['config', 'get', 'colour']),
      init: run(['catalog', 'init', join(home, 'copy.yaml')]),
      validate: run(['validate', join(home, 'copy.yaml')]),
    };
    // Traditional characters typed are read as Simplified: the stolen account matches first.
    expect(ask).toContain('  1. 帳號安全');
    expect(ask).toContain('已選：帳號安全。');
    for (const [what, out] of Object.entries(outputs)) {
      expect(out, what).toMatch(/[\u4e00-\u9fff]/);
      expect(simplifiedIn(out), `${what}\n${out}`).toEqual([]);
    }
  });
});
