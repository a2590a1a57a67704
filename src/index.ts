// wxhelp as a library: load a catalog, ask which channel to use, and when a channel is open.
// The same engine as the CLI, without its printing. Instants are epoch milliseconds or Dates;
// leaving one out means now. Results carry catalog text as written (the CLI additionally strips
// control characters before printing).
import { advisePhone as advisePhoneAt, type PhoneAdvice } from './advise/phone.js';
import {
  emergencyContacts as emergencyContactsAt,
  findEmergency,
  recommend as recommendAt,
  UnknownIdError,
  type RecommendResult,
} from './advise/recommend.js';
import type { ChannelAt } from './advise/channel-state.js';
import { homedir } from 'node:os';
import { builtinCatalogPath, builtinSnapshotPath } from './catalog/builtin.js';
import { catalogCacheDir, readCachedCatalog, writeCachedCatalog } from './catalog/cache.js';
import { validCatalog } from './catalog/load.js';
import { decodeCatalog, readCatalogBytes, type ReadOptions } from './catalog/read-file.js';
import { catalogFromSnapshot } from './catalog/snapshot.js';
import type { CatalogIssue } from './catalog/issues.js';
import type { Catalog, Channel, Emergency, Schedule } from './catalog/types.js';
import { channelStatus as channelStatusAt, type ChannelStatus } from './hours/status.js';
import { segments as segmentsOf, type Segment } from './hours/timeline.js';

export type * from './catalog/types.js';
export type { CatalogIssue, EntryKind, Expected, Got, IssueDetail, IssueId, Severity } from './catalog/issues.js';
export type { ParseResult } from './catalog/load.js';
export type { CatalogErrorCode, ReadOptions, ReadProblem } from './catalog/read-file.js';
export type { CatalogOrigin, LocateOptions, LocatedCatalog } from './catalog/locate.js';
export type { AdviceWarning, Recommendation, RecommendQuery, RecommendResult } from './advise/recommend.js';
export type { PhoneAdvice, PhoneQuery } from './advise/phone.js';
export type { ChannelAt } from './advise/channel-state.js';
export type { ChannelStatus } from './hours/status.js';
export type { Segment } from './hours/timeline.js';

export { formatIssue, parseCatalog } from './catalog/load.js';
export { CatalogError } from './catalog/read-file.js';
/** An issue's `detail` or a CatalogError's `problem` worded in 'en' or 'zh' (the CLI's own words). */
export { issueLine, issueText, readProblemText } from './catalog/messages.js';
export { locateCatalog, userCatalogPath } from './catalog/locate.js';
export { UnknownIdError, findEmergency, builtinCatalogPath };

/** A moment: epoch milliseconds or a Date. */
export type Instant = number | Date;

const ms = (at: Instant | undefined): number => (at === undefined ? Date.now() : typeof at === 'number' ? at : at.getTime());

export interface LoadedCatalog {
  catalog: Catalog;
  /** Warnings (unknown keys, …); a catalog with errors is never returned. */
  issues: CatalogIssue[];
  path: string;
}

export interface LoadOptions extends ReadOptions {
  /**
   * The cache of validated catalogs (the CLI's): a directory, or false for none. Default:
   * $XDG_CACHE_HOME/wxhelp (else ~/.cache/wxhelp), off when WXHELP_NO_CACHE=1.
   */
  cache?: string | false;
}

/**
 * Read and validate a catalog file: the built-in one when `path` is left out. Throws CatalogError
 * (with `code`, a one-line `message` naming file:line:col, and every issue in `issues`) when the
 * file cannot be read or is invalid. For text already in memory use parseCatalog(text, name).
 * The unmodified built-in catalog comes from its build-time snapshot, and a file whose exact text
 * was validated before from the cache, so only a new or changed file is parsed.
 */
export function loadCatalog(path: string = builtinCatalogPath(), options: LoadOptions = {}): LoadedCatalog {
  const bytes = readCatalogBytes(path, options);
  if (path === builtinCatalogPath()) {
    const catalog = catalogFromSnapshot(builtinSnapshotPath(), bytes, { asWritten: true });
    if (catalog) return { catalog, issues: [], path };
  }
  const dir = options.cache === undefined ? catalogCacheDir({ env: process.env, homeDir: homedir() }) : options.cache || undefined;
  const cached = dir === undefined ? null : readCachedCatalog(dir, bytes, 'as-written');
  if (cached) return { catalog: cached.catalog, issues: cached.issues, path };
  const { catalog, issues } = validCatalog(decodeCatalog(bytes, path), path);
  if (dir !== undefined) writeCachedCatalog(dir, bytes, 'as-written', { catalog, issues });
  return { catalog, issues, path };
}

export interface RecommendInput {
  /** A topic id from catalog.topics, e.g. "account-security". */
  topic: string;
  urgent?: boolean;
  overseas?: boolean;
  /** Need ids from catalog.needs, e.g. ["elderly"]. */
  needs?: readonly string[];
  /** At most this many recommendations. */
  limit?: number;
}

/** Ranked channels for a topic, with reasons, materials, expected response and warnings. Unknown ids throw UnknownIdError. */
export function recommend(catalog: Catalog, query: RecommendInput, at?: Instant): RecommendResult {
  const full = {
    topic: query.topic,
    urgent: query.urgent === true,
    overseas: query.overseas === true,
    needs: [...(query.needs ?? [])],
    ...(query.limit === undefined ? {} : { limit: query.limit }),
  };
  return recommendAt(catalog, full, ms(at));
}

export interface PhoneInput {
  /** The topic whose phone lines come first; "general" when left out. */
  topic?: string;
  overseas?: boolean;
}

/** The number to call now (a line where a person answers first), and the alternatives. */
export function advisePhone(catalog: Catalog, query: PhoneInput = {}, at?: Instant): PhoneAdvice {
  const topic = query.topic ?? 'general';
  if (query.topic !== undefined && !catalog.topics.some((t) => t.id === topic)) throw new UnknownIdError('topic', topic);
  return advisePhoneAt(catalog, { topic, overseas: query.overseas === true }, ms(at));
}

/** A channel's state (open / automated / closed, peak), expected wait, and what changes next. */
export function channelStatus(channel: Pick<Channel, 'hours' | 'waitMinutes'>, at?: Instant): ChannelStatus {
  return channelStatusAt(channel, ms(at));
}

/** The schedule's constant-state stretches between two instants (e.g. channel.hours over a day). */
export function segments(schedule: Schedule, from: Instant, to: Instant): Segment[] {
  return segmentsOf(schedule, ms(from), ms(to));
}

/** Who to contact for an emergency, in the user's region, a line where a person answers now first. */
export function emergencyContacts(catalog: Catalog, emergency: Emergency, at?: Instant, overseas = false): ChannelAt[] {
  return emergencyContactsAt(catalog, emergency, ms(at), overseas);
}
