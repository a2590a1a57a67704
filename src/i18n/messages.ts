// The interface text: every sentence the program itself says (catalog text — names, reasons,
// steps — comes from the catalog). The wording is data, one file per language
// (src/i18n/messages/<lang>.json, plain text with named {placeholders}: see format.ts); this file
// gives each message its arguments, the same for every language, so a language is a data file.
// zh-Hant is made from zh when wxhelp is built (src/i18n/traditional.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UserRegion } from '../advise/region.js';
import type { Lang, State } from '../catalog/types.js';
import { type Args, format, type ListStyle } from '../wording/format.js';
import { perLanguage } from '../wording/per-language.js';

type Reference = typeof import('./messages/en.json', { with: { type: 'json' }});
/** commander's message reworded: a pattern with named groups, and what to say instead. */
interface Rewording {
  match: string;
  say: string;
}
/**
 * A language's table as its file holds it: en.json's shape, which every language matches (its
 * lists that en leaves empty typed by what they hold).
 */
export type MessageTable = Omit<Reference, 'keepWhole' | 'usage'> & {
  keepWhole: readonly string[];
  usage: Omit<Reference['usage'], 'translate'> & { translate: readonly Rewording[] };
};

type LeftOut = 'step' | 'channel' | 'need' | 'ready' | 'note';
const isLeftOut = (k: string): k is LeftOut => k === 'step' || k === 'channel' || k === 'need' || k === 'ready' || k === 'note';

/** The table's pairs ([exit code, meaning], [mark, words]) as pairs. */
const pairs = (rows: readonly (readonly string[])[]): [string, string][] => rows.map((row) => [row[0] ?? '', row[1] ?? '']);
/** A table's named words, looked up by a name the code has (a kind, a level, a key). */
const named = (table: Readonly<Record<string, string>>): Readonly<Record<string, string>> => table;

function lists(table: MessageTable): Readonly<Record<string, ListStyle>> {
  const out: Record<string, ListStyle> = {};
  for (const [name, style] of Object.entries(table.lists)) out[name] = typeof style === 'string' ? style : [style[0] ?? '', style[1] ?? ''];
  return out;
}

function makeMessages(d: MessageTable, lang: Lang) {
  const styles = lists(d);
  const say = (message: string, args: Args): string => format(message, args, { lists: styles }, lang);
  return {
    // One word per state, everywhere (answers, channels, hours, JSON strings); the kind of channel
    // decides the verb for `open`: people answer a phone or a chat, a website is available.
    state: d.state satisfies Record<State, string>,
    openWeb: d.openWeb,
    /** Words of this table that wrapping keeps whole inside a longer run of Chinese (see render/layout/wrap.ts). */
    keepWhole: d.keepWhole,
    openPhone: d.openPhone,
    peak: d.peak,
    serviceZoneLabel: (zone: string) => say(d.serviceZoneLabel, { zone }),
    atBoth: (service: string, serviceLabel: string, local: string) => say(d.atBoth, { service, serviceLabel, local }),
    atBothNamed: (service: string, serviceLabel: string, local: string, zone: string) =>
      say(d.atBothNamed, { service, serviceLabel, local, zone }),
    atService: (service: string, serviceLabel: string) => say(d.atService, { service, serviceLabel }),
    atBothRepeated: (service: string, serviceLabel: string, local: string, zone: string, after: boolean) =>
      say(d.atBothRepeated, { service, serviceLabel, local, zone, after }),
    inDuration: (duration: string) => say(d.inDuration, { duration }),
    /** Minutes are said when not zero, or when they are all there is (0 min). */
    duration: (days: number, hours: number, minutes: number) =>
      [
        days ? say(d.duration.days, { n: days }) : '',
        hours ? say(d.duration.hours, { n: hours }) : '',
        minutes || (!days && !hours) ? say(d.duration.minutes, { n: minutes }) : '',
      ]
        .filter(Boolean)
        .join(d.duration.join),
    hoursLabel: d.hoursLabel,
    nowLabel: d.nowLabel,
    /** Accessible mode: each mark that carries meaning, and what is said instead. */
    inWords: pairs(d.inWords),
    sourceLabel: d.sourceLabel,
    disputeLabel: d.disputeLabel,
    alternativesLabel: d.alternativesLabel,
    kinds: named(d.kinds),
    confidence: named(d.confidence),
    /** A source named for what it is. */
    sourceType: named(d.sourceType),
    confidenceOf: (level: string) => say(d.confidenceOf, { level }),
    facts: d.facts,
    checkedOn: (date: string) => say(d.checkedOn, { date }),
    evaluatedAt: (when: string) => say(d.evaluatedAt, { when }),
    valid: (file: string) => say(d.valid, { file }),
    invalid: (file: string, errors: number, warnings: number) => say(d.invalid, { file, errors, warnings }),
    warningsOnly: (file: string, warnings: number) => say(d.warningsOnly, { file, warnings }),
    unexpected: d.unexpected,
    debugHint: d.debugHint,
    warn: {
      peak: (min: number, until: string | null) => say(d.warn.peak, { min, until: until || null }),
      overnight: (when: string | null) => say(d.warn.overnight, { when: when || null }),
      closed: (when: string | null, rel: string | null) => say(d.warn.closed, { when: when || null, rel }),
      hoursUnknown: d.warn.hoursUnknown,
      abroadUnknown: d.warn.abroadUnknown,
      overseasSlower: (factor: number) => say(d.warn.overseasSlower, { factor }),
      standing: (what: string) => say(d.warn.standing, { what }),
      dispute: (text: string, source: string) => say(d.warn.dispute, { text, source }),
      unavailable: (channel: string, region: string) => say(d.warn.unavailable, { channel, region }),
    },
    hintSeparator: d.hintSeparator,
    /** A valid value for each option that takes one, shown when a value is missing or wrong. */
    flagExamples: named(d.flagExamples),
    listJoin: d.listJoin,
    flags: {
      badLang: (value: string) => say(d.flags.badLang, { value }),
      badTz: (value: string) => say(d.flags.badTz, { value }),
      badAt: (value: string, problem: string) => say(d.flags.badAt, { value, problem }),
      emptyChannels: d.flags.emptyChannels,
      badNumber: (flag: string, value: string, min: number, max: number) => say(d.flags.badNumber, { flag, value, min, max }),
      example: (example: string) => say(d.flags.example, { example }),
    },
    words: {
      missing: d.words.missing,
      missingHint: (ids: readonly string[]) => say(d.words.missingHint, { first: ids[0] ?? 'general', ids }),
      noMatch: (text: string) => say(d.words.noMatch, { text }),
      noMatchHint: (ids: readonly string[]) => say(d.words.noMatchHint, { ids }),
      chose: (name: string, id: string) => say(d.words.chose, { name, id }),
      unsure: (names: readonly string[], name: string) => say(d.words.unsure, { names, name }),
      urgentFromText: (phrase: string) => say(d.words.urgentFromText, { phrase }),
      askedFor: (names: readonly string[], ids: readonly string[]) =>
        say(d.words.askedFor, { names, flags: ids.map((id) => `--need ${id}`) }),
    },
    now: {
      open24: (word: string) => say(d.now.open24, { word }),
      openUntil: (word: string, when: string) => say(d.now.openUntil, { word, when }),
      selfService: d.now.selfService,
      selfServiceUntil: (when: string) => say(d.now.selfServiceUntil, { when }),
      automatedUntil: (word: string, when: string, rel: string) => say(d.now.automatedUntil, { word, when, rel }),
      closed: (when: string, rel: string) => say(d.now.closed, { when, rel }),
      closedLong: d.now.closedLong,
      unknown: d.now.unknown,
      peak: (min: number) => say(d.now.peak, { min }),
      unconfirmedMark: d.now.unconfirmedMark,
      unconfirmed: d.now.unconfirmed,
      unconfirmedInWords: d.now.unconfirmedInWords,
      legend: d.now.legend,
      abroadUnknown: d.now.abroadUnknown,
      hoursDisputed: (claims: readonly string[]) => say(d.now.hoursDisputed, { claims }),
    },
    answer: {
      urgent: (name: string) => say(d.answer.urgent, { name }),
      nothingNow: (name: string, when: string, rel: string) => say(d.answer.nothingNow, { name, when, rel }),
      sidelined: (reach: string, is: 'historical' | 'other-product') => say(d.answer.sidelined, { reach, is }),
      sidelinedNow: (lines: readonly string[], next: string | null, selfService: boolean) =>
        say(d.answer.sidelinedNow, { lines, next: next || null, selfService }),
      confirmedOpens: (name: string, when: string, rel: string) => say(d.answer.confirmedOpens, { name, when, rel }),
      noPerson: (name: string, when: string, rel: string) => say(d.answer.noPerson, { name, when, rel }),
      noPersonSoon: d.answer.noPersonSoon,
      nothingAtAll: d.answer.nothingAtAll,
      best: d.answer.best,
      soonest: d.answer.soonest,
      also: d.answer.also,
      why: d.answer.why,
      ready: d.answer.ready,
      need: (name: string) => say(d.answer.need, { name }),
      /** Where the user is taken to be, and how to change it (unsure: both forms of every number). */
      where: (r: UserRegion) => say(d.answer.where, { overseas: r.overseas, from: r.from, zone: r.zone ?? '' }),
      whereWhy: (r: UserRegion) =>
        say(d.answer.whereWhy, { from: r.from, flag: r.flag ?? '', file: r.file ?? '', overseas: r.overseas, zone: r.zone ?? '' }),
      dialBoth: (mainland: string, abroad: string) => say(d.answer.dialBoth, { mainland, abroad }),
      /** Both forms, when the line has other hours for calls from abroad: those hours beside the abroad form. */
      dialBothHours: (mainland: string, abroad: string, hours: string) => say(d.answer.dialBothHours, { mainland, abroad, hours }),
      dialMainlandOnly: (mainland: string) => say(d.answer.dialMainlandOnly, { mainland }),
      dialAbroadOnly: (abroad: string) => say(d.answer.dialAbroadOnly, { abroad }),
      urgentFromTopic: d.answer.urgentFromTopic,
      more: d.answer.more,
      /** The last line when the one-screen cap left something out: "2 more steps and 1 channel: --verbose". */
      leftOut: (counts: Readonly<Partial<Record<LeftOut, number>>>) => {
        const shown = d.answer.leftOut.order.filter((k): k is LeftOut => isLeftOut(k) && (counts[k] ?? 0) > 0);
        const parts = shown.map((k, i) => say(d.answer.leftOut[k], { n: counts[k] ?? 0, first: i === 0 }));
        return say(d.answer.leftOut.all, { parts });
      },
      remind: (command: string) => say(d.answer.remind, { command }),
      details: d.answer.details,
      call: d.answer.call,
      none: d.answer.none,
      dialAbroad: d.answer.dialAbroad,
    },
    rec: {
      fullSteps: (kind: string) => say(d.rec.fullSteps, { kind }),
      label: (text: string) => say(d.rec.label, { text }),
      list: (items: readonly string[]) => say(d.rec.list, { items }),
      why: d.rec.why,
      prepare: d.rec.prepare,
      expect: d.rec.expect,
      goodAt: d.rec.goodAt,
      service: (name: string, verification: string, priority: string) => say(d.rec.service, { name, verification, priority }),
      capability: (name: string, detail: readonly string[]) => say(d.rec.capability, { name, detail: detail.length > 0 ? detail : null }),
      haveReady: d.rec.haveReady,
      overseasReady: d.rec.overseasReady,
      tips: d.rec.tips,
      goodToKnow: d.rec.goodToKnow,
      caveats: d.rec.caveats,
      transfer: (keyword: string, rate: number) => say(d.rec.transfer, { keyword, percent: Math.round(rate * 100) }),
      modes: d.rec.modes,
      mode: (name: string, response: string, min: number, max: number, condition: string) =>
        say(d.rec.mode, { name, response, min, max, condition }),
      abroad: d.rec.abroad,
      abroadHeader: d.rec.abroadHeader,
      repeat: d.rec.repeat,
      needsLabel: d.rec.needsLabel,
    },
    emergency: {
      title: (name: string) => say(d.emergency.title, { name }),
      trigger: d.emergency.trigger,
      response: d.emergency.response,
      agency: d.emergency.agency,
      steps: d.emergency.steps,
      contacts: d.emergency.contacts,
      choose: d.emergency.choose,
    },
    ask: {
      topic: d.ask.topic,
      happened: d.ask.happened,
      urgency: d.ask.urgency,
      notUrgent: d.ask.notUrgent,
      notUrgentHint: d.ask.notUrgentHint,
      urgent: d.ask.urgent,
      urgentHint: d.ask.urgentHint,
      urgentFirst: (name: string) => say(d.ask.urgentFirst, { name }),
      where: d.ask.where,
      mainland: d.ask.mainland,
      mainlandHint: d.ask.mainlandHint,
      overseas: d.ask.overseas,
      overseasHint: d.ask.overseasHint,
      needs: d.ask.needs,
      needsNone: d.ask.needsNone,
      anotherNeed: d.ask.anotherNeed,
      noOtherNeed: d.ask.noOtherNeed,
      typeNumber: (n: number, fallback: string) => say(d.ask.typeNumber, { n, fallback }),
      typeNumberOrWords: (n: number, fallback: string) => say(d.ask.typeNumberOrWords, { n, fallback }),
      notANumber: (n: number) => say(d.ask.notANumber, { n }),
      noMatch: (text: string) => say(d.ask.noMatch, { text }),
      matched: d.ask.matched,
      chosen: (name: string) => say(d.ask.chosen, { name }),
      notSure: d.ask.notSure,
      notSureHint: d.ask.notSureHint,
      whereUnsure: (zone: string) => say(d.ask.whereUnsure, { zone }),
      keys: named(d.ask.keys),
      needsTerminal: d.ask.needsTerminal,
      noJson: d.ask.noJson,
      useRecommend: d.ask.useRecommend,
    },
    timeline: {
      yourTime: (zone: string) => say(d.timeline.yourTime, { zone }),
      now: d.timeline.now,
    },
    /** Accessible `hours`: a window as a sentence in both zones (`local` null when they agree). */
    window: (word: string, from: string, to: string, label: string, local: readonly [string, string] | null) =>
      say(d.window, { word, from, to, label, localFrom: local?.[0] ?? null, localTo: local?.[1] ?? null }),
    afterwards: (sentence: string) => say(d.afterwards, { sentence }),
    sentence: (name: string, text: string) => say(d.sentence, { name, text }),
    calendar: d.calendar,
    topicsList: {
      topics: d.topicsList.topics,
      needs: d.topicsList.needs,
      emergencies: d.topicsList.emergencies,
      about: d.topicsList.about,
      example: (command: string) => say(d.topicsList.example, { command }),
    },
    remind: {
      summary: (name: string) => say(d.remind.summary, { name }),
      alarm: (name: string, minutes: number) => say(d.remind.alarm, { name, minutes }),
      field: (label: string, value: string) => say(d.remind.field, { label, value }),
      number: d.remind.number,
      website: d.remind.website,
      path: d.remind.path,
      hours: d.remind.hours,
      opens: d.remind.opens,
      source: d.remind.source,
      sourceKind: d.remind.sourceKind satisfies Record<'seed' | 'public', string>,
      openNow: (name: string, until: string) => say(d.remind.openNow, { name, until }),
      unknownChannel: (id: string, ids: string) => say(d.remind.unknownChannel, { id, ids }),
      alwaysOpen: (name: string) => say(d.remind.alwaysOpen, { name }),
      alwaysOpenHint: d.remind.alwaysOpenHint,
      alwaysOpenAbroadHint: d.remind.alwaysOpenAbroadHint,
      beyondCalendar: (year: number) => say(d.remind.beyondCalendar, { year }),
      beyondCalendarHint: d.remind.beyondCalendarHint,
      noOpening: (name: string) => say(d.remind.noOpening, { name }),
      automatedHint: d.remind.automatedHint,
      hoursUnknown: (name: string) => say(d.remind.hoursUnknown, { name }),
      otherChannel: d.remind.otherChannel,
      onTerminal: (name: string, when: string, rel: string, before: number) => say(d.remind.onTerminal, { name, when, rel, before }),
      save: (command: string) => say(d.remind.save, { command }),
    },
    help: { ...d.help, titles: named(d.help.titles), exitCodes: pairs(d.help.exitCodes), environment: pairs(d.help.environment) },
    usage: {
      hintCommands: (commands: string, help: string) => say(d.usage.hintCommands, { commands, help }),
      seeHelp: d.usage.seeHelp,
      seeCommandHelp: (command: string) => say(d.usage.seeCommandHelp, { command }),
      example: (example: string) => say(d.usage.example, { example }),
      /** commander's own messages, reworded (a table without rules leaves them as commander says them). */
      translate: (text: string) => {
        for (const rule of d.usage.translate) {
          const groups = new RegExp(rule.match).exec(text)?.groups;
          if (groups) return say(rule.say, groups);
        }
        return text;
      },
    },
    catalogInit: {
      wrote: (file: string, schema: string) => say(d.catalogInit.wrote, { file, schema }),
      next: (file: string) => say(d.catalogInit.next, { file }),
      exists: (file: string) => say(d.catalogInit.exists, { file }),
      force: (file: string) => say(d.catalogInit.force, { file }),
      noConfigDir: d.catalogInit.noConfigDir,
      givePath: d.catalogInit.givePath,
      cannotWrite: (file: string, why: string) => say(d.catalogInit.cannotWrite, { file, why }),
      notAFile: (file: string, what: string) => say(d.catalogInit.notAFile, { file, what }),
      kinds: {
        directory: d.catalogInit.kinds.directory,
        device: d.catalogInit.kinds.device,
        pipe: d.catalogInit.kinds.pipe,
        socket: d.catalogInit.kinds.socket,
        other: d.catalogInit.kinds.other,
        link: (target: string) => say(d.catalogInit.kinds.link, { target }),
      },
      why: named(d.catalogInit.why),
    },
    unknownId: {
      topic: (value: string, valid: string) => say(d.unknownId.topic, { value, valid }),
      need: (value: string, valid: string) => say(d.unknownId.need, { value, valid }),
      emergency: (value: string, valid: string) => say(d.unknownId.emergency, { value, valid }),
      channel: (command: string, value: string, valid: string) => say(d.unknownId.channel, { command, value, valid }),
      /** Appended to the message: the suggestion, then the valid ids. */
      valid: (suggestion: string | undefined, ids: readonly string[]) => say(d.unknownId.valid, { suggestion: suggestion ?? null, ids }),
      tryIt: (command: string) => say(d.unknownId.tryIt, { command }),
      example: (command: string) => say(d.unknownId.example, { command }),
      seeTopics: (command: string) => say(d.unknownId.seeTopics, { command }),
    },
    interrupted: d.interrupted,
    outputFailed: (code: string) => say(d.outputFailed, { code }),
    tzFallbackHint: (example: string) => say(d.tzFallbackHint, { example }),
    tzFallback: (value: string | null, zone: string) => say(d.tzFallback, { value, zone }),
  };
}

export type Messages = ReturnType<typeof makeMessages>;

/** The table for `lang`: its file read when first asked for; zh-Hant's once loadLanguage has run. */
export const messages: (lang: Lang) => Messages = perLanguage(
  'messages',
  (lang): MessageTable => JSON.parse(readFileSync(join(import.meta.dirname, 'messages', `${lang}.json`), 'utf8')),
  makeMessages,
);
