// A line's numbers agree: `number`, `e164` and `abroad.dial` name the same line, or `validate`
// says which do not (the tel: link would dial another number than the page shows). The check
// needs a phone-number library, which stays out of the one-shot commands' bundle.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load.js';
import { asE164, checkNumbers } from '../../src/catalog/phone-numbers.js';
import { runCli } from '../support/fake-io.js';

const BUILTIN = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'wxhelp-numbers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function edited(from: string, to: string): string {
  expect(BUILTIN.split(from)).toHaveLength(2);
  return BUILTIN.replace(from, to);
}

const errorsOf = (text: string) => parseCatalog(text, 'f.yaml', checkNumbers).issues.filter((i) => i.severity === 'error');

describe('number and e164 agree', () => {
  it('the built-in catalog passes (the build refuses one that does not)', () => {
    expect(errorsOf(BUILTIN)).toEqual([]);
  });

  it.each([
    ['0755-83765566', '+8675583765566'],
    ['+86-755-83765566', '+8675583765566'],
    ['4006 700 700', '+864006700700'],
    ['+86 571 95017', '+8657195017'],
    ['(0755) 8601 3860', '+8675586013860'],
  ])('%s reads as %s', (written, e164) => {
    expect(asE164(written, '86')).toBe(e164);
  });

  it('a stale e164 beside a changed number: an error at the e164, with both numbers', async () => {
    const text = edited('number: "0755-83765566"', 'number: "0755-12345678"');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('channels[4].e164');
    expect(errors[0]!.message).toContain('"0755-12345678"');
    expect(errors[0]!.message).toContain('"+8675583765566"');
    const file = join(dir, 'stale.yaml');
    writeFileSync(file, text);
    const r = await runCli(['validate', file], { now: () => Date.UTC(2026, 10, 28, 12) });
    expect(r.code).toBe(3);
    expect(r.stdout + r.stderr).toMatch(
      /stale\.yaml:\d+:\d+: error: number "0755-12345678" and e164 "\+8675583765566" are different lines/,
    );
    // A one-shot command on that catalog still runs (the check is validate's, not every run's).
    expect((await runCli(['channels', '--json', '--channels', file, '--at', '2026-11-28T12:00Z'])).code).toBe(0);
  });

  it('abroad.dial must be the same line, in international format', () => {
    expect(BUILTIN).toContain('dial: "+86 755 8601 3860"');
    const wrong = BUILTIN.replace('dial: "+86 755 8601 3860"', 'dial: "+86 755 8601 3861"');
    expect(errorsOf(wrong).map((e) => [e.path, e.message.slice(0, 40)])).toEqual([
      ['channels[5].abroad.dial', 'abroad.dial "+86 755 8601 3861" is not t'],
    ]);
    const national = wrong.replace('dial: "+86 755 8601 3861"', 'dial: "0755 8601 3860"');
    expect(errorsOf(national).map((e) => e.path)).toEqual(['channels[5].abroad.dial']);
    const right = wrong.replace('dial: "+86 755 8601 3861"', 'dial: "+86 755 8601 3860"');
    expect(errorsOf(right)).toEqual([]);
  });
});

describe('the phone-number library stays off the one-shot path', () => {
  it('only the validate-time part of the bundle contains it', () => {
    const dist = new URL('../../bin/dist/', import.meta.url);
    const parts = readdirSync(dist).filter((f) => f.endsWith('.cjs'));
    const withIt = parts.filter((f) => readFileSync(new URL(f, dist), 'utf8').includes('countryCallingCode'));
    expect(withIt).toEqual(['phonenumbers.cjs']);
  });
});

describe('one number, one line — or said', () => {
  const sharing = (text: string) => parseCatalog(text, 'f.yaml').issues.filter((i) => i.detail.id === 'shared-number');
  // A second channel with the hotline's number, as the catalog once had ("overseas line" +86-755-83765566).
  const twin = (extra = '') =>
    edited(
      '  - id: payment-line\n',
      `  - id: hotline-twin\n    kind: phone\n    name: {zh: 海外服务专线, en: Overseas support line}\n    number: "+86-755-83765566"\n    e164: "+8675583765566"\n${extra}    hours:\n      text: {zh: 北京时间9:00-22:00, en: 09:00–22:00 Beijing}\n      windows: [{from: "09:00", to: "22:00", state: open}]\n    source: seed\n\n  - id: payment-line\n`,
    );

  it('the built-in catalog has no two channels sharing a number silently', () => {
    expect(sharing(BUILTIN)).toEqual([]);
  });

  it('two channels with one number, neither saying so: a warning naming both and the number', async () => {
    const issues = sharing(twin());
    expect(issues).toHaveLength(1);
    expect(issues[0]!.severity).toBe('warning');
    expect(issues[0]!.message).toMatch(/channels 'hotline', 'hotline-twin' share the number '0755-83765566' without saying so/);
    const file = join(dir, 'twin.yaml');
    writeFileSync(file, twin());
    const r = await runCli(['validate', file, '--lang', 'zh', '--at', '2026-11-28T03:00+08:00']);
    expect(r.stdout + r.stderr).toMatch(/使用同一号码/);
  });

  it('said with sharedNumber: no warning', () => {
    const said = twin(
      '    sharedNumber:\n      with: [hotline]\n      text: {zh: 与微信客服热线同一号码, en: Same number as the WeChat support hotline}\n      source: seed\n',
    );
    expect(sharing(said)).toEqual([]);
  });
});
