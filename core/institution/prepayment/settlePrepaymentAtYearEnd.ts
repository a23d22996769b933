import { CoreError } from '../../errors/index.ts';
import { Dec, ZERO, type Money } from '../../money/index.ts';
import { expectFen } from '../expectFen.ts';

/** Where a prepayment stands after the year-end clearing (年度清算收回, R-19). */
export interface PrepaymentYearEnd {
  advanced: Money;
  repaid: Money;
  /** advanced − repaid (never below 0). */
  outstanding: Money;
  /** The part of `outstanding` taken from the settlements due to the institution. */
  offsetAgainstSettlements: Money;
  /** settlementsDue − offset: what the institution is still paid. */
  settlementsPaid: Money;
  /** What neither repayment nor offset recovered. */
  unrecovered: Money;
  /** Unrecovered money left: settlement payments to the institution stop until it is repaid. */
  stopSettlementPayments: boolean;
  /** Repaid in full by itself (甘肃: otherwise no prepayment next year). */
  eligibleNextYear: boolean;
}

/**
 * Year-end recovery of a prepayment: what the institution repaid, then the rest offset
 * against the settlements due to it; what is still unrecovered stops settlement payments, and a
 * prepayment not repaid in full bars the next year's (甘肃 rule, PARTIAL).
 * @throws CoreError `INVALID_AMOUNT` for an amount that is not a whole fen ≥ 0, or a repayment above the advance
 */
export function settlePrepaymentAtYearEnd(input: { advanced: Money; repaid: Money; settlementsDue: Money }): PrepaymentYearEnd {
  if (input === null || typeof input !== 'object') throw new CoreError('INVALID_INPUT', 'give { advanced, repaid, settlementsDue }', 'input');
  const advanced = expectFen(input.advanced, 'advanced', false);
  const repaid = expectFen(input.repaid, 'repaid', false);
  const due = expectFen(input.settlementsDue, 'settlementsDue', false);
  if (repaid.gt(advanced)) throw new CoreError('INVALID_AMOUNT', 'the repayment is above the advance: give at most the advanced amount', 'repaid');
  const outstanding = advanced.minus(repaid);
  const offset = Dec.min(outstanding, due);
  const unrecovered = outstanding.minus(offset);
  return {
    advanced,
    repaid,
    outstanding,
    offsetAgainstSettlements: offset,
    settlementsPaid: due.minus(offset),
    unrecovered,
    stopSettlementPayments: unrecovered.gt(ZERO),
    eligibleNextYear: outstanding.isZero(),
  };
}
