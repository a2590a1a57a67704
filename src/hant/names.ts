// The names a catalog's Traditional Chinese goes by among its precomputed parts
// (src/catalog/precomputed.ts): read by the CLI's bundle and by the zh-Hant part alike.

/** The table from each Simplified text to its Traditional form (src/hant/catalog.ts). */
export const TRADITIONAL_TEXT = 'traditionalText';

/** The built-in catalog with every text given its Traditional form, packed as another form of it (src/catalog/packed.ts). */
export const TRADITIONAL_CATALOG = 'traditionalCatalog';

/** The table's entries for the plain strings shown as they are (an urgent phrase, the 转人工 keyword): what a run of the Traditional catalog reads of it. */
export const TRADITIONAL_SHOWN = 'traditionalShown';
