import { Dec, ZERO } from './Dec.ts';

export const minDec = (a: Dec, b: Dec): Dec => (a.lte(b) ? a : b);
export const maxDec = (a: Dec, b: Dec): Dec => (a.gte(b) ? a : b);
export function sumDec(xs: readonly Dec[]): Dec {
  let s = ZERO;
  for (const x of xs) s = addDec(s, x);
  return s;
}

/** a + b without allocating when either side is zero (the hot path adds many zeros). */
export const addDec = (a: Dec, b: Dec): Dec => (b.isZero() ? a : a.isZero() ? b : a.plus(b));
/** a − b without allocating when b is zero. */
export const subDec = (a: Dec, b: Dec): Dec => (b.isZero() ? a : a.minus(b));
