// "Did you mean …?" for an id the catalog does not have: the nearest id by spelling (a typo or two,
// a swapped pair, a missing ending), else — for a word or phrase rather than a misspelt id — the
// entry whose names or phrases it matches ("被盗" → account-security, "95017" → wxpay-95017).
import type { Catalog } from '../catalog/types.js';
import { editDistance } from './distance.js';
import { fold } from './normalize.js';
import { buildIndex, scoreText, type MatchEntry, type MatchIndex } from './score.js';
import { MIN_SCORE, matchTopic } from './topic.js';

/** The id nearest to `input` by spelling, when it is close enough to be a typo of it. */
export function nearestId(input: string, ids: readonly string[]): string | undefined {
  const typed = input.trim().toLowerCase();
  if (typed === '') return undefined;
  const length = Array.from(typed).length;
  const allowance = Math.min(3, Math.max(1, Math.ceil(length / 4)));
  let best: string | undefined;
  let bestDistance = allowance + 1;
  for (const id of ids) {
    const d = editDistance(typed, id.toLowerCase(), allowance);
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  // The start of exactly one id ("acc-sec" is not, "fraud-" is): a word cut short.
  const starts = ids.filter((id) => length >= 3 && id.toLowerCase().startsWith(typed));
  return starts.length === 1 ? starts[0] : undefined;
}

interface Named {
  entries: MatchEntry[];
  index: MatchIndex;
}

/**
 * The entry a text names: the one whose name contains it ("视障" in 视障用户), when only one
 * does, else the best by score, when it matches at all.
 */
function bestEntry(named: Named, text: string): string | undefined {
  const typed = fold(text).replace(/\s+/g, ' ').trim();
  if (Array.from(typed).length >= 2) {
    const containing = named.entries.filter((e) => e.phrases.some((p) => fold(p).includes(typed)));
    if (containing.length === 1) return containing[0]!.id;
  }
  const best = scoreText(named.index, text)[0];
  return best && best.score >= MIN_SCORE ? best.id : undefined;
}

const words = (id: string) => id.replace(/-/g, ' ');

const needIndexes = new WeakMap<Catalog, Named>();
const channelIndexes = new WeakMap<Catalog, Named>();
const emergencyIndexes = new WeakMap<Catalog, Named>();

function cached(cache: WeakMap<Catalog, Named>, catalog: Catalog, make: () => MatchEntry[]): Named {
  let named = cache.get(catalog);
  if (!named) {
    const entries = make();
    named = { entries, index: buildIndex(entries) };
    cache.set(catalog, named);
  }
  return named;
}

export function suggestTopic(catalog: Catalog, input: string): string | undefined {
  const ids = catalog.topics.map((t) => t.id);
  return nearestId(input, ids) ?? matchTopic(catalog, input).topic ?? undefined;
}

export function suggestNeed(catalog: Catalog, input: string): string | undefined {
  const ids = catalog.needs.map((n) => n.id);
  return (
    nearestId(input, ids) ??
    bestEntry(
      cached(needIndexes, catalog, () => catalog.needs.map((n) => ({ id: n.id, phrases: [n.name.zh, n.name.en, words(n.id)] }))),
      input,
    )
  );
}

/** An emergency kind: by spelling, by its names, or through the topic the words match ("hacked" → stolen). */
export function suggestEmergency(catalog: Catalog, input: string): string | undefined {
  const ids = catalog.emergencies.map((e) => e.id);
  const bySpelling = nearestId(input, ids);
  if (bySpelling !== undefined) return bySpelling;
  const byName = bestEntry(
    cached(emergencyIndexes, catalog, () => catalog.emergencies.map((e) => ({ id: e.id, phrases: [e.name.zh, e.name.en, words(e.id)] }))),
    input,
  );
  if (byName !== undefined) return byName;
  const topic = matchTopic(catalog, input).topic;
  const emergency = catalog.topics.find((t) => t.id === topic)?.emergency;
  return emergency !== undefined && ids.includes(emergency) ? emergency : undefined;
}

/** A channel id: by spelling, else by its names, number or web address. */
export function suggestChannel(catalog: Catalog, input: string): string | undefined {
  const ids = catalog.channels.map((c) => c.id);
  return (
    nearestId(input, ids) ??
    bestEntry(
      cached(channelIndexes, catalog, () =>
        catalog.channels.map((c) => ({
          id: c.id,
          phrases: [
            c.name.zh,
            c.name.en,
            words(c.id),
            ...(c.number === undefined ? [] : [c.number.replace(/\D/g, '')]),
            ...(c.url === undefined ? [] : [c.url.replace(/^https?:\/\//, '').replace(/\/.*$/, '')]),
          ].filter((p) => p !== ''),
        })),
      ),
      input,
    )
  );
}
