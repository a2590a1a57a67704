// channels.schema.json is generated from src/catalog/schema.ts and committed, so editors can use it.
// Regenerate after changing schema.ts:  WXHELP_WRITE_SCHEMA=1 npx vitest run test/catalog/schema-file.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonSchema } from '../../src/catalog/schema.js';

const FILE = new URL('../../src/catalog/channels.schema.json', import.meta.url);
const expected = `${JSON.stringify(toJsonSchema(), null, 2)}\n`;
if (process.env.WXHELP_WRITE_SCHEMA === '1') writeFileSync(FILE, expected);

describe('channels.schema.json', () => {
  it('is what toJsonSchema() produces (regenerate with WXHELP_WRITE_SCHEMA=1)', () => {
    expect(readFileSync(FILE, 'utf8')).toBe(expected);
  });

  it('is a draft 2020-12 schema whose $refs all resolve and whose $defs are all used', () => {
    const schema = toJsonSchema() as { $schema: string; $defs: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const refs = new Set([...expected.matchAll(/"\$ref": "#\/\$defs\/([^"]+)"/g)].map((m) => m[1]));
    for (const name of refs) expect(schema.$defs, `$ref ${name}`).toHaveProperty([name!]);
    for (const name of Object.keys(schema.$defs)) expect(refs, `unused $def ${name}`).toContain(name);
    // Validator-only hints stay out of the published schema.
    expect(expected).not.toMatch(/"(expected|calendarDate|wrapAsList|nullable|filledFrom)"/);
  });

  it('describes what the validator enforces', () => {
    const schema = toJsonSchema() as {
      required: string[];
      $defs: Record<string, { pattern?: string; enum?: string[]; required?: string[] }>;
    };
    expect(schema.required).toEqual(['schemaVersion', 'sources', 'channels', 'topics']);
    expect(schema.$defs.Id?.pattern).toBe('^[a-z0-9][a-z0-9-]*$');
    expect(schema.$defs.ChannelKind?.enum).toEqual(['app', 'web', 'official-account', 'mini-program', 'phone']);
    expect(schema.$defs.Localized?.required).toEqual(['zh', 'en']);
    expect(new RegExp(schema.$defs.EndTime!.pattern!).test('24:00')).toBe(true);
    expect(new RegExp(schema.$defs.Time!.pattern!).test('24:00')).toBe(false);
  });
});
