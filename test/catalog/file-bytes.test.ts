// A packed file's bytes, held or read from the open file where asked: the same answers either way,
// across the pieces a comparison reads, and nothing trusted from a file cut short since it was opened.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bytesWithin, heldBytes, openFileBytes } from '../../src/catalog/file-bytes.js';

const work = mkdtempSync(join(tmpdir(), 'wxhelp-file-bytes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

// Longer than two of the pieces a comparison reads at a time (64 KiB), and not a multiple of one.
const bytes = Buffer.alloc(200_003);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7 + (i >> 9)) & 0xff;
const path = join(work, 'file');
writeFileSync(path, bytes);

describe('file bytes', () => {
  const opened = openFileBytes(path)!;
  // The same bytes as a part of a larger file (another form of a packed catalog, src/catalog/packed.ts).
  const larger = join(work, 'larger');
  writeFileSync(larger, Buffer.concat([Buffer.from('before!'), bytes, Buffer.from('after')]));
  for (const [name, file] of [
    ['held', heldBytes(bytes)],
    ['read where asked', opened],
    ['within a larger file', bytesWithin(openFileBytes(larger)!, 7, 7 + bytes.length)],
  ] as const) {
    it(`${name}: gives any range, and compares the end with what is expected`, () => {
      expect(file.length).toBe(bytes.length);
      expect(file.range(0, 10).equals(bytes.subarray(0, 10))).toBe(true);
      expect(file.range(70_000, 140_001).equals(bytes.subarray(70_000, 140_001))).toBe(true);
      expect(file.range(5, 5).length).toBe(0);
      for (const from of [0, 1, 65_536, 199_000, bytes.length]) expect(file.endEquals(from, bytes.subarray(from))).toBe(true);
      // One byte changed in the last piece, or in the first; one byte more or less.
      for (const at of [bytes.length - 1, 3, 131_072]) {
        const changed = Buffer.from(bytes.subarray(2));
        changed[at - 2] = changed[at - 2]! ^ 1;
        expect(file.endEquals(2, changed)).toBe(false);
      }
      expect(file.endEquals(2, bytes.subarray(3))).toBe(false);
      expect(file.endEquals(2, Buffer.concat([bytes.subarray(2), Buffer.from([0])]))).toBe(false);
    });
  }

  it('is null for a file that cannot be opened', () => {
    expect(openFileBytes(join(work, 'missing'))).toBeNull();
  });

  it('throws when the file is shorter than when it was opened, rather than give bytes it does not have', () => {
    const cut = join(work, 'cut');
    writeFileSync(cut, bytes);
    const file = openFileBytes(cut)!;
    writeFileSync(cut, bytes.subarray(0, 1000));
    expect(file.range(0, 1000).equals(bytes.subarray(0, 1000))).toBe(true);
    expect(() => file.range(500, 2000)).toThrow(/shorter/);
    expect(() => file.endEquals(0, bytes)).toThrow(/shorter/);
  });
});
