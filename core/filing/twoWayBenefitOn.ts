import { isLongTerm } from '../types.ts';
import { hasTwoWayBenefit } from './hasTwoWayBenefit.ts';
import type { FilingWindow } from './readFiling.ts';

/** DF-13 (i): the long-term filings active on a date and the resulting two-way benefit. */
export interface TwoWayBenefit {
  /** A long-term filing is active on the date (any target). */
  longTermActive: boolean;
  /** one of them has no commitment or completed documents. */
  benefit: boolean;
}

/**
 * DF-13 (i), R-10, R-6: for care back in the insured province, the two-way benefit comes from the
 * person's long-term filings active on the date (any target): in force by the settlement instant,
 * the date within validity, not cancelled on or before it; commitment-route filings only once the
 * documents are complete.
 *
 * @param windows - the person's checked filings
 * @param date - the relevant date of the visit
 * @param settlementKey - CST key of the settlement instant
 * @returns whether a long-term filing is active and whether it gives the two-way benefit
 */
export function twoWayBenefitOn(windows: readonly FilingWindow[], date: string, settlementKey: string): TwoWayBenefit {
  const active = windows.filter(
    (w) =>
      isLongTerm(w.filing.category) &&
      w.registeredKey <= settlementKey &&
      w.validFrom <= date &&
      (w.validTo === null || date <= w.validTo) &&
      (w.cancelledDate === null || date < w.cancelledDate),
  );
  return { longTermActive: active.length > 0, benefit: active.some((w) => hasTwoWayBenefit(w)) };
}

