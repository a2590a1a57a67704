// The questions `wxhelp ask` asks, as data, and the order it asks them in. No prompt library
// here: the prompt functions are passed in, so the flow runs in tests with scripted answers.
import type { Catalog, Lang, Topic } from '../catalog/types.js';
import type { RecommendQuery } from '../advise/recommend.js';
import { messages } from '../i18n/messages.js';
import { overseasByZone } from '../advise/region.js';
import { pick } from '../render/localize.js';
import { MIN_SCORE, rankTopics } from '../match/topic.js';
import { padEnd, truncate } from '../render/terminal/table.js';
import { displayWidth } from '../render/terminal/width.js';

export interface AskAnswers {
  topic: string;
  urgent: boolean;
  overseas: boolean;
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
  pageSize?: number;
}

export interface CheckboxQuestion<V> {
  message: string;
  choices: Choice<V>[];
  pageSize?: number;
}

/** What the flow needs from a prompt library (Enter on an untouched checkbox answers []). */
export interface Prompts {
  select<V>(question: SelectQuestion<V>): Promise<V>;
  search<V>(question: SearchQuestion<V>): Promise<V>;
  checkbox<V>(question: CheckboxQuestion<V>): Promise<V[]>;
}

export interface AskSetup {
  catalog: Catalog;
  lang: Lang;
  /** The user's IANA zone: decides whether "overseas" is the default answer. */
  tz: string;
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
  return {
    message: messages(setup.lang).ask.happened,
    source: (term) => {
      if (term.trim() === '') return list.choices;
      const matched = rankTopics(setup.catalog, term)
        .filter((r) => r.score >= MIN_SCORE)
        .flatMap((r) => {
          const choice = byId.get(r.id);
          return choice ? [choice] : [];
        });
      return matched.length > 0 ? matched : list.choices;
    },
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

export function whereQuestion(setup: AskSetup): SelectQuestion<boolean> {
  const m = messages(setup.lang).ask;
  return {
    message: m.where,
    choices: [
      { value: false, name: m.mainland, description: m.mainlandHint },
      { value: true, name: m.overseas, description: m.overseasHint },
    ],
    default: overseasByZone(setup.tz),
  };
}

/** The catalog's special needs; none ticked, so Enter means "none". */
export function needsQuestion(setup: AskSetup): CheckboxQuestion<string> {
  const { catalog, lang } = setup;
  return {
    message: messages(lang).ask.needs,
    choices: catalog.needs.map((need) => ({ value: need.id, name: pick(need.name, lang), description: pick(need.description, lang) })),
    pageSize: Math.min(Math.max(catalog.needs.length, 1), LIST_PAGE),
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
  const needs = setup.catalog.needs.length > 0 ? await prompts.checkbox(needsQuestion(setup)) : [];
  return { topic, urgent, overseas, needs: [...new Set(needs)] };
}
