import { Dec, ZERO } from '../../money/index.ts';
import type { Money } from '../../money/index.ts';
import { expectFen } from '../expectFen.ts';
import { expectIterable } from '../guards.ts';

/** Where a monthly advance stands after booking settlements against it (按月预拨、逐笔入组记账). */
export interface AdvanceBooking {
  advance: Money;
  booked: Money;
  count: number;
  /** advance − booked, never below zero. */
  remaining: Money;
  /** booked − advance, never below zero: what the fund still owes at the month's true-up. */
  overrun: Money;
  /** advance − booked: positive, the institution returns it or the next advance is reduced; negative, the fund pays it. */
  trueUp: Money;
}

/**
 * Monthly-advance route (R-18): books settlements' fund amounts one by one against the month's
 * advance. Exact decimals, no rounding (every input is already in fen).
 * @throws CoreError `INVALID_AMOUNT` for an amount that is not a whole fen, or a negative advance
 */
export function bookAgainstAdvance(advance: Money, fundAmounts: Iterable<Money>): AdvanceBooking {
  expectFen(advance, 'advance', false);
  let booked = ZERO;
  let count = 0;
  for (const a of expectIterable<Money>(fundAmounts, 'fundAmounts')) {
    expectFen(a, `fundAmounts[${count}]`, true);
    booked = booked.plus(a);
    count += 1;
  }
  const trueUp = advance.minus(booked);
  return { advance, booked, count, remaining: Dec.max(trueUp, ZERO), overrun: Dec.max(trueUp.negated(), ZERO), trueUp };
}
