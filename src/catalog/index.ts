// The catalog module's public surface.
export type * from './types.js';
export type { CatalogIssue, EntryKind, Expected, Got, IssueDetail, IssueId, Severity } from './issues.js';
export { formatIssue, loadCatalogFile, parseCatalog, type ParseResult } from './load.js';
export {
  CatalogError,
  MAX_CATALOG_BYTES,
  readCatalogFile,
  type CatalogErrorCode,
  type ReadOptions,
  type ReadProblem,
} from './read-file.js';
export { locateCatalog, userCatalogPath, type CatalogOrigin, type LocateOptions, type LocatedCatalog } from './locate.js';
export { toJsonSchema } from './schema.js';
export { ALIAS_EXPANSION_ALLOWANCE, MAX_ISSUES } from './validate.js';
