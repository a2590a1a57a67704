// Which channels a text names (src/catalog/mentions.ts), against the way its matching was first
// written — every channel's number forms and a regular expression per host, tried for every text
// (the forms themselves did not change, so the reference takes them from the module) — on the
// built-in channels and on random channels and texts built from their numbers and hosts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channelsNamedIn, numberForms } from '../../src/catalog/mentions.js';
import type { Channel } from '../../src/catalog/types.js';
import { loadCatalog } from '../../src/index.js';

/** The first implementation's matching, kept as the reference. */
function reference(text: string, channels: readonly Channel[]): string[] {
  const host = (url: string | undefined): string | null => {
    if (url === undefined) return null;
    try {
      return new URL(url).hostname.toLowerCase();
    } catch {
      return null;
    }
  };
  const runs = [...text.matchAll(/\+?\d[\d\s-]*\d/g)].map((m) => m[0].replace(/\D/g, '')).filter((d) => d.length >= 5);
  const lower = text.toLowerCase();
  const named: string[] = [];
  for (const channel of channels) {
    const f = numberForms(channel);
    const h = host(channel.url);
    const byHost = h !== null && new RegExp(`(^|[^a-z0-9.-])${h.replace(/[.]/g, '\\.')}(?![a-z0-9-])`).test(lower);
    if (runs.some((r) => f.includes(r)) || byHost) named.push(channel.id);
  }
  return named;
}

const builtin = loadCatalog().catalog.channels;

const channel = (id: string, fields: Partial<Channel>) => ({ id, ...fields }) as Channel;
const hosts = ['weixin.qq.com', 'kf.qq.com', 'qq.com', 'help.wechat.com', 'wechat.com', 'a-b.example', 'x.y', '127.0.0.1', '[::1]'];
const numbers = ['95017', '+86 571 95017', '0755-83765566', '+86-755-83765566', '4006 700 700', '12345', '1234'];

describe('the channels a text names', () => {
  it('the built-in catalog: every route reason and step names what it did before', () => {
    const { catalog } = loadCatalog();
    const texts = [
      ...catalog.topics.flatMap((t) => t.routes.flatMap((r) => [r.reason.zh, r.reason.en])),
      ...catalog.emergencies.flatMap((e) => e.steps.flatMap((s) => [s.text.zh, s.text.en])),
      ...catalog.channels.flatMap((c) => c.notes.flatMap((n) => [n.text.zh, n.text.en])),
    ];
    expect(texts.length).toBeGreaterThan(50);
    let named = 0;
    for (const text of texts) {
      const found = channelsNamedIn(text, { channels: builtin });
      expect(found, text).toEqual(reference(text, builtin));
      named += found.length;
    }
    expect(named).toBeGreaterThan(0);
  });

  it('random channels and texts made of their numbers, hosts and what may stand around them', () => {
    const piece = fc.oneof(
      fc.constantFrom(...hosts, ...numbers),
      fc.constantFrom(' ', '.', '-', '/', 'a', '9', '：', '（', 'https://', 'm.', '.cn', '_'),
      fc.string({ maxLength: 4 }),
    );
    const channels = fc.array(
      fc.record({
        url: fc.option(fc.constantFrom(...hosts.map((h) => `https://${h}/x`), 'not a url'), { nil: undefined }),
        number: fc.option(fc.constantFrom(...numbers), { nil: undefined }),
        e164: fc.option(fc.constantFrom('+8657195017', '+8675583765566', '+12025550123'), { nil: undefined }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(channels, fc.array(piece, { maxLength: 12 }), (fields, pieces) => {
        const list = fields.map((f, i) => channel(`c${i % 4}`, f as Partial<Channel>));
        const text = pieces.join('');
        expect(channelsNamedIn(text, { channels: list })).toEqual(reference(text, list));
      }),
      { numRuns: 3000 },
    );
  });
});
