// `wxhelp schema --output` describes every --json output: each command over a grid of topics,
// urgency, regions, languages, needs and instants, and the error object of bad input, validate
// against it. Its objects are closed, so an output key nobody described fails here.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCatalog } from '../../src/catalog/load.js';
import { runCli } from '../support/fake-io.js';

const catalog = parseCatalog(readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8'), 'channels.yaml').catalog!;
// The schema as a user gets it: `wxhelp schema --output`.
const printed = await runCli(['schema', '--output', '--at', '2026-11-28T03:00+08:00']);
const schema = JSON.parse(printed.stdout);
const ajv = new Ajv2020({ allErrors: true, strict: true });
const check = ajv.compile(schema);

const INSTANTS = ['2026-11-26T03:00+08:00', '2026-11-26T12:00+08:00', '2026-11-28T19:30+08:00', '2026-11-28T22:00+08:00'];
const LANGS = ['en', 'zh'];
const REGIONS = [['--mainland'], ['--overseas'], []];
const ZONES = ['Asia/Shanghai', 'Europe/London', 'UTC'];

function valid(text: string, what: string): void {
  const json = JSON.parse(text);
  const ok = check(json);
  expect(ok, `${what}\n${ajv.errorsText(check.errors, { separator: '\n' })}`).toBe(true);
}

async function output(args: string[]): Promise<void> {
  const r = await runCli([...args, '--json']);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  valid(r.stdout, args.join(' '));
}

describe('the output schema', () => {
  it('is a valid draft 2020-12 schema', () => {
    expect(printed.code).toBe(0);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(ajv.validateSchema(schema)).toBe(true);
  });

  it('rejects what it should: an undescribed key, a wrong state, a missing envelope key', async () => {
    const r = await runCli(['phone', '--overseas', '--json', '--at', INSTANTS[0]!, '--tz', 'UTC']);
    const json = JSON.parse(r.stdout);
    expect(check(json)).toBe(true);
    expect(check({ ...json, extra: 1 })).toBe(false);
    expect(check({ ...json, line: { ...json.line, status: { ...json.line.status, state: 'maybe' } } })).toBe(false);
    const { schemaVersion: _dropped, ...rest } = json;
    expect(check(rest)).toBe(false);
  });
});

describe.each(LANGS)('every --json output validates (%s)', (lang) => {
  it.each(INSTANTS)('recommend: every topic × urgency × region × need, at %s', async (at) => {
    for (const topic of catalog.topics) {
      for (const urgency of ['--urgent', '--not-urgent']) {
        for (const region of REGIONS) {
          await output([
            'recommend',
            '--topic',
            topic.id,
            urgency,
            ...region,
            '--lang',
            lang,
            '--at',
            at,
            '--tz',
            ZONES[REGIONS.indexOf(region)]!,
          ]);
        }
      }
    }
    for (const need of catalog.needs)
      await output(['recommend', '--topic', 'general', '--need', need.id, '--lang', lang, '--at', at, '--tz', 'Asia/Shanghai']);
    for (const words of ['我的微信号被盗了', 'my account was stolen', 'WeChat Pay charged me twice']) {
      await output(['recommend', words, '--lang', lang, '--at', at, '--tz', 'Europe/London']);
    }
  });

  it.each(INSTANTS)('phone, channels, hours, emergency, topics, remind, validate, completion at %s', async (at) => {
    for (const zone of ZONES) {
      const frame = ['--lang', lang, '--at', at, '--tz', zone];
      for (const region of REGIONS) {
        await output(['phone', ...region, ...frame]);
        await output(['phone', '--payment', ...region, ...frame]);
        if (region.length === 0) await output(['channels', ...frame]);
        for (const e of catalog.emergencies) await output(['emergency', e.id, ...region, ...frame]);
      }
      for (const topic of catalog.topics) await output(['phone', '--topic', topic.id, ...frame]);
      await output(['hours', ...frame]);
      await output(['hours', catalog.channels[0]!.id, '--days', '2', ...frame]);
      await output(['topics', ...frame]);
      for (const channel of catalog.channels) {
        const r = await runCli(['remind', channel.id, ...frame, '--json']);
        // A channel that never closes has no opening to remind of: that is an error object.
        r.code === 0 ? valid(r.stdout, `remind ${channel.id}`) : valid(r.stderr, `remind ${channel.id} (error)`);
      }
      await output(['validate', ...frame]);
    }
    for (const shell of ['bash', 'zsh', 'fish']) await output(['completion', shell, '--lang', lang, '--at', at]);
    await output(['schema', '--lang', lang, '--at', at]);
    await output(['schema', '--output', '--lang', lang, '--at', at]);
    await output(['catalog', 'init', join(mkdtempSync(join(tmpdir(), 'wxhelp-schema-')), 'channels.yaml'), '--lang', lang, '--at', at]);
    // The preferences, from an empty file to every setting and back.
    const env = { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), 'wxhelp-schema-config-')) };
    const steps = [
      ['list'],
      ['set', 'region', 'mainland'],
      ['set', 'needs', 'elderly'],
      ['set', 'accessible', 'true'],
      ['set', 'lang', 'zh'],
      ['get', 'needs'],
      ['list'],
      ['unset', 'region'],
      ['get', 'region'],
    ];
    for (const step of steps) {
      const r = await runCli(['config', ...step, '--json', '--lang', lang, '--at', at], { env });
      expect(r.code, `config ${step.join(' ')}: ${r.stderr}`).toBe(0);
      valid(r.stdout, `config ${step.join(' ')}`);
    }
  });

  it('errors: every kind of bad input prints an error object', async () => {
    for (const args of [
      ['phone', '--topic', 'nope'],
      ['recommend', '--topic', 'acount-security'],
      ['recommend', 'zzzz qqqq'],
      ['emergency', 'stole'],
      ['hours', 'hotlin'],
      ['hours', '--days', '0'],
      ['--at', 'not-a-date', 'phone'],
      ['--tz', 'Mars/Olympus', 'phone'],
      ['--lang', 'fr', 'phone'],
      ['phone', '--bogus'],
      ['bogus'],
      ['--channels', '/nonexistent/file.yaml', 'phone'],
      ['recommend', '--need', 'aliens', '--topic', 'general'],
    ]) {
      const r = await runCli([
        ...args,
        '--json',
        ...(args.includes('--at') ? [] : ['--at', INSTANTS[0]!]),
        ...(args.includes('--lang') ? [] : ['--lang', lang]),
      ]);
      expect(r.code, args.join(' ')).not.toBe(0);
      valid(r.stderr, args.join(' '));
    }
  });
});
