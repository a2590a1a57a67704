// The equivalent `wxhelp recommend …` line: every answer has its flag, and any value survives a
// round trip through a POSIX shell.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { recommendCommandLine, shellQuote } from '../../src/ask/command-line.js';
import type { AskAnswers } from '../../src/ask/flow.js';

const a = (topic: string, urgent = false, overseas = false, needs: string[] = []): AskAnswers => ({ topic, urgent, overseas, needs });

describe('recommendCommandLine', () => {
  it.each<[string, AskAnswers, Parameters<typeof recommendCommandLine>[1], string]>([
    ['defaults', a('general'), {}, 'wxhelp recommend --topic general --mainland'],
    ['urgent', a('account-security', true), {}, 'wxhelp recommend --topic account-security --urgent --mainland'],
    ['overseas', a('payment', false, true), {}, 'wxhelp recommend --topic payment --overseas'],
    ['one need', a('account-unblock', false, false, ['elderly']), {}, 'wxhelp recommend --topic account-unblock --mainland --need elderly'],
    [
      'every answer',
      a('fraud', true, true, ['visually-impaired', 'elderly', 'enterprise']),
      {},
      'wxhelp recommend --topic fraud --urgent --overseas --need visually-impaired --need elderly --need enterprise',
    ],
    ['a need twice', a('general', false, false, ['elderly', 'elderly']), {}, 'wxhelp recommend --topic general --mainland --need elderly'],
    [
      '--tz',
      a('payment', false, true),
      { tz: 'America/Los_Angeles' },
      'wxhelp recommend --topic payment --overseas --tz America/Los_Angeles',
    ],
    ['--tz with a sign', a('general'), { tz: 'Etc/GMT-8' }, 'wxhelp recommend --topic general --mainland --tz Etc/GMT-8'],
    ['--lang', a('general'), { lang: 'zh' }, 'wxhelp recommend --topic general --mainland --lang zh'],
    [
      '--channels, plain path',
      a('ticket'),
      { channels: './my/channels.yaml' },
      'wxhelp recommend --topic ticket --mainland --channels ./my/channels.yaml',
    ],
    [
      '--channels with a space',
      a('ticket'),
      { channels: '/tmp/my catalog.yaml' },
      "wxhelp recommend --topic ticket --mainland --channels '/tmp/my catalog.yaml'",
    ],
    [
      '--channels with a quote',
      a('ticket'),
      { channels: "/tmp/bob's.yaml" },
      "wxhelp recommend --topic ticket --mainland --channels '/tmp/bob'\\''s.yaml'",
    ],
    [
      '--channels with $ and backticks',
      a('ticket'),
      { channels: '/tmp/$HOME/`id`.yaml' },
      "wxhelp recommend --topic ticket --mainland --channels '/tmp/$HOME/`id`.yaml'",
    ],
    [
      '--channels in Chinese',
      a('ticket'),
      { channels: '/tmp/目录.yaml' },
      "wxhelp recommend --topic ticket --mainland --channels '/tmp/目录.yaml'",
    ],
    [
      '--at, an instant with its offset',
      a('payment'),
      { at: '2026-11-28T21:30:00+08:00' },
      'wxhelp recommend --topic payment --mainland --at 2026-11-28T21:30:00+08:00',
    ],
    [
      '--at behind UTC, and --tz',
      a('general', false, true),
      { at: '2026-07-01T09:00:00-04:00', tz: 'America/New_York' },
      'wxhelp recommend --topic general --overseas --at 2026-07-01T09:00:00-04:00 --tz America/New_York',
    ],
    [
      'all globals, in a fixed order',
      a('general', true),
      { lang: 'en', tz: 'Asia/Tokyo', channels: 'c.yaml' },
      'wxhelp recommend --topic general --urgent --mainland --tz Asia/Tokyo --lang en --channels c.yaml',
    ],
    ['a topic id needing quotes', a('my topic;rm -rf'), {}, "wxhelp recommend --topic 'my topic;rm -rf' --mainland"],
    ['a value that looks like a flag', a('--json'), {}, 'wxhelp recommend --topic=--json --mainland'],
    ['a flag-like value with spaces', a('-x y'), {}, "wxhelp recommend '--topic=-x y' --mainland"],
  ])('%s', (_, answers, globals, expected) => {
    expect(recommendCommandLine(answers, globals)).toBe(expected);
  });
});

describe('shellQuote', () => {
  it.each([
    ['general', 'general'],
    ['Europe/London', 'Europe/London'],
    ['a b', "'a b'"],
    ['', "''"],
    ["it's", "'it'\\''s'"],
    ['*', "'*'"],
    ['~/x', "'~/x'"],
    // Control characters never reach the terminal raw: $'…' with escapes (bash, zsh, ksh, POSIX 2024 sh).
    ['a\nb', "$'a\\x0ab'"],
    ['x\u001b]0;PWNED\u0007.yaml', "$'x\\x1b]0;PWNED\\x07.yaml'"],
    ["it's\u009b\\", "$'it\\'s\\u009b\\\\'"],
    ['\u202eevil', "$'\\u202eevil'"],
  ])('%j → %s', (word, quoted) => {
    expect(shellQuote(word)).toBe(quoted);
  });

  it.each(['plain', 'two words', "it's", '$(id) `id` $HOME', '"double" \\back', '!*?[]{};&|<>', '目录 文件', '', '-n'])(
    '%j reads back unchanged through sh',
    (word) => {
      const echoed = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(word)}`], { encoding: 'utf8' });
      expect(echoed).toBe(word);
    },
  );

  it.each(['x\u001b]0;PWNED\u0007.yaml', "it's\u009b\\ a\nb", '\u202e\u2028目录'])('%j reads back unchanged through bash', (word) => {
    const echoed = execFileSync('bash', ['-c', `printf '%s' ${shellQuote(word)}`], { encoding: 'utf8' });
    expect(echoed).toBe(word);
  });
});

describe('the "same answer" line of ask', () => {
  it('a --channels path with an escape sequence is echoed terminal-safe', () => {
    const line = recommendCommandLine(
      { topic: 'general', urgent: false, overseas: false, needs: [] },
      { channels: 'x\u001b]0;PWNED\u0007.yaml' },
    );
    expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(line).toBe("wxhelp recommend --topic general --mainland --channels $'x\\x1b]0;PWNED\\x07.yaml'");
  });
});
