// Global options → the context every command runs in. This is the edge: the only place the
// real clock and the system zone are read, and only when --at / --tz are absent.
import type { ChalkInstance } from 'chalk';
import type { Lang } from '../../catalog/types.js';
import { LANG_VALUES, langFromEnv, parseLang } from '../../i18n/lang.js';
import { colorEnabled } from '../../render/terminal/color-support.js';
import { painter } from '../../render/terminal/paint.js';
import type { TimeView } from '../../render/time-format.js';
import { readInstant } from '../../time/parse-instant.js';
import { resolveSystemZone, type SystemZone } from '../../time/system-zone.js';
import { validZone } from '../../zone/zone.js';
import { messages } from '../../i18n/messages.js';
import { visible } from '../../render/terminal/sanitize.js';
import { flagExample, shown, usageError } from './errors.js';
import type { IO } from '../../io/types.js';
import type { Preferences } from '../../prefs/types.js';

export interface RawGlobalOptions {
  json?: boolean;
  at?: string;
  tz?: string;
  lang?: string;
  channels?: string;
  color?: boolean; // commander's --no-color
  cache?: boolean; // commander's --no-cache
  accessible?: boolean;
}

export interface GlobalOptions {
  json: boolean;
  at: number;
  /** --at was given (the evaluated moment was chosen, not read from the clock): times show their date, `ask` repeats it. */
  atGiven?: boolean;
  tz: string;
  lang: Lang;
  channels?: string;
  noColor: boolean;
  /** false with --no-cache: a user catalog is parsed afresh and nothing is written to the cache. */
  cache: boolean;
  /** The standing preferences (config.yaml); commands take what flags leave open from here. */
  preferences: Preferences;
  /** Accessible mode (SPEC "--accessible"): --accessible, else the preferences' `accessible`, else WXHELP_ACCESSIBLE=1. */
  accessible: boolean;
}

/** The system zone as wxhelp reads it (see time/system-zone.ts): never throws. */
export function systemZoneOf(io: IO): SystemZone {
  // Each read only when needed (a TZ that names a zone settles it), and an unreadable one is a fallback like any other.
  const read =
    <T>(reader: (() => T) | undefined) =>
    () => {
      try {
        return reader?.();
      } catch {
        return undefined;
      }
    };
  const zoneOfFile = io.zoneOfFile;
  return resolveSystemZone({
    tzEnv: io.env.TZ,
    icuZone: read(io.systemZone),
    offsetMinutes: read(io.systemOffset),
    ...(zoneOfFile === undefined ? {} : { zoneOfFile: (path: string) => read(() => zoneOfFile(path))() }),
  });
}

/** The one line on stderr that says the system zone was not understood and what is used instead. */
function reportZoneFallback(io: IO, system: SystemZone, json: boolean, lang: Lang): void {
  if (!system.fallback) return;
  const m = messages(lang);
  const value = system.fallback.tzEnv === null ? null : shown(visible(system.fallback.tzEnv));
  const message = m.tzFallback(value, system.zone);
  const hint = m.tzFallbackHint(flagExample(lang, '--tz')!);
  io.stderr.write(
    json ? `${JSON.stringify({ warning: { code: 'TZ_FALLBACK', message, hint } })}\n` : `wxhelp: ${message}${m.hintSeparator}${hint}\n`,
  );
}

export function resolveGlobalOptions(raw: RawGlobalOptions, io: IO, preferences: Preferences = { file: '', lines: {} }): GlobalOptions {
  // The language first: every other message is said in it (a bad --lang in the locale's).
  // --lang, then the preferences' lang, then the locale.
  let lang: Lang = (preferences.lang === undefined ? null : parseLang(preferences.lang)) ?? langFromEnv(io.env);
  if (raw.lang !== undefined) {
    const parsed = parseLang(raw.lang);
    if (!parsed) {
      const f = messages(lang).flags;
      throw usageError('BAD_LANG', f.badLang(shown(raw.lang)), f.example(flagExample(lang, '--lang')!), { valid: LANG_VALUES });
    }
    lang = parsed;
  }
  const f = messages(lang).flags;

  let tz: string;
  let system: SystemZone | undefined;
  if (raw.tz !== undefined) {
    const zone = validZone(raw.tz);
    if (!zone) throw usageError('BAD_TZ', f.badTz(shown(raw.tz)), f.example(flagExample(lang, '--tz')!));
    tz = zone;
  } else {
    system = systemZoneOf(io);
    tz = system.zone;
  }

  let at: number;
  if (raw.at !== undefined) {
    const read = readInstant(raw.at, tz);
    if (!read.ok) throw usageError('BAD_AT', f.badAt(shown(raw.at), read.problem), f.example(flagExample(lang, '--at')!));
    at = read.at;
  } else {
    at = io.now();
  }

  if (raw.channels !== undefined && raw.channels.trim() === '') {
    throw usageError('BAD_CHANNELS', f.emptyChannels, f.example(flagExample(lang, '--channels')!));
  }

  // Said once the other values are known good: a usage error is the only line then.
  if (system) reportZoneFallback(io, system, raw.json === true, lang);
  const accessible = raw.accessible === true || (preferences.accessible ?? io.env.WXHELP_ACCESSIBLE === '1');
  return {
    json: raw.json === true,
    at,
    atGiven: raw.at !== undefined,
    tz,
    lang,
    channels: raw.channels,
    noColor: raw.color === false,
    cache: raw.cache !== false,
    preferences,
    accessible,
  };
}

export interface Context {
  io: IO;
  options: GlobalOptions;
  /** Display columns of stdout: the terminal's, else COLUMNS, else 80. */
  columns: number;
  /** Colours for stdout (level 0 when colour is off). */
  paint: ChalkInstance;
  /** stdout may carry terminal hyperlinks (OSC 8): decided in program.ts before a command runs; absent means no. */
  hyperlinks?: boolean;
  /** With --json, the catalog's warnings (file:line:col: warning: …), for the envelope's `warnings`. */
  catalogWarnings?: string[];
  /** Without --json, the catalog's warnings already written to stderr in this run. */
  warningsShown?: Set<string>;
  out(text: string): void;
  /** How times are shown, once the catalog has named its service zone. */
  view(serviceZone: string): TimeView;
}

/** The TTY's columns, else COLUMNS, else 80; at least 20 so a layout always has room. */
export function terminalColumns(io: IO): number {
  const tty = io.stdout.isTTY === true ? io.stdout.columns : undefined;
  const env = Number(io.env.COLUMNS);
  const columns = tty !== undefined && tty > 0 ? tty : Number.isInteger(env) && env > 0 ? env : 80;
  return Math.max(20, Math.min(columns, 1000));
}

export async function createContext(io: IO, options: GlobalOptions): Promise<Context> {
  // Accessible mode: no colour (nothing may rest on it, and a braille line has no use for escapes).
  const color = colorEnabled(io.stdout, io.env, { json: options.json, noColor: options.noColor || options.accessible });
  return {
    io,
    options,
    paint: await painter(color),
    columns: terminalColumns(io),
    view: (serviceZone) => ({
      lang: options.lang,
      userZone: options.tz,
      serviceZone,
      now: options.at,
      atGiven: options.atGiven === true,
      accessible: options.accessible,
    }),
    out: (text) => {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
