import { emptyYearToDate, insuranceYearDateOf, insuranceYearStartOf } from '../index.ts';
import type { Claim, PolicySet, YearToDate } from '../types.ts';

/** The case's counters, or an empty insurance year (the one the core settles the claim in) when the file gives none. */
export function ytdForSettle(ytd: YearToDate | null, claim: Claim, policy: PolicySet): { ytd: YearToDate; assumed: boolean } {
  if (ytd) return { ytd, assumed: false };
  return { ytd: emptyYearToDate(insuranceYearStartOf(insuranceYearDateOf(claim, policy), policy)), assumed: true };
}
