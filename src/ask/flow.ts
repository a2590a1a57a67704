// The questions `wxhelp ask` asks, as data, and the order it asks them in. No prompt library
// here: the prompt functions are passed in, so the flow runs in tests with scripted answers.
import type { Catalog, Lang, Topic } from '../catalog/types.js';
import type { RecommendQuery } from '../advise/recommend.js';
import { messages } from '../i18n/messages.js';
import { overseasByZone, type UserRegion } from '../advise/region.js';
import { pick } from '../render/localize.js';
import { MIN_SCORE, rankTopics } from '../match/topic.js';
import { padEnd, truncate } from '../render/terminal/table.js';
import { displayWidth } from '../render/terminal/width.js';

export interface AskAnswers {
  topic: string;
  urgent: boolean;
  /** null: not sure (numbers both ways). */
  overseas: boolean | null;
  needs: string[];
}

export interface Choice<V> {
  value: V;
  /** The line in the list. */
  name: string;
  /** What the answered question shows. */
  short?: string;
  /** Shown under the list while the choice is highlighted. */
  description?: string;
  /** Ticked to begin with (a checkbox). */
  checked?: boolean;
}

export interface SelectQuestion<V> {
  message: string;
  choices: Choice<V>[];
  default: V;
  pageSize?: number;
}

/** A list narrowed by what the user types: `source('')` is the whole list. */
export interface SearchQuestion<V> {
  message: string;
  source: (term: string) => Choice<V>[];
  /** Only what `term` matches, best first (empty when nothing does). */
  matches: (term: string) => Choice<V>[];
  pageSize?: number;
}

/**
 * What the flow needs from a prompt library. Every question takes one answer, so Enter on a
 * highlighted choice (or a typed number) chooses it.
 */
export interface Prompts {
  select<V>(question: SelectQuestion<V>): Promise<V>;
  search<V>(question: SearchQuestion<V>): Promise<V>;
}

export interface AskSetup {
  catalog: Catalog;
  lang: Lang;
  /** The user's IANA zone: decides whether "overseas" is the default answer. */
  tz: string;
  /** Where the user is as far as flags, preferences and zone tell (default: the zone's answer). */
  region?: UserRegion;
  /** Needs ticked to begin with (the preferences'). */
  needs?: readonly string[];
  /** Display columns for one line of a list (the terminal width); 80 when unknown. */
  columns?: number;
  /** How to dim the descriptions in the topic list (identity when colour is off). */
  dim?: (text: string) => string;
}

/** The topic Enter picks: `general` when the catalog has it, else its first topic. */
export function defaultTopic(catalog: Catalog): Topic | undefined {
  return catalog.topics.find((t) => t.id === 'general') ?? catalog.topics[0];
}

/** Pressing Enter through every question gives these answers. */
export function defaultAnswers(catalog: Catalog, tz: string): AskAnswers {
  return { topic: defaultTopic(catalog)?.id ?? '', urgent: false, overseas: overseasByZone(tz), needs: [] };
}

export function toQuery(answers: AskAnswers): RecommendQuery {
  return { topic: answers.topic, urgent: answers.urgent, overseas: answers.overseas, needs: [...new Set(answers.needs)] };
}

const LIST_PAGE = 16;
/** "❯ " before each choice. */
const CURSOR_COLUMNS = 2;

/** Every topic on one line: its name, then its description, cut to the terminal width. */
export function topicQuestion(setup: AskSetup): SelectQuestion<string> {
  const { catalog, lang } = setup;
  const dim = setup.dim ?? ((text: string) => text);
  const columns = Math.max(40, setup.columns ?? 80);
  const names = catalog.topics.map((t) => pick(t.name, lang));
  const nameWidth = Math.max(0, ...names.map((n) => displayWidth(n)));
  const room = columns - CURSOR_COLUMNS - nameWidth - 2 - 1;
  const choices = catalog.topics.map((topic, i) => {
    const name = names[i] ?? topic.id;
    const description = pick(topic.description, lang);
    const line = room >= 12 ? `${padEnd(name, nameWidth)}  ${dim(truncate(description, room))}` : name;
    return { value: topic.id, name: line, short: name };
  });
  return {
    message: messages(lang).ask.topic,
    choices,
    default: defaultTopic(catalog)?.id ?? '',
    pageSize: Math.min(Math.max(choices.length, 1), LIST_PAGE),
  };
}

/**
 * "What happened?": the user types the problem in their own words and the list shows the topics
 * it matches, best first (Enter takes the first); with nothing typed, or nothing matched, every
 * topic as in topicQuestion, so picking from the list works as before.
 */
export function problemQuestion(setup: AskSetup): SearchQuestion<string> {
  const list = topicQuestion(setup);
  const byId = new Map(list.choices.map((c) => [c.value, c]));
  const matches = (term: string) =>
    term.trim() === ''
      ? []
      : rankTopics(setup.catalog, term)
          .filter((r) => r.score >= MIN_SCORE)
          .flatMap((r) => {
            const choice = byId.get(r.id);
            return choice ? [choice] : [];
          });
  return {
    message: messages(setup.lang).ask.happened,
    source: (term) => {
      const matched = matches(term);
      return matched.length > 0 ? matched : list.choices;
    },
    matches,
    ...(list.pageSize === undefined ? {} : { pageSize: list.pageSize }),
  };
}

/**
 * Not urgent / urgent; for a topic with an emergency procedure, "urgent" says it comes first. A
 * topic urgent by nature (a stolen account, money at risk) offers "urgent" as the default.
 */
export function urgencyQuestion(setup: AskSetup, topicId: string): SelectQuestion<boolean> {
  const { catalog, lang } = setup;
  const m = messages(lang).ask;
  const topic = catalog.topics.find((t) => t.id === topicId);
  const emergency = topic?.emergency === undefined ? undefined : catalog.emergencies.find((e) => e.id === topic.emergency);
  return {
    message: m.urgency,
    choices: [
      { value: false, name: m.notUrgent, description: m.notUrgentHint },
      { value: true, name: m.urgent, description: emergency ? m.urgentFirst(pick(emergency.name, lang)) : m.urgentHint },
    ],
    default: topic?.urgent === true,
  };
}

/** Mainland or abroad; when nothing tells, the question says so and "not sure" (numbers both ways) is the default. */
export function whereQuestion(setup: AskSetup): SelectQuestion<boolean | null> {
  const m = messages(setup.lang).ask;
  const known = setup.region?.overseas ?? overseasByZone(setup.tz);
  const choices: Choice<boolean | null>[] = [
    { value: false, name: m.mainland, description: m.mainlandHint },
    { value: true, name: m.overseas, description: m.overseasHint },
  ];
  if (known === null) choices.push({ value: null, name: m.notSure, description: m.notSureHint });
  return { message: known === null ? m.whereUnsure(setup.region?.zone ?? setup.tz) : m.where, choices, default: known };
}

/**
 * One special need, or none (the default, first): a single choice, so Enter on a highlighted need
 * chooses it. After a need, the same question again for another (`chosen` are left out of it).
 */
export function needsQuestion(setup: AskSetup, chosen: readonly string[] = []): SelectQuestion<string | null> {
  const { catalog, lang } = setup;
  const m = messages(lang).ask;
  const left = catalog.needs.filter((need) => !chosen.includes(need.id));
  return {
    message: chosen.length === 0 ? m.needs : m.anotherNeed,
    choices: [
      { value: null, name: chosen.length === 0 ? m.needsNone : m.noOtherNeed },
      ...left.map((need) => ({ value: need.id, name: pick(need.name, lang), description: pick(need.description, lang) })),
    ],
    default: null,
    pageSize: Math.min(left.length + 1, LIST_PAGE),
  };
}

/**
 * Asks what happened (typed or picked), how urgent, where the user is, and any special needs, in that
 * order. A prompt's rejection (e.g. Ctrl-C) propagates unchanged.
 */
export async function askQuestions(setup: AskSetup, prompts: Prompts): Promise<AskAnswers> {
  const topic = await prompts.search(problemQuestion(setup));
  const urgent = await prompts.select(urgencyQuestion(setup, topic));
  const overseas = await prompts.select(whereQuestion(setup));
  // The standing preferences' needs count as chosen already: the question asks only for others.
  const needs: string[] = setup.catalog.needs.filter((need) => setup.needs?.includes(need.id)).map((need) => need.id);
  while (needs.length < setup.catalog.needs.length) {
    const need = await prompts.select(needsQuestion(setup, needs));
    if (need === null) break;
    needs.push(need);
  }
  return { topic, urgent, overseas, needs };
}
