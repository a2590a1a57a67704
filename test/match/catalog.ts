// The built-in channels.yaml, parsed once per test file, for the matcher's tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalog } from '../../src/catalog/load.js';
import type { Catalog } from '../../src/catalog/types.js';

const file = fileURLToPath(new URL('../../channels.yaml', import.meta.url));
const parsed = parseCatalog(readFileSync(file, 'utf8'), 'channels.yaml');
if (!parsed.catalog) throw new Error('channels.yaml does not load');
export const builtin: Catalog = parsed.catalog;
