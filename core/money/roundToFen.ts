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
  return x.toDecimalPlaces(2, MODES[mode]);
}

/** Rounds up (away from zero) to the fen: the inverse of a capped ratio (S-5, DF-3). */
export function ceilToFen(x: Dec): Dec {
  return x.toDecimalPlaces(2, Dec.ROUND_CEIL);
}
