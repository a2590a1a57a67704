// Which catalog file to use: --channels, then WXHELP_CHANNELS, then the user's config file
// ($XDG_CONFIG_HOME/wxhelp/channels.yaml, default ~/.config/...) when it exists, then the built-in.
// "Exists" as git reads its config: anything at that path, even a broken link or one behind a
// folder that cannot be entered, is the user's catalog, and reading it reports what is wrong.

import { lstatSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';

export type CatalogOrigin = 'flag' | 'env' | 'xdg' | 'builtin';

export interface LocateOptions {
  /** Value of --channels, if given. */
  flag?: string | undefined;
  env: Readonly<Record<string, string | undefined>>;
  homeDir: string;
  /** Path of the catalog that ships with wxhelp. */
  builtin: string;
}

export interface LocatedCatalog {
  path: string;
  origin: CatalogOrigin;
}

/** Path of the user's catalog under the XDG config directory (whether or not it exists). */
export function userCatalogPath(env: LocateOptions['env'], homeDir: string): string | undefined {
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says relative values are to be ignored.
  const base = xdg && isAbsolute(xdg) ? xdg : homeDir ? join(homeDir, '.config') : undefined;
  return base === undefined ? undefined : join(base, 'wxhelp', 'channels.yaml');
}

/** Whether something is at `path` (a dangling symlink counts); only "no such file" says no. */
function present(path: string): boolean {
  try {
    // No file, the usual case, fails without an error object made for it (one costs a run about a third of a millisecond).
    return lstatSync(path, { throwIfNoEntry: false }) !== undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code !== 'ENOENT' && code !== 'ENOTDIR';
  }
}

export function locateCatalog(options: LocateOptions): LocatedCatalog {
  if (options.flag !== undefined) return { path: options.flag, origin: 'flag' };
  const fromEnv = options.env.WXHELP_CHANNELS;
  if (fromEnv) return { path: fromEnv, origin: 'env' };
  const user = userCatalogPath(options.env, options.homeDir);
  if (user !== undefined && present(user)) return { path: user, origin: 'xdg' };
  return { path: options.builtin, origin: 'builtin' };
}
