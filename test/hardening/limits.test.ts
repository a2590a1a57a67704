// Limits, through the built binary: files that are missing, directories, unreadable, huge, pipes
// and devices, alias bombs, absurd nesting, prototype keys. Each gets one clear line and exit 3
// (or works, where it should), quickly, with no stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, readFileSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCatalogFile } from '../../src/catalog/index.js';
import { BIN, wxhelp, type BinResult } from '../e2e/run-bin.js';
import { wxhelpAsUser } from '../support/as-user.js';
import { openForWriting, tempDir } from './helpers.js';

const AT = ['--at', '2026-11-28T10:00+08:00', '--tz', 'UTC'];
const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const tmp = tempDir('wxhelp-limits-');
afterAll(tmp.cleanup);

/** Exit 3, nothing on stdout, exactly one line on stderr (containing `text`), no stack trace. */
function refused(r: BinResult, text: string | RegExp): void {
  expect(r.code, r.stderr).toBe(3);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n');
  expect(lines, r.stderr).toHaveLength(2); // one line and its newline
  expect(lines[0]).toMatch(/^wxhelp: /);
  if (typeof text === 'string') expect(lines[0]).toContain(text);
  else expect(lines[0]).toMatch(text);
  expect(r.stderr).not.toMatch(/\bat .*:\d+:\d+\)?$|node:internal|Error:/m);
}

describe('files that cannot be read', () => {
  it('a missing file: says so, with a hint for where the name came from', () => {
    const missing = join(tmp.dir, 'missing.yaml');
    refused(wxhelp(['channels', '--channels', missing, ...AT]), `catalog file not found: ${missing} — check the file given to --channels`);
    refused(wxhelp(['channels', ...AT], { WXHELP_CHANNELS: missing }), 'WXHELP_CHANNELS names a file that does not exist');
    refused(wxhelp(['validate', missing, ...AT]), `catalog file not found: ${missing}`);
  });

  it('a directory', () => {
    refused(wxhelp(['channels', '--channels', tmp.dir, ...AT]), `catalog path is a directory, not a file: ${tmp.dir}`);
    refused(wxhelp(['validate', tmp.dir, ...AT]), 'is a directory');
  });

  it('a path through a file (ENOTDIR) is "not found"', () => {
    const file = tmp.file('plain.yaml', 'x: 1\n');
    refused(wxhelp(['channels', '--channels', join(file, 'inner.yaml'), ...AT]), 'catalog file not found');
  });

  it('an unreadable file: permission denied (as root, checked as the user "nobody")', () => {
    const file = tmp.file('secret.yaml', original);
    chmodSync(file, 0o000);
    chmodSync(tmp.dir, 0o755); // so that the user may look inside
    const r = wxhelpAsUser(['channels', '--channels', file, ...AT]);
    refused({ code: r.code, stdout: r.stdout, stderr: r.stderr }, `cannot read catalog file: ${file} (permission denied)`);
  });

  it('not UTF-8', () => {
    const file = tmp.file('latin1.yaml', Buffer.from('schemaVersion: 1\nx: caf\xe9\n', 'latin1'));
    refused(wxhelp(['channels', '--channels', file, ...AT]), 'catalog file is not UTF-8 text');
  });

  it('with --json, the error is the JSON error object', () => {
    const r = wxhelp(['channels', '--json', '--channels', tmp.dir, ...AT]);
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stderr)).toEqual({
      error: { code: 'CATALOG_IS_DIRECTORY', message: expect.stringContaining(tmp.dir), hint: expect.any(String) },
    });
  });
});

describe('size', () => {
  it('a huge file is refused from its size alone, before it is read', () => {
    // Sparse: 1 GiB that takes no disk. Reading it would take seconds and a gigabyte of memory.
    const file = tmp.file('huge.yaml', '');
    truncateSync(file, 1024 ** 3);
    // The size in the message is the file's own: it comes from stat, not from reading.
    const r = wxhelp(['channels', '--channels', file, ...AT]);
    refused(r, `catalog file is too large: ${file} (1024 MiB; the limit is 16 MiB)`);
  });

  it('a file just over 16 MiB is refused from its size', () => {
    const file = tmp.file('over.yaml', '');
    truncateSync(file, 16 * 1024 * 1024 + 1);
    refused(wxhelp(['channels', '--channels', file, ...AT]), `catalog file is too large: ${file} (16 MiB; the limit is 16 MiB)`);
  });

  it.each(['/dev/zero', '/dev/null', '/dev/urandom'])('a device (%s) is refused without being read', (device) => {
    refused(wxhelp(['channels', '--channels', device, ...AT]), `cannot read catalog file: ${device} (a device, not a file)`);
  });

  it('a pipe that never ends is cut off at the limit', () => {
    const r = spawnSync('sh', ['-c', `yes 'a: b' | "${process.execPath}" "${BIN}" channels --channels /dev/stdin ${AT.join(' ')}`], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(r.status).toBe(3);
    expect(r.stderr).toBe(
      'wxhelp: catalog file is too large: /dev/stdin (over 16 MiB; the limit is 16 MiB) — a catalog is a YAML file of a few MiB at most; check that this is the right file\n',
    );
  });
});

describe('pipes', () => {
  it('a catalog from a pipe (/dev/stdin) works', () => {
    const r = spawnSync(process.execPath, [BIN, 'topics', '--json', '--channels', '/dev/stdin', ...AT], {
      input: original,
      encoding: 'utf8',
      timeout: 10_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).topics.length).toBeGreaterThan(5);
  });

  it('a named pipe whose writer comes later is read once it writes', async () => {
    const fifo = join(tmp.dir, 'later.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const child = spawn(process.execPath, [BIN, 'topics', '--json', '--channels', fifo, ...AT], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    const fd = await openForWriting(fifo);
    await writeAll(fd, Buffer.from(original));
    closeSync(fd);
    expect(await exited, stderr).toBe(0);
    expect(JSON.parse(stdout).command).toBe('topics');
  });

  it('a named pipe nobody writes to does not hang: one line after a bounded wait', () => {
    const fifo = join(tmp.dir, 'nobody.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // In-process with a short wait (the binary waits PIPE_WAIT_MS, 5 s).
    expect(() => readCatalogFile(fifo, { waitMs: 200 })).toThrow(
      `cannot read catalog file: ${fifo} (a pipe or device that gave no data for 0.2 s)`,
    );
  });
});

/** Writes all of `data` to a non-blocking descriptor (a pipe takes 64 KiB at a time). */
async function writeAll(fd: number, data: Buffer): Promise<void> {
  let off = 0;
  while (off < data.length) {
    try {
      off += writeSync(fd, data, off);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }
}

describe('hostile YAML', () => {
  it('an alias bomb is refused at the alias', () => {
    // 1,000 topics × 1,000 routes × 1,000 materials from a few KiB, every level well typed.
    const list = (n: number, item: string) => `[${Array.from({ length: n }, () => item).join(', ')}]`;
    const bomb = [
      `x-route: &r {channel: app-help, reason: {zh: 甲, en: A}, materials: ${list(1000, 'id-card')}}`,
      `x-topic: &t {id: t, name: {zh: 甲, en: A}, description: {zh: 甲, en: A}, source: seed, routes: ${list(1000, '*r')}}`,
      'topics:',
      ...Array.from({ length: 1000 }, () => '  - *t'),
      '',
    ].join('\n');
    const text = original.replace('\ntopics:\n', `\n${bomb}`);
    const file = tmp.file('bomb.yaml', text);
    const first = text.slice(0, text.indexOf('  - *t')).split('\n').length;
    const r = wxhelp(['channels', '--channels', file, ...AT]);
    refused(r, new RegExp(`${file}:\\d+:5: error: aliases expand to more than \\d+ nodes; refusing to expand them \\(an alias bomb\\?\\)`));
    // At one of the "- *t" aliases.
    const line = Number(/:(\d+):5: /.exec(r.stderr)![1]);
    expect(line).toBeGreaterThanOrEqual(first);
    expect(line).toBeLessThan(first + 1000);
    // A bomb the validator need not open (wrong type at the top) is just a type error.
    const lists = Array.from({ length: 9 }, (_, i) => `x-l${i}: &l${i} ${list(9, i === 0 ? 'zh' : `*l${i - 1}`)}`).join('\n');
    const typed = original.replace('\nchannels:\n', `\n${lists}\nchannels:\n`).replace(/(?<=\n {4}languages: )\[zh\]/, '*l8');
    refused(wxhelp(['channels', '--channels', tmp.file('lol.yaml', typed), ...AT]), /error: expected a non-empty string, got a list/);
  });

  it('ordinary anchors and aliases still work', () => {
    const text = original
      .replace('\nchannels:\n', '\nx-langs: &langs [zh, en]\nchannels:\n')
      .replace(/(?<=\n {4}languages: )\[zh\]/, '*langs');
    const r = wxhelp(['channels', '--json', '--channels', tmp.file('anchors.yaml', text), ...AT]);
    expect(r.code, r.stderr).toBe(0);
  });

  it.each([
    ['flow', `x-deep: ${'['.repeat(100_000)}${']'.repeat(100_000)}`, 'more than 128 levels of [ ] or { }'],
    ['block', Array.from({ length: 400 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n'), 'more than 256 columns of indentation'],
  ])('absurd %s nesting is refused before parsing, with its position', (_name, extra, message) => {
    const file = tmp.file(`deep-${_name}.yaml`, `${original}\n${extra}\n`);
    refused(
      wxhelp(['channels', '--channels', file, ...AT]),
      new RegExp(`${file}:\\d+:\\d+: error: nesting is too deep: ${message.replace(/[[\]{}]/g, '\\$&')}`),
    );
  });

  it('__proto__ and constructor keys are ignored with a warning, and pollute nothing', () => {
    const text = original
      .replace('schemaVersion: 1\n', 'schemaVersion: 1\n__proto__: {polluted: true}\nconstructor: {prototype: {polluted: true}}\n')
      .replace('  - id: app-help\n', '  - id: app-help\n    __proto__: {kind: web, polluted: true}\n    constructor: x\n');
    const file = tmp.file('proto.yaml', text);
    const r = wxhelp(['channels', '--json', '--channels', file, ...AT]);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    const app = out.channels.find((c: { id: string }) => c.id === 'app-help');
    expect(app.kind).toBe('app');
    expect(JSON.stringify(out)).not.toContain('polluted');
    // Human output: the warnings, each located, and the run goes on.
    const human = wxhelp(['channels', '--channels', file, ...AT]);
    expect(human.code).toBe(0);
    const warnings = human.stderr.trim().split('\n');
    expect(warnings).toHaveLength(4);
    for (const w of warnings) expect(w).toMatch(new RegExp(`^${file}:\\d+:\\d+: warning: unknown key '(__proto__|constructor)', ignored`));
  });

  it('ids that are names of Object.prototype members are ordinary ids', () => {
    // "constructor" is a valid kebab-case id: as a route target that does not exist it must be
    // reported, not found on a prototype.
    const unknown = original.replace(/(?<=\n {6}- channel: )app-help/, 'constructor');
    const file = tmp.file('ctor-ref.yaml', unknown);
    refused(wxhelp(['channels', '--channels', file, ...AT]), /error: .*constructor/);
    const r = wxhelp(['recommend', '--topic', 'constructor', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown topic "constructor"');
    const e = wxhelp(['emergency', 'constructor', ...AT]);
    expect(e.code).toBe(2);
    const h = wxhelp(['hours', '__proto__', ...AT]);
    expect(h.code).toBe(2);
  });
});
