import { matchKey } from './normalize.js';

// Longer text is no typo of a short label, and edit distance is quadratic: cap the work.
const maxLength = 64;

// Optimal string alignment distance (Levenshtein plus adjacent transpositions), with an
// early exit once every cell in a row exceeds `limit`.
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? limit + 1;
}

/**
 * The value whose key is nearest to `text` by edit distance, if one is near enough to be
 * a plausible typo (about one edit in four characters). Ties go to the earlier entry.
 * @internal
 */
export function closest<V>(text: string, entries: Iterable<readonly [string, V]>): V | undefined {
  if (text.length > maxLength) return undefined;
  const key = matchKey(text);
  if (key === '') return undefined;
  let best: V | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 4));
  let found = false;
  for (const [candidate, value] of entries) {
    const d = distance(key, candidate, bestDistance);
    if (d < bestDistance || (d === bestDistance && !found)) {
      if (d === 0) return value;
      best = value;
      bestDistance = d;
      found = true;
    }
  }
  return best;
}
