// `wxhelp ask` without a terminal (stdin is a pipe here): a one-line usage error naming
// `wxhelp recommend`, exit 2 — never a prompt waiting on a pipe.
import { describe, expect, it } from 'vitest';
import { wxhelp } from './run-bin.js';

const AT = ['--at', '2026-11-28T23:30+08:00', '--tz', 'Europe/London'];

describe('wxhelp ask without a terminal', () => {
  it('exits 2 with one line on stderr naming wxhelp recommend and its flags', () => {
    const r = wxhelp(['ask', ...AT], {}, '\n\n\n\n');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^wxhelp: ask: needs a terminal/);
    expect(lines[0]).toContain('wxhelp recommend --topic <id> [--urgent] [--overseas] [--need <id>]');
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('in Chinese with --lang zh', () => {
    const r = wxhelp(['ask', '--lang', 'zh', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^wxhelp: ask：需要在终端中提问.*wxhelp recommend --topic <id>/);
  });

  it('--json: the error as one JSON object on stderr', () => {
    const r = wxhelp(['--json', 'ask', ...AT]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const error = JSON.parse(r.stderr) as { error: { code: string; message: string; hint: string } };
    expect(error.error.code).toBe('NOT_A_TERMINAL');
    expect(error.error.hint).toContain('wxhelp recommend');
  });
});
