import { Dec, ZERO } from './Dec.ts';

export const minDec = (a: Dec, b: Dec): Dec => (a.lte(b) ? a : b);
export const maxDec = (a: Dec, b: Dec): Dec => (a.gte(b) ? a : b);
export function sumDec(xs: readonly Dec[]): Dec {
  let s = ZERO;
  for (const x of xs) s = s.plus(x);
  return s;
}
