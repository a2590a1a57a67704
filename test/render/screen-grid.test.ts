// SPEC "Output", held on every answer rather than a few snapshots: recommend, phone and emergency
// for every topic × urgency × region × language × 60/80/120 columns, at night and at the evening
// peak. Each output fits one screen, no line runs past the width but for a lone unbreakable
// token, Chinese output has no English words but names, numbers, addresses, ids, flags and
// commands, and no word of the project's making reaches the user.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load.js';
import { displayWidth } from '../../src/render/terminal/width.js';
import { englishWords } from '../support/english-words.js';
import { runCli } from '../support/fake-io.js';

const catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
const WIDTHS = [60, 80, 120];
const INSTANTS = ['2026-11-28T03:00+08:00', '2026-11-26T19:30+08:00'];
const ids = new Set([...catalog.topics, ...catalog.channels, ...catalog.needs, ...catalog.emergencies].map((x) => x.id));

const PROJECT_WORDS = /\bseed\b|种子|\bpub-[a-z]|project's review|项目对/i;

function check(out: string, columns: number, zh: boolean, label: string): void {
  const lines = out.replace(/\n$/, '').split('\n');
  expect(lines.length, `${label}: ${lines.length} lines\n${out}`).toBeLessThanOrEqual(24);
  for (const line of lines) {
    if (displayWidth(line) > columns) {
      // Only a lone unbreakable token may run past: without it the line fits.
      const tokens = line.trim().split(/\s+/);
      const longest = tokens.reduce((a, b) => (displayWidth(b) > displayWidth(a) ? b : a), '');
      expect(displayWidth(line.replace(longest, '')), `${label}: too wide at ${columns}: ${line}`).toBeLessThanOrEqual(columns);
    }
    if (zh) expect(englishWords(line, { names: catalog.properNames, words: ids }), `${label}: English in zh: ${line}`).toEqual([]);
    // A number followed by a name that starts with it says it twice ("95017 95017 …").
    expect(line, `${label}: a number said twice`).not.toMatch(/(?:^|\s)(\+?\d[\d -]{3,}\d) (?:— )?\1(?:\s|$)/);
    // Nor a dash twice, where a name goes on from its number with one ("110 — the police").
    expect(line, `${label}: a dash said twice`).not.toMatch(/— —/);
  }
  expect(out, label).not.toMatch(PROJECT_WORDS);
}

const cases: { label: string; args: string[] }[] = [];
for (const topic of catalog.topics) {
  for (const urgent of ['--urgent', '--not-urgent']) {
    for (const region of ['--overseas', '--mainland'])
      cases.push({ label: `recommend ${topic.id} ${urgent} ${region}`, args: ['recommend', '--topic', topic.id, urgent, region] });
  }
  for (const region of ['--overseas', '--mainland'])
    cases.push({ label: `phone --topic ${topic.id} ${region}`, args: ['phone', '--topic', topic.id, region] });
}
for (const e of catalog.emergencies)
  for (const region of ['--overseas', '--mainland'])
    cases.push({ label: `emergency ${e.id} ${region}`, args: ['emergency', e.id, region] });

describe.each(['en', 'zh'] as const)('%s', (lang) => {
  it.each(cases)('$label: one screen, fits 60/80/120 columns, one language, product words', async ({ label, args }) => {
    for (const columns of WIDTHS) {
      for (const at of INSTANTS) {
        const r = await runCli([...args, '--lang', lang, '--at', at, '--tz', 'America/Los_Angeles'], { env: { COLUMNS: String(columns) } });
        expect(r.code, r.stderr).toBe(0);
        check(r.stdout, columns, lang === 'zh', `${label} --lang ${lang} ${columns} cols ${at}`);
      }
    }
  });
});

it("--verbose still speaks the product's words (sources named for what they are)", async () => {
  for (const lang of ['en', 'zh']) {
    const r = await runCli(['recommend', '--topic', 'payment', '--verbose', '--lang', lang, '--at', INSTANTS[0]!, '--tz', 'Asia/Shanghai']);
    expect(r.stdout).not.toMatch(PROJECT_WORDS);
    expect(r.stdout).toMatch(lang === 'zh' ? /网络文章/ : /web article/);
  }
});
