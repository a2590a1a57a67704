// Accessible `ask` in a real terminal: the built binary under a pseudo-terminal (util-linux
// `script`, part of every Debian system), answered by typed lines. The raw bytes it writes hold no
// escape sequence at all — no cursor hiding or movement, no redraw, no colour — and the answer
// is the one `--need elderly` gives: the phone first at 03:00, and care mode.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './run-bin.js';

function askInTerminal(typed: string[]): { code: number | null; raw: string } {
  const command = `${process.execPath} ${BIN} ask --accessible --at 2026-11-28T03:00+08:00 --tz Asia/Shanghai`;
  const result = spawnSync('script', ['-qfec', command, '/dev/null'], {
    encoding: 'utf8',
    input: typed.map((line) => `${line}\n`).join(''),
    env: { PATH: process.env.PATH ?? '', HOME: '/nonexistent-home', LANG: 'en_US.UTF-8', TERM: 'xterm-256color', COLUMNS: '80' },
    timeout: 20_000,
  });
  return { code: result.status, raw: result.stdout };
}

describe('wxhelp ask --accessible in a terminal', () => {
  it('numbered questions answered by typed numbers; not one escape sequence on the wire', () => {
    // General questions (Enter), not urgent (Enter), mainland (1), older users (3), no other need (Enter).
    const { code, raw } = askInTerminal(['', '', '1', '3', '']);
    expect(code).toBe(0);
    expect(raw).not.toContain('\u001b');
    expect(raw).toContain('  3. Older users');
    expect(raw).toContain('Chosen: Older users.');
    const answer = raw.slice(raw.indexOf('General questions; As of'));
    expect(answer).toMatch(/^General questions; As of Sat 28 Nov 03:00 Beijing\r?\n1\. Best now: WeChat support hotline\b/);
    expect(answer).toContain('Older users: Turn on care mode');
    expect(answer).toContain(
      'wxhelp recommend --topic general --mainland --need elderly --at 2026-11-28T03:00:00+08:00 --tz Asia/Shanghai --lang en --accessible',
    );
  });

  it('the problem in words, then a number from the topics that match', () => {
    const { code, raw } = askInTerminal(['my account was stolen', '1', '', '1', '', '']);
    expect(code).toBe(0);
    expect(raw).not.toContain('\u001b');
    expect(raw).toContain('Topics that match your words:');
    expect(raw).toContain('Account freeze (stolen account): do this now');
  });
});
