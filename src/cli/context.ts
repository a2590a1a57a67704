// Global options → the context every command runs in. This is the edge: the only place the
// real clock and the system zone are read, and only when --at / --tz are absent.
import { Chalk, type ChalkInstance } from 'chalk';
import type { Lang } from '../catalog/types.js';
import { langFromEnv, parseLang } from '../i18n/lang.js';
import { colorEnabled } from '../render/terminal/color-support.js';
import type { TimeView } from '../render/time-format.js';
import { parseInstant } from '../time/parse-instant.js';
import { validZone } from '../time/zone.js';
import { FLAG_EXAMPLES, shown, usageError } from './errors.js';
import type { IO } from './io.js';

export interface RawGlobalOptions {
  json?: boolean;
  at?: string;
  tz?: string;
  lang?: string;
  channels?: string;
  color?: boolean; // commander's --no-color
  cache?: boolean; // commander's --no-cache
}

export interface GlobalOptions {
  json: boolean;
  at: number;
  tz: string;
  lang: Lang;
  channels?: string;
  noColor: boolean;
  /** false with --no-cache: a user catalog is parsed afresh and nothing is written to the cache. */
  cache: boolean;
}

export function resolveGlobalOptions(raw: RawGlobalOptions, io: IO): GlobalOptions {
  let tz: string;
  if (raw.tz !== undefined) {
    const zone = validZone(raw.tz);
    if (!zone) {
      throw usageError('BAD_TZ', `--tz: "${shown(raw.tz)}" is not an IANA time zone`, `e.g. ${FLAG_EXAMPLES['--tz']}`);
    }
    tz = zone;
  } else {
    tz = validZone(io.systemZone()) ?? 'UTC';
  }

  let at: number;
  if (raw.at !== undefined) {
    const parsed = parseInstant(raw.at, tz);
    if (parsed === null) {
      throw usageError('BAD_AT', `--at: "${shown(raw.at)}" is not an ISO 8601 date-time`, `e.g. ${FLAG_EXAMPLES['--at']}`);
    }
    at = parsed;
  } else {
    at = io.now();
  }

  let lang: Lang;
  if (raw.lang !== undefined) {
    const parsed = parseLang(raw.lang);
    if (!parsed) throw usageError('BAD_LANG', `--lang: "${shown(raw.lang)}" is not a supported language`, `e.g. ${FLAG_EXAMPLES['--lang']}`);
    lang = parsed;
  } else {
    lang = langFromEnv(io.env);
  }

  if (raw.channels !== undefined && raw.channels.trim() === '') {
    throw usageError('BAD_CHANNELS', '--channels: the file name is empty', `e.g. ${FLAG_EXAMPLES['--channels']}`);
  }

  return { json: raw.json === true, at, tz, lang, channels: raw.channels, noColor: raw.color === false, cache: raw.cache !== false };
}

export interface Context {
  io: IO;
  options: GlobalOptions;
  /** Colours for stdout (level 0 when colour is off). */
  paint: ChalkInstance;
  /** stdout may carry terminal hyperlinks (OSC 8): decided in program.ts before a command runs; absent means no. */
  hyperlinks?: boolean;
  out(text: string): void;
  /** How times are shown, once the catalog has named its service zone. */
  view(serviceZone: string): TimeView;
}

export function createContext(io: IO, options: GlobalOptions): Context {
  const color = colorEnabled(io.stdout, io.env, { json: options.json, noColor: options.noColor });
  return {
    io,
    options,
    paint: new Chalk({ level: color ? 1 : 0 }),
    view: (serviceZone) => ({ lang: options.lang, userZone: options.tz, serviceZone, now: options.at }),
    out: (text) => {
      io.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
