// A catalog's text in Traditional Chinese. Each Localized text may give its own `zh-Hant`; the
// others get one made from their `zh` (src/hant/convert.ts) — for the built-in catalog when wxhelp
// is built, stored in its snapshot; for a user's catalog when it is first loaded for a zh-Hant run,
// stored in the cache with it — as a table from the Simplified text to the Traditional. A zh-Hant
// run puts the table's text into the catalog it uses (withTraditional): renderers then pick `zh-Hant`
// like any other language. The built-in catalog is also stored with its text already in place
// (traditionalCatalogPart), which a zh-Hant run reads instead (src/hant/stored.ts), with the table's
// entries for the plain strings it shows (shownTraditionalText). Only the build and a zh-Hant run
// on another catalog load this module (src/hant/prepare.ts).
import { lazyItemsOf, packForm } from '../catalog/packed.js';
import type { Catalog, Localized } from '../catalog/types.js';
import { TRADITIONAL_CATALOG } from './names.js';
import { TRADITIONAL_TABLE } from './shown.js';

export { TRADITIONAL_CATALOG, TRADITIONAL_SHOWN, TRADITIONAL_TEXT } from './names.js';

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

const isLocalized = (value: Record<string, unknown>): value is Localized & Record<string, unknown> =>
  typeof value.zh === 'string' && typeof value.en === 'string';

/** Every Localized text of `value`, and the plain Chinese strings shown as they are (urgent phrases, the 转人工 keyword). */
function visit(value: unknown, onLocalized: (text: Localized) => void, onPlain: (text: string) => void, key = ''): void {
  if (Array.isArray(value)) {
    for (const item of value) visit(item, onLocalized, onPlain, key);
  } else if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (isLocalized(record)) {
      onLocalized(record);
      return;
    }
    // Phrases are matched, not shown (the matcher reads Traditional anyway).
    for (const [k, v] of Object.entries(record)) if (k !== 'phrases') visit(v, onLocalized, onPlain, k);
  } else if (typeof value === 'string' && (key === 'urgentPhrases' || key === 'keyword') && HAN.test(value)) {
    onPlain(value);
  }
}

/** Simplified text → Traditional, for every text of the catalog without its own zh-Hant (plain data: stored as JSON). */
export function traditionalText(catalog: Catalog, convert: (simplified: string) => string): Record<string, string> {
  const table: Record<string, string> = Object.create(null) as Record<string, string>;
  const add = (zh: string) => {
    if (!(zh in table) && HAN.test(zh)) table[zh] = convert(zh);
  };
  visit(
    catalog,
    (text) => {
      if (text['zh-Hant'] === undefined) add(text.zh);
    },
    add,
  );
  return table;
}

/** The table's entries for the catalog's plain strings shown as they are (what shownText looks up). */
export function shownTraditionalText(catalog: Catalog, table: Readonly<Record<string, string>>): Record<string, string> {
  const shown: Record<string, string> = Object.create(null) as Record<string, string>;
  visit(
    catalog,
    () => {},
    (text) => {
      if (Object.hasOwn(table, text)) shown[text] = table[text]!;
    },
  );
  return shown;
}

/**
 * The table as stored with a catalog (src/catalog/precomputed.ts): its JSON text, in UTF-16LE, as
 * a JavaScript string holds it (read back, a copy: decoding its Chinese from UTF-8 took half the
 * time a zh-Hant run spent reading the table).
 */
export function packTraditionalText(table: Readonly<Record<string, string>>): Uint8Array {
  return Buffer.from(JSON.stringify(table), 'utf16le');
}

/**
 * Gives every Localized text of the catalog its `zh-Hant` (its own, else the table's, else — a
 * text the table lacks — its `zh`), and keeps the table for the plain strings (shownText). A
 * catalog read lazily (the CLI's cache entries) gets it part by part, as each part is read: a run
 * reads less than half of a catalog, and parsing the rest to give it text no one sees cost a
 * zh-Hant run of the built-in catalog 7 % of its CPU.
 */
export function withTraditional(catalog: Catalog, table: Readonly<Record<string, string>>): Catalog {
  const give = (value: unknown, key: string) =>
    visit(
      value,
      (text) => {
        text['zh-Hant'] ??= table[text.zh] ?? text.zh;
      },
      () => {},
      key,
    );
  const lazy = lazyItemsOf(catalog);
  if (lazy === undefined) give(catalog, '');
  else {
    // Sections that hold a value now (read, or given one) get it now; the rest as they are read.
    const record = catalog as unknown as Record<string, unknown>;
    for (const key of Object.keys(record)) if ('value' in Object.getOwnPropertyDescriptor(record, key)!) give(record[key], key);
    lazy.eachRead(give);
  }
  Object.defineProperty(catalog, TRADITIONAL_TABLE, { value: table, enumerable: false, configurable: true });
  return catalog;
}

/** The catalog with every text given its Traditional form, packed to be stored beside it (the build's, for the built-in one). */
export function traditionalCatalogPart(catalog: Catalog, table: Readonly<Record<string, string>>): Uint8Array {
  return packForm(TRADITIONAL_CATALOG, withTraditional(JSON.parse(JSON.stringify(catalog)) as Catalog, table));
}
