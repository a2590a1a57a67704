// `wxhelp catalog init` writes the file it was given and nothing else: through an exclusively
// created, randomly named temporary file beside it, renamed over it. A target that is a device, a
// directory, a pipe or a link is refused even with --force; a link planted where a temporary file
// might go is never followed; no temporary file is left behind; a path that cannot be written is
// one line and exit 2, in the user's language. Permission cases run as the user "nobody" when
// the tests run as root (as CI does), so they can fail where they run.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSafely, WriteError } from '../../src/catalog/write-file.js';
import { BIN } from '../e2e/run-bin.js';
import { cli, tempDir } from './helpers.js';

const AT = ['--at', '2026-11-28T10:00Z', '--tz', 'UTC'];
const tmp = tempDir('wxhelp-init-');
afterAll(tmp.cleanup);
// The temporary files a run could leave: `.<name>.<random>.tmp`, or the old `<name>.<pid>.tmp`.
const leftovers = (dir: string) => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

/** One line on stderr, exit 2, nothing on stdout, no stack trace. */
function refused(r: { code: number; stdout: string; stderr: string }, text: string | RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(typeof text === 'string' ? new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : text);
  expect(r.stderr).not.toMatch(/unexpected failure|\bat .*:\d+:\d+|node:internal/);
}

describe('targets that are not regular files are refused, even with --force', () => {
  it('a directory: left as it is, exit 2, no temporary file beside it', async () => {
    const dir = join(tmp.dir, 'adir');
    mkdirSync(dir);
    refused(await cli([...AT, 'catalog', 'init', dir, '--force']), `catalog init: ${dir} is a directory, not a regular file`);
    expect(statSync(dir).isDirectory()).toBe(true);
    expect(leftovers(tmp.dir)).toEqual([]);
  });

  it('a device (/dev/null) and a link to one (/dev/stdout): never replaced', async () => {
    refused(await cli([...AT, 'catalog', 'init', '/dev/null', '--force']), 'catalog init: /dev/null is a device, not a regular file');
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
    refused(
      await cli([...AT, 'catalog', 'init', '/dev/stdout', '--force']),
      /catalog init: \/dev\/stdout is a link to \/proc\/self\/fd\/1, not a regular file/,
    );
    expect(lstatSync('/dev/stdout').isSymbolicLink()).toBe(true);
    expect(leftovers('/dev')).toEqual([]);
  });

  it("a link planted at the target (to a file of someone else's): the link and its file untouched", async () => {
    const victim = tmp.file('victim.txt', 'precious\n');
    const target = join(tmp.dir, 'planted.yaml');
    symlinkSync(victim, target);
    refused(await cli([...AT, 'catalog', 'init', target, '--force']), `catalog init: ${target} is a link to ${victim}, not a regular file`);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readlinkSync(target)).toBe(victim);
  });

  it('a named pipe: refused without opening it (no hang)', async () => {
    const fifo = join(tmp.dir, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    refused(await cli([...AT, 'catalog', 'init', fifo, '--force']), `catalog init: ${fifo} is a named pipe, not a regular file`);
  });

  it('in Chinese too', async () => {
    refused(
      await cli([...AT, 'catalog', 'init', '/dev/null', '--force', '--lang', 'zh']),
      'catalog init：/dev/null 是设备，不是普通文件；不会替换它（即使加 --force）',
    );
  });
});

describe('the temporary file', () => {
  it('is created exclusively under a random name: links planted at every name the old scheme used are not followed', async () => {
    const dir = join(tmp.dir, 'shared');
    mkdirSync(dir);
    const victim = tmp.file('victim2.txt', 'precious\n');
    const target = join(dir, 'channels.yaml');
    // The old name was <target>.<pid>.tmp: a neighbour could plant links for every pid.
    for (let pid = 1; pid <= 300; pid++) symlinkSync(victim, `${target}.${pid}.tmp`);
    for (const pid of [process.pid, process.pid + 1]) if (!existsSync(`${target}.${pid}.tmp`)) symlinkSync(victim, `${target}.${pid}.tmp`);
    const r = await cli([...AT, 'catalog', 'init', target]);
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(lstatSync(target).isFile()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^# yaml-language-server: \$schema=/);
  });

  it('a name already taken (even by a link) is never opened: another random name is tried', () => {
    const dir = join(tmp.dir, 'taken');
    mkdirSync(dir);
    const victim = tmp.file('victim3.txt', 'precious\n');
    const target = join(dir, 'c.yaml');
    // The first two names drawn are links to the victim; the third is free.
    const draws = [Buffer.alloc(8, 1), Buffer.alloc(8, 2), Buffer.alloc(8, 3)];
    for (const bytes of draws.slice(0, 2)) symlinkSync(victim, join(dir, `.c.yaml.${bytes.toString('hex')}.tmp`));
    let n = 0;
    writeFileSafely(target, 'schemaVersion: 1\n', { randomBytes: () => draws[n++]! });
    expect(n).toBe(3);
    expect(readFileSync(victim, 'utf8')).toBe('precious\n');
    expect(readFileSync(target, 'utf8')).toBe('schemaVersion: 1\n');
    expect(leftovers(dir)).toEqual(['.c.yaml.0101010101010101.tmp', '.c.yaml.0202020202020202.tmp']); // the planted links, untouched
  });

  it('is removed when the rename fails', () => {
    const dir = join(tmp.dir, 'rename-fails');
    mkdirSync(dir);
    const target = join(dir, 'c.yaml');
    // A directory appears at the target after the first look: the rename fails with EISDIR.
    let calls = 0;
    const error = (() => {
      try {
        writeFileSafely(target, 'x: 1\n', {
          randomBytes: (size) => {
            if (calls++ === 0) mkdirSync(target);
            return Buffer.alloc(size, 7);
          },
        });
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(WriteError);
    expect((error as WriteError).problem).toMatchObject({ id: 'not-a-file', kind: 'directory' });
    expect(leftovers(dir)).toEqual([]);
  });

  it('a replaced file keeps its permissions', async () => {
    const target = tmp.file('private.yaml', 'old\n');
    chmodSync(target, 0o600);
    expect((await cli([...AT, 'catalog', 'init', target, '--force'])).code).toBe(0);
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });
});

describe('paths that cannot be written: one line, exit 2', () => {
  it('a name too long (ENAMETOOLONG)', async () => {
    const target = join(tmp.dir, `${'x'.repeat(300)}.yaml`);
    refused(await cli([...AT, 'catalog', 'init', target]), '(the name is too long)');
  });

  it("a folder that cannot be made (under /proc; Node's own recursive mkdir would spin there) and one below a file (ENOTDIR)", async () => {
    refused(
      await cli([...AT, 'catalog', 'init', '/proc/wxhelp-nope/c.yaml']),
      'cannot write /proc/wxhelp-nope/c.yaml (its folder does not exist and cannot be made)',
    );
    const file = tmp.file('plain.txt', 'x\n');
    refused(await cli([...AT, 'catalog', 'init', join(file, 'c.yaml')]), '(its folder does not exist and cannot be made)');
  });

  it('a folder the user may not write to (EACCES; as root, checked as the user "nobody"): exit 2, no temporary file', () => {
    const root = process.getuid?.() === 0;
    const dir = join(tmp.dir, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    chmodSync(tmp.dir, 0o755);
    const r = spawnSync(process.execPath, [BIN, 'catalog', 'init', join(dir, 'c.yaml')], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8' },
      timeout: 15_000,
      ...(root ? { uid: 65534, gid: 65534 } : {}),
    });
    refused(
      { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr },
      `catalog init: cannot write ${join(dir, 'c.yaml')} (permission denied)`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('with --json: the error object, code WRITE_FAILED / NOT_A_FILE', async () => {
    const r = await cli([...AT, 'catalog', 'init', '/dev/null', '--force', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stderr).error.code).toBe('NOT_A_FILE');
    const long = await cli([...AT, 'catalog', 'init', join(tmp.dir, `${'y'.repeat(300)}.yaml`), '--json']);
    expect(JSON.parse(long.stderr).error.code).toBe('WRITE_FAILED');
  });
});

it('writing a regular file over an existing one replaces it whole', () => {
  const target = tmp.file('whole.yaml', 'old\n');
  writeFileSync(target, 'old\n');
  writeFileSafely(target, 'new\n', { replace: true, randomBytes: (n) => Buffer.alloc(n, 9) });
  expect(readFileSync(target, 'utf8')).toBe('new\n');
});
