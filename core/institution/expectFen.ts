import { CoreError } from '../errors/index.ts';
import { Dec } from '../money/index.ts';

/**
 * Checks an amount in yuan with at most 2 decimals (a whole fen).
 * @param signed negative amounts allowed (a reversal)
 * @throws CoreError `INVALID_AMOUNT` at `path`
 */
export function expectFen(v: unknown, path: string, signed: boolean): Dec {
  if (!Dec.isDecimal(v) || !v.isFinite()) throw new CoreError('INVALID_AMOUNT', 'expected a finite Dec amount in yuan', path);
  if (v.decimalPlaces() > 2) throw new CoreError('INVALID_AMOUNT', 'the amount has more than 2 decimals; money has at most 2 (the fen)', path);
  if (!signed && v.isNegative() && !v.isZero()) throw new CoreError('INVALID_AMOUNT', 'the amount is negative: give zero or more', path);
  return v;
}
