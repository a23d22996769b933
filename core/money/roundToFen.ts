import { CoreError } from '../errors/CoreError.ts';
import type { Decimal } from 'decimal.js';
import { Dec } from './Dec.ts';

/** Rounding modes a policy may name (§4.2, DF-8). */
export type RoundingMode = 'HALF_UP' | 'HALF_EVEN';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  HALF_UP: Dec.ROUND_HALF_UP,
  HALF_EVEN: Dec.ROUND_HALF_EVEN,
};

/** Rounds to the fen (2 decimals) with the policy's mode. Symmetric for negatives (DF-10). */
export function roundToFen(x: Dec, mode: RoundingMode): Dec {
  const rounding = mode === 'HALF_UP' ? MODES.HALF_UP : mode === 'HALF_EVEN' ? MODES.HALF_EVEN : undefined;
  if (rounding === undefined || !(x instanceof Dec || Dec.isDecimal(x)) || !x.isFinite()) badRounding(x, mode);
  return x.toDecimalPlaces(2, rounding);
}

function badRounding(x: unknown, mode: unknown): never {
  if (typeof mode !== 'string' || !Object.hasOwn(MODES, mode)) throw new CoreError('UNKNOWN_CODE', 'use one of HALF_UP, HALF_EVEN', 'mode');
  throw new CoreError('INVALID_AMOUNT', `expected a finite Dec amount, got ${Dec.isDecimal(x) ? 'NaN or Infinity' : typeof x}`, 'x');
}

/** Rounds up (away from zero) to the fen: the inverse of a capped ratio (S-5, DF-3). */
export function ceilToFen(x: Dec): Dec {
  if (!Dec.isDecimal(x) || !x.isFinite()) badRounding(x, 'HALF_UP');
  return x.toDecimalPlaces(2, Dec.ROUND_CEIL);
}
