// The catalog that ships with wxhelp must load without errors.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseCatalog } from '../../src/catalog/index.js';

const FILE = new URL('../../channels.yaml', import.meta.url);

describe('built-in channels.yaml', () => {
  it('has no errors', () => {
    const { catalog, issues } = parseCatalog(readFileSync(FILE, 'utf8'), 'channels.yaml');
    const errors = issues.filter((i) => i.severity === 'error').map((i) => formatIssue('channels.yaml', i));
    expect(errors).toEqual([]);
    expect(catalog?.channels.length).toBeGreaterThan(0);
  });
});
