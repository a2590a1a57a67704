// The catalog cache trusts nothing it reads: crafted entries (a changed number, escape codes,
// wrong types, `name: null`), special files where an entry should be (a pipe, a link to
// /dev/zero, a sparse giant) and a cache directory others may write to never change an answer,
// never hang and never fail a run: the file's own answer, at once, every time, and a bad entry
// is replaced.
import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import {
  chmodSync,
  chownSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cacheEntryName, readCachedCatalog, writeCachedCatalog } from '../../src/catalog/cache.js';
import type { Catalog } from '../../src/catalog/types.js';
import { sanitize, sanitizeDeep } from '../../src/render/terminal/sanitize.js';
import { BIN } from '../e2e/run-bin.js';
import { fakeIO, runCli } from '../support/fake-io.js';
import { run } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';
import { TERMINAL_CONTROL, tempDir } from './helpers.js';
import { fakeCatalog } from '../support/fake-catalog.js';
import { repacked, withDigest as digested } from '../support/cache-entry.js';

const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'UTC'];
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const NUMBER = '+86-755-83765566'; // the hotline as dialled from abroad, as the catalog writes it
const tmp = tempDir('wxhelp-cache-hostile-');
/** How the CLI reads an entry: part by part, each part checked and cleaned as it is first read. */
const lazily = { lazy: { clean: sanitizeDeep } };
afterAll(tmp.cleanup);

let n = 0;
/** A fresh catalog file (the built-in one) and cache home. */
function setup(text = original): { file: string; cache: string; dir: string; entry: string; env: Record<string, string> } {
  const home = join(tmp.dir, `case${n++}`);
  mkdirSync(home, { recursive: true });
  const file = join(home, 'channels.yaml');
  writeFileSync(file, text);
  const cache = join(home, 'cache');
  const dir = join(cache, 'wxhelp');
  return { file, cache, dir, entry: join(dir, cacheEntryName(readFileSync(file), 'clean')), env: { XDG_CACHE_HOME: cache } };
}

const phone = (s: { file: string; env: Record<string, string> }, ...extra: string[]) =>
  runCli(['phone', '--overseas', '--channels', s.file, ...extra, ...AT], { env: s.env });

/** The answer from the file itself, without a cache. */
let truth: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  const s = setup();
  truth = await runCli(['phone', '--overseas', '--no-cache', '--channels', s.file, ...AT]);
  expect(truth.code).toBe(0);
  expect(truth.stdout).toContain(NUMBER);
  sourceLength = Buffer.byteLength(original);
});

let sourceLength = 0; // of the built-in catalog, which every case but the last uses
/** An entry's packed bytes with a digest made anew, as a user could write one by hand. */
const withDigest = (packed: Buffer) => digested(packed, sourceLength);
/** An entry's packed bytes (no digest line) with the JSON of its catalog changed, packed again as the cache packs it. */
const edited = (path: string, change: (json: string) => string): Buffer => repacked(path, { catalog: change });

/** Runs twice more: each time the file's own answer; the entry is a good one again afterwards. */
async function answersAsTheFile(s: ReturnType<typeof setup>): Promise<void> {
  for (let i = 0; i < 2; i++) {
    const r = await phone(s);
    expect(r).toEqual(truth);
  }
  expect(lstatSync(s.entry).isFile()).toBe(true);
  expect(readFileSync(s.entry).subarray(0, 20).toString()).toBe('wxhelp-entry digest=');
}

describe('crafted entries', () => {
  it("a changed number (the digest left as it was): the file's number, every time, and the entry replaced", async () => {
    const s = setup();
    await phone(s);
    const forged = edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199'));
    writeFileSync(s.entry, Buffer.concat([readFileSync(s.entry).subarray(0, readFileSync(s.entry).indexOf(10) + 1), forged]));
    await answersAsTheFile(s);
    expect(readFileSync(s.entry).includes('+1-900-555-0199')).toBe(false);
  });

  it("a changed number without any digest line (an entry of the old layout): the file's number", async () => {
    const s = setup();
    await phone(s);
    writeFileSync(
      s.entry,
      edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199')),
    );
    await answersAsTheFile(s);
  });

  it('escape codes planted in an entry, digest made anew: nothing reaches the terminal', async () => {
    const s = setup();
    await phone(s);
    writeFileSync(
      s.entry,
      withDigest(
        edited(s.entry, (json) => json.replace('"WeChat support hotline"', '"WeChat\\u001b]0;PWNED\\u0007 support\\u009b2J hotline"')),
      ),
    );
    const r = await phone(s);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(TERMINAL_CONTROL);
    expect(r.stdout).toContain(NUMBER);
  });

  it.each([
    ['name: null', (json: string) => json.replace(/"name":\{"zh":"[^"]*","en":"WeChat support hotline"\}/, '"name":null')],
    ['channels: a string', (json: string) => JSON.stringify({ ...JSON.parse(json), channels: 'x' })],
    ["a window's time a number", (json: string) => json.replace(/"from":"09:00"/, '"from":900')],
    ['topics missing', (json: string) => JSON.stringify({ ...JSON.parse(json), topics: undefined })],
    ['waitMinutes a string', (json: string) => json.replace(/"waitMinutes":\{"open":(\d+)/, '"waitMinutes":{"open":"$1"')],
  ])(
    'damaged but parseable (%s), digest made anew: detected, the file parsed, the entry replaced — never "unexpected failure"',
    async (_name, change) => {
      const s = setup();
      await phone(s);
      const damaged = withDigest(edited(s.entry, change));
      expect(damaged.equals(readFileSync(s.entry))).toBe(false); // the change took
      writeFileSync(s.entry, damaged);
      await answersAsTheFile(s);
      expect(readFileSync(s.entry).equals(damaged)).toBe(false);
    },
  );
});

describe('special files where an entry should be', () => {
  it("a named pipe: no hang, the file's answer, replaced by a regular entry", async () => {
    const s = setup();
    mkdirSync(s.dir, { recursive: true, mode: 0o700 });
    expect(spawnSync('mkfifo', [s.entry]).status).toBe(0);
    await answersAsTheFile(s);
  });

  it('a link to /dev/zero: never read (no memory growth), replaced', async () => {
    const s = setup();
    mkdirSync(s.dir, { recursive: true, mode: 0o700 });
    symlinkSync('/dev/zero', s.entry);
    await answersAsTheFile(s);
  });

  it('a link to a good entry elsewhere: not followed', async () => {
    const s = setup();
    await phone(s);
    const elsewhere = join(s.cache, 'elsewhere.entry');
    writeFileSync(elsewhere, withDigest(edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199'))));
    rmSync(s.entry);
    symlinkSync(elsewhere, s.entry);
    await answersAsTheFile(s);
  });

  it('a sparse 1.8 GB entry: refused from its size, replaced', async () => {
    const s = setup();
    mkdirSync(s.dir, { recursive: true, mode: 0o700 });
    writeFileSync(s.entry, '');
    truncateSync(s.entry, 1.8e9);
    await answersAsTheFile(s);
  });

  it("a directory: the file's answer, exit 0", async () => {
    const s = setup();
    mkdirSync(s.entry, { recursive: true });
    expect(await phone(s)).toEqual(truth);
  });
});

describe('a cache directory others could write to is not used at all', () => {
  it.each([
    ['writable by others (0777)', 0o777],
    ['writable by its group (0770)', 0o770],
  ])('%s: a forged entry there is not read, nothing is written', async (_name, mode) => {
    const s = setup();
    await phone(s);
    writeFileSync(s.entry, withDigest(edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199'))));
    chmodSync(s.entry, 0o600);
    chmodSync(s.dir, mode);
    const forged = readFileSync(s.entry);
    expect(await phone(s)).toEqual(truth);
    expect(readFileSync(s.entry).equals(forged)).toBe(true); // not used, and not ours to tidy
  });

  it('owned by another user: not read', async () => {
    const s = setup();
    await phone(s);
    writeFileSync(s.entry, withDigest(edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199'))));
    // Only root can give a directory away; another user's test of the same rule is the 0777 one above.
    if (process.getuid?.() === 0) chownSync(s.dir, 65534, 65534);
    else chmodSync(s.dir, 0o777);
    chmodSync(s.dir, process.getuid?.() === 0 ? 0o755 : 0o777);
    expect(await phone(s)).toEqual(truth);
  });

  it("an entry owned by another user, or writable by others, in the user's own directory: not read", async () => {
    const s = setup();
    await phone(s);
    writeFileSync(s.entry, withDigest(edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199'))));
    chmodSync(s.entry, 0o666);
    expect(await phone(s)).toEqual(truth);
    writeFileSync(s.entry, withDigest(edited(s.entry, (json) => json.replaceAll(NUMBER, '+1-900-555-0199'))));
    chmodSync(s.entry, 0o644);
    if (process.getuid?.() === 0) chownSync(s.entry, 65534, 65534);
    else chmodSync(s.entry, 0o646);
    expect(await phone(s)).toEqual(truth);
  });

  it('the same through the binary, as the user "nobody" when run as root (a cache that user does not own)', () => {
    const s = setup();
    mkdirSync(s.dir, { recursive: true, mode: 0o700 });
    chmodSync(tmp.dir, 0o755);
    for (const dir of [join(s.file, '..'), s.cache]) chmodSync(dir, 0o755);
    const root = process.getuid?.() === 0;
    // As root: the directory is root's, so for "nobody" it is another user's. Not as root: make it writable by others.
    if (!root) chmodSync(s.dir, 0o777);
    const r = spawnSync(process.execPath, [BIN, 'phone', '--overseas', '--channels', s.file, ...AT], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', XDG_CACHE_HOME: s.cache },
      timeout: 15_000,
      ...(root ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(NUMBER);
    expect(readdirSync(s.dir)).toEqual([]);
  });
});

describe('a part damaged where only some commands read it (the CLI reads an entry part by part)', () => {
  /** The catalog JSON with the privacy topic's routes made a string: whole, parseable, digest made anew. */
  const privacyBroken = (json: string) => {
    const catalog = JSON.parse(json) as { topics: { id: string; routes: unknown }[] };
    catalog.topics.find((t) => t.id === 'privacy')!.routes = 'x';
    return JSON.stringify(catalog);
  };

  it('unread, it changes nothing; read, it is found: the file parsed, the answer as the file gives it, the entry replaced', async () => {
    const s = setup();
    await phone(s);
    const damaged = withDigest(edited(s.entry, privacyBroken));
    writeFileSync(s.entry, damaged);
    // `phone` reads the channels and one topic, not the privacy topic: the entry serves it.
    expect(await phone(s)).toEqual(truth);
    expect(readFileSync(s.entry).equals(damaged)).toBe(true);
    const privacy = ['recommend', '--topic', 'privacy', '--channels', s.file, ...AT];
    const expected = await runCli([...privacy, '--no-cache']);
    expect(expected.code).toBe(0);
    for (let i = 0; i < 2; i++) expect(await runCli(privacy, { env: s.env })).toEqual(expected);
    expect(readFileSync(s.entry).equals(damaged)).toBe(false);
    expect(readFileSync(s.entry).subarray(0, 20).toString()).toBe('wxhelp-entry digest=');
  });

  it("the catalog's warnings are still shown once when the command runs again on the file", async () => {
    const text = `${original}\nextraTopLevel: true\n`;
    const s = setup(text);
    const expected = await runCli(['phone', '--overseas', '--no-cache', '--channels', s.file, ...AT]);
    expect(expected.stderr).toMatch(/warning/);
    await phone(s);
    const damaged = edited(s.entry, (json) => json.replace(/"name":\{"zh":"[^"]*","en":"WeChat support hotline"\}/, '"name":null'));
    writeFileSync(s.entry, digested(damaged, Buffer.byteLength(text)));
    expect(await phone(s)).toEqual(expected);
    expect(
      readFileSync(s.entry)
        .subarray(readFileSync(s.entry).indexOf(10) + 1)
        .equals(damaged),
    ).toBe(false); // found, and replaced
  });

  it('`ask` reads the whole catalog before its first question: a damaged part is found before anything is shown', async () => {
    const s = setup();
    await phone(s);
    const lines = ['my account was stolen', '1', '', '', '', ''];
    const session = async (extra: string[]) => {
      const input = new PassThrough();
      const output = new PassThrough();
      let shown = '';
      output.on('data', (chunk: Buffer) => {
        shown += chunk.toString();
      });
      Object.assign(input, { isTTY: true });
      Object.assign(output, { isTTY: true, columns: 80 });
      const captured = fakeIO({ tty: true, env: s.env });
      const io = { ...captured.io, stdin: input, stdout: output } as unknown as IO;
      input.end(`${lines.join('\n')}\n`);
      const code = await run(['ask', '--accessible', '--channels', s.file, ...extra, ...AT], io);
      return { code, shown, stderr: captured.stderr() };
    };
    const expected = await session(['--no-cache']);
    expect(expected.code).toBe(0);
    const emergencyStepsBroken = (json: string) => {
      const catalog = JSON.parse(json) as { emergencies: { steps: unknown }[] };
      catalog.emergencies.at(-1)!.steps = 7;
      return JSON.stringify(catalog);
    };
    const damaged = withDigest(edited(s.entry, emergencyStepsBroken));
    writeFileSync(s.entry, damaged);
    expect(await session([])).toEqual(expected);
    expect(readFileSync(s.entry).equals(damaged)).toBe(false);
  });
});

it('two catalogs of the same length name different entries, and both stay', async () => {
  const a = setup(original.replace('en: WeChat support hotline', 'en: WeChat support hotlina'));
  const b = { ...setup(original.replace('en: WeChat support hotline', 'en: WeChat support hotlinb')), cache: a.cache, env: a.env };
  expect(readFileSync(a.file).length).toBe(readFileSync(b.file).length);
  expect(cacheEntryName(readFileSync(a.file), 'clean')).not.toBe(cacheEntryName(readFileSync(b.file), 'clean'));
  await phone(a);
  await phone(b);
  expect(readdirSync(a.dir).filter((f) => f.endsWith('.entry'))).toHaveLength(2);
});

it('an entry read part by part gives every string cleaned (any string, any control, raw or escaped); a section named with one is not used', () => {
  const dir = join(tmp.dir, 'marks');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const unsafe = [
    '\u0000',
    '\u0007',
    '\t',
    '\n',
    '\r',
    '\u001b',
    '\u007f',
    '\u0085',
    '\u009b',
    '\u061c',
    '\u200e',
    '\u200f',
    '\u2028',
    '\u2029',
    '\u202a',
    '\u202e',
    '\u2066',
    '\u2069',
  ];
  const piece = fc.oneof(
    fc.constantFrom(...unsafe),
    fc.string({ maxLength: 4 }),
    fc.constantFrom('微信', '\\', '\\u001b', 'Â', 'â', '\u00c2\u0085'),
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 6 }), fc.boolean(), (parts, asKey) => {
      const text = parts.join('');
      const catalog = JSON.parse(
        JSON.stringify({ ...fakeCatalog(), properNames: asKey ? [] : [text], ...(asKey ? { [text]: 1 } : {}) }),
      ) as Catalog;
      writeCachedCatalog(dir, 'source', 'clean', { catalog, issues: [] });
      const read = readCachedCatalog(dir, 'source', 'clean', undefined, lazily);
      if (asKey && sanitize(text) !== text) {
        expect(read).toBeNull();
        return;
      }
      expect(read).not.toBeNull();
      expect(JSON.parse(JSON.stringify(read!.catalog))).toEqual(sanitizeDeep(catalog));
    }),
    { numRuns: 400 },
  );
  // A clean catalog comes back as written: not copied by cleaning.
  const catalog = fakeCatalog();
  writeCachedCatalog(dir, 'source', 'clean', { catalog, issues: [] });
  const read = readCachedCatalog(dir, 'source', 'clean', undefined, lazily)!.catalog;
  expect(JSON.parse(JSON.stringify(read))).toEqual(catalog);
});
