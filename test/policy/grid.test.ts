// SPEC "What a good answer is", held on the whole grid: every topic × urgent/not × mainland/
// overseas × twelve instants (03:00, 09:00, 12:00, 19:30, 21:59 and 22:00 Beijing on a weekday
// and on a weekend), in-process through the injected IO, asserted on the JSON of each answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommendArgv } from '../support/grid-query.js';
import { compareSourcing, sourcingKey } from '../../src/advise/sourcing.js';
import { parseCatalog } from '../../src/catalog/load.js';
import { channelsNamedIn, sameLine } from '../../src/catalog/mentions.js';
import type { Catalog } from '../../src/catalog/types.js';
import { runCli } from '../support/fake-io.js';

const catalog: Catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
const byId = new Map(catalog.channels.map((c) => [c.id, c]));
const TIMES = ['03:00', '09:00', '12:00', '19:30', '21:59', '22:00'];
const DAYS = ['2026-11-26', '2026-11-28']; // a Thursday and a Saturday
const INSTANTS = DAYS.flatMap((d) => TIMES.map((t) => `${d}T${t}+08:00`));
const GRID = catalog.topics.flatMap((topic) =>
  [false, true].flatMap((urgent) => [false, true].map((overseas) => ({ topic: topic.id, urgent, overseas }))),
);

async function answer(topic: string, urgent: boolean, overseas: boolean, at: string, extra: string[] = []) {
  const args = [...recommendArgv(topic, urgent, overseas, at), '--json', '--tz', 'Asia/Shanghai', ...extra];
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe.each(GRID)('$topic urgent=$urgent overseas=$overseas', ({ topic, urgent, overseas }) => {
  it.each(INSTANTS)('at %s every rule holds', async (at) => {
    const out = await answer(topic, urgent, overseas, at);
    const recs: any[] = out.recommendations;
    expect(recs.length).toBeGreaterThan(0);
    const first = recs[0];
    expect(out.query.region).toMatchObject({ overseas, from: 'flag' });

    // 1. Rank 1 can act now whenever anything can; otherwise the answer says so and leads with the soonest.
    const anyNow = recs.some((r) => r.channel.canActNow);
    expect(out.canActNow).toBe(anyNow);
    if (anyNow) {
      expect(first.channel.canActNow).toBe(true);
      expect(['closed', 'unknown']).not.toContain(first.channel.status.state);
    } else {
      expect(out.nextActionAt).toBe(first.channel.actsAt);
      const times = recs
        .map((r) => r.channel.actsAt)
        .filter((t) => t !== null)
        .map((t) => Date.parse(t));
      expect(Date.parse(out.nextActionAt)).toBe(Math.min(...times));
    }
    // Nothing that can act ranks below something that cannot.
    const acting = recs.map((r) => r.channel.canActNow);
    expect(acting).toEqual([...acting].sort((a, b) => Number(b) - Number(a)));

    // 2. One plan: rank 1 is a channel of the first step; every step's channels are contacts.
    if (out.emergency) {
      expect(urgent).toBe(true);
      const steps: any[] = out.emergency.stepDetails;
      expect(steps[0].channels).toContain(first.channel.id);
      const contacts = out.emergency.contacts.map((c: any) => c.id);
      for (const step of steps) for (const id of step.channels) expect(contacts).toContain(id);
      // Each contact carries whether it can act now, and that agrees with its state.
      for (const c of out.emergency.contacts) if (c.canActNow) expect(['open', 'automated']).toContain(c.status.state);
    }

    // 3. Reasons belong to their channel: no other line's number or address in them.
    for (const rec of recs) {
      const own = byId.get(rec.channel.id)!;
      for (const reason of rec.reasons as string[]) {
        const others = channelsNamedIn(reason, catalog).filter((id) => id !== own.id && !sameLine(own, byId.get(id)!));
        expect(others, `${rec.channel.id}: ${reason}`).toEqual([]);
      }
    }

    // 4. Dialable from where the user is (a line without a number of its own — your bank, the local police — says where to find one).
    for (const rec of recs.filter((r) => r.channel.kind === 'phone' && r.channel.number !== undefined)) {
      if (overseas) {
        expect(rec.channel.dial, rec.channel.id).toMatch(/^\+/);
        expect(['yes', 'unknown']).toContain(rec.channel.callsFromAbroad);
        if (rec.channel.callsFromAbroad === 'unknown') expect(rec.warnings.join(' ')).toMatch(/calls from abroad/);
      } else {
        expect(rec.channel.dial).toBeUndefined();
        expect(byId.get(rec.channel.id)!.regions).toContain('mainland');
      }
    }

    // 5. Better-sourced first: between phone lines that can act now with the same standing, never the worse first.
    const lines = recs.filter((r) => r.channel.kind === 'phone' && r.channel.canActNow);
    const plan = new Set<string>(out.emergency?.stepDetails[0].channels ?? []);
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1], lines[i]];
      if (plan.has(a.channel.id) !== plan.has(b.channel.id)) continue;
      if (urgent && a.channel.status.state !== b.channel.status.state) continue;
      const key = (r: any) => sourcingKey(catalog, byId.get(r.channel.id)!, r.channel.callsFromAbroad === 'unknown' ? 'unknown' : 'yes');
      expect(compareSourcing(key(a), key(b)), `${a.channel.id} before ${b.channel.id}`).toBeLessThanOrEqual(0);
    }

    // 6. Honest states: a line without published hours is never "closed".
    for (const rec of recs) if (byId.get(rec.channel.id)!.hours.windows.length === 0) expect(rec.channel.status.state).toBe('unknown');
  });
});

describe('7. every need answered', () => {
  it.each(INSTANTS)('--need elderly at %s (mainland): a person on the phone leads when one answers, and care mode is said', async (at) => {
    const out = await answer('general', false, false, at, ['--need', 'elderly']);
    const hotline = out.recommendations.find((r: any) => r.channel.id === 'hotline');
    if (hotline.channel.canActNow) expect(out.recommendations[0].channel.id).toBe('hotline');
    expect(out.needs[0].steps[0].text).toMatch(/Care Mode/);
  });

  it.each(INSTANTS)('--need elderly at %s (overseas): the hotline, dialled from abroad, leads whenever it answers', async (at) => {
    const out = await answer('general', false, true, at, ['--need', 'elderly']);
    const line = out.recommendations.find((r: any) => r.channel.id === 'hotline');
    expect(line.channel.dial).toBe('+86-755-83765566');
    if (line.channel.canActNow) expect(out.recommendations[0].channel.id).toBe('hotline');
  });
});
