// Edit distance between two words (Damerau–Levenshtein, optimal string alignment): one typo —
// a letter missing, extra, wrong, or two letters swapped ("paymnet") — is distance 1.

/** Characters outside the Basic Multilingual Plane are two UTF-16 units: such words are compared by code point. */
export const SURROGATE = /[\ud800-\udfff]/;

// Three rows of the table, kept from one call to the next: a run compares a typed word with a
// hundred or so words of the vocabulary, and making rows for each call cost most of the scan.
let rows = [new Int32Array(16), new Int32Array(16), new Int32Array(16)];

/** The distance between a and b, or `limit + 1` as soon as it is known to exceed `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  // Indexed as strings when every character is one unit (the usual case: no arrays to make).
  const x: string | string[] = SURROGATE.test(a) ? Array.from(a) : a;
  const y: string | string[] = SURROGATE.test(b) ? Array.from(b) : b;
  const n = x.length;
  const m = y.length;
  if (Math.abs(n - m) > limit) return limit + 1;
  if (rows[0]!.length <= m) rows = [new Int32Array(m + 1), new Int32Array(m + 1), new Int32Array(m + 1)];
  // The row before the previous one (for a swap of two letters), the previous one, this one.
  let before = rows[0]!;
  let prev = rows[1]!;
  let cur = rows[2]!;
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const xi = x[i - 1];
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      let d = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      if (insert < d) d = insert;
      const substitute = prev[j - 1]! + (xi === y[j - 1] ? 0 : 1);
      if (substitute < d) d = substitute;
      if (i > 1 && j > 1 && xi === y[j - 2] && x[i - 2] === y[j - 1]) {
        const swap = before[j - 2]! + 1;
        if (swap < d) d = swap;
      }
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    const spare = before;
    before = prev;
    prev = cur;
    cur = spare;
  }
  return prev[m]!;
}

/** How many typos a word of this length may carry and still be recognised. */
export function typoAllowance(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
