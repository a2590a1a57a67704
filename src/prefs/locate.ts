import { isAbsolute, join } from 'node:path';

/** $XDG_CONFIG_HOME/wxhelp/config.yaml (a relative XDG_CONFIG_HOME is ignored, as the XDG spec says), else ~/.config/wxhelp/config.yaml. */
export function preferencesPath(env: Readonly<Record<string, string | undefined>>, homeDir: string): string | undefined {
  const xdg = env.XDG_CONFIG_HOME;
  const base = xdg && isAbsolute(xdg) ? xdg : homeDir ? join(homeDir, '.config') : undefined;
  return base === undefined ? undefined : join(base, 'wxhelp', 'config.yaml');
}
