// The SPEC's "one language at a time", as a check: the English words left in a line of Chinese
// output once what may stay as written is taken out — URLs, addresses, zones, flags, commands,
// and the names and ids the caller allows (the catalog's proper names and ids, say).

export interface Kept {
  /** Names kept as written (longest first is not needed: they are sorted here). */
  names?: readonly string[];
  /** Single words kept as written (ids, keys). */
  words?: ReadonlySet<string>;
}

export function englishWords(line: string, { names = [], words = new Set() }: Kept = {}): string[] {
  let rest = line
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\b[\w-]+(\.[\w-]+)+\b/g, ' ') // addresses: help.wechat.com
    .replace(/\b[A-Za-z_]+\/[A-Za-z_/+-]+/g, ' ') // zones: America/Los_Angeles
    .replace(/--[a-z-]+( <[a-z-]+>)?/g, ' ') // flags
    .replace(/wxhelp( [a-z0-9<>_-]+)*/g, ' '); // commands
  for (const name of [...names].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return (rest.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).filter((w) => !words.has(w));
}
