import { CoreError } from '../errors/index.ts';
import { decideDirectSettlement } from '../filing/checkDirectSettlement.ts';
import { assertClaim, assertPerson, assertYearToDate } from '../guards/assertDomain.ts';
import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectObject } from '../guards/expect.ts';
import { Dec, ZERO, maxDec } from '../money/index.ts';
import type { Claim, Person, PolicySet, Settlement, TemporaryCategory, Verdict, YearToDate } from '../types.ts';
import { computeSettlementUnchecked } from './computeSettlement.ts';
import { emptyYearToDate, insuranceYearStartOf } from './insuranceYear.ts';
import { insuranceYearDateOf } from './insuranceYearDateOf.ts';

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
  /** What was unknown, e.g. `ytd`, or a pack parameter with the range used. */
  unknowns: readonly string[];
}

/** the national ceilings of the temporary reductions bound an unknown regional figure. */
const MAX_REDUCTION: Record<TemporaryCategory, string> = { TMP_REFERRAL: '0.10', TMP_EMERGENCY: '0.10', TMP_OTHER: '0.20' };

/** The pack with an unknown reduction set to `value`, citing R-9's bounds as its source. */
function withReduction(policy: PolicySet, cat: TemporaryCategory, value: string): PolicySet {
  const path = `crossProvince.reductionPoints.${cat}`;
  return {
    ...policy,
    sources: {
      ...policy.sources,
      'estimate-bound': {
        id: 'estimate-bound',
        docNo: 'R-9 national bound used for an estimate (医保发〔2022〕22号: ≤ 10 / 10 / 20 points)',
        issuer: 'Yibao Direct estimate',
        status: 'UNVERIFIED',
        note: `The pack does not publish ${path}; the estimate spans 0 to the national maximum.`,
      },
    },
    paramSources: { ...policy.paramSources, [path]: 'estimate-bound' },
    crossProvince: { ...policy.crossProvince, reductionPoints: { ...policy.crossProvince.reductionPoints, [cat]: new Dec(value) } },
  };
}

/**
 * Estimate mode for patients (§4.1): the same engine with partly unknown inputs, as a range.
 * - Unknown year-to-date: best = this year's deductibles already met (for a stay: an earlier stay
 *   settled; 大病 deductible met); worst = nothing settled yet this year. Both assume the fund caps
 *   are not yet reached (said in `unknowns`).
 * - A temporary category whose R-9 reduction the pack does not publish: best = no reduction,
 *   worst = the national maximum (10 / 10 / 20 points).
 * With nothing unknown, best = worst. Other missing parameters still throw POLICY_INCOMPLETE.
 * @throws CoreError for bad input (as `settle`), `POLICY_MISMATCH` for a pack that does not fit the
 *   person or the claim, `POLICY_INCOMPLETE` for a missing parameter that is not estimated.
 */
export function estimateSettlement(raw: EstimateInput): SettlementEstimate {
  const o = expectObject(raw, 'input');
  const person = assertPerson(o.person);
  const claim = assertClaim(o.claim);
  const input: EstimateInput = { person, claim, policy: assertPolicySet(o.policy), ytd: o.ytd == null ? null : assertYearToDate(o.ytd) };
  const verdict = decideDirectSettlement({ person, claim, policy: input.policy });
  if (!verdict.settles) return { verdict, best: null, worst: null, unknowns: [] };
  const unknowns: string[] = [];

  let bestPolicy = input.policy;
  let worstPolicy = input.policy;
  const cat = verdict.category;
  if ((cat === 'TMP_REFERRAL' || cat === 'TMP_EMERGENCY' || cat === 'TMP_OTHER') && input.policy.crossProvince.reductionPoints[cat] === undefined) {
    bestPolicy = withReduction(input.policy, cat, '0');
    worstPolicy = withReduction(input.policy, cat, MAX_REDUCTION[cat]);
    unknowns.push(`crossProvince.reductionPoints.${cat} (0 … ${MAX_REDUCTION[cat]}, R-9)`);
  }

  const run = (policy: PolicySet, ytd: YearToDate): Settlement => computeSettlementUnchecked({ person, claim, policy, verdict, ytd });
  if (input.ytd) {
    const best = run(bestPolicy, input.ytd);
    return { verdict, best, worst: worstPolicy === bestPolicy ? best : run(worstPolicy, input.ytd), unknowns };
  }
  const empty = emptyYearToDate(insuranceYearStartOf(insuranceYearDateOf(claim, input.policy), input.policy));
  const worst = run(worstPolicy, empty);
  const big = maxDec(ZERO, worst.amounts.inscpScpAmt).plus(1_000_000);
  const met: YearToDate = {
    ...empty,
    inpatientAdmissionsSettled: 1,
    outpatientDeductibleUsed: big,
    chronicDeductibleUsed: big,
    majorIllnessBase: input.policy.majorIllness?.deductible ?? ZERO,
    majorIllnessDeductibleUsed: input.policy.majorIllness?.deductible ?? ZERO,
    assistanceDeductibleUsed: big,
  };
  unknowns.push('ytd', 'fund caps assumed not yet reached');
  return { verdict, best: runBest(() => run(bestPolicy, met), () => run(bestPolicy, { ...met, inpatientAdmissionsSettled: 0 }), unknowns), worst, unknowns };
}

/**
 * The best case assumes an earlier stay this year; where the pack publishes no later-stay
 * deductible (e.g. 宁波), it falls back to the first stay's and says so.
 */
function runBest(later: () => Settlement, first: () => Settlement, unknowns: string[]): Settlement {
  try {
    return later();
  } catch (e) {
    if (!(e instanceof CoreError) || e.code !== 'POLICY_INCOMPLETE' || !e.path?.startsWith('inpatient.deductible')) throw e;
    unknowns.push('later-stay deductible not published: best case assumes a first stay');
    return first();
  }
}
