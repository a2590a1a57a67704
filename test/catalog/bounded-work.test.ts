// Work bounded by the input: a mapping with tens of thousands of keys is checked for duplicates in
// one pass (yaml's own check is quadratic), and a YAML version other than 1.2 is refused clearly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCatalog } from '../../src/catalog/load.js';

const original = readFileSync(new URL('../../channels.yaml', import.meta.url), 'utf8');
const keys = (n: number) => Array.from({ length: n }, (_, i) => `  k${i}: ${i}`).join('\n');

describe('duplicate keys in a huge mapping', () => {
  const N = 20_000; // quadratic, this took about 16 s; in one pass, well under one
  const big = (extra: string) => original.replace('\nchannels:\n', `\nx-big:\n${keys(N)}\n${extra}channels:\n`);
  const start = original.slice(0, original.indexOf('\nchannels:\n')).split('\n').length + 2;

  it('a duplicate is an error at the repeated key, with its line and column', () => {
    const { catalog, issues } = parseCatalog(big('  k7: again\n'), 'big.yaml');
    expect(catalog).toBeUndefined();
    const errors = issues.filter((i) => i.severity === 'error');
    // Only the repeated key: none of the 20,000 others.
    expect(errors).toMatchObject([
      {
        severity: 'error',
        line: start + N,
        column: 3,
        path: '',
        message: 'invalid YAML: duplicate key "k7" (the keys of a mapping must be unique)',
      },
    ]);
    expect(errors).toHaveLength(1);
  });

  it('merge keys may repeat; the same key in different mappings is no duplicate', () => {
    const text = original.replace(
      '\nchannels:\n',
      '\nx-a: &a {p: 1}\nx-b: &b {q: 1}\nx-m:\n  <<: *a\n  <<: *b\n  p: 2\nx-n: {p: 1}\nchannels:\n',
    );
    expect(parseCatalog(text, 'm.yaml').issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('the %YAML directive', () => {
  it('%YAML 1.1 is refused at the directive (YAML 1.1 reads "+86…" as a number)', () => {
    const { catalog, issues } = parseCatalog(`%YAML 1.1\n---\n${original}`, 'y11.yaml');
    expect(catalog).toBeUndefined();
    expect(issues).toMatchObject([
      {
        severity: 'error',
        line: 1,
        column: 1,
        path: '',
        message: 'unsupported YAML version "1.1": a catalog is YAML 1.2 (remove the %YAML line)',
      },
    ]);
    expect(issues).toHaveLength(1);
  });

  it('%YAML 1.2 is the version a catalog is written in', () => {
    const { catalog } = parseCatalog(`%YAML 1.2\n---\n${original}`, 'y12.yaml');
    expect(catalog).toBeDefined();
  });

  it('"%YAML" inside the document is text, not a directive', () => {
    const text = original.replace('\nchannels:\n', '\nx-note: |\n  %YAML 1.1\nchannels:\n');
    expect(parseCatalog(`---\n${text}`, 'n.yaml').issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});
