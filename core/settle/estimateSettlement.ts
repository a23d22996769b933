import { ZERO, maxDec } from '../money/index.ts';
import { checkDirectSettlement } from '../filing/index.ts';
import type { Claim, Person, PolicySet, Settlement, Verdict, YearToDate } from '../types.ts';
import { computeSettlement } from './computeSettlement.ts';
import { emptyYearToDate, insuranceYearStartOf } from './insuranceYear.ts';
import { yearDateOf } from './yearDateOf.ts';

export interface EstimateInput {
  person: Person;
  claim: Claim;
  /** null or absent: the year-to-date accumulators are unknown. */
  ytd?: YearToDate | null;
  policy: PolicySet;
}

export interface SettlementEstimate {
  verdict: Verdict;
  /** Lowest personal share the unknowns allow (null when the claim does not settle directly). */
  best: Settlement | null;
  /** Highest personal share the unknowns allow, with fund caps not yet reached. */
  worst: Settlement | null;
  /** What was unknown, e.g. `ytd`. */
  unknowns: readonly string[];
}

/**
 * Estimate mode for patients (§4.1): the same engine with year-to-date accumulators possibly
 * unknown. Best case: this year's deductibles already met and (for a stay) an earlier stay
 * settled, 大病 deductible met; worst case: nothing settled yet this year. Both assume the fund
 * caps are not yet reached (said in `unknowns`). With known accumulators best = worst.
 */
export function estimateSettlement(input: EstimateInput): SettlementEstimate {
  const { person, claim, policy } = input;
  const verdict = checkDirectSettlement({ person, claim, policy });
  if (!verdict.settles) return { verdict, best: null, worst: null, unknowns: [] };
  if (input.ytd) {
    const s = computeSettlement({ person, claim, policy, verdict, ytd: input.ytd });
    return { verdict, best: s, worst: s, unknowns: [] };
  }
  const empty = emptyYearToDate(insuranceYearStartOf(yearDateOf(claim, policy), policy));
  const worst = computeSettlement({ person, claim, policy, verdict, ytd: empty });
  const big = maxDec(ZERO, worst.amounts.inscpScpAmt).plus(1_000_000);
  const met: YearToDate = {
    ...empty,
    inpatientAdmissionsSettled: 1,
    outpatientDeductibleUsed: big,
    chronicDeductibleUsed: big,
    majorIllnessBase: policy.majorIllness?.deductible ?? ZERO,
    majorIllnessDeductibleUsed: policy.majorIllness?.deductible ?? ZERO,
    assistanceDeductibleUsed: big,
  };
  const best = computeSettlement({ person, claim, policy, verdict, ytd: met });
  return { verdict, best, worst, unknowns: ['ytd', 'fund caps assumed not yet reached'] };
}
