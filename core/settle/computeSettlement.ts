import { CoreError } from '../errors/index.ts';
import { ZERO } from '../money/index.ts';
import type { Claim, Person, PolicySet, Settlement, Verdict, YearToDate, YearToDateDelta } from '../types.ts';
import { assertClaim, assertPerson, assertYearToDate } from '../guards/assertDomain.ts';
import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectArray, expectBoolean, expectObject, expectOneOf } from '../guards/expect.ts';
import { FILING_CATEGORIES } from '../types.ts';
import { assertPolicyFits } from '../policy/assertPolicyFits.ts';
import { addYtdDelta } from './applyYtdDelta.ts';
import { computeAssistance } from './computeAssistance.ts';
import { computeBasicFund } from './computeBasicFund.ts';
import { computeDeductible } from './computeDeductible.ts';
import { computeLargeExpense } from './computeLargeExpense.ts';
import { computeMajorIllness } from './computeMajorIllness.ts';
import { computePersonalShare } from './computePersonalShare.ts';
import { fundDetails } from './fundDetails.ts';
import { emptyYearToDate, insuranceYearStartOf } from './insuranceYear.ts';
import { resolveRatio } from './resolveRatio.ts';
import { addStep, explainSteps, param, type SettleContext } from './SettleContext.ts';
import { splitCheckedLines } from './splitLines.ts';
import { insuranceYearDateOf } from './insuranceYearDateOf.ts';

export interface ComputeSettlementInput {
  person: Person;
  claim: Claim;
  ytd: YearToDate;
  policy: PolicySet;
  /** The S-0 verdict for this claim; must allow settlement (`settles`). */
  verdict: Verdict;
}

/**
 * S-1 … S-9 for a claim whose verdict allows settlement (§4.5). Pure: returns the amounts, the
 * per-line split, the per-fund rows, the year-to-date delta and state after, and every step
 * explained with its rule id, parameters and their sources.
 * @throws CoreError `NOT_DIRECT` when the verdict does not allow settlement; `POLICY_MISMATCH`
 *   when the pack does not fit the person or the claim (险种, status, insured place, validity); `POLICY_INCOMPLETE` when the pack lacks a
 *   number the claim needs; `ACCUMULATOR_MISMATCH` for accumulators of a later or misaligned
 *   insurance year; `INVALID_AMOUNT` / `INVALID_INPUT` for bad amounts.
 */
export function computeSettlement(input: ComputeSettlementInput): Settlement {
  const o = expectObject(input, 'input');
  const verdict = expectObject(o.verdict, 'verdict');
  expectBoolean(verdict.settles, 'verdict.settles');
  expectArray(verdict.warnings, 'verdict.warnings');
  if (verdict.category != null) expectOneOf(verdict.category, FILING_CATEGORIES, 'verdict.category');
  if (verdict.pharmacy !== undefined) {
    const ph = expectObject(verdict.pharmacy, 'verdict.pharmacy');
    expectBoolean(ph.fundPays, 'verdict.pharmacy.fundPays');
    expectBoolean(ph.acctAllowed, 'verdict.pharmacy.acctAllowed');
  }
  const checked = {
    person: assertPerson(o.person), claim: assertClaim(o.claim), ytd: assertYearToDate(o.ytd), policy: assertPolicySet(o.policy),
    verdict: o.verdict as Verdict,
  };
  assertPolicyFits({ ...checked, date: insuranceYearDateOf(checked.claim, checked.policy) });
  return computeSettlementUnchecked(checked);
}

/**
 * S-1 … S-9 on inputs already checked at the edge, the pack's fit included (`settle` and
 * `estimateSettlement` check it in S-0).
 */
export function computeSettlementUnchecked(input: ComputeSettlementInput): Settlement {
  const { person, claim, policy, verdict } = input;
  if (!verdict.settles) {
    throw new CoreError('NOT_DIRECT', `this claim does not settle directly (${verdict.code}); show the verdict's hint instead`, 'verdict');
  }
  // R-13, D-7: a verdict made under another pack must not settle a disease this pack does not enable.
  const enabled = policy.chronic?.diseases;
  if (claim.medType === 'CHRONIC_OUTPATIENT' && claim.opspDiseaseCode !== undefined && typeof claim.opspDiseaseCode !== 'string') {
    throw new CoreError('INVALID_INPUT', 'give opspDiseaseCode as text, e.g. "M01600" (R-13)', 'claim.opspDiseaseCode');
  }
  if (claim.medType === 'CHRONIC_OUTPATIENT' && enabled && !enabled.includes(claim.opspDiseaseCode ?? '')) {
    throw new CoreError('CHRONIC_DISEASE_NOT_ENABLED', `pack "${policy.id}" does not enable this 门诊慢特病 disease across provinces; check the claim again (D-7)`, 'claim.opspDiseaseCode');
  }
  const date = insuranceYearDateOf(claim, policy);
  const yearStart = insuranceYearStartOf(date, policy);
  const warnings: string[] = [...verdict.warnings];
  const ytd = alignYear(input.ytd, yearStart, warnings);
  const ctx: SettleContext = {
    policy, person, claim, ytd, mode: policy.rounding.mode, category: verdict.category ?? null, steps: [], warnings,
  };

  // S-1
  const split = splitCheckedLines(claim.lines, ctx.mode);
  addStep(
    ctx, 'S-1', ['S-1', 'R-8'], { zh: '明细分割（就医地目录）', en: 'Line split (treatment-place catalogue)' },
    { lines: claim.lines.length, medfee_sumamt: split.medfeeSumamt },
    [param(ctx, 'rounding.mode', ctx.mode)],
    {
      fulamt_ownpay_amt: split.fulamtOwnpayAmt, overlmt_selfpay: split.overlmtSelfpay,
      preselfpay_amt: split.preselfpayAmt, inscp_scp_amt: split.inscpScpAmt,
    },
  );

  // D-8: a pharmacy sale without pooled payment skips S-2 … S-8 and touches no accumulator.
  const pooled = claim.medType !== 'PHARMACY' || verdict.pharmacy?.fundPays === true;
  let dedc = ZERO, hifp = ZERO, hifob = ZERO, hifmi = ZERO, maf = ZERO;
  let hifpLimit = null, hifobLimit = null, hifmiLimit = null, mafLimit = null;
  let burden = ZERO, miDeductibleUsed = ZERO, assistanceBase = ZERO, assistanceDeductibleUsed = ZERO;
  if (pooled) {
    dedc = computeDeductible(ctx, split.inscpScpAmt, split.medfeeSumamt);
    const ratio = resolveRatio(ctx);
    const basic = computeBasicFund(ctx, split.inscpScpAmt, dedc, ratio);
    hifp = basic.hifpPay;
    hifpLimit = basic.remainingLimit;
    const large = computeLargeExpense(ctx, basic.overflowExpense);
    hifob = large.hifobPay;
    hifobLimit = large.remaining;
    const mi = computeMajorIllness(ctx, split.inscpScpAmt, split.preselfpayAmt, hifp, hifob);
    hifmi = mi.hifmiPay;
    hifmiLimit = mi.remaining;
    burden = mi.burden;
    miDeductibleUsed = mi.deductibleUsed;
    const as = computeAssistance(ctx, split.inscpScpAmt, hifp, hifob, hifmi);
    maf = as.mafPay;
    mafLimit = as.remaining;
    assistanceBase = as.base;
    assistanceDeductibleUsed = as.deductibleUsed;
  } else {
    addStep(ctx, 'S-2', ['D-8', 'R-14'], { zh: '药店：统筹基金不支付', en: 'Pharmacy: no pooled fund payment' }, {}, [
      param(ctx, 'pharmacy.crossProvincePooling', String(policy.pharmacy?.crossProvincePooling ?? false)),
    ], { hifp_pay: ZERO });
  }

  // S-9
  const acctAllowed =
    claim.medType === 'PHARMACY'
      ? verdict.pharmacy?.acctAllowed === true
      : person.insutype === '310' && claim.acctUsed && policy.crossProvince.acctUseCrossProvince !== 'NEVER';
  const share = computePersonalShare(ctx, {
    medfee: split.medfeeSumamt, fulamt: split.fulamtOwnpayAmt, overlmt: split.overlmtSelfpay, funds: [hifp, hifob, hifmi, maf], acctAllowed,
  });

  const m = claim.medType;
  const delta: YearToDateDelta = {
    inpatientAdmissionsSettled: m === 'INPATIENT' && !claim.interim?.admissionAlreadyCounted ? 1 : 0,
    outpatientDeductibleUsed: m === 'GENERAL_OUTPATIENT' || m === 'PHARMACY' ? dedc : ZERO,
    chronicDeductibleUsed: m === 'CHRONIC_OUTPATIENT' ? dedc : ZERO,
    basicFundPaid: {
      inpatient: m === 'INPATIENT' ? hifp : ZERO,
      outpatient: m === 'GENERAL_OUTPATIENT' || m === 'PHARMACY' ? hifp : ZERO,
      chronic: m === 'CHRONIC_OUTPATIENT' ? hifp : ZERO,
    },
    chronicFundPaidByDisease: m === 'CHRONIC_OUTPATIENT' && claim.opspDiseaseCode ? { [claim.opspDiseaseCode]: hifp } : {},
    largeExpenseFundPaid: hifob,
    majorIllnessBase: burden,
    majorIllnessDeductibleUsed: miDeductibleUsed,
    majorIllnessPaid: hifmi,
    assistanceBase,
    assistancePaid: maf,
    assistanceDeductibleUsed,
    bandCumulativeInScope: m === 'INPATIENT' ? split.inscpScpAmt : ZERO,
  };

  const settlement: Omit<Settlement, 'steps'> = {
    kind: 'SETTLEMENT',
    medType: m,
    policyId: policy.id,
    policyVersion: policy.effectiveFrom,
    insuranceYearStart: yearStart,
    category: verdict.category ?? null,
    fundPaySumamtIncludesAcct: policy.fundPaySumamtIncludesAcct,
    amounts: {
      medfeeSumamt: split.medfeeSumamt,
      fulamtOwnpayAmt: split.fulamtOwnpayAmt,
      overlmtSelfpay: split.overlmtSelfpay,
      preselfpayAmt: split.preselfpayAmt,
      inscpScpAmt: split.inscpScpAmt,
      actPayDedc: dedc,
      hifpPay: hifp,
      poolPropSelfpay: ZERO,
      cvlservPay: ZERO,
      hifesPay: ZERO,
      hifmiPay: hifmi,
      hifobPay: hifob,
      mafPay: maf,
      othPay: ZERO,
      ...share,
    },
    lines: split.lines,
    funds: fundDetails(person.insutype, split.inscpScpAmt, {
      hifp, hifpLimit, hifob, hifobLimit, hifmi, hifmiLimit, maf, mafLimit, acct: share.acctPay, hosp: share.hospPartAmt,
    }),
    ytdDelta: delta,
    ytdAfter: addYtdDelta(ytd, delta),
    warnings,
  };
  return withLazySteps(settlement, () => explainSteps(policy, ctx.steps));
}

/**
 * The explanation is formatted on first read: a cashier's settle path pays for the numbers only,
 * a screen or the CLI that shows the waterfall pays for the text.
 */
function withLazySteps(s: Omit<Settlement, 'steps'>, make: () => Settlement['steps']): Settlement {
  let steps: Settlement['steps'] | undefined;
  return {
    ...s,
    get steps() {
      return (steps ??= make());
    },
  };
}

/**
 * E-1: accumulators reset at the insurance-year start. Earlier-year accumulators are replaced by an
 * empty year (with a warning); later or misaligned ones are an error, never silently used.
 */
function alignYear(ytd: YearToDate, yearStart: string, warnings: string[]): YearToDate {
  if (ytd.insuranceYearStart === yearStart) return ytd;
  if (ytd.insuranceYearStart < yearStart && ytd.insuranceYearStart.slice(5) === yearStart.slice(5)) {
    warnings.push('YTD_RESET_NEW_INSURANCE_YEAR');
    return emptyYearToDate(yearStart);
  }
  throw new CoreError(
    'ACCUMULATOR_MISMATCH',
    `the accumulators are for the insurance year starting ${ytd.insuranceYearStart}, but this claim falls in the year starting ${yearStart}; load the accumulators of that year`,
    'ytd.insuranceYearStart',
  );
}
