// Standing preferences (SPEC "Standing preferences"): what a user sets once in
// $XDG_CONFIG_HOME/wxhelp/config.yaml instead of typing it on every run. Flags win over them;
// they win over the environment.

export type RegionSetting = 'mainland' | 'overseas' | 'auto';

export interface Preferences {
  /** The file they were read from (whether or not it exists). */
  file: string;
  /** As the file writes it; read through the same parser as --lang. */
  lang?: string;
  region?: RegionSetting;
  /** Need ids; checked against the catalog where they are used. */
  needs?: string[];
  accessible?: boolean;
  /** The line each key is on, for errors that are found later (an unknown need id). */
  lines: Partial<Record<PreferenceKey, number>>;
}

export const PREFERENCE_KEYS = ['lang', 'region', 'needs', 'accessible'] as const;
export type PreferenceKey = (typeof PREFERENCE_KEYS)[number];

export function isPreferenceKey(key: string): key is PreferenceKey {
  return (PREFERENCE_KEYS as readonly string[]).includes(key);
}

/** A valid line for each key, for the examples errors show. */
export const EXAMPLES: Record<PreferenceKey, string> = {
  lang: 'lang: zh',
  region: 'region: mainland',
  needs: 'needs: [elderly]',
  accessible: 'accessible: true',
};

/** The values a key takes, in words the error lists ('needs' names the catalog's ids instead). */
export const CHOICES: Partial<Record<PreferenceKey, readonly string[]>> = {
  lang: ['zh', 'zh-Hant', 'en'],
  region: ['mainland', 'overseas', 'auto'],
  accessible: ['true', 'false'],
};

/** What is wrong with a preferences file (or a value given to `wxhelp config set`), as facts; the CLI words it. */
export type PreferencesProblem =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'unwritable'; reason: string }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; limit: number }
  | { kind: 'syntax'; detail: string }
  | { kind: 'not-a-map' }
  | { kind: 'unknown-key'; key: string }
  | { kind: 'bad-value'; key: PreferenceKey; value: string }
  | { kind: 'unknown-need'; value: string; valid: readonly string[] };

export class PreferencesError extends Error {
  constructor(
    readonly file: string,
    /** 1-based; absent when the problem is the file as a whole. */
    readonly line: number | undefined,
    readonly problem: PreferencesProblem,
    /** A valid line to show (the key's example). */
    readonly example?: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem.kind}`);
    this.name = 'PreferencesError';
  }
}

/**
 * Whether an error is a PreferencesError. The built CLI loads the parser as a part of its own,
 * with its own copy of the class, so an error from it is recognised by its shape too.
 */
export function isPreferencesError(error: unknown): error is PreferencesError {
  if (error instanceof PreferencesError) return true;
  if (!(error instanceof Error) || error.name !== 'PreferencesError') return false;
  const candidate = error as Partial<PreferencesError>;
  return typeof candidate.file === 'string' && typeof candidate.problem === 'object' && candidate.problem !== null;
}
