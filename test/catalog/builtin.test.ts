// The catalog that ships with wxhelp must load without errors, and its Chinese says 账号 in prose.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssue, parseCatalog } from '../../src/catalog/index.js';

const FILE = new URL('../../channels.yaml', import.meta.url);

/** Every zh string in the catalog, with where it is. */
function zhTexts(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => zhTexts(v, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) =>
    k === 'zh' && typeof v === 'string' ? [[`${path}.zh`, v] as [string, string]] : zhTexts(v, `${path}.${k}`),
  );
}

describe('built-in channels.yaml', () => {
  const { catalog, issues } = parseCatalog(readFileSync(FILE, 'utf8'), 'channels.yaml');

  it('has no errors', () => {
    const errors = issues.filter((i) => i.severity === 'error').map((i) => formatIssue('channels.yaml', i));
    expect(errors).toEqual([]);
    expect(catalog?.channels.length).toBeGreaterThan(0);
  });

  it('says 账号 in Chinese prose: WeChat’s 帐号 only in an in-app path, a quotation or a source’s title, never 账户', () => {
    const stray = zhTexts(catalog)
      // In-app paths ("我 > 设置 > 帐号与安全"), the words people type (matched either way), source titles.
      .filter(([path, text]) => !text.includes(' > ') && !/\.(phrases|urgentPhrases)\b/.test(path) && !/^\.sources\[/.test(path))
      .map(([path, text]) => [path, text.replace(/“[^”]*”|「[^」]*」|‘[^’]*’/g, '')] as const)
      .filter(([, text]) => /帐号|账户/.test(text));
    expect(stray).toEqual([]);
  });
});
