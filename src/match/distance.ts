// Edit distance between two words (Damerau–Levenshtein, optimal string alignment): one typo —
// a letter missing, extra, wrong, or two letters swapped ("paymnet") — is distance 1.

/** Characters outside the Basic Multilingual Plane are two UTF-16 units: such words are compared by code point. */
const SURROGATE = /[\ud800-\udfff]/;

/** The distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  // Indexed as strings when every character is one unit (the usual case: no arrays to make).
  const x: string | string[] = SURROGATE.test(a) ? Array.from(a) : a;
  const y: string | string[] = SURROGATE.test(b) ? Array.from(b) : b;
  if (Math.abs(x.length - y.length) > limit) return limit + 1;
  let before: number[] = [];
  let prev: number[] = [];
  for (let j = 0; j <= y.length; j++) prev.push(j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    before = prev;
    prev = cur;
  }
  return prev[y.length]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
