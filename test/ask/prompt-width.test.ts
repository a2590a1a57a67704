// The prompts' width (src/ask/prompt-width.ts) is fast-string-width's, character for character,
// wherever it does not simply ask fast-string-width.
import fastStringWidth from 'fast-string-width';
import { describe, expect, it } from 'vitest';
import { promptWidth } from '../../src/ask/prompt-width.js';

describe('promptWidth', () => {
  it('gives fast-string-width’s width for every character of the basic plane', () => {
    const differ: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const text = String.fromCharCode(c);
      if (promptWidth(text, undefined, () => fastStringWidth(text)) !== fastStringWidth(text)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('gives its width for strings, the prompts’ own and mixed ones', () => {
    const texts = [
      '? What happened? (type it, or pick one)',
      '❯ General questions',
      '↑↓ navigate • ⏎ select',
      '账号被盗了，怎么办？（微信支付）',
      'WeChat Pay 微信支付 · 95017 — 24h…',
      '\u001b[36m❯ 账号安全\u001b[39m',
      'tab\there',
      '👍🏽 ok',
      'e\u0301 ☰ ✌ ⚡',
      '',
    ];
    for (const text of texts) expect(promptWidth(text, undefined, fastStringWidth)).toBe(fastStringWidth(text));
  });

  it('gives its width for colour codes among any characters, and for what only looks like one', () => {
    const pieces = [
      '\u001b[36m',
      '\u001b[39m',
      '\u001b[1m',
      '\u001b[22m',
      '\u001b[m',
      '\u001b[38;5;214m',
      '\u001b[12345m',
      '\u001b[;1m',
      '\u001b[1;m',
      '\u001b[36',
      '\u001b',
      '\u001b]8;;https://x\u0007',
      '\u001b[2K',
      'a',
      '❯',
      '⏎',
      '↑',
      '•',
      '账',
      '，',
      ' ',
      '·',
      '\t',
      '☰',
      '✌',
      '\ufe0f',
    ];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + (next() % 8) }, () => pieces[next() % pieces.length]).join('');
      expect([text, promptWidth(text, undefined, fastStringWidth)]).toEqual([text, fastStringWidth(text)]);
    }
  });

  it('leaves options to fast-string-width', () => {
    expect(promptWidth('a\tb', { tabWidth: 2 }, fastStringWidth)).toBe(fastStringWidth('a\tb', { tabWidth: 2 }));
  });
});
