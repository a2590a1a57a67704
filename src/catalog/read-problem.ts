// Why a catalog file cannot be used, as data: thrown by read-file.ts, worded by messages.ts.
import type { CatalogIssue } from './issues.js';
import type { CatalogOrigin } from './locate.js';

/**
 * Why a catalog file cannot be used, as data (worded in either language by
 * ./messages.ts). `path` is as shown in a message (control characters escaped).
 */
export type ReadProblem =
  | { id: 'not-found'; path: string; origin?: CatalogOrigin }
  | { id: 'directory'; path: string }
  /** `size` in bytes; absent when only "more than the limit" is known (a pipe read up to the cap). */
  | { id: 'too-large'; path: string; size?: number; limit: number }
  | { id: 'device'; path: string }
  /** `waitedMs`: how long a pipe gave nothing; absent for a pipe or device that ended empty. */
  | { id: 'no-data'; path: string; waitedMs?: number }
  /** `code`: the system's error code when `why` is 'other'. */
  | { id: 'unreadable'; path: string; why: 'permission' | 'links' | 'socket' | 'other'; code?: string }
  | { id: 'not-utf8'; path: string }
  /** The first error and how many more there are. */
  | { id: 'invalid'; path: string; first?: CatalogIssue; more: number };
