// `wxhelp remind`: every generated event is read back with a real iCalendar parser (ical.js):
// its start is the engine's next opening (in several zones, across daylight-saving days), its
// alarm fires --before minutes ahead, long lines are folded without breaking characters, the
// summary follows --lang, and the unusual channels get one clear line and exit 2.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/index.js';
import { scheduleStatus } from '../../src/hours/index.js';
import { buildIcs, foldLine } from '../../src/remind/ics.js';
import { nextOpening } from '../../src/remind/next-opening.js';
import { runCli } from '../support/fake-io.js';

const { catalog } = loadCatalog();
const channel = (id: string) => catalog.channels.find((c) => c.id === id)!;

interface Parsed {
  summary: string;
  description: string;
  start: number;
  end: number;
  uid: string;
  url: string | null;
  trigger: string;
  alarmSeconds: number;
}

function parse(ics: string): Parsed {
  const root = new ICAL.Component(ICAL.parse(ics));
  const events = root.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const event = new ICAL.Event(events[0]!);
  const alarm = events[0]!.getFirstSubcomponent('valarm')!;
  const trigger = alarm.getFirstPropertyValue('trigger') as ICAL.Duration;
  return {
    summary: event.summary,
    description: event.description,
    start: event.startDate.toJSDate().getTime(),
    end: event.endDate.toJSDate().getTime(),
    uid: event.uid,
    url: (events[0]!.getFirstPropertyValue('url') as string | null) ?? null,
    trigger: alarm.getFirstProperty('trigger')!.toICALString(),
    alarmSeconds: trigger.toSeconds(),
  };
}

async function remind(args: string[]) {
  const r = await runCli(['remind', ...args]);
  return { ...r, json: r.code === 0 && args.includes('--json') ? (JSON.parse(r.stdout) as Record<string, any>) : null };
}

interface StatusJson {
  state: string;
  nextOpen: string | null;
  nextChange: string | null;
}

/** The channel's status as `channels --json` reports it. */
async function engineStatus(id: string, at: string, tz: string): Promise<StatusJson> {
  const r = await runCli(['channels', '--json', '--at', at, '--tz', tz]);
  return (JSON.parse(r.stdout).channels as { id: string; status: StatusJson }[]).find((x) => x.id === id)!.status;
}

/** The engine's next opening: nextOpen, or when open now, the nextOpen once the current window ends. */
async function engineNextOpen(id: string, at: string, tz: string): Promise<{ start: number | null; openNow: boolean }> {
  const now = await engineStatus(id, at, tz);
  if (now.state !== 'open') return { start: now.nextOpen === null ? null : Date.parse(now.nextOpen), openNow: false };
  const later = await engineStatus(id, now.nextChange!, tz);
  return { start: later.nextOpen === null ? null : Date.parse(later.nextOpen), openNow: true };
}

// Instants around daylight-saving changes in the user's zone (and plain days), open and closed.
const closedCases: [string, string, string][] = [
  ['hotline', '2026-11-28T23:00+08:00', 'Europe/London'],
  ['hotline', '2026-03-08T01:30', 'America/New_York'], // the US spring-forward night
  ['hotline', '2026-03-29T00:30', 'Europe/Berlin'], // the EU spring-forward night
  ['hotline', '2026-10-25T01:30', 'Europe/London'], // the EU fall-back night
  ['hotline', '2026-11-01T01:30', 'America/Los_Angeles'], // the US fall-back night
  ['hotline', '2026-04-05T02:30', 'Australia/Sydney'], // Sydney's fall-back
  ['hotline', '2026-03-08T11:00', 'America/New_York'], // closed, opens after the change
  ['hotline', '2026-10-24T20:00', 'Europe/London'], // closed, opens after the change
  ['wxpay-95017', '2026-11-28T06:00', 'Asia/Shanghai'],
  ['app-help', '2026-11-28T23:30+08:00', 'UTC'],
  ['official-account', '2026-07-01T03:00', 'America/Sao_Paulo'],
];

describe("remind: the event starts at the engine's next opening", () => {
  it.each(closedCases)('%s at %s in %s', async (id, at, tz) => {
    const r = await remind([id, '--json', '--at', at, '--tz', tz]);
    expect(r.code, r.stderr).toBe(0);
    const engine = await engineNextOpen(id, at, tz);
    const expected = engine.start;
    expect(expected).not.toBeNull();
    const event = parse(r.json!.ics as string);
    expect(event.start).toBe(expected);
    expect(Date.parse(r.json!.event.start)).toBe(expected);
    expect(r.json!.event.afterCurrentWindow).toBe(engine.openNow);
    // The JSON's times carry the user's offset at that instant.
    const offset = (r.json!.event.start as string).slice(19);
    const zoneOffset = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' })
      .formatToParts(new Date(expected!))
      .find((p) => p.type === 'timeZoneName')!
      .value.replace('GMT', '');
    const norm = (o: string) => (o === 'Z' || o === '' ? '+00:00' : o);
    expect(norm(offset)).toBe(norm(zoneOffset));
    // The event spans the open window: it ends when people stop answering.
    // The hotline called from abroad (every zone here but Shanghai's): its hours for callers there.
    const hours = id === 'hotline' ? channel(id).hours.abroad! : channel(id).hours;
    expect(event.end).toBe(scheduleStatus(hours, expected!).nextChange);
    expect(event.uid).toBe(`${id}-${new Date(expected!).toISOString().replace(/[-:]|\.000/g, '')}@wxhelp`);
  });

  it('when the channel is open now: the opening after the current window, and it says so', async () => {
    const at = '2026-11-28T12:00+08:00';
    const r = await remind(['hotline', '--at', at, '--tz', 'Europe/London']);
    expect(r.code).toBe(0);
    const event = parse(r.stdout);
    expect(new Date(event.start).toISOString()).toBe('2026-11-29T01:00:00.000Z'); // 09:00 Beijing the next day
    expect(r.stderr).toMatch(/open now, until 22:00 Beijing \(14:00 your time\); this reminder is for the opening after that/);
    const j = await remind(['hotline', '--json', '--at', at, '--tz', 'Europe/London']);
    expect(j.json!.event.afterCurrentWindow).toBe(true);
    expect(j.json!.event.note).toContain('open now');
    expect(j.stderr).toBe('');
  });

  it('the same channel and opening give the same UID, whenever it is asked', async () => {
    const a = parse((await remind(['hotline', '--overseas', '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC'])).stdout);
    const b = parse((await remind(['hotline', '--at', '2026-11-29T03:00+08:00', '--tz', 'Asia/Tokyo'])).stdout);
    expect(a.uid).toBe(b.uid);
    expect(a.start).toBe(b.start);
  });

  it('unsure where the user is: the hotline is open around the clock from mainland China, and the hint says how to get the hours from abroad', async () => {
    const r = await remind(['hotline', '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('open around the clock');
    expect(r.stderr).toContain('add --overseas');
  });
});

describe("remind: the event's content", () => {
  it.each([0, 10, 45, 1440])('--before %i: the alarm fires that many minutes before the start', async (before) => {
    const args = [
      'hotline',
      '--at',
      '2026-11-28T23:00+08:00',
      '--tz',
      'Europe/Paris',
      ...(before === 10 ? [] : ['--before', String(before)]),
    ];
    const r = await remind(args);
    expect(r.code).toBe(0);
    const event = parse(r.stdout);
    expect(event.alarmSeconds).toBe(-before * 60);
    expect(event.trigger).toBe(`TRIGGER:-PT${before}M`);
    const j = await remind([...args, '--json']);
    expect(j.json!.event.alarmMinutesBefore).toBe(before);
  });

  it('a phone line: number, hours, a tel: URI and its source, named for what it is', async () => {
    const event = parse((await remind(['hotline', '--at', '2026-11-28T23:00+08:00', '--tz', 'Europe/London'])).stdout);
    expect(event.url).toBe('tel:+8675583765566');
    expect(event.description).toContain('Number: +86-755-83765566');
    expect(event.description).toContain('Hours: 09:00–22:00 Beijing (according to the web article)');
    expect(event.description).toContain('Opens: Sun 29 Nov 09:00 Beijing (Sun 29 Nov 01:00 your time)');
    expect(event.description).toMatch(/Source: (a web article|public Tencent material)/);
    expect(event.description).not.toMatch(/seed|pub-/);
    expect(event.summary).toBe('WeChat support hotline opens — people answer');
  });

  it('a website channel carries its URL; an in-app one its path', async () => {
    const web = parse((await remind(['website', '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC'])).stdout);
    expect(web.url).toBe('https://weixin.qq.com');
    const app = parse((await remind(['app-help', '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC'])).stdout);
    expect(app.url).toBeNull();
    expect(app.description).toContain('In the app: Me > Settings > Help & Feedback');
  });

  it('--lang zh: a Chinese summary, description and alarm', async () => {
    const r = await remind(['hotline', '--lang', 'zh', '--json', '--at', '2026-11-28T23:00+08:00', '--tz', 'Europe/London']);
    const event = parse(r.json!.ics);
    const name = channel('hotline').name.zh;
    expect(event.summary).toBe(`${name} 开始人工服务`);
    expect(r.json!.event.summary).toBe(event.summary);
    expect(event.description).toContain('服务时间：');
    expect(r.json!.ics).toContain('SUMMARY;LANGUAGE=zh-CN:');
  });

  it('prints nothing but CRLF-terminated lines of at most 75 octets', async () => {
    for (const lang of ['en', 'zh']) {
      const r = await remind(['mini-program', '--lang', lang, '--at', '2026-11-28T23:00+08:00', '--tz', 'America/New_York']);
      expect(r.stdout.endsWith('\r\n')).toBe(true);
      const lines = r.stdout.slice(0, -2).split('\r\n');
      expect(
        lines.some((l) => l.startsWith(' ')),
        'some line was folded',
      ).toBe(true);
      for (const line of lines) {
        expect(line).not.toContain('\n');
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
      }
    }
  });
});

describe('the .ics text builder', () => {
  const base = {
    uid: 'x-20261129T010000Z@wxhelp',
    stamp: Date.UTC(2026, 10, 28, 15),
    start: Date.UTC(2026, 10, 29, 1),
    end: Date.UTC(2026, 10, 29, 14),
    alarmMinutesBefore: 10,
    alarmText: 'soon',
    product: 'wxhelp 0.0.0',
    language: 'en',
  };

  it('escapes , ; \\ and line breaks, and folds long text so that it reads back exactly', () => {
    const summary = `微信客服 (wxkfpt); a, b \\ c — ${'长'.repeat(60)} 😀${'é'.repeat(50)}`;
    const description = 'line one\nline two; with, punctuation\\\n第三行：全角，标点。';
    const ics = buildIcs({ ...base, summary, description, url: 'tel:+8675583765566' });
    const event = parse(ics);
    expect(event.summary).toBe(summary);
    expect(event.description).toBe(description);
    for (const line of ics.slice(0, -2).split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('folding never splits a multi-byte character', () => {
    for (const text of ['a'.repeat(200), '汉'.repeat(100), `x${'😀'.repeat(40)}`, `ab${'é'.repeat(80)}`]) {
      const folded = foldLine(`SUMMARY:${text}`);
      const physical = folded.split('\r\n');
      for (const [i, line] of physical.entries()) {
        expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
        if (i > 0) expect(line.startsWith(' ')).toBe(true);
        expect(line).not.toMatch(/\uFFFD/);
        expect(Buffer.from(line, 'utf8').toString('utf8')).toBe(line); // whole characters only
      }
      expect(physical.map((l, i) => (i === 0 ? l : l.slice(1))).join('')).toBe(`SUMMARY:${text}`);
    }
  });
});

describe('remind: channels without an opening to wait for', () => {
  it.each([
    ['payment-line', 'ALWAYS_OPEN', /open around the clock/],
    ['tencent-service-line', 'HOURS_UNKNOWN', /hours of .* are not published/],
    ['app-freeze', 'NO_OPENING', /no hours with people answering in the next 8 days/],
  ])('%s: exit 2, %s, one line with a hint', async (id, code, message) => {
    const r = await remind([id, '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain(' — ');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const j = await remind([id, '--json', '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC']);
    expect(JSON.parse(j.stderr).error.code).toBe(code);
  });

  it('an unknown channel id: a usage error listing the ids', async () => {
    const r = await remind(['hotline-overseaz', '--at', '2026-11-28T23:00+08:00', '--tz', 'UTC']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown channel "hotline-overseaz"');
    for (const c of catalog.channels) expect(r.stderr).toContain(c.id);
  });

  it('a missing id or a bad --before: usage errors', async () => {
    expect((await remind([])).code).toBe(2);
    const r = await remind(['hotline', '--before', 'soon', '--at', '2026-11-28T23:00+08:00']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--before');
  });
});

describe('nextOpening (pure)', () => {
  it("agrees with the engine's nextOpen for every channel at every hour of a DST week", () => {
    const from = Date.UTC(2026, 2, 6);
    for (const c of catalog.channels) {
      for (let at = from; at < from + 7 * 86_400_000; at += 3_600_000 + 17 * 60_000) {
        const status = scheduleStatus(c.hours, at);
        const got = nextOpening(c.hours, at);
        if (status.state !== 'open') {
          if (status.nextOpen === null) expect(got.kind).toBe('none');
          else expect(got).toMatchObject({ kind: 'opening', start: status.nextOpen, openNow: false });
        } else if (got.kind === 'opening') {
          expect(got.openNow).toBe(true);
          expect(got.start).toBe(scheduleStatus(c.hours, status.nextChange!).nextOpen);
        } else {
          expect(status.nextChange).toBeNull();
          expect(got.kind).toBe('always-open');
        }
      }
    }
  });
});
