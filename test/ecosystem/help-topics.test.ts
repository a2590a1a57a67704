// `wxhelp help exit-codes` and `wxhelp help environment` print their text alone (no usage line, no
// options), wrapped to the terminal; the environment topic names every variable wxhelp reads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/terminal/width.js';
import { runCli } from '../support/fake-io.js';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every environment variable the source reads by name (`env.NAME`, `env['NAME']`, a list of locale names). */
function variablesRead(): Set<string> {
  const found = new Set<string>();
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\benv\??\.([A-Z][A-Z0-9_]+)|\benv\[['"]([A-Z][A-Z0-9_]+)['"]\]/g)) found.add((m[1] ?? m[2])!);
  }
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) found.add(name); // read through a list in src/i18n/lang.ts
  return found;
}

describe.each(['en', 'zh'])('help topics (%s)', (lang) => {
  it.each(['exit-codes', 'environment'])('help %s prints its text alone', async (topic) => {
    const r = await runCli(['help', topic, '--lang', lang]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/^(Usage|用法)/m);
    expect(r.stdout).not.toMatch(/^\s+--json/m);
    expect(r.stdout.split('\n')[0]).toMatch(/:$|：$/);
  });

  it.each([60, 80])('at %i columns nothing runs past the width', async (columns) => {
    for (const topic of ['exit-codes', 'environment']) {
      const r = await runCli(['help', topic, '--lang', lang], { env: { COLUMNS: String(columns) } });
      for (const line of r.stdout.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(columns);
    }
  });

  it('help environment names every variable wxhelp reads', async () => {
    const text = (await runCli(['help', 'environment', '--lang', lang], { env: { COLUMNS: '200' } })).stdout;
    for (const name of variablesRead()) expect(text, name).toContain(name);
  });

  it('help exit-codes lists every exit code wxhelp ends with', async () => {
    const text = (await runCli(['help', 'exit-codes', '--lang', lang], { env: { COLUMNS: '200' } })).stdout;
    for (const code of ['0', '1', '2', '3', '130', '129', '131', '143']) expect(text).toMatch(new RegExp(`(^|\\s|、|,)${code}(\\s|,|、)`));
  });
});
