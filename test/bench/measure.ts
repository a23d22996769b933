/** Timing helpers for the benchmark (wall clock, milliseconds). */

/** Median of a list of numbers. */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Milliseconds taken by one call of `fn`. */
export function timeOnce(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/** Median milliseconds of `runs` calls of `fn`, after `warmup` calls that are not counted. */
export function medianTime(fn: () => void, runs: number, warmup = Math.ceil(runs / 5)): number {
  for (let i = 0; i < warmup; i++) fn();
  return median(Array.from({ length: runs }, () => timeOnce(fn)));
}

/** Rounds for display: 3 significant digits. */
export const sig = (x: number): number => Number(x.toPrecision(3));
