// What public material says, held on the whole grid: every topic × urgent/not × mainland/overseas
// × a spread of hours × both languages, in-process, on the default text and on the JSON of
// recommend, and on phone, emergency and channels. It fails where an answer's text contradicts
// the public record (95017's "1 then 6" given as the WeChat Pay key; the Tenpay line offered as a
// WeChat payment answer; the account ID that is a page code; Reading Pro in a default answer),
// where a line public material calls historical or another product's is rank 1 or the first
// channel of a step, where two contacts share a number without saying so, or where the article's
// statistics reach a default answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommendArgv } from '../support/grid-query.js';
import { parseCatalog } from '../../src/catalog/load.js';
import { numberForms } from '../../src/catalog/mentions.js';
import type { Catalog, Channel } from '../../src/catalog/types.js';
import { runCli } from '../support/fake-io.js';

const catalog: Catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
const byId = new Map(catalog.channels.map((c) => [c.id, c]));
const sidelined = (id: string) => byId.get(id)?.standing !== undefined;
const TIMES = ['03:00', '08:59', '09:00', '12:00', '21:59', '22:00', '23:30'];
const INSTANTS = TIMES.map((t) => `2026-11-28T${t}+08:00`); // a Saturday
const LANGS = ['en', 'zh'] as const;
/** Where and how a grid point is read: a mainland user's zone, the language, no colour. */
const reading = (lang: string) => ['--tz', 'Asia/Shanghai', '--lang', lang, '--no-color'];
const GRID = catalog.topics.flatMap((topic) =>
  [false, true].flatMap((urgent) => [false, true].map((overseas) => ({ topic: topic.id, urgent, overseas }))),
);
const WIDE = { columns: 1000, env: { COLUMNS: '1000' } }; // one line per item: a mark stays beside its number

// ---- What public material contradicts, as text ----------------------------------------------
/** "1 then 6" (or 按1再按6, 转1转6) said without LiCaiTong beside it: 1→6 reaches 理财通, not WeChat Pay. */
function menuKeyClaims(text: string): string[] {
  const key = /(press 1,? then 6|1 then 6|1, then 6|按1[，,]?再按6|转1再转6|转1转6)/i;
  return text.split(/\n|(?<=[.。;；])/).filter((s) => key.test(s) && !/LiCaiTong|理财通/.test(s));
}
const TENPAY = byId.get('payment-line')!;
const tenpayForms = numberForms(TENPAY);
const digits = (s: string) => s.replace(/\D/g, '');
/** Lines of text that show the Tenpay line's number without saying what it is. */
function tenpayUnmarked(text: string): string[] {
  return text.split('\n').filter((line) => {
    const shown = [...line.matchAll(/\+?\d[\d -]{4,}\d/g)].some((m) => tenpayForms.includes(digits(m[0])));
    return shown && !/Tenpay|财付通|another product|别的产品/.test(line);
  });
}
/** The page code the article gives as an account ID, and the tool found nowhere. */
const NEVER_BY_DEFAULT = /wxkfpt|Reading Pro/i;
/** The article's statistics: percentages and "1.8×" — for --verbose and JSON only. */
const STATISTIC = /\d+(\.\d+)?\s?%|1\.8\s?(×|倍)/;

async function run(args: string[]) {
  const r = await runCli(args, WIDE);
  expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/**
 * Channels in an answer that share a number with another one there and say nothing about it:
 * neither list one of the others under `sharedNumber.with` nor are listed by one.
 */
function silentSharing(ids: readonly string[]): string[] {
  const channels = [...new Set(ids)].map((id) => byId.get(id)!).filter((c): c is Channel => c !== undefined);
  const shares = (a: Channel, b: Channel) => a !== b && numberForms(a).some((f) => numberForms(b).includes(f));
  const said = (a: Channel, b: Channel) => (a.sharedNumber?.with ?? []).includes(b.id) || (b.sharedNumber?.with ?? []).includes(a.id);
  return channels
    .filter((a) => {
      const group = channels.filter((b) => shares(a, b));
      return group.length > 0 && !group.some((b) => said(a, b));
    })
    .map((c) => c.id);
}

describe.each(GRID)('recommend $topic urgent=$urgent overseas=$overseas', ({ topic, urgent, overseas }) => {
  it.each(INSTANTS.flatMap((at) => LANGS.map((lang) => [at, lang] as const)))(
    'at %s (%s): the answer agrees with public material',
    async (at, lang) => {
      const base = [...recommendArgv(topic, urgent, overseas, at), ...reading(lang)];
      const text = await run(base);
      const out = JSON.parse(await run([...base, '--json']));
      const json = JSON.stringify(out);

      // Numbers and names as public material has them.
      expect(menuKeyClaims(text), text).toEqual([]);
      expect(menuKeyClaims(json)).toEqual([]);
      expect(tenpayUnmarked(text), text).toEqual([]);
      expect(text).not.toMatch(NEVER_BY_DEFAULT);
      expect(json).not.toMatch(NEVER_BY_DEFAULT);
      for (const rec of out.recommendations) if (rec.channel.id === TENPAY.id) expect(rec.channel.standing?.is).toBe('other-product');

      // Rule 5 with teeth: never rank 1, never the first channel of a step (unless it is the step's only one).
      expect(sidelined(out.recommendations[0].channel.id), out.recommendations[0].channel.id).toBe(false);
      for (const step of out.emergency?.stepDetails ?? []) {
        if (step.channels.length > 0)
          expect(sidelined(step.channels[0]), step.channels.join(',')).toBe(step.channels.length === 1 && sidelined(step.channels[0]));
      }
      expect(sidelined(out.emergency?.stepDetails[0]?.channels[0] ?? '')).toBe(false);
      // When only such a line answers, the answer says so first.
      const contacts = [...out.recommendations.map((r: any) => r.channel), ...(out.emergency?.contacts ?? [])];
      const onlySidelinedOpen =
        contacts.some((c: any) => sidelined(c.id) && c.status.state === 'open') &&
        !contacts.some((c: any) => !sidelined(c.id) && c.status.state === 'open');
      if (onlySidelinedOpen) expect(text).toMatch(lang === 'en' ? /No confirmed line answers now/ : /现在没有经证实的线路有人接听/);

      // One number, one line — or said.
      expect(silentSharing(contacts.map((c: any) => c.id))).toEqual([]);

      // The article's statistics: not in the default answer.
      expect(text.match(STATISTIC), text).toBeNull();
    },
  );
});

describe.each(catalog.topics.map((t) => t.id))('phone --topic %s', (topic) => {
  it.each(INSTANTS.flatMap((at) => [false, true].flatMap((overseas) => LANGS.map((lang) => [at, overseas, lang] as const))))(
    'at %s overseas=%s (%s): the line to call is a confirmed one, said as public material has it',
    async (at, overseas, lang) => {
      const base = ['phone', '--topic', topic, overseas ? '--overseas' : '--mainland', '--at', at, ...reading(lang)];
      const text = await run(base);
      const out = JSON.parse(await run([...base, '--json']));
      expect(sidelined(out.line.id), out.line.id).toBe(false);
      expect(menuKeyClaims(text)).toEqual([]);
      expect(tenpayUnmarked(text), text).toEqual([]);
      expect(text).not.toMatch(NEVER_BY_DEFAULT);
      expect(silentSharing([out.line.id, ...out.alternatives.map((a: any) => a.id)])).toEqual([]);
      expect(text.match(STATISTIC), text).toBeNull();
    },
  );
});

describe('emergency and channels', () => {
  it.each(
    catalog.emergencies.flatMap((e) =>
      INSTANTS.flatMap((at) => [false, true].flatMap((overseas) => LANGS.map((lang) => [e.id, at, overseas, lang] as const))),
    ),
  )('emergency %s at %s overseas=%s (%s)', async (kind, at, overseas, lang) => {
    const base = ['emergency', kind, overseas ? '--overseas' : '--mainland', '--at', at, ...reading(lang)];
    const text = await run(base);
    const out = JSON.parse(await run([...base, '--json']));
    expect(sidelined(out.stepDetails[0].channels[0])).toBe(false);
    expect(menuKeyClaims(text)).toEqual([]);
    expect(tenpayUnmarked(text), text).toEqual([]);
    expect(text).not.toMatch(NEVER_BY_DEFAULT);
    expect(silentSharing(out.contacts.map((c: any) => c.id))).toEqual([]);
    expect(text.match(STATISTIC), text).toBeNull();
  });

  it.each(INSTANTS.flatMap((at) => ['Asia/Shanghai', 'America/Los_Angeles'].flatMap((tz) => LANGS.map((lang) => [at, tz, lang] as const))))(
    'channels at %s in %s (%s): one number is one line, and what it is is said beside it',
    async (at, tz, lang) => {
      const text = await run(['channels', '--at', at, '--tz', tz, '--lang', lang, '--no-color']);
      const out = JSON.parse(await run(['channels', '--json', '--at', at, '--tz', tz, '--lang', lang]));
      expect(silentSharing(out.channels.map((c: any) => c.id))).toEqual([]);
      expect(menuKeyClaims(text)).toEqual([]);
      expect(tenpayUnmarked(text), text).toEqual([]);
      expect(text).not.toMatch(NEVER_BY_DEFAULT);
      // The number 0755-83765566 appears once, whatever its hours from where the user is.
      const hotline = digits('0755-83765566').slice(1);
      expect(text.split('\n').filter((l) => digits(l).includes(hotline))).toHaveLength(1);
    },
  );
});

describe('the catalog: every channel that shares a number says so', () => {
  it("the Tenpay line is marked as public material has it: another product's line", () => {
    expect(TENPAY.number).toBe('0755-86013860');
    expect(TENPAY.standing?.is).toBe('other-product');
  });

  it('no two channels of the built-in catalog share a number silently', () => {
    expect(silentSharing(catalog.channels.map((c) => c.id))).toEqual([]);
  });
});
