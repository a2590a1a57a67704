// The typed catalog, as the engine sees it after loading and validation. Every shape is read off
// the one definition in schema.ts (the same object the validator walks and channels.schema.json is
// made from), so a field added there is a field here; only what the catalog does not store (Lang,
// State, Schedule) is written out below. The YAML format mirrors these shapes one to one; see README
// "Catalog format".
import type { CatalogDefs, CatalogRootDef } from './schema.js';

// ---------------------------------------------------------------------------------------------
// From a definition to the value the validator builds for it (compile time only).

type Named<D> = D extends { $ref: `#/$defs/${infer N}` } ? (N extends keyof CatalogDefs ? CatalogDefs[N] : never) : never;

/** Always there once loaded: given a default (on the reference or its target) or filled in by the loader. */
type Present<D> = D extends { default: unknown } | { filledFrom: string } ? true : D extends { $ref: string } ? Present<Named<D>> : false;

type RequiredKeys<P, R> = { [K in keyof P]: K extends R ? K : K extends 'source' ? K : Present<P[K]> extends true ? K : never }[keyof P];

/**
 * The loaded value of a definition: defaults applied, a `source` written once or inherited from the
 * enclosing fact (so always there), a single alternative of a `wrapAsList` one-of made a list, and
 * `null` of a nullable number dropped with its key.
 */
type Loaded<D> = D extends { $ref: string }
  ? Loaded<Named<D>>
  : D extends { oneOf: readonly (infer A)[]; wrapAsList: true }
    ? Loaded<Extract<A, { type: 'array' }>>
    : D extends { oneOf: readonly (infer A)[] }
      ? Loaded<A>
      : D extends { type: 'string'; enum: readonly (infer E)[] }
        ? E
        : D extends { type: 'string' }
          ? string
          : D extends { const: infer C }
            ? C
            : D extends { type: 'number' | 'integer' }
              ? number
              : D extends { type: 'boolean' }
                ? boolean
                : D extends { type: 'array'; items: infer I }
                  ? Loaded<I>[]
                  : D extends { type: 'object'; properties: infer P; required: readonly (infer R)[] }
                    ? LoadedObject<P, R>
                    : never;

type LoadedObject<P, R> = Flat<
  { -readonly [K in keyof P as K extends RequiredKeys<P, R> ? K : never]: Loaded<P[K]> } & {
    -readonly [K in keyof P as K extends RequiredKeys<P, R> ? never : K]?: Loaded<P[K]>;
  }
>;

/** One object type instead of an intersection, so editors and errors show plain fields. */
type Flat<T> = T extends infer O ? { [K in keyof O]: O[K] } : never;

/** The loaded shape of one of schema.ts's named definitions. */
type Def<N extends keyof CatalogDefs> = Loaded<CatalogDefs[N]>;

// ---------------------------------------------------------------------------------------------
// What the catalog does not store.

/** zh: Simplified Chinese (zh-Hans); zh-Hant: Traditional Chinese; en: English. */
export type Lang = 'zh' | 'zh-Hant' | 'en';
/** `unknown`: the catalog publishes no hours for that moment (see Schedule). */
export type State = WindowState | 'closed' | 'unknown';

/**
 * A date's rules are the windows of the last exception covering it, else the weekly windows.
 * Outside every window the state is `closed` — or `unknown` on a date whose rules come from an
 * empty weekly list (`windows: []`: hours not published). An exception with `windows: []` is a
 * day known to be closed. `zone`: the IANA zone the windows are written in.
 */
export interface Schedule extends Omit<Hours, 'text'> {}

// ---------------------------------------------------------------------------------------------
// The catalog's shapes (their meaning: the descriptions in schema.ts and channels.schema.json).

/**
 * Text in the interface languages. `zh-Hant` is optional in a catalog file: when absent it is made
 * from `zh` (src/hant), at build time for the built-in catalog, when a catalog is loaded otherwise.
 */
export type Localized = Def<'Localized'>;
export type ChannelKind = Def<'ChannelKind'>;
/** A state a window can declare; outside the windows a channel is closed, or unknown on a date without rules. */
export type WindowState = Def<'WindowState'>;
export type Weekday = Def<'Weekday'>;
export type Region = Def<'Region'>;
export type Confidence = Def<'Confidence'>;

/** Every fact names where it comes from (source ids) and, optionally, when it was last checked. */
export interface Sourced extends Pick<Note, 'source' | 'checked'> {}

export interface Source extends Def<'Source'> {}
/** What a source is, as a reader would name it ("a Tencent help page", "a news report"); absent: said from `kind`. */
export type SourceType = NonNullable<Source['type']>;
/** A daily window, in the schedule's zone. `to` <= `from` crosses midnight; `from` == `to` is 24 h. */
export interface WindowRule extends Def<'WindowRule'> {}
export interface PeakRule extends Def<'PeakRule'> {}
/** Dated replacement of the weekly windows, e.g. a holiday schedule. Dates inclusive, in the schedule's zone. */
export interface ScheduleException extends Def<'ScheduleException'> {}
export interface Hours extends Def<'Hours'> {}
/** The same line's hours for calls from outside mainland China, when a source gives other ones (its zone: the line's when absent). */
export interface RegionalHours extends Def<'RegionalHours'> {}
export interface Note extends Def<'Note'> {}
/** A note that names its own source (a dispute, a disputed hour). */
export interface SourcedNote extends Def<'SourcedNote'> {}
/** Something a channel can do (e.g. the official account's ticket tracking). */
export interface Capability extends Def<'Capability'> {}
/** A special service with verification (e.g. the mini program's account unblock). */
export interface SpecialService extends Def<'SpecialService'> {}
export interface Channel extends Def<'Channel'> {}
/**
 * Public material calls the line historical, or a line for another product (a Tenpay line
 * offered as a WeChat payment line): it is shown, with this said, but never leads an answer.
 */
export interface Standing extends Def<'Standing'> {}
/** Other channels with the same number (or address), and what the user should know about it. */
export interface SharedNumber extends Def<'SharedNumber'> {}
/** For a line serving mainland China only: whether and how it can be called from abroad. */
export interface Abroad extends Def<'Abroad'> {}
export interface InteractionMode extends Def<'InteractionMode'> {}
export interface Transfer extends Def<'Transfer'> {}
export interface Material extends Def<'Material'> {}
export interface Route extends Def<'Route'> {}
export interface Topic extends Def<'Topic'> {}
/** Phrases per language, written the way people type them (the language only helps authors: all are matched). */
export interface Phrases extends Def<'Phrases'> {}
/** One thing to do, and the channels it uses (any of them: e.g. a mainland line and its overseas form). */
export interface Step extends Def<'Step'> {}
export interface Emergency extends Def<'Emergency'> {}
export interface OverseasDifference extends Def<'OverseasDifference'> {}
export interface Overseas extends Def<'Overseas'> {}
export interface Need extends Def<'Need'> {}
export interface Advice extends Def<'Advice'> {}
export interface Catalog extends Loaded<CatalogRootDef> {}
