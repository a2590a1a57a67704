// SPEC "Where the user is", held on a grid: system zones (a zone that names no place, mainland
// China, elsewhere) × the commands where it matters × instants through the day, in-process
// through the injected IO, the zone given as TZ (as a server, a container or WSL sets it).
// Unsure shows each number both ways and says so; a line open for either region is never
// hidden; the region line survives the one-screen cap at 60 and 80 columns, in both languages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/types.js';
import { runCli } from '../support/fake-io.js';

const catalog: Catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
const byId = new Map(catalog.channels.map((c) => [c.id, c]));

/** TZ as set → where the user counts as being (null: unsure). */
const ZONES: [tz: string, overseas: boolean | null][] = [
  ['UTC', null],
  ['Etc/UTC', null],
  ['Etc/GMT-8', null],
  ['CST-8', null], // POSIX: read as the bare offset UTC+8
  ['Asia/Shanghai', false],
  ['Asia/Hong_Kong', true],
  ['America/Los_Angeles', true],
];
const COMMANDS: string[][] = [
  ['phone'],
  ['phone', '--payment'],
  ['recommend', '--topic', 'general'],
  ['recommend', '--topic', 'payment', '--urgent'],
  ['recommend', '--topic', 'account-security'],
  ['recommend', '--topic', 'fraud'],
  ['emergency', 'stolen'],
  ['emergency', 'funds'],
  ['channels'],
];
const HOURS = ['03:00', '09:00', '12:00', '21:59', '22:00'].map((t) => `2026-11-28T${t}+08:00`);

const SAID = {
  en: { unsure: 'Not sure whether you are in mainland China', mainland: 'In mainland China', overseas: 'Outside mainland China' },
  zh: { unsure: '不确定你是否在中国大陆', mainland: '你在中国大陆', overseas: '你在中国大陆以外' },
} as const;

const ONE_SCREEN = new Set(['phone', 'recommend', 'emergency']);

async function jsonOf(command: string[], tz: string, at: string, extra: string[] = []) {
  const r = await runCli([...command, '--json', '--at', at, ...extra], { env: { TZ: tz } });
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

/** Every channel object in a command's JSON. */
function channelsIn(out: any): any[] {
  return [
    ...(out.line ? [out.line] : []),
    ...(out.alternatives ?? []),
    ...(out.recommendations ?? []).map((r: any) => r.channel),
    ...(out.contacts ?? []),
    ...(out.emergency?.contacts ?? []),
    ...(out.channels ?? []),
  ];
}

const regionOf = (out: any) => out.query?.region ?? out.region;

describe.each(ZONES)('TZ=%s (overseas: %s)', (tz, overseas) => {
  describe.each(COMMANDS.map((c) => [c.join(' '), c] as const))('%s', (_, command) => {
    it.each(HOURS)('at %s: the region, why, and each number in the forms for where the user may be', async (at) => {
      const out = await jsonOf(command, tz, at);
      const region = regionOf(out);
      expect(region).toMatchObject({ overseas, from: 'zone' });
      expect(region.why).toMatch(/time zone/);
      for (const channel of channelsIn(out).filter((c) => c.kind === 'phone' && byId.get(c.id)?.number !== undefined)) {
        const own = byId.get(channel.id)!;
        if (overseas === null) {
          // Both forms: as dialled in mainland China (a line that serves it), and from abroad (one that takes calls from there).
          expect(channel.dialForms, channel.id).toBeDefined();
          expect(channel.dialForms.mainland).toBe(own.regions.includes('mainland') ? own.number : null);
          const abroad = own.regions.includes('overseas') || (own.abroad !== undefined && own.abroad.calls !== 'no');
          expect(channel.dialForms.abroad === null, channel.id).toBe(!abroad);
          if (abroad) expect(channel.dialForms.abroad).toMatch(/^\+/);
          expect(channel.dialForms.mainland ?? channel.dialForms.abroad, channel.id).not.toBeNull();
        } else {
          expect(channel.dialForms).toBeUndefined();
        }
      }
    });

    it.each(HOURS)('at %s: unsure hides nothing that is open for either region', async (at) => {
      if (overseas !== null || command[0] === 'channels') return;
      const [unsure, mainland, abroad] = await Promise.all([
        jsonOf(command, tz, at),
        jsonOf(command, tz, at, ['--mainland']),
        jsonOf(command, tz, at, ['--overseas']),
      ]);
      const acting = (out: any) =>
        channelsIn(out)
          .filter((c) => c.canActNow)
          .map((c) => c.id);
      const shown = new Set(channelsIn(unsure).map((c: any) => c.id));
      for (const id of [...acting(mainland), ...acting(abroad)]) expect(shown, `${id} can act now for one region`).toContain(id);
      if (command[0] === 'phone') {
        const anyNow = mainland.canActNow || abroad.canActNow;
        expect(unsure.canActNow).toBe(anyNow);
        if (anyNow) expect(unsure.line.canActNow).toBe(true);
      }
      if (command[0] === 'recommend') {
        expect(unsure.canActNow).toBe(mainland.canActNow || abroad.canActNow);
        if (unsure.canActNow) expect(unsure.recommendations[0].channel.canActNow).toBe(true);
      }
    });

    describe.each(['en', 'zh'] as const)('--lang %s', (lang) => {
      it.each([60, 80].flatMap((columns) => ['03:00', '12:00', '22:00'].map((t) => [columns, `2026-11-28T${t}+08:00`] as const)))(
        'at %i columns, %s: the region line is there (never cut), and unsure shows both forms of the first number',
        async (columns, at) => {
          const r = await runCli([...command, '--lang', lang, '--at', at], { env: { TZ: tz, COLUMNS: String(columns) } });
          expect(r.code, r.stderr).toBe(0);
          const flat = r.stdout.replace(/\n\s*/g, lang === 'zh' ? '' : ' ');
          const said = overseas === null ? SAID[lang].unsure : overseas ? SAID[lang].overseas : SAID[lang].mainland;
          expect(flat, r.stdout).toContain(said);
          if (ONE_SCREEN.has(command[0]!)) expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(24);
          if (overseas === null) {
            for (const way of ['--mainland', '--overseas', 'wxhelp config set region']) expect(flat).toContain(way);
            const out = await jsonOf(command, tz, at);
            const first = channelsIn(out).find((c) => c.kind === 'phone' && c.dialForms?.mainland && c.dialForms?.abroad);
            if (first && command[0] !== 'channels') {
              const shownHere = flat.includes(first.dialForms.mainland) || flat.includes(first.dialForms.abroad);
              if (shownHere) for (const form of [first.dialForms.mainland, first.dialForms.abroad]) expect(flat, first.id).toContain(form);
            }
          }
        },
      );
    });
  });
});

describe('the answer the issue asked for: TZ=UTC, 03:00 Beijing, a mainland user', () => {
  it('phone --lang zh offers the mainland line, open, not "nothing can help now"', async () => {
    const r = await runCli(['phone', '--lang', 'zh', '--at', '2026-11-28T03:00+08:00'], { env: { TZ: 'UTC', COLUMNS: '80' } });
    expect(r.stdout).not.toContain('现在没有渠道能处理');
    // One hotline: both forms, the hours from abroad beside that form, open now (its mainland hours).
    const joined = r.stdout.replace(/\s+/g, '');
    expect(joined).toContain('拨打大陆拨0755-83765566·海外拨+86-755-83765566，北京时间9:00-22:00（据该文章）—微信客服热线现在有人接听');
    expect(r.stdout).toContain('大陆拨 95017 · 海外拨 +86 571 95017');
    expect(r.stdout.replace(/\n/g, '')).toContain('不确定你是否在中国大陆');
  });

  it('--mainland, --overseas and the preferences settle it', async () => {
    const mainland = await jsonOf(['phone'], 'UTC', '2026-11-28T03:00+08:00', ['--mainland']);
    expect(mainland.query.region).toMatchObject({ overseas: false, from: 'flag' });
    expect(mainland.line).toMatchObject({ id: 'hotline', canActNow: true });
    expect(mainland.line.dialForms).toBeUndefined();
    const abroad = await jsonOf(['phone'], 'UTC', '2026-11-28T03:00+08:00', ['--overseas']);
    expect(abroad.query.region).toMatchObject({ overseas: true, from: 'flag', why: '--overseas was given' });
  });
});
