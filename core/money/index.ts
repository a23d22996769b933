export { Dec, ZERO, ONE } from './Dec.ts';
export type { Money, Ratio } from './Dec.ts';
export { roundToFen, ceilToFen } from './roundToFen.ts';
export type { RoundingMode } from './roundToFen.ts';
export { addDec, minDec, maxDec, subDec, sumDec } from './ops.ts';
