// wrap's quick case (plain characters that fit) gives what the general, atom-by-atom case gives.
import fc from 'fast-check';
import { messages } from '../../src/i18n/messages.js';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../src/i18n/load-language.js';
import { wrap, wrapAtoms } from '../../src/render/layout/wrap.js';

describe('wrap', () => {
  it('the quick case agrees with the general one', () => {
    const text = fc
      .array(
        fc.constantFrom('a', 'word', ' ', '  ', '微', '信', '。', '（', '—', '█', '→', 'é', '\u0301', '👍', '\u001b[1m', '\u001b[22m'),
        { maxLength: 30 },
      )
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 60 }), fc.constantFrom('', 'Hours: ', '  • ', '微信：'), (t, width, first) => {
        const indent = ' '.repeat(first.length);
        expect(wrap(t, width, first, indent)).toEqual(wrapAtoms(t, width, first, indent));
      }),
      { numRuns: 3000 },
    );
  });

  it('English text (printable ASCII alone) wraps as the general case wraps it', () => {
    const text = fc
      .array(fc.constantFrom('a', 'word', 'longer-word', 'https://weixin110.qq.com', ' ', '  ', '.'), { maxLength: 40 })
      .map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 60 }), fc.constantFrom('', 'Hours: ', '  • ', '微信：'), (t, width, first) => {
        const indent = ' '.repeat(first.length + 1);
        expect(wrap(t, width, first, indent)).toEqual(wrapAtoms(t, width, first, indent));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps a line that fits as it is, less spaces at either end', () => {
    expect(wrap('  Call 95017  ', 80, 'Tip: ')).toEqual(['Tip: Call 95017']);
    expect(wrap('a  b', 80)).toEqual(['a  b']);
  });

  it('never starts a line with a closing bracket nor ends one with an opening bracket, 〔〕 included', () => {
    const text = '证件（如回乡证〔港澳居民来往内地通行证〕、台胞证〔台湾居民来往大陆通行证〕或护照）';
    for (let width = 8; width <= 40; width++) {
      for (const line of wrap(text, width, '', '  ')) {
        expect(line.trimStart()).not.toMatch(/^[）〕]/u);
        expect(line).not.toMatch(/[（〔]$/u);
      }
    }
  });

  it("keeps the interface's words whole in Traditional as in Simplified", async () => {
    await loadLanguage('zh-Hant');
    // Once zh-Hant is loaded, both spellings, from its table alone (it lists the Simplified too).
    for (const [text, words] of [
      ['微信 > 發現 > 小程序 > 搜索「騰訊客服」 · 現在僅自助服務；北京時間 09:00起有人工客服', ['僅自助服務', '有人工客服', '北京時間']],
      ['微信 > 发现 > 小程序 > 搜索「腾讯客服」 · 现在仅自助服务；北京时间 09:00起有人工客服', ['仅自助服务', '有人工客服', '北京时间']],
    ] as const)
      for (let width = 20; width <= 60; width++) {
        const lines = wrap(text, width, '   ', '     ').map((l) => l.trim());
        for (const word of words)
          expect(
            lines.some((l) => l.includes(word)),
            `${width}: ${lines.join(' | ')}`,
          ).toBe(true);
      }
    expect(messages('zh-Hant').keepWhole).toEqual(expect.arrayContaining([...messages('zh').keepWhole]));
  });
});
