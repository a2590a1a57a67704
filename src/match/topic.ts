// A problem in the user's own words → the topic it is about, by the phrases each topic defines in
// the catalog (plus its name and id). Pure: same catalog and text, same answer.
import { precomputed } from '../catalog/precomputed.js';
import type { Catalog } from '../catalog/types.js';
import { buildIndex, scoreText, type EntryScore, type MatchEntry, type MatchIndex } from './score.js';
import { readPackedIndex, viewOf, type IndexView } from './packed-index.js';

export type MatchConfidence = 'high' | 'low';

export interface TopicMatch {
  /** The text as given. */
  text: string;
  /** The best topic; null when nothing in the text matched any topic. */
  topic: string | null;
  /** high: use it and say so; low: use it, and show the alternatives; null with no topic. */
  confidence: MatchConfidence | null;
  /** The likely topics, best first (the chosen one included), at most three. */
  alternatives: { topic: string; score: number }[];
  /** A phrase the catalog marks urgent matched, for the chosen topic. */
  urgent: boolean;
  /** That phrase, as the catalog writes it. */
  urgentPhrase?: string;
}

/** Scores below this are no match at all (a lone common word, a stray character). */
export const MIN_SCORE = 1.0;
/** A confident match scores at least this… */
export const HIGH_SCORE = 1.6;
/** …and at least this many times the runner-up. */
export const HIGH_MARGIN = 1.5;
/** An alternative is shown when it scores at least this share of the best. */
const ALTERNATIVE_SHARE = 0.35;
const MAX_ALTERNATIVES = 3;

const indexes = new WeakMap<Catalog, IndexView>();

/** The name a catalog's stored topic index goes by (src/catalog/precomputed.ts). */
export const TOPIC_INDEX = 'topicIndex';

/** What the topic index is made of: each topic's phrases, name and id (as words). */
function topicEntries(catalog: Catalog): MatchEntry[] {
  return catalog.topics.map((t) => ({
    id: t.id,
    phrases: [...(t.phrases?.zh ?? []), ...(t.phrases?.en ?? []), t.name.zh, t.name.en, t.id.replace(/-/g, ' ')],
    urgentPhrases: t.urgentPhrases ?? [],
  }));
}

/** The topic index made from the catalog's topics (what is stored with it ahead of time). */
export function buildTopicIndex(catalog: Catalog): MatchIndex {
  return buildIndex(topicEntries(catalog));
}

/** A stored index made for exactly these topics (the same ids in the same order). */
const fitsTopics = (stored: IndexView, catalog: Catalog) =>
  stored.ids.length === catalog.topics.length && stored.ids.every((id, i) => id === catalog.topics[i]!.id);

/**
 * The catalog's topic index: the one stored with it when there is one (working the phrases out
 * costs more than the rest of a run; src/match/packed-index.ts reads only what a text uses), else
 * made from its topics; once per catalog either way.
 */
export function topicIndex(catalog: Catalog): IndexView {
  let index = indexes.get(catalog);
  if (!index) {
    const bytes = precomputed(catalog, TOPIC_INDEX);
    const stored = bytes === undefined ? null : readPackedIndex(bytes);
    index = stored !== null && fitsTopics(stored, catalog) ? stored : viewOf(buildTopicIndex(catalog));
    indexes.set(catalog, index);
  }
  return index;
}

/** Every topic's score for the text, best first; scores are 0 where nothing matched. */
export function rankTopics(catalog: Catalog, text: string): EntryScore[] {
  return scoreText(topicIndex(catalog), text);
}

/** A score shown to people and scripts: 0–1, rising with the evidence, two decimals. */
export function displayScore(score: number): number {
  return Math.round((1 - Math.exp(-score / HIGH_SCORE)) * 100) / 100;
}

export function matchTopic(catalog: Catalog, text: string): TopicMatch {
  const ranked = rankTopics(catalog, text);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return { text, topic: null, confidence: null, alternatives: [], urgent: false };
  const second = ranked[1]?.score ?? 0;
  const confidence: MatchConfidence = best.score >= HIGH_SCORE && best.score >= HIGH_MARGIN * second ? 'high' : 'low';
  const alternatives = ranked
    .filter((r) => r.score >= MIN_SCORE && r.score >= ALTERNATIVE_SHARE * best.score)
    .slice(0, MAX_ALTERNATIVES)
    .map((r) => ({ topic: r.id, score: displayScore(r.score) }));
  const urgentPhrase = best.matched.find((m) => m.urgent)?.text;
  return {
    text,
    topic: best.id,
    confidence,
    alternatives,
    urgent: urgentPhrase !== undefined,
    ...(urgentPhrase === undefined ? {} : { urgentPhrase }),
  };
}
