import { emptyYearToDate, insuranceYearStartOf } from '../index.ts';
import type { Claim, PolicySet, YearToDate } from '../types.ts';

/** The date that picks the insurance year: discharge for a stay (DF-6), else the visit date. */
export function claimYearDate(claim: Claim): string {
  const date = claim.medType === 'INPATIENT' ? claim.dischargeDate : claim.serviceDate;
  return date ?? claim.settlementTime.slice(0, 10);
}

/** The case's counters, or an empty insurance year when the file gives none. */
export function ytdForSettle(ytd: YearToDate | null, claim: Claim, policy: PolicySet): { ytd: YearToDate; assumed: boolean } {
  if (ytd) return { ytd, assumed: false };
  return { ytd: emptyYearToDate(insuranceYearStartOf(claimYearDate(claim), policy)), assumed: true };
}
