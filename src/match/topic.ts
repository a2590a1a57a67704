// A problem in the user's own words → the topic it is about, by the phrases each topic defines in
// the catalog (plus its name and id). Pure: same catalog and text, same answer.
import { precomputed } from '../catalog/precomputed.js';
import { sectionIds, sectionItem } from '../catalog/packed.js';
import type { Catalog, Phrases } from '../catalog/types.js';
import { traditionalTable } from './folding.js';
import { fold } from './normalize.js';
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
  /** Needs the words ask for ("人工", "talk to a human"), catalog order. */
  needs: string[];
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

/** The name a catalog's stored topic index goes by (src/catalog/precomputed.ts). */
export const TOPIC_INDEX = 'topicIndex';

/** A topic's or a need's phrases, every list (the regional one too). */
const phrasesOf = (p: Phrases | undefined): string[] => [...(p?.zh ?? []), ...(p?.['zh-Hant'] ?? []), ...(p?.en ?? [])];

/** What the topic index is made of: each topic's phrases, name and id (as words). */
function topicEntries(catalog: Catalog): MatchEntry[] {
  return catalog.topics.map((t) => ({
    id: t.id,
    phrases: [...phrasesOf(t.phrases), ...(t.wherePhrases ?? []), t.name.zh, t.name.en, t.id.replace(/-/g, ' ')],
    urgentPhrases: t.urgentPhrases ?? [],
  }));
}

/** The topic index made from the catalog's topics (what is stored with it ahead of time). */
export function buildTopicIndex(catalog: Catalog): MatchIndex {
  return buildIndex(topicEntries(catalog));
}

/**
 * A catalog's index of one kind (its topics', its needs'), once per catalog: the one stored with
 * it when that was made for exactly these entries (the same ids in the same order), else made from
 * them. A stored index is made with Traditional folding (bin/build.mjs,
 * src/cli/runtime/load-catalog.ts); one made here before the folding table was loaded reads
 * Traditional phrases as written, so it is made again once the table is there.
 */
function indexKind(name: string, idsOf: (catalog: Catalog) => readonly string[], build: (catalog: Catalog) => MatchIndex) {
  const made = new WeakMap<Catalog, { index: IndexView; folded: boolean }>();
  return (catalog: Catalog): IndexView => {
    const folded = traditionalTable() !== undefined;
    const known = made.get(catalog);
    if (known && (known.folded || !folded)) return known.index;
    const bytes = precomputed(catalog, name);
    const stored = bytes === undefined ? null : readPackedIndex(bytes);
    const ids = stored === null ? [] : idsOf(catalog);
    const fromStore = stored !== null && stored.ids.length === ids.length && stored.ids.every((id, i) => id === ids[i]);
    const index = fromStore ? stored : viewOf(build(catalog));
    made.set(catalog, { index, folded: fromStore || folded });
    return index;
  };
}

/**
 * The catalog's topic index: the one stored with it when there is one (working the phrases out
 * costs more than the rest of a run; src/match/packed-index.ts reads only what a text uses), else
 * made from its topics; once per catalog either way.
 */
export const topicIndex: (catalog: Catalog) => IndexView = indexKind(
  TOPIC_INDEX,
  (catalog) => sectionIds(catalog, 'topics'),
  buildTopicIndex,
);

/** The name a catalog's stored needs' index goes by (src/catalog/precomputed.ts). */
export const NEED_INDEX = 'needIndex';

/** What the needs' index is made of: each need's phrases. */
function needEntries(catalog: Catalog): MatchEntry[] {
  return catalog.needs.map((n) => ({ id: n.id, phrases: phrasesOf(n.phrases) }));
}

/** The needs' index made from the catalog's needs (what is stored with it ahead of time). */
export function buildNeedIndex(catalog: Catalog): MatchIndex {
  return buildIndex(needEntries(catalog));
}

/** The needs' index: stored with the catalog beside the topics' (made at every free-text run, it cost about as much as scoring), else made from its needs; once per catalog. */
const needIndex = indexKind(NEED_INDEX, (catalog) => sectionIds(catalog, 'needs'), buildNeedIndex);

/** The needs' phrases that are also part of a topic's phrase ("phone number" in "phone number leaked"), folded. */
const sharedPhrases = new WeakMap<Catalog, Set<string>>();

function sharedWithTopics(catalog: Catalog): Set<string> {
  let shared = sharedPhrases.get(catalog);
  if (!shared) {
    const topicPhrases = catalog.topics.flatMap((t) =>
      [...phrasesOf(t.phrases), ...(t.urgentPhrases ?? []), ...(t.wherePhrases ?? [])].map(fold),
    );
    const needPhrases = catalog.needs.flatMap((n) => phrasesOf(n.phrases).map(fold));
    shared = new Set(needPhrases.filter((p) => topicPhrases.some((t) => t.includes(p))));
    sharedPhrases.set(catalog, shared);
  }
  return shared;
}

/**
 * The needs the text asks for, each with the phrases that asked. A phrase a topic's phrase takes
 * in whole ("phone number" in "changed my phone number") speaks of the problem, not of the need.
 */
function askedNeeds(catalog: Catalog, text: string, topics: readonly EntryScore[]): { id: string; phrases: string[] }[] {
  if (!catalog.needs.some((n) => phrasesOf(n.phrases).length > 0)) return [];
  const taken = topics.filter((t) => t.score >= MIN_SCORE).flatMap((t) => t.matched.filter((m) => m.whole).map((m) => fold(m.text)));
  return (
    scoreText(needIndex(catalog), text)
      // Only whole phrases: "customer service … took my money" holds two words of "customer service number", and asks for no one.
      .map((n) => ({
        id: n.id,
        phrases: n.matched
          .filter((m) => m.whole)
          .map((m) => m.text)
          .filter((p) => !taken.some((t) => t.includes(fold(p)))),
      }))
      .filter((n) => n.phrases.length > 0)
  );
}

/** The text without the words that asked for a need (they say nothing about the problem). */
function withoutNeedWords(text: string, phrases: readonly string[]): string {
  let rest = fold(text);
  for (const p of phrases) rest = rest.split(fold(p)).join(' ');
  return rest;
}

/** Every topic's score for the text, best first; scores are 0 where nothing matched. */
export function rankTopics(catalog: Catalog, text: string): EntryScore[] {
  return scoreText(topicIndex(catalog), text);
}

/** A score shown to people and scripts: 0–1, rising with the evidence, two decimals. */
export function displayScore(score: number): number {
  return Math.round((1 - Math.exp(-score / HIGH_SCORE)) * 100) / 100;
}

/**
 * The topics for a problem in the user's own words, best first, and the needs the words ask for.
 * Words that ask for a need ("人工", "talk to a human") are left out of the topics' scoring; when
 * nothing else names a problem, the need's own topic leads (scored as a bare match); and a topic
 * reached only through where the user is gives way to a problem named (placeGivesWay).
 */
export function rankProblem(catalog: Catalog, text: string): { ranked: EntryScore[]; needs: string[] } {
  const { ranked, needs } = rankWithNeeds(catalog, text);
  return { ranked: placeGivesWay(catalog, ranked), needs };
}

/** The topics once the words that ask for a need are set aside, and those needs. */
function rankWithNeeds(catalog: Catalog, text: string): { ranked: EntryScore[]; needs: string[] } {
  const first = rankTopics(catalog, text);
  let asked = askedNeeds(catalog, text, first);
  if (asked.length === 0) return { ranked: first, needs: [] };
  let ranked = rankTopics(
    catalog,
    withoutNeedWords(
      text,
      asked.flatMap((a) => a.phrases),
    ),
  );
  // A need's phrase that topics use too ("phone number") asks for the need only when the rest of the text names no problem.
  if ((ranked[0]?.score ?? 0) >= MIN_SCORE) {
    const shared = sharedWithTopics(catalog);
    const kept = asked.map((a) => ({ ...a, phrases: a.phrases.filter((p) => !shared.has(fold(p))) })).filter((a) => a.phrases.length > 0);
    if (kept.length === 0) return { ranked: first, needs: [] };
    if (kept.length !== asked.length || kept.some((a, i) => a.phrases.length !== asked[i]!.phrases.length)) {
      ranked = rankTopics(
        catalog,
        withoutNeedWords(
          text,
          kept.flatMap((a) => a.phrases),
        ),
      );
    }
    asked = kept;
  }
  const needs = catalog.needs.filter((n) => asked.some((a) => a.id === n.id));
  const fallback = needs.find((n) => n.topic !== undefined)?.topic;
  if (fallback !== undefined && (ranked[0]?.score ?? 0) < MIN_SCORE) {
    ranked = [{ id: fallback, score: MIN_SCORE, matched: [] }, ...ranked.filter((r) => r.id !== fallback)];
  }
  return { ranked, needs: needs.map((n) => n.id) };
}

/**
 * A topic reached only through words that say where the user is ("i live in canada", 在海外) gives
 * way to a problem another topic names with a whole phrase of its own ("can't log in"), unless the
 * place still leads beside that topic (`whereWith`: paying while abroad is a cross-border question).
 */
function placeGivesWay(catalog: Catalog, ranked: EntryScore[]): EntryScore[] {
  const best = ranked[0];
  if (best === undefined || best.score < MIN_SCORE || best.matched.length === 0) return ranked;
  const topic = sectionItem(catalog, 'topics', best.id);
  const places = new Set(topic?.wherePhrases ?? []);
  // Only what it matched whole counts: a phrase half there ("pay abroad" for "abroad") is the place again.
  const whole = best.matched.filter((m) => m.whole);
  if (places.size === 0 || whole.length === 0 || !whole.every((m) => places.has(m.text))) return ranked;
  const beside = new Set(topic?.whereWith ?? []);
  const problem = ranked.find((r) => r !== best && r.score >= MIN_SCORE && !beside.has(r.id) && r.matched.some((m) => m.whole));
  return problem === undefined ? ranked : [problem, ...ranked.filter((r) => r !== problem)];
}

export function matchTopic(catalog: Catalog, text: string): TopicMatch {
  const { ranked, needs } = rankProblem(catalog, text);
  const best = ranked[0];
  if (!best || best.score < MIN_SCORE) return { text, topic: null, confidence: null, alternatives: [], urgent: false, needs };
  const second = ranked[1]?.score ?? 0;
  // A topic reached only through a need's words is as sure as those words.
  const bare = best.matched.length === 0 && needs.length > 0;
  const confidence: MatchConfidence = bare || (best.score >= HIGH_SCORE && best.score >= HIGH_MARGIN * second) ? 'high' : 'low';
  const alternatives = ranked
    .filter((r) => r.score >= MIN_SCORE && r.score >= ALTERNATIVE_SHARE * best.score)
    .slice(0, bare ? 1 : MAX_ALTERNATIVES)
    .map((r) => ({ topic: r.id, score: displayScore(r.score) }));
  const urgentPhrase = best.matched.find((m) => m.urgent)?.text;
  return {
    text,
    topic: best.id,
    confidence,
    alternatives,
    urgent: urgentPhrase !== undefined,
    ...(urgentPhrase === undefined ? {} : { urgentPhrase }),
    needs,
  };
}
