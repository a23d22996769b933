import { expectArray, expectBoolean, expectDec, expectObject, expectOneOf } from '../guards/expect.ts';
import { ZERO, maxDec, minDec, roundToFen, type Dec, type Money, type Ratio, type RoundingMode } from '../money/index.ts';

export interface Band {
  upTo: Money | null;
  ratio: Ratio;
}

export interface BandSlice {
  from: Money;
  to: Money;
  length: Money;
  ratio: Ratio;
  payment: Dec;
}

/**
 * S-4 / S-7: slices the interval (lo, hi] by bands whose bounds are upper bounds, the first band
 * starting at 0 (DF-1), and multiplies each slice by its ratio. With `perBand` each product is
 * rounded to the fen; otherwise products stay exact and the caller rounds the sum once (DF-8).
 */
export function sliceBands(bands: readonly Band[], lo: Money, hi: Money, perBand: boolean, mode: RoundingMode): BandSlice[] {
  expectArray(bands, 'bands').forEach((b, i) => {
    const band = expectObject(b, `bands[${i}]`);
    if (band.upTo !== null) expectDec(band.upTo, `bands[${i}].upTo`);
    expectDec(band.ratio, `bands[${i}].ratio`);
  });
  expectDec(lo, 'lo');
  expectDec(hi, 'hi');
  expectBoolean(perBand, 'perBand');
  expectOneOf(mode, ['HALF_UP', 'HALF_EVEN'], 'mode');
  const out: BandSlice[] = [];
  if (!hi.gt(lo)) return out;
  let lower = ZERO;
  for (const b of bands) {
    const upper = b.upTo;
    const from = maxDec(lo, lower);
    const to = upper === null ? hi : minDec(hi, upper);
    if (to.gt(from)) {
      const length = to.minus(from);
      const raw = length.times(b.ratio);
      out.push({ from, to, length, ratio: b.ratio, payment: perBand ? roundToFen(raw, mode) : raw });
    }
    if (upper === null || !hi.gt(upper)) break;
    lower = upper;
  }
  return out;
}
