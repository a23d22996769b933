/** Edit distance (insert, delete, substitute, swap of neighbours) between two short keys. */
function distance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known key closest to a misspelt one (case-insensitive), or null when none is close: at most
 * a third of the key's letters differ (at least 2 edits allowed).
 * @param key the unknown key
 * @param known the keys allowed at that place
 */
export function nearestKey(key: string, known: readonly string[]): string | null {
  const k = key.slice(0, 64).toLowerCase();
  let best: string | null = null;
  let bestD = Math.max(2, Math.floor(k.length / 3)) + 1;
  for (const candidate of known) {
    const d = distance(k, candidate.toLowerCase());
    if (d < bestD) {
      best = candidate;
      bestD = d;
    }
  }
  return best;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(key: string, known: readonly string[]): string {
  const near = nearestKey(key, known);
  return near === null ? '' : ` (did you mean "${near}"?)`;
}
