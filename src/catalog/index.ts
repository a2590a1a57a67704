// The catalog module's public surface.
export type * from './types.js';
export type { CatalogIssue, Severity } from './issues.js';
export {
  CatalogError,
  MAX_CATALOG_BYTES,
  formatIssue,
  loadCatalogFile,
  parseCatalog,
  readCatalogFile,
  type CatalogErrorCode,
  type ParseResult,
  type ReadOptions,
} from './load.js';
export { locateCatalog, userCatalogPath, type CatalogOrigin, type LocateOptions, type LocatedCatalog } from './locate.js';
export { toJsonSchema } from './schema.js';
export { ALIAS_EXPANSION_ALLOWANCE, MAX_ISSUES } from './validate.js';
