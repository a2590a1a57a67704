// The advisor through the built binary: routing for every topic, overseas at night, each need,
// peak and overnight warnings, --limit, bad ids and bad numbers, Chinese output that lines up,
// and the hours timeline — all at a fixed --at / --tz.
import { readFileSync } from 'node:fs';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { parseCatalog, type Catalog } from '../../src/catalog/index.js';
import { json, wxhelp, type BinResult } from './run-bin.js';

const MORNING = '2026-11-28T10:00+08:00';
const PEAK = '2026-11-28T20:00+08:00';
const OVERNIGHT = '2026-11-28T23:00+08:00';
const LATE = '2026-11-28T23:30+08:00';

const catalog: Catalog = (() => {
  const { catalog } = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml');
  if (!catalog) throw new Error('the built-in catalog does not parse');
  return catalog;
})();
const topicIds = catalog.topics.map((t) => t.id);
const needIds = catalog.needs.map((n) => n.id);
const channelById = new Map(catalog.channels.map((c) => [c.id, c]));

function ok(args: string[]): BinResult {
  const r = wxhelp(args);
  if (r.code !== 0) throw new Error(`wxhelp ${args.join(' ')} exited ${r.code}: ${r.stderr}`);
  expect(r.stderr).toBe('');
  return r;
}
const recommendJson = (args: string[], at = MORNING, tz = 'UTC') => json(ok(['--json', 'recommend', ...args, '--at', at, '--tz', tz]));
const recommendText = (args: string[], at = MORNING, tz = 'UTC') => ok(['--no-color', 'recommend', ...args, '--at', at, '--tz', tz]).stdout;

/** The SPEC's recommend payload, item by item. */
function expectRecommendShape(out: Record<string, any>, query: { topic: string; urgent: boolean; overseas: boolean; needs: string[] }): void {
  expect(out).toMatchObject({ schemaVersion: 1, command: 'recommend', serviceTimeZone: 'Asia/Shanghai', query });
  expect(Array.isArray(out.warnings)).toBe(true);
  for (const w of out.warnings) expect(typeof w).toBe('string');
  expect(out.recommendations.length).toBeGreaterThan(0);
  out.recommendations.forEach((rec: any, i: number) => {
    expect(rec.rank).toBe(i + 1);
    expect(rec.channel).toMatchObject({ id: expect.any(String), kind: expect.stringMatching(/^(app|web|official-account|mini-program|phone)$/), name: expect.any(String), hours: expect.any(String) });
    expect(rec.channel.status).toMatchObject({ state: expect.stringMatching(/^(open|automated|closed)$/), peak: expect.any(Boolean) });
    expect(rec.channel.source.length).toBeGreaterThan(0);
    expect(rec.reasons.length).toBeGreaterThan(0);
    for (const key of ['reasons', 'materials', 'warnings']) {
      expect(Array.isArray(rec[key])).toBe(true);
      for (const item of rec[key]) expect(typeof item).toBe('string');
    }
    expect(rec.expectedResponse === null || typeof rec.expectedResponse === 'string').toBe(true);
  });
}

/** A channel that can help now (open or automated) never ranks below a closed one. */
function expectHelpNowFirst(recs: any[]): void {
  const states = recs.map((r) => r.channel.status.state);
  const firstClosed = states.indexOf('closed');
  if (firstClosed >= 0) expect(states.slice(firstClosed).every((s) => s === 'closed')).toBe(true);
}

describe('recommend routes every topic', () => {
  it.each(topicIds)('%s: exit 0, at least one recommendation, the SPEC JSON shape, from the topic routes', (topic) => {
    const out = recommendJson(['--topic', topic]);
    expectRecommendShape(out, { topic, urgent: false, overseas: false, needs: [] });
    // A route to a channel that does not serve the user's region goes to its alternative.
    const routed = new Set(
      catalog.topics.find((t) => t.id === topic)?.routes.flatMap((r) => [r.channel, channelById.get(r.channel)?.alternative ?? r.channel]),
    );
    for (const rec of out.recommendations) expect(routed.has(rec.channel.id)).toBe(true);
    expectHelpNowFirst(out.recommendations);
    const text = recommendText(['--topic', topic]);
    expect(text.split('\n')[0]).toContain(catalog.topics.find((t) => t.id === topic)?.name.en);
    expect(text).toMatch(/^1\. Best now: /m);
  });

  it.each(topicIds)('%s --urgent, late at night: exit 0, help-now channels first', (topic) => {
    const out = recommendJson(['--topic', topic, '--urgent'], LATE);
    expectRecommendShape(out, { topic, urgent: true, overseas: false, needs: [] });
    expectHelpNowFirst(out.recommendations);
  });

  it('the answer comes first: where to go and how to reach it, then the state, then why, then what to prepare, then caveats', () => {
    const text = recommendText(['--topic', 'account-unblock']);
    const block = text.split('\n\n')[1] ?? '';
    const lines = block.split('\n');
    expect(lines[0]).toBe('1. Best now: Tencent Customer Service mini program (腾讯客服)  Discover > Mini Programs > search 腾讯客服');
    expect(lines[1]).toMatch(/^ {3}open — people answer · becomes automated 22:00 Beijing/);
    const at = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
    expect(at('   → use “Account unblock”')).toBe(2);
    expect(at('   Why: ')).toBeGreaterThan(at('   → '));
    expect(at('   Have ready: ')).toBeGreaterThan(at('   Why: '));
    expect(at('   ! ')).toBeGreaterThan(at('   Have ready: '));
  });

  it('a channel that is closed says when it opens on its status line, once', () => {
    const text = recommendText(['--topic', 'payment'], LATE, 'Europe/Berlin');
    const block = text.split('\n\n').find((b) => b.includes('95017 WeChat Pay')) ?? '';
    expect(block).toMatch(/closed · opens Sun 29 Nov 09:00 Beijing \(Sun 29 Nov 02:00 your time, Europe\/Berlin\) — in 9 h 30 min/);
    expect(block.match(/09:00 Beijing/g)).toHaveLength(1);
  });
});

describe('--overseas at night (23:30 Beijing)', () => {
  it.each(['general', 'cross-border', 'account-security', 'payment'])('%s: the first choice can help now; the overseas line says when it opens', (topic) => {
    const out = recommendJson(['--topic', topic, '--overseas'], LATE, 'Europe/London');
    expectRecommendShape(out, { topic, urgent: false, overseas: true, needs: [] });
    expect(out.recommendations[0].channel.status.state).not.toBe('closed');
    expectHelpNowFirst(out.recommendations);
    for (const rec of out.recommendations) expect(channelById.get(rec.channel.id)?.regions).toContain('overseas');
    expect(out.warnings).toContainEqual(expect.stringContaining('1.8×'));
  });

  it('the overseas line is closed, opening 09:00 Beijing = 01:00 in London, 9 h 30 min away', () => {
    const out = recommendJson(['--topic', 'general', '--overseas'], LATE, 'Europe/London');
    const line = out.recommendations.find((r: any) => r.channel.id === 'hotline-overseas');
    expect(line.channel.status).toMatchObject({ state: 'closed', nextOpen: '2026-11-29T01:00:00+00:00' });
    expect(line.warnings).toContainEqual(expect.stringMatching(/^closed now — opens Sun 29 Nov 09:00 Beijing/));
    const text = recommendText(['--topic', 'general', '--overseas'], LATE, 'Europe/London');
    expect(text).toMatch(/Overseas support line {2}\+86-755-83765566\n {3}closed · opens Sun 29 Nov 09:00 Beijing \(Sun 29 Nov 01:00 your time, Europe\/London\) — in 9 h 30 min/);
    // The mainland hotline is swapped for the overseas one.
    expect(text).not.toContain('0755-83765566  ');
  });
});

describe('--need', () => {
  it.each(needIds)('%s: the need routes are recommended, the need is explained', (need) => {
    const out = recommendJson(['--topic', 'general', '--need', need]);
    expectRecommendShape(out, { topic: 'general', urgent: false, overseas: false, needs: [need] });
    const ids = out.recommendations.map((r: any) => r.channel.id);
    for (const route of catalog.needs.find((n) => n.id === need)?.routes ?? []) expect(ids).toContain(route.channel);
    expect(out.needs.map((n: any) => n.id)).toEqual([need]);
    expect(recommendText(['--topic', 'general', '--need', need])).toContain(`Your needs:\n  ${catalog.needs.find((n) => n.id === need)?.name.en}: `);
  });

  it('all needs at once, each once (repeats dropped)', () => {
    const out = recommendJson(['--topic', 'account-unblock', ...needIds.flatMap((n) => ['--need', n]), '--need', needIds[0] ?? '']);
    expect(out.query.needs).toEqual(needIds);
    const ids = out.recommendations.map((r: any) => r.channel.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('warnings by the hour', () => {
  it('20:00 Beijing: the in-app help warns of the peak queue (about 12 min, until 21:00)', () => {
    const rec = recommendJson(['--topic', 'general'], PEAK, 'Asia/Shanghai').recommendations.find((r: any) => r.channel.id === 'app-help');
    expect(rec.warnings[0]).toBe('peak hours now: expect a queue of about 12 min, until 21:00 Beijing');
    expect(recommendText(['--topic', 'general'], PEAK, 'Asia/Shanghai')).toContain('   ! peak hours now: expect a queue of about 12 min, until 21:00 Beijing');
    const zh = recommendText(['--topic', 'general', '--lang', 'zh'], PEAK, 'Asia/Shanghai');
    expect(zh).toContain('当前为高峰时段：排队约 12 分钟，持续至北京时间 21:00');
  });

  it('18:00 Beijing: no peak warning', () => {
    const out = recommendJson(['--topic', 'general'], '2026-11-28T18:00+08:00');
    for (const rec of out.recommendations) for (const w of rec.warnings) expect(w).not.toMatch(/peak/);
  });

  it('23:00 Beijing: automated overnight, people from 09:00 Beijing (in both zones)', () => {
    const out = recommendJson(['--topic', 'general'], OVERNIGHT, 'America/New_York');
    const app = out.recommendations.find((r: any) => r.channel.id === 'app-help');
    expect(app.channel.status).toMatchObject({ state: 'automated', nextOpen: '2026-11-28T20:00:00-05:00' });
    expect(app.warnings[0]).toBe(
      'automated overnight: only self-service / AI now; people answer from Sun 29 Nov 09:00 Beijing (20:00 your time, America/New_York) — allow extra time for complex problems',
    );
    expect(recommendText(['--topic', 'general'], OVERNIGHT, 'America/New_York')).toContain(`   ! ${app.warnings[0]}`);
  });

  it('at night the hotline (24 h) leads general questions over the automated in-app help only when urgent', () => {
    expect(recommendJson(['--topic', 'general'], OVERNIGHT).recommendations[0].channel.id).toBe('app-help');
    expect(recommendJson(['--topic', 'general', '--urgent'], OVERNIGHT).recommendations[0].channel.id).toBe('hotline');
  });
});

describe('--limit', () => {
  it('keeps the first n, in rank order', () => {
    const all = recommendJson(['--topic', 'general']).recommendations.map((r: any) => r.channel.id);
    const two = recommendJson(['--topic', 'general', '--limit', '2']);
    expect(two.query.limit).toBe(2);
    expect(two.recommendations.map((r: any) => r.channel.id)).toEqual(all.slice(0, 2));
    const text = recommendText(['--topic', 'general', '--limit', '1']);
    expect(text).toMatch(/^1\. /m);
    expect(text).not.toMatch(/^2\. /m);
    expect(recommendJson(['--topic', 'general', '--limit', '100']).recommendations).toHaveLength(all.length);
  });
});

describe('bad input: exit 2, one line on stderr', () => {
  const fails = (args: string[]) => {
    const r = wxhelp(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    return lines[0] ?? '';
  };

  it.each([
    [['recommend', '--topic', 'lost-phone'], '--topic', topicIds],
    [['recommend', '--topic', 'general', '--need', 'deaf'], '--need', needIds],
    [['emergency', 'earthquake'], 'emergency', catalog.emergencies.map((e) => e.id)],
    [['hours', 'fax-line'], 'hours', catalog.channels.map((c) => c.id)],
  ] as const)('%j names %s and lists every valid id', (args, flag, valid) => {
    const line = fails([...args, '--at', MORNING, '--tz', 'UTC']);
    expect(line).toContain(flag);
    expect(line).toContain(`valid: ${valid.join(', ')}`);
  });

  it('with --json the error is the JSON object on stderr', () => {
    const r = wxhelp(['--json', 'recommend', '--topic', 'nope', '--at', MORNING]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr)).toMatchObject({ error: { code: 'UNKNOWN_TOPIC', message: expect.stringContaining(topicIds.join(', ')), hint: expect.any(String) } });
  });

  it.each([
    [['hours', '--days', '0'], '--days'],
    [['hours', '--days', 'x'], '--days'],
    [['hours', '--days', '15'], '--days'],
    [['recommend', '--topic', 'general', '--limit', '-1'], '--limit'],
    [['recommend', '--topic', 'general', '--limit', '0'], '--limit'],
    [['recommend', '--topic', 'general', '--limit', '2.5'], '--limit'],
  ])('%j names %s and shows a valid example', (args, flag) => {
    const line = fails([...args, '--at', MORNING]);
    expect(line).toContain(`${flag}:`);
    expect(line).toMatch(new RegExp(`e\\.g\\. ${flag} \\d+`));
  });
});

describe('Chinese output', () => {
  it('recommend: Chinese interface text, full-width labels, aligned continuation lines', () => {
    const text = recommendText(['--topic', 'account-unblock', '--need', 'elderly', '--need', 'visually-impaired', '--lang', 'zh']);
    expect(text).toMatch(/^1\. 现在最好：「腾讯客服」小程序 {2}微信 > 发现 > 小程序 > 搜索「腾讯客服」$/m);
    expect(text).toContain('   原因：');
    expect(text).toContain('   准备：身份证正反面');
    expect(text).toContain('这类问题请准备：');
    expect(text).toContain('你的需求：');
    expect(text).not.toMatch(/Best now|Why:|Have ready|Response:/);
    // A second reason sits under the first, after the double-width label.
    const lines = text.split('\n');
    const i = lines.findIndex((l, n) => l.startsWith('   原因：') && (lines[n + 1] ?? '').startsWith('       '));
    expect(i).toBeGreaterThan(0);
    expect(stringWidth('   原因：')).toBe(9);
    expect(lines[i + 1]).toMatch(/^ {9}\S/);
  });

  it('recommend --overseas: the differences table lines up in display columns', () => {
    const text = recommendText(['--topic', 'cross-border', '--overseas', '--lang', 'zh'], LATE, 'Europe/Paris');
    const rows = text.split('\n').filter((l) => /^ {2}(身份验证|支付咨询|法规适配) /.test(l));
    expect(rows).toHaveLength(3);
    const column = (line: string, cell: string) => stringWidth(line.slice(0, line.indexOf(cell)));
    const overseas = catalog.overseas?.differences ?? [];
    const starts = rows.map((row, i) => column(row, overseas[i]?.overseas.zh ?? ''));
    expect(new Set(starts).size).toBe(1);
  });

  it('hours: Chinese labels, the Beijing ruler, the marker and the legend; strips start in one column', () => {
    const r = ok(['--no-color', 'hours', '--lang', 'zh', '--at', PEAK, '--tz', 'Europe/Paris']);
    expect(r.stdout).toContain('当地 Europe/Paris');
    expect(r.stdout).toMatch(/^北京时间 +20 {4}23/m);
    expect(r.stdout).toContain('▲ 现在');
    expect(r.stdout).toContain('██ 人工服务中   ▓▓ 高峰   ▒▒ 自动化服务   ·· 已关闭');
    expect(r.stdout).toContain('11月28日 星期六 – 11月29日 星期日');
    const strips = r.stdout.split('\n').filter((l) => /[█▓▒·?]{48}$/.test(l));
    expect(strips).toHaveLength(catalog.channels.length);
    const starts = strips.map((l) => stringWidth(l.slice(0, l.search(/[█▓▒·?]{48}$/))));
    expect(new Set(starts).size).toBe(1);
    for (const name of catalog.channels.map((c) => c.name.zh).filter((n) => stringWidth(n) <= 34)) expect(r.stdout).toContain(name);
  });
});

describe('hours', () => {
  it('draws the timeline: date range, local ruler with the Beijing ruler under it, a row per channel, now, the legend', () => {
    const r = ok(['--no-color', 'hours', '--at', PEAK, '--tz', 'America/Los_Angeles']);
    const lines = r.stdout.split('\n');
    const header = lines.findIndex((l) => l === 'Saturday 28 – Sunday 29 November'); // 04:00 → 04:00 in Los Angeles
    expect(header).toBeGreaterThan(0);
    expect(lines[header + 1]).toMatch(/^your time America\/Los_Angeles +04 {4}07 {4}10/);
    expect(lines[header + 2]).toMatch(/^Beijing +20 {4}23 {4}02/);
    const width = (lines[header + 1] ?? '').indexOf('04');
    expect((lines[header + 2] ?? '').indexOf('20')).toBe(width);
    const marker = lines.find((l) => l.includes('▲ now')) ?? '';
    expect(marker.indexOf('▲')).toBe(width); // 04:00 local is the first slot
    expect(r.stdout).toContain('██ open   ▓▓ peak   ▒▒ automated   ·· closed');
    for (const line of lines) expect(stringWidth(line.replace(/ {2}(open|closed|automated).*$/, ''))).toBeLessThanOrEqual(120);
  });

  it('the now marker lands in the half-hour cell holding now (Kathmandu, +05:45)', () => {
    const r = ok(['--no-color', 'hours', 'app-help', '--at', '2026-11-28T20:00+08:00', '--tz', 'Asia/Kathmandu']);
    const lines = r.stdout.split('\n');
    const ruler = lines.find((l) => l.startsWith('your time Asia/Kathmandu')) ?? '';
    expect(ruler).toMatch(/ {2}17 {4}20 {4}23/); // the block starts at 17:00 local
    const row = lines.find((l) => l.startsWith('In-app help')) ?? '';
    const marker = lines.find((l) => l.includes('▲')) ?? '';
    const stripStart = row.search(/[█▓▒·]/);
    expect(marker.indexOf('▲')).toBe(stripStart + 1); // 17:45 local: the second half hour
    expect(row[stripStart + 1]).toBe('▓'); // 20:00 Beijing is peak
  });

  it('names the dates when a block crosses midnight', () => {
    const r = ok(['--no-color', 'hours', 'hotline-overseas', '--days', '2', '--at', LATE, '--tz', 'Pacific/Kiritimati']);
    expect(r.stdout).toContain('Sunday 29 – Monday 30 November');
    expect(r.stdout).toContain('Monday 30 November – Tuesday 1 December');
    expect(r.stdout.match(/▲ now/g)).toHaveLength(1);
  });

  it('widens the label column for long names (up to 34) so names are not cut at 26', () => {
    const r = ok(['--no-color', 'hours', '--at', MORNING, '--tz', 'UTC']);
    expect(r.stdout).toContain('In-app help (Help & Feedback)  ');
    expect(r.stdout).toContain('WeChat support hotline (mainland)  ');
    expect(r.stdout).toContain('WeChat Customer Service official …');
  });

  it.each([
    ['UTC', 1],
    ['Asia/Kathmandu', 3],
    ['America/Los_Angeles', 14],
  ] as const)('--json (%s, %i days): each channel\'s windows tile [from, to) without gaps or overlaps', (tz, days) => {
    const out = json(ok(['--json', 'hours', '--days', String(days), '--at', '2026-10-30T12:00+08:00', '--tz', tz]));
    expect(out).toMatchObject({ command: 'hours', days, timeZone: tz });
    expect(Date.parse(out.to) - Date.parse(out.from)).toBe(days * 24 * 3_600_000);
    expect(out.channels).toHaveLength(catalog.channels.length);
    for (const c of out.channels) {
      const w = c.windows as { start: string; end: string; state: string }[];
      expect(w.length).toBeGreaterThan(0);
      expect(Date.parse(w[0]?.start ?? '')).toBe(Date.parse(out.from));
      expect(Date.parse(w.at(-1)?.end ?? '')).toBe(Date.parse(out.to));
      for (let i = 0; i < w.length; i++) {
        expect(['open', 'automated', 'closed', 'unknown']).toContain(w[i]?.state);
        expect(Date.parse(w[i]?.end ?? '')).toBeGreaterThan(Date.parse(w[i]?.start ?? ''));
        if (i > 0) expect(w[i]?.start).toBe(w[i - 1]?.end);
      }
    }
  });
});
