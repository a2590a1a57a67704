// SPEC "Output" on the whole grid, through the injected IO: the one-screen cap never drops a
// requested need's line, an emergency step or the region line without counting it on the last
// line, and numbers run on without a gap; one word per state in every command, both languages;
// the "same answer" line of ask gives the answer again, byte for byte, on a machine in another zone.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load.js';
import { askQuestions, type Prompts, type SearchQuestion, type SelectQuestion } from '../../src/ask/flow.js';
import { runAskSession } from '../../src/cli/commands/ask-run.js';
import { plainPrompts } from '../../src/ask/plain-prompts.js';
import { createContext, resolveGlobalOptions } from '../../src/cli/runtime/context.js';
import { messages } from '../../src/i18n/messages.js';
import { displayWidth } from '../../src/render/terminal/width.js';
import { fakeIO, runCli } from '../support/fake-io.js';

const catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
const INSTANTS = ['2026-11-28T03:00+08:00', '2026-11-26T19:30+08:00'];
const NEEDS = [['elderly'], ['elderly', 'visually-impaired'], catalog.needs.map((n) => n.id)];

/** The last line's counts: "2 more steps and 1 channel: --verbose" / "还有2步、1个渠道：加 --verbose". */
function counted(out: string, lang: 'en' | 'zh'): { steps: number; needs: number } {
  const last = out.trimEnd().split('\n').slice(-2).join(' ');
  const n = (re: RegExp) => Number(re.exec(last)?.[1] ?? 0);
  return lang === 'zh'
    ? { steps: n(/(\d+)步/), needs: n(/(\d+)项需求说明/) }
    : { steps: n(/(\d+) (?:more )?steps?\b/), needs: n(/(\d+) (?:more )?needs?'s? lines?/) };
}

function fits(out: string, columns: number, label: string, screen = true): void {
  const lines = out.replace(/\n$/, '').split('\n');
  if (screen) expect(lines.length, `${label}\n${out}`).toBeLessThanOrEqual(24);
  for (const line of lines) {
    if (displayWidth(line) <= columns) continue;
    const tokens = line.trim().split(/\s+/);
    const longest = tokens.reduce((a, b) => (displayWidth(b) > displayWidth(a) ? b : a), '');
    expect(displayWidth(line.replace(longest, '')), `${label}: too wide: ${line}`).toBeLessThanOrEqual(columns);
  }
}

/** Numbered lines run 1, 2, 3… without a gap or a repeat. */
function numbering(out: string, label: string): void {
  const numbers = out.split('\n').flatMap((l) => (/^(\d+)\. /.exec(l) ? [Number(/^(\d+)\. /.exec(l)![1])] : []));
  expect(numbers, `${label}\n${out}`).toEqual(numbers.map((_, i) => i + 1));
}

const cases = catalog.topics.flatMap((topic) =>
  ['--urgent', '--not-urgent'].flatMap((urgent) => ['--overseas', '--mainland'].map((region) => ({ topic: topic.id, urgent, region }))),
);

describe.each(['en', 'zh'] as const)('the cap keeps what was asked (%s)', (lang) => {
  const where = messages(lang).answer.where;
  it.each(cases)('recommend $topic $urgent $region with needs, at 60 and 80 columns', async ({ topic, urgent, region }) => {
    for (const needs of NEEDS) {
      const needArgs = needs.flatMap((n) => ['--need', n]);
      for (const at of INSTANTS) {
        const args = [
          'recommend',
          '--topic',
          topic,
          urgent,
          region,
          ...needArgs,
          '--lang',
          lang,
          '--at',
          at,
          '--tz',
          'America/Los_Angeles',
        ];
        const data = JSON.parse((await runCli([...args, '--json'])).stdout);
        const steps: number = data.emergency?.steps.length ?? 0;
        const needLines = needs.filter((id) => (catalog.needs.find((n) => n.id === id)?.steps.length ?? 0) > 0);
        for (const columns of [60, 80]) {
          const r = await runCli(args, { env: { COLUMNS: String(columns), NO_COLOR: '1' } });
          const label = `${args.join(' ')} at ${columns}`;
          expect(r.code, r.stderr).toBe(0);
          fits(r.stdout, columns, label);
          numbering(r.stdout, label);
          // The region line, always.
          expect(r.stdout, label).toContain(
            where({ overseas: region === '--overseas', from: 'flag', flag: region as '--overseas' | '--mainland' }),
          );
          const count = counted(r.stdout, lang);
          // Every step shown, or the ones left out counted.
          const shown = r.stdout.split('\n').filter((l) => /^\d+\. /.test(l)).length;
          if (steps > 0) expect(Math.min(shown, steps) + count.steps, label).toBe(steps);
          // Every requested need's line shown, or counted.
          const needsShown = needLines.filter((id) =>
            r.stdout.includes(`${catalog.needs.find((n) => n.id === id)!.name[lang]}${lang === 'zh' ? '：' : ':'}`),
          ).length;
          expect(needsShown + count.needs, label).toBe(needLines.length);
        }
      }
    }
  });

  it.each(catalog.emergencies.map((e) => e.id))('emergency %s: every step shown or counted, the region line kept', async (kind) => {
    for (const region of ['--overseas', '--mainland']) {
      const args = ['emergency', kind, region, '--lang', lang, '--at', INSTANTS[0]!, '--tz', 'America/Los_Angeles'];
      const steps: number = JSON.parse((await runCli([...args, '--json'])).stdout).steps.length;
      for (const columns of [60, 80]) {
        const r = await runCli(args, { env: { COLUMNS: String(columns), NO_COLOR: '1' } });
        fits(r.stdout, columns, args.join(' '));
        numbering(r.stdout, args.join(' '));
        expect(r.stdout).toContain(where({ overseas: region === '--overseas', from: 'flag', flag: region as '--overseas' | '--mainland' }));
        const shown = r.stdout.split('\n').filter((l) => /^\d+\. /.test(l)).length;
        expect(shown + counted(r.stdout, lang).steps).toBe(steps);
      }
    }
  });

  it("a need's lines do not push out the step where a person answers now", async () => {
    // At 03:00 the hotline (step 3) is the only person who answers; two needs' lines would fill the screen.
    const args = [
      'recommend',
      lang === 'zh' ? '我的微信号被盗了' : 'my account was stolen',
      '--need',
      'elderly',
      '--need',
      'visually-impaired',
      '--lang',
      lang,
      '--at',
      INSTANTS[0]!,
      '--tz',
      'Asia/Shanghai',
    ];
    const r = await runCli(args, { env: { COLUMNS: '60', NO_COLOR: '1' } });
    fits(r.stdout, 60, args.join(' '));
    expect(r.stdout).toMatch(/^3\. /m);
    expect(r.stdout).toContain('0755-83765566');
    expect(counted(r.stdout, lang).steps).toBeGreaterThan(0);
  });

  it('phone keeps the region line at 60 columns', async () => {
    for (const region of ['--overseas', '--mainland']) {
      const r = await runCli(['phone', region, '--lang', lang, '--at', INSTANTS[0]!, '--tz', 'Europe/London'], {
        env: { COLUMNS: '60', NO_COLOR: '1' },
      });
      fits(r.stdout, 60, 'phone');
      expect(r.stdout).toContain(where({ overseas: region === '--overseas', from: 'flag', flag: region as '--overseas' | '--mainland' }));
    }
  });
});

describe('one word per state, everywhere', () => {
  /** The other names a state once had, which must not come back. */
  const RETIRED = {
    en: [/\bautomated\b/i, /usable now/, /only self-service/, /hours not published/i, /\bopen now\b/, /self-service \/ AI/],
    zh: [/自动化/, /现在可用（自助）/, /人工服务中/, /未公布服务时间/, /仅自助 \//, /(?<!服务)时间未知/],
  };
  const commands = [
    ['channels'],
    ['hours'],
    ['phone', '--overseas'],
    ['phone', '--mainland'],
    ['emergency', 'stolen'],
    ['recommend', '--topic', 'general', '--need', 'elderly'],
    ['recommend', '--topic', 'account-security', '--urgent'],
    ['recommend', '--topic', 'payment', '--overseas'],
  ];
  it.each(['en', 'zh'] as const)('%s: the words of the message table, in text and in JSON strings', async (lang) => {
    const state = messages(lang).state;
    for (const at of [...INSTANTS, '2026-11-28T12:00+08:00']) {
      for (const command of commands) {
        const args = [...command, '--lang', lang, '--at', at, '--tz', 'Asia/Shanghai'];
        const text = (await runCli(args, { env: { NO_COLOR: '1' } })).stdout;
        for (const re of RETIRED[lang]) expect(text, `${args.join(' ')}: ${re}`).not.toMatch(re);
        // JSON: the strings the program words (hours text, warnings but the sources' own disagreements).
        const data = JSON.parse((await runCli([...args, '--json'])).stdout);
        const strings: string[] = [];
        const walk = (v: unknown, key = '') => {
          if (typeof v === 'string' && (key === 'hours' || key === 'warnings')) strings.push(v);
          else if (Array.isArray(v)) for (const x of v) walk(x, key);
          else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
        };
        walk(data);
        for (const s of strings.filter((x) => !/^(sources disagree|来源说法不一)/.test(x)))
          for (const re of RETIRED[lang]) expect(s, `${args.join(' ')} --json`).not.toMatch(re);
      }
      // The timeline's legend names the states with the same words.
      const hours = (await runCli(['hours', '--lang', lang, '--at', at, '--tz', 'Asia/Shanghai'], { env: { NO_COLOR: '1' } })).stdout;
      for (const word of [state.open, state.automated]) expect(hours).toContain(word);
    }
  });

  it('a website is available, a phone is answered; "unconfirmed" once, as a legend', async () => {
    const r = await runCli(['channels', '--at', '2026-11-28T12:00+08:00', '--tz', 'Asia/Shanghai'], { env: { NO_COLOR: '1' } });
    const lines = r.stdout.split('\n');
    lines.forEach((line, i) => {
      if (/\(website\)/.test(line)) expect(lines[i + 1]).not.toMatch(/people answer/);
    });
    expect(r.stdout).toMatch(/available now/);
    expect(r.stdout.match(/unconfirmed/g)).toHaveLength(1);
    expect(r.stdout).toMatch(/ \*\n/);
  });
});

/** Prompts that take the default everywhere but the questions named. */
function answering(choices: Record<string, unknown>): Prompts {
  return {
    select: <V>(q: SelectQuestion<V>) => Promise.resolve((q.message in choices ? choices[q.message] : q.default) as V),
    search: <V>(q: SearchQuestion<V>) => Promise.resolve((choices[q.message] ?? q.source('')[0]?.value) as V),
  };
}

describe('the "same answer" line of ask', () => {
  it.each([
    ['Asia/Shanghai', 'en', { 'What happened? (type it, or pick one)': 'account-security', 'Any special needs?': 'elderly' }],
    ['Europe/London', 'zh', { '发生了什么？（可直接输入，或从列表选择）': 'payment', '你现在在哪里？': false }],
    ['America/New_York', 'en', {}],
  ] as const)(
    'in %s (%s), pasted on a machine in another zone and language, gives the same answer byte for byte',
    async (zone, lang, choices) => {
      const here = fakeIO({
        tty: true,
        columns: 80,
        systemZone: zone,
        env: { NO_COLOR: '1', COLUMNS: '80', LANG: lang === 'zh' ? 'zh_CN.UTF-8' : 'en_US.UTF-8' },
      });
      const ctx = await createContext(here.io, resolveGlobalOptions({ at: '2026-11-28T03:00+08:00' }, here.io));
      const { catalog: loaded } = await (await import('../../src/cli/runtime/load-catalog.js')).loadCatalogFor(ctx);
      // The answers flow through askQuestions as the session asks them.
      expect(await askQuestions({ catalog: loaded, lang, tz: zone }, answering(choices))).toBeDefined();
      expect(await runAskSession(ctx, loaded, answering(choices))).toBe(0);
      const out = here.stdout();
      const marker = `\n${messages(lang).rec.repeat}${lang === 'zh' ? '：' : ':'}\n  `;
      const [answer, line] = out.slice(1).split(marker) as [string, string];
      const words = line.trim().split(' ');
      expect(words[0]).toBe('wxhelp');
      const there = await runCli(words.slice(1), {
        systemZone: 'Pacific/Auckland',
        env: { NO_COLOR: '1', COLUMNS: '80', LANG: 'fr_FR.UTF-8', TZ: 'Pacific/Auckland' },
      });
      expect(there.stdout).toBe(answer);
    },
  );
});

describe('accessible ask: numbered questions as plain lines', () => {
  it('typed numbers and words give the answer; nothing but text and line ends is written', async () => {
    const typed = ['my account was stolen', '1', '', '1', '3', ''];
    const needs = catalog.needs.length + 1;
    const written: string[] = [];
    const prompts = plainPrompts({ write: (t) => void written.push(t), readLine: () => Promise.resolve(typed.shift() ?? null) }, 'en');
    const answers = await askQuestions({ catalog, lang: 'en', tz: 'Asia/Shanghai' }, prompts);
    expect(answers).toEqual({ topic: 'account-security', urgent: true, overseas: false, needs: ['elderly'] });
    const text = written.join('');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).toContain('  3. Older users');
    expect(text).toContain(`Type a number from 1 to ${needs} and press Enter (Enter alone: 1, No special needs):`);
    expect(text).toContain('Chosen: Older users.');
  });

  it('a wrong number is asked again; the end of input is Ctrl-C (exit 130)', async () => {
    const typed = ['42', 'x?!', '2'];
    const written: string[] = [];
    const prompts = plainPrompts({ write: (t) => void written.push(t), readLine: () => Promise.resolve(typed.shift() ?? null) }, 'zh');
    await expect(
      prompts.select({
        message: 'q',
        choices: [
          { value: 'a', name: 'A' },
          { value: 'b', name: 'B' },
        ],
        default: 'a',
      }),
    ).resolves.toBe('b');
    expect(written.join('')).toContain('请输入 1 到 2 的数字。');
    await expect(prompts.select({ message: 'q', choices: [{ value: 'a', name: 'A' }], default: 'a' })).rejects.toMatchObject({
      name: 'ExitPromptError',
    });
  });

  it('accessible hours: sentences in both zones, no block glyph, no mark', async () => {
    for (const lang of ['en', 'zh'] as const) {
      const r = await runCli(['hours', '--accessible', '--lang', lang, '--at', '2026-11-28T03:00+08:00', '--tz', 'America/Los_Angeles'], {
        env: { COLUMNS: '60' },
      });
      expect(r.stdout).not.toMatch(/[█▓▒▲·*⚠→]|\u001b/);
      // Read as one text: a wrapped line goes on where it broke (at a space, which the break takes).
      const joined = r.stdout.replace(/\n {2}/g, ' ').replace(/ /g, '');
      expect(joined).toContain(
        (lang === 'zh'
          ? '北京时间 09:00至22:00有人工客服（当地 17:00至11月28日 周六 06:00）'
          : 'people answer from 09:00 to 22:00 Beijing time, 17:00 to Sat 28 Nov 06:00 yours'
        ).replace(/ /g, ''),
      );
      fits(r.stdout, 60, `hours --accessible --lang ${lang}`, false);
    }
  });

  it('WXHELP_ACCESSIBLE=1 is the same as --accessible, and an answer has no glyph carrying meaning', async () => {
    const args = ['recommend', 'my account was stolen', '--at', '2026-11-28T03:00+08:00', '--tz', 'Asia/Shanghai'];
    const flag = await runCli([...args, '--accessible']);
    const env = await runCli(args, { env: { WXHELP_ACCESSIBLE: '1' } });
    expect(env.stdout).toBe(flag.stdout);
    expect(flag.stdout).not.toMatch(/[·⚠→*]|\u001b/);
    expect(flag.stdout).toContain('(unconfirmed)');
  });
});

describe('lists and help fit 60 and 80 columns', () => {
  it.each(['en', 'zh'] as const)('%s: topics, emergency without a kind, help and help exit-codes', async (lang) => {
    for (const columns of [60, 80]) {
      for (const args of [
        ['topics'],
        ['emergency'],
        ['--help'],
        ['help', 'exit-codes'],
        ['help', 'recommend'],
        ['help', 'remind'],
        ['help', 'completion'],
      ]) {
        const r = await runCli([...args, '--lang', lang], {
          env: { COLUMNS: String(columns), NO_COLOR: '1' },
          now: () => Date.parse('2026-11-28T03:00+08:00'),
        });
        const out = r.stdout + r.stderr;
        expect(out.length).toBeGreaterThan(0);
        fits(out, columns, `${args.join(' ')} --lang ${lang} at ${columns}`, false);
      }
    }
  });

  it('a Chinese word, a number and its unit, a date stay whole', async () => {
    const r = await runCli(
      ['recommend', '我的微信号被盗了', '--lang', 'zh', '--at', '2026-11-28T03:00+08:00', '--tz', 'America/New_York'],
      { env: { COLUMNS: '60', NO_COLOR: '1' } },
    );
    expect(r.stdout).not.toMatch(/未\n\s*证实|\d+\n\s*月|月\n\s*\d|\d+ ?小\n|小\n\s*时|仅自\n|有人\n\s*接听/);
  });
});
