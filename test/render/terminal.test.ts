import { describe, expect, it } from 'vitest';
import { colorEnabled } from '../../src/render/terminal/color-support.js';
import { sanitize, sanitizeDeep } from '../../src/render/terminal/sanitize.js';
import { padEnd, table } from '../../src/render/terminal/table.js';

describe('colour decision', () => {
  const tty = { write: () => true, isTTY: true };
  const pipe = { write: () => true, isTTY: false };
  it.each([
    [tty, {}, false, false, true],
    [pipe, {}, false, false, false],
    [tty, { NO_COLOR: '1' }, false, false, false],
    [tty, { NO_COLOR: '' }, false, false, true],
    [tty, { TERM: 'dumb' }, false, false, false],
    [pipe, { FORCE_COLOR: '1' }, false, false, true],
    [tty, { FORCE_COLOR: '0' }, false, false, false],
    [tty, { FORCE_COLOR: '1', NO_COLOR: '1' }, false, false, true],
    [tty, { FORCE_COLOR: '1' }, true, false, false],
    [tty, { FORCE_COLOR: '1' }, false, true, false],
  ])('%#', (stream, env, json, noColor, expected) => {
    expect(colorEnabled(stream, env, { json, noColor })).toBe(expected);
  });
});

describe('sanitize', () => {
  it.each([
    ['\u001b[31mred\u001b[0m', 'red'],
    ['title\u001b]0;pwned\u0007after', 'titleafter'],
    ['bell\u0007', 'bell'],
    ['c1\u009b31mx', 'c1x'],
    ['line\nbreak\ttab', 'line break tab'],
    ['del\u007f', 'del'],
    ['bidi\u202eevil', 'bidievil'],
    ['微信客服 0755-83765566', '微信客服 0755-83765566'],
  ])('%j → %j', (input, output) => {
    expect(sanitize(input)).toBe(output);
  });

  it('cleans nested values and keeps __proto__ a plain key', () => {
    const input = JSON.parse('{"a":["x\\u001b[2J"],"__proto__":{"polluted":true}}');
    const out = sanitizeDeep(input) as Record<string, unknown>;
    expect(out.a).toEqual(['x']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it('copies only along the path to a string it cleans', () => {
    const clean = { id: 'x', list: [{ n: 1 }, 'y'] };
    const input = { a: clean, b: { c: ['ok', 'bad\u001b[2J'], d: { e: 1 } }, 'k\u0007': 2 };
    const out = sanitizeDeep(input);
    expect(out).toEqual({ a: clean, b: { c: ['ok', 'bad'], d: { e: 1 } }, k: 2 });
    expect(out).not.toBe(input);
    expect(out.a).toBe(clean);
    expect(out.b.d).toBe(input.b.d);
    expect(input.b.c[1]).toBe('bad\u001b[2J'); // the input is never changed
    expect(sanitizeDeep(clean)).toBe(clean);
  });

  it('turns a value that is not a plain object into one, as JSON reads it', () => {
    const out = sanitizeDeep({ m: new Map([[1, 2]]), o: Object.assign(Object.create(null), { a: 'b' }) });
    expect(Object.getPrototypeOf(out.m)).toBe(Object.prototype);
    expect(out.m).toEqual({});
    expect(Object.getPrototypeOf(out.o)).toBe(Object.prototype);
    expect(out.o).toEqual({ a: 'b' });
  });
});

describe('table alignment with double-width text', () => {
  it('pads by display columns', () => {
    expect(padEnd('微信', 6)).toBe('微信  ');
    expect(padEnd('ab', 6)).toBe('ab    ');
  });
  it('lines up the column after Chinese and Latin cells', () => {
    const lines = table([
      ['微信客服公众号', 'x'],
      ['app', 'y'],
    ]);
    // 7 CJK characters take 14 columns, so no padding is added after them; 'x' follows the 2-space gap.
    expect(lines[0]).toBe('微信客服公众号  x');
    expect(lines[1]).toBe(`app${' '.repeat(11)}  y`);
  });
});
