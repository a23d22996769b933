import { Decimal } from 'decimal.js';

/**
 * The core's private decimal constructor (§4.2). A clone, never `Decimal.set()`: the SDK runs inside
 * other people's pages, whose global decimal.js settings must not change our results.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 30 });
export type Dec = InstanceType<typeof Dec>;

/** Money in yuan (2 decimals where produced). */
export type Money = Dec;
/** A ratio in [0, 1] with at most 4 decimals. */
export type Ratio = Dec;

export const ZERO: Dec = new Dec(0);
export const ONE: Dec = new Dec(1);
