// Checks that need the whole catalog: unique ids, references between entries, time zones, date
// order, and whether each channel can be reached. Works on the value the validator built, which
// may be partial when there were schema errors (invalid fields are missing, list holes undefined).

import { validZone } from '../zone/zone.js';
import type { Catalog } from './types.js';
import { channelsNamedIn, numberForms, sameLine } from './mentions.js';
import { closest, formatPath, quote, type EntryKind, type IssueDetail, type PathSegment, type Severity } from './issues.js';

/** A deep-partial view of T: what the validator builds when parts of the file are wrong. */
export type Loose<T> = T extends readonly (infer U)[]
  ? readonly (Loose<U> | undefined)[]
  : T extends object
    ? { readonly [K in keyof T]?: Loose<T[K]> }
    : T;

export type Report = (severity: Severity, path: readonly PathSegment[], detail: IssueDetail) => void;
/** Line of the node at a path (for "first defined at line N"). */
export type LineOf = (path: readonly PathSegment[]) => number;
/** Whether the file has a key at this path (even when its value was invalid and left out). */
export type Has = (path: readonly PathSegment[]) => boolean;

export interface SemanticContext {
  /** The `source` lists written in the file (from the validator). */
  sourceRefs: readonly { ids: readonly unknown[]; path: readonly PathSegment[]; single: boolean }[];
  report: Report;
  lineOf: LineOf;
  has: Has;
}

type Item = { readonly id?: unknown };

interface Registry {
  what: EntryKind;
  ids: Map<string, readonly PathSegment[]>;
}

const zoneCache = new Map<string, boolean>();
/** A zone ICU knows (src/zone/zone.ts: the table of the CLI's build, or Intl), asked once per name. */
function knownZone(zone: string): boolean {
  let ok = zoneCache.get(zone);
  if (ok === undefined) {
    ok = validZone(zone) !== null;
    zoneCache.set(zone, ok);
  }
  return ok;
}

type LooseChannel = Loose<Catalog['channels'][number]>;
type RouteList = Loose<Catalog['topics'][number]['routes']> | undefined;
type StepList = Loose<Catalog['emergencies'][number]['steps']> | undefined;

/** What every section of the checks uses: where to report, the ids each list defines, the channels by id. */
interface Checks {
  report: Report;
  has: Has;
  /** Records a list's ids (a duplicate is reported). */
  register(what: EntryKind, items: readonly (Item | undefined)[] | undefined, base: readonly PathSegment[]): Registry;
  /** Reports an id the registry does not have, with the nearest one it has. */
  refer(reg: Registry, id: unknown, path: readonly PathSegment[]): void;
  referAll(reg: Registry, ids: readonly unknown[] | undefined, path: readonly PathSegment[]): void;
  sources: Registry;
  channels: Registry;
  modes: Registry;
  materials: Registry;
  topics: Registry;
  emergencies: Registry;
  byId: Map<string, LooseChannel>;
  /** Channels `text` names that are not among `own` (nor the same line as one of them). */
  foreignChannels(text: string, own: LooseChannel[]): string[];
}

export function checkSemantics(catalog: Loose<Catalog>, context: SemanticContext): void {
  const c = registries(catalog, context);
  checkSourceRefs(c, context.sourceRefs);
  checkServiceZone(catalog, c);
  checkChannels(catalog, c);
  checkSharedNumbers(catalog.channels ?? [], c.report);
  checkTopics(catalog, c);
  checkNeeds(catalog, c);
  checkModes(catalog, c);
  checkEmergencies(catalog, c);
  checkOtherRefs(catalog, c);
}

/** Every list's ids, registered in file order (duplicates reported), and the helpers that check references to them. */
function registries(catalog: Loose<Catalog>, { report, lineOf, has }: SemanticContext): Checks {
  const register = (what: EntryKind, items: readonly (Item | undefined)[] | undefined, base: readonly PathSegment[]): Registry => {
    const reg: Registry = { what, ids: new Map() };
    if (!items) return reg;
    for (let i = 0; i < items.length; i++) {
      const id = items[i]?.id;
      if (typeof id !== 'string') continue;
      const path = [...base, i, 'id'];
      const first = reg.ids.get(id);
      if (first) {
        report('error', path, { id: 'duplicate-id', kind: what, value: quote(id), line: lineOf(first) });
      } else {
        reg.ids.set(id, path);
      }
    }
    return reg;
  };
  const refer = (reg: Registry, id: unknown, path: readonly PathSegment[]): void => {
    if (typeof id !== 'string' || reg.ids.has(id)) return;
    const guess = closest(id, reg.ids.keys());
    report(
      'error',
      path,
      guess
        ? { id: 'unknown-id', kind: reg.what, value: quote(id), guess: quote(guess) }
        : { id: 'unknown-id', kind: reg.what, value: quote(id) },
    );
  };
  const referAll = (reg: Registry, ids: readonly unknown[] | undefined, path: readonly PathSegment[]): void => {
    if (!ids) return;
    for (let i = 0; i < ids.length; i++) refer(reg, ids[i], [...path, i]);
  };

  const sources = register('source', catalog.sources, ['sources']);
  const channels = register('channel', catalog.channels, ['channels']);
  const modes = register('mode', catalog.modes, ['modes']);
  const materials = register('material', catalog.materials, ['materials']);
  const topics = register('topic', catalog.topics, ['topics']);
  const emergencies = register('emergency', catalog.emergencies, ['emergencies']);
  register('need', catalog.needs, ['needs']);
  register('advice', catalog.advice, ['advice']);

  const channelList = catalog.channels ?? [];
  const byId = new Map<string, LooseChannel>();
  for (const ch of channelList) if (ch && typeof ch.id === 'string' && !byId.has(ch.id)) byId.set(ch.id, ch);
  const valid = channelList.filter((ch): ch is Catalog['channels'][number] => Boolean(ch && typeof ch.id === 'string'));
  const foreignChannels = (text: string, own: LooseChannel[]): string[] => {
    const mine = own.filter((ch): ch is Catalog['channels'][number] => Boolean(ch && typeof ch.id === 'string'));
    return channelsNamedIn(text, { channels: valid }).filter((id) => {
      const other = byId.get(id) as Catalog['channels'][number] | undefined;
      return other !== undefined && !mine.some((m) => m.id === id || sameLine(m, other));
    });
  };
  return { report, has, register, refer, referAll, sources, channels, modes, materials, topics, emergencies, byId, foreignChannels };
}

/** Every `source` list names known sources. */
function checkSourceRefs(c: Checks, sourceRefs: SemanticContext['sourceRefs']): void {
  for (const ref of sourceRefs) {
    if (ref.single) c.refer(c.sources, ref.ids[0], ref.path);
    else c.referAll(c.sources, ref.ids, ref.path);
  }
}

function checkServiceZone(catalog: Loose<Catalog>, c: Checks): void {
  if (typeof catalog.serviceTimeZone === 'string' && !knownZone(catalog.serviceTimeZone)) {
    c.report('error', ['serviceTimeZone'], zoneMessage(catalog.serviceTimeZone));
  }
}

/** Each channel: its zone and exceptions, whether it can be reached, and what it refers to. */
function checkChannels(catalog: Loose<Catalog>, c: Checks): void {
  const channelList = catalog.channels ?? [];
  for (let i = 0; i < channelList.length; i++) {
    const ch = channelList[i];
    if (!ch) continue;
    const at = (...rest: PathSegment[]): PathSegment[] => ['channels', i, ...rest];
    c.referAll(c.topics, ch.topics, at('topics'));
    const hours = ch.hours;
    if (hours) {
      // An explicit zone that is wrong is reported here; a defaulted one was reported with serviceTimeZone.
      if (typeof hours.zone === 'string' && hours.zone !== catalog.serviceTimeZone && !knownZone(hours.zone)) {
        c.report('error', at('hours', 'zone'), zoneMessage(hours.zone));
      }
      const exceptions = hours.exceptions ?? [];
      for (let j = 0; j < exceptions.length; j++) {
        const ex = exceptions[j];
        if (ex && typeof ex.from === 'string' && typeof ex.to === 'string' && ex.from > ex.to) {
          c.report('error', at('hours', 'exceptions', j, 'to'), { id: 'exception-order', from: ex.from, to: ex.to });
        }
      }
    }
    // Presence is checked in the file too: a key whose value was invalid is already reported.
    const named = typeof ch.id === 'string' ? { channel: quote(ch.id) } : {};
    // A phone line without a number of its own (your bank, the local police) says where to find one, in `path`.
    if (ch.kind === 'phone' && ch.number === undefined && ch.path === undefined && !c.has(at('number')) && !c.has(at('path'))) {
      c.report('error', at(), { id: 'phone-without-number', ...named });
    } else if (
      ch.number === undefined &&
      ch.url === undefined &&
      ch.path === undefined &&
      !c.has(at('number')) &&
      !c.has(at('url')) &&
      !c.has(at('path'))
    ) {
      c.report('warning', at(), { id: 'unreachable', ...named });
    }
    if (ch.alternative !== undefined) {
      c.refer(c.channels, ch.alternative, at('alternative'));
      if (ch.alternative === ch.id) c.report('warning', at('alternative'), { id: 'own-alternative' });
    }
    const abroadZone = hours?.abroad?.zone;
    if (typeof abroadZone === 'string' && abroadZone !== hours?.zone && abroadZone !== catalog.serviceTimeZone && !knownZone(abroadZone)) {
      c.report('error', at('hours', 'abroad', 'zone'), zoneMessage(abroadZone));
    }
    if (ch.sharedNumber) c.referAll(c.channels, ch.sharedNumber.with, at('sharedNumber', 'with'));
    c.referAll(c.modes, ch.modes, at('modes'));
    const services = ch.services ?? [];
    c.register('service', services, at('services'));
    c.register('capability', ch.capabilities, at('capabilities'));
    for (let j = 0; j < services.length; j++) c.referAll(c.materials, services[j]?.materials, at('services', j, 'materials'));
  }
}

/** Routes (of topics and needs): known channels, services and capabilities the channel has, reasons about their own channel. */
function checkRoutes(c: Checks, routes: RouteList, base: PathSegment[]): void {
  if (!routes) return;
  for (let j = 0; j < routes.length; j++) {
    const r = routes[j];
    if (!r) continue;
    const at = (...rest: PathSegment[]): PathSegment[] => [...base, j, ...rest];
    c.refer(c.channels, r.channel, at('channel'));
    const ch = typeof r.channel === 'string' ? c.byId.get(r.channel) : undefined;
    // A route's service or capability must be one the channel has.
    for (const [key, members] of [
      ['service', ch?.services],
      ['capability', ch?.capabilities],
    ] as const) {
      const id = r[key];
      if (!ch || typeof id !== 'string' || (members ?? []).some((m) => m?.id === id)) continue;
      const known = (members ?? []).flatMap((m) => (typeof m?.id === 'string' ? [m.id] : []));
      c.report('error', at(key), { id: 'not-a-member', channel: quote(String(r.channel)), kind: key, value: quote(id), known });
    }
    c.referAll(c.materials, r.materials, at('materials'));
    // A reason speaks of its own channel, never of another one (by number or address).
    if (ch && r.reason) {
      for (const lang of ['zh', 'en'] as const) {
        const text = r.reason[lang];
        if (typeof text !== 'string') continue;
        for (const other of c.foreignChannels(text, [ch])) {
          c.report('error', at('reason', lang), { id: 'reason-names-other', other: quote(other), channel: quote(String(r.channel)) });
        }
      }
    }
  }
}

/** Steps (of emergencies and needs) name the channels they use. */
function checkSteps(c: Checks, steps: StepList, base: PathSegment[]): void {
  for (let j = 0; j < (steps ?? []).length; j++) {
    const step = steps?.[j];
    if (step?.channel !== undefined) c.refer(c.channels, step.channel, [...base, j, 'channel']);
    c.referAll(c.channels, step?.channels, [...base, j, 'channels']);
    // Every number or address a step names belongs to a channel it lists (so it is shown, with its state).
    const own = [step?.channel, ...(step?.channels ?? [])].flatMap((id) =>
      typeof id === 'string' && c.byId.has(id) ? [c.byId.get(id)!] : [],
    );
    for (const lang of ['zh', 'en'] as const) {
      const text = step?.text?.[lang];
      if (typeof text !== 'string') continue;
      for (const other of c.foreignChannels(text, own)) {
        c.report('error', [...base, j, 'text', lang], { id: 'step-names-unlisted', other: quote(other) });
      }
    }
  }
}

function checkTopics(catalog: Loose<Catalog>, c: Checks): void {
  const topicList = catalog.topics ?? [];
  for (let i = 0; i < topicList.length; i++) {
    const t = topicList[i];
    if (!t) continue;
    if (t.emergency !== undefined) c.refer(c.emergencies, t.emergency, ['topics', i, 'emergency']);
    checkRoutes(c, t.routes, ['topics', i, 'routes']);
    c.referAll(c.materials, t.materials, ['topics', i, 'materials']);
    c.referAll(c.topics, t.whereWith, ['topics', i, 'whereWith']);
    checkPhrases(t, ['topics', i], c.report);
  }
}

function checkNeeds(catalog: Loose<Catalog>, c: Checks): void {
  const needList = catalog.needs ?? [];
  for (let i = 0; i < needList.length; i++) {
    checkRoutes(c, needList[i]?.routes, ['needs', i, 'routes']);
    checkSteps(c, needList[i]?.steps, ['needs', i, 'steps']);
    if (needList[i]?.topic !== undefined) c.refer(c.topics, needList[i]?.topic, ['needs', i, 'topic']);
    if (needList[i]) checkPhrases(needList[i]!, ['needs', i], c.report);
  }
}

/** A mode's waiting time runs from min to max. */
function checkModes(catalog: Loose<Catalog>, c: Checks): void {
  const modeList = catalog.modes ?? [];
  for (let i = 0; i < modeList.length; i++) {
    const w = modeList[i]?.wait;
    if (w && typeof w.min === 'number' && typeof w.max === 'number' && w.min > w.max) {
      c.report('error', ['modes', i, 'wait', 'max'], { id: 'wait-order', min: w.min, max: w.max });
    }
  }
}

function checkEmergencies(catalog: Loose<Catalog>, c: Checks): void {
  const emergencyList = catalog.emergencies ?? [];
  for (let i = 0; i < emergencyList.length; i++) {
    const e = emergencyList[i];
    if (!e) continue;
    c.referAll(c.channels, e.contacts, ['emergencies', i, 'contacts']);
    checkSteps(c, e.steps, ['emergencies', i, 'steps']);
  }
}

/** Transfer rates, advice and the overseas section refer to known topics and materials. */
function checkOtherRefs(catalog: Loose<Catalog>, c: Checks): void {
  const rates = catalog.transfer?.rates ?? [];
  for (let i = 0; i < rates.length; i++) c.refer(c.topics, rates[i]?.topic, ['transfer', 'rates', i, 'topic']);
  const adviceList = catalog.advice ?? [];
  for (let i = 0; i < adviceList.length; i++) c.referAll(c.topics, adviceList[i]?.topics, ['advice', i, 'topics']);
  if (catalog.overseas) c.referAll(c.materials, catalog.overseas.materials, ['overseas', 'materials']);
  // A material's overseas counterpart is a material too.
  const materialList = catalog.materials ?? [];
  for (let i = 0; i < materialList.length; i++) {
    const overseas = materialList[i]?.overseas;
    if (overseas !== undefined) c.refer(c.materials, overseas, ['materials', i, 'overseas']);
  }
}

/** The form two phrases are compared in: the same text whatever its width, case or spacing. */
function phraseKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * A topic's phrases (both languages and the urgent ones) say something, and each only once: a
 * duplicate would count twice in the free-text match.
 */
function checkPhrases(
  topic: Loose<Pick<Catalog['topics'][number], 'phrases' | 'urgentPhrases' | 'wherePhrases'>>,
  base: readonly PathSegment[],
  report: Report,
): void {
  const seen = new Map<string, string>();
  const lists: [readonly (string | undefined)[] | undefined, PathSegment[]][] = [
    [topic.phrases?.zh, [...base, 'phrases', 'zh']],
    [topic.phrases?.['zh-Hant'], [...base, 'phrases', 'zh-Hant']],
    [topic.phrases?.en, [...base, 'phrases', 'en']],
    [topic.urgentPhrases, [...base, 'urgentPhrases']],
    [topic.wherePhrases, [...base, 'wherePhrases']],
  ];
  for (const [list, at] of lists) {
    for (let j = 0; j < (list ?? []).length; j++) {
      const phrase = list?.[j];
      if (typeof phrase !== 'string') continue;
      const key = phraseKey(phrase);
      const where = formatPath([...at, j]);
      if (!/[\p{L}\p{N}]/u.test(key)) {
        report('error', [...at, j], { id: 'empty-phrase', phrase: quote(phrase) });
        continue;
      }
      const first = seen.get(key);
      if (first !== undefined) report('error', [...at, j], { id: 'duplicate-phrase', phrase: quote(phrase), first });
      else seen.set(key, where);
    }
  }
}

function zoneMessage(zone: string): IssueDetail {
  return { id: 'unknown-zone', zone: JSON.stringify(zone) };
}

/**
 * Channels with the same number (in any form) must say so: each lists another of them under
 * `sharedNumber.with` (whose text is shown wherever the line is), or is listed by one. Otherwise a
 * user sees one number twice with different hours or purposes and cannot tell which is true.
 * One warning per number, naming the channels that say nothing.
 */
function checkSharedNumbers(channelList: Loose<Catalog['channels']>, report: Report): void {
  const byForm = new Map<string, number[]>();
  for (let i = 0; i < channelList.length; i++) {
    const ch = channelList[i];
    if (!ch || typeof ch.id !== 'string' || (ch.number === undefined && ch.e164 === undefined)) continue;
    for (const form of numberForms(ch as Catalog['channels'][number])) {
      const list = byForm.get(form);
      if (list === undefined) byForm.set(form, [i]);
      else if (!list.includes(i)) list.push(i);
    }
  }
  const said = (a: number, b: number) => {
    const [x, y] = [channelList[a]!, channelList[b]!];
    return (x.sharedNumber?.with ?? []).includes(y.id as string) || (y.sharedNumber?.with ?? []).includes(x.id as string);
  };
  const reported = new Set<string>();
  for (const positions of byForm.values()) {
    if (positions.length < 2) continue;
    const silent = positions.filter((a) => !positions.some((b) => b !== a && said(a, b)));
    if (silent.length === 0) continue;
    // The silent ones, and one it shares with when only one is silent.
    const named = silent.length > 1 ? silent : [positions.find((p) => p !== silent[0])!, silent[0]!];
    const key = named.join(',');
    if (reported.has(key)) continue;
    reported.add(key);
    const ids = named.map((i) => quote(String(channelList[i]!.id)));
    const number = String(channelList[named[0]!]!.number ?? channelList[named[0]!]!.e164);
    report('warning', ['channels', named[1]!, 'number'], {
      id: 'shared-number',
      number: quote(number),
      channels: ids.slice(0, 5),
      more: Math.max(0, ids.length - 5),
    });
  }
}
