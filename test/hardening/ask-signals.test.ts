// `wxhelp ask` stopped by TERM, HUP or QUIT (or by `timeout`) while a question is shown, in a real
// terminal: a pseudo-terminal made by `script` (util-linux). After the run the same terminal is
// asked for its state (`stty -a`): line mode and echo must be back, the cursor shown, and the exit
// code 128 + the signal. A shell repairs the terminal only for a child killed by a signal, so
// the commands run in one `sh -c` line, whose `stty` sees the terminal exactly as wxhelp left it.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN } from '../e2e/run-bin.js';

const ASK = `"${process.execPath}" "${BIN}" ask --at 2026-11-28T21:30+08:00 --tz Asia/Shanghai`;
const ENV = {
  PATH: process.env.PATH ?? '',
  HOME: '/nonexistent-home',
  LANG: 'en_US.UTF-8',
  TERM: 'xterm-256color',
  SHELL: '/bin/sh',
  COLUMNS: '100',
  LINES: '30',
};
const HIDE = '\u001b[?25l';
const SHOW = '\u001b[?25h';

if (spawnSync('script', ['--version']).status !== 0) throw new Error('these tests need `script` (util-linux) to make a terminal');

/** The processes below `pid`, depth first (Linux /proc). */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function isWxhelp(pid: number): boolean {
  try {
    // node itself, not the shell whose command line names it
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[1] === BIN;
  } catch {
    return false;
  }
}

interface Stopped {
  /** Everything the terminal showed, escape codes included. */
  screen: string;
  /** The exit status the shell saw. */
  rc: number;
  /** `stty -a` in the same terminal right after. */
  stty: string;
}

/**
 * Runs `ask` in a terminal; once its first or second question is shown (Enter picks the first
 * answer to the first), sends `signal` to it, or lets `timeout` stop it.
 */
function askStoppedBy(signal: 'SIGTERM' | 'SIGHUP' | 'SIGQUIT' | 'timeout', questions: 1 | 2): Promise<Stopped> {
  const run = signal === 'timeout' ? `timeout 3 ${ASK}` : ASK;
  // Job control on, as in an interactive shell: each command is the terminal's foreground group.
  const line = `set -m; ${run}; echo "rc=$?"; stty -a; echo "stty-done"`;
  const child = spawn('script', ['-qfec', line, '/dev/null'], { env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
  let screen = '';
  child.stderr.on('data', (chunk: Buffer) => (screen += chunk.toString('utf8')));
  let answered = false;
  let sent = false;
  return new Promise((resolve, reject) => {
    const guard = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no result; the terminal showed:\n${screen}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      screen += chunk.toString('utf8');
      if (questions === 2 && !answered && screen.includes('What happened?')) {
        answered = true;
        child.stdin.write('\r'); // the first answer offered
      }
      const waitingFor = questions === 2 ? 'How urgent is it?' : 'What happened?';
      if (!sent && signal !== 'timeout' && screen.includes(waitingFor)) {
        sent = true;
        // The question is on the screen: let the prompt settle into waiting for a key, then signal.
        setTimeout(() => {
          const target = descendants(child.pid!).find(isWxhelp);
          if (target === undefined) return reject(new Error('wxhelp is not running'));
          process.kill(target, signal);
        }, 300);
      }
    });
    child.on('close', () => {
      clearTimeout(guard);
      const rc = /rc=(\d+)/.exec(screen);
      const at = screen.lastIndexOf('rc=');
      resolve({ screen, rc: rc ? Number(rc[1]) : -1, stty: at < 0 ? '' : screen.slice(at) });
    });
  });
}

/** Whether the cursor is shown at the end: no hiding without a showing after it. */
function cursorShown(screen: string): boolean {
  return screen.lastIndexOf(HIDE) < screen.lastIndexOf(SHOW) || !screen.includes(HIDE);
}

describe('ask stopped by a signal leaves the terminal as it found it', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGQUIT', 131],
  ] as const)(
    '%s at the second question: line mode, echo and the cursor back; exit %i',
    async (signal, code) => {
      const r = await askStoppedBy(signal, 2);
      expect(r.screen).toContain('How urgent is it?');
      expect(r.rc, r.screen).toBe(code);
      expect(r.stty).toMatch(/stty-done/);
      expect(r.stty).toMatch(/(?:^|\s)icanon\b/);
      expect(r.stty).toMatch(/(?:^|\s)echo\b/);
      expect(r.stty).not.toMatch(/-icanon|-echo\b/);
      expect(cursorShown(r.screen), JSON.stringify(r.screen.slice(-400))).toBe(true);
      expect(r.screen).not.toMatch(/unexpected failure|\bat .*:\d+:\d+/);
    },
    40_000,
  );

  it('SIGTERM at the first question as well', async () => {
    const r = await askStoppedBy('SIGTERM', 1);
    expect(r.rc, r.screen).toBe(143);
    expect(r.stty).not.toMatch(/-icanon|-echo\b/);
    expect(cursorShown(r.screen)).toBe(true);
  }, 40_000);

  it('`timeout 3 wxhelp ask` (stopped by TERM; the shell repairs nothing after an exit): the terminal is restored', async () => {
    const r = await askStoppedBy('timeout', 2);
    expect(r.rc, r.screen).toBe(124);
    expect(r.stty).toMatch(/stty-done/);
    expect(r.stty).not.toMatch(/-icanon|-echo\b/);
    expect(cursorShown(r.screen)).toBe(true);
  }, 40_000);
});
