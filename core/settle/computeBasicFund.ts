import { Dec, ZERO, ceilToFen, maxDec, roundToFen, sumDec, type Money } from '../money/index.ts';

import { addStep, need, param, type RawParam, type SettleContext } from './SettleContext.ts';
import type { ResolvedRatio } from './resolveRatio.ts';
import { chronicLimitLeftUnchecked } from './chronicLimitLeft.ts';
import { sliceBands, type BandSlice } from './sliceBands.ts';

export interface BasicFund {
  hifpPay: Money;
  /** In-scope expense above the basic cap, for 大额 or 大病 (S-5). */
  overflowExpense: Money;
  /** What the basic fund could still pay this time (null: no limit): `crt_payb_lmt_amt`. */
  remainingLimit: Money | null;
}

/**
 * S-4 and S-5: the basic pooled fund. The payable range (deductible, in-scope] is sliced by the
 * ratio bands (DF-1; year-to-date or interim positions per DF-2, DF-7), multiplied and rounded
 * once (DF-8); then the annual cap clips it. Inpatient (and chronic when the cap scope includes
 * it, DF-18) overflow to 大额/大病 with the inverse rounded up (DF-3); outpatient fund limits and
 * chronic per-disease limits clip without overflow.
 */
export function computeBasicFund(ctx: SettleContext, inscp: Money, dedc: Money, ratio: ResolvedRatio): BasicFund {
  const { claim, policy, ytd } = ctx;
  const perBand = policy.rounding.perBand;
  // DF-2 / DF-7: where the claim sits on the band axis.
  let offset = ZERO;
  if (claim.medType === 'INPATIENT') {
    if (policy.inpatient?.bandBasis === 'YEAR_TO_DATE') offset = ytd.bandCumulativeInScope;
    else if (claim.interim) offset = claim.interim.inScopeAlreadySettled;
  }
  const slices = sliceBands(ratio.bands, offset.plus(dedc), offset.plus(inscp), perBand, ctx.mode);
  const raw = roundToFen(sumDec(slices.map((s) => s.payment)), ctx.mode);
  const payable = maxDec(ZERO, inscp.minus(dedc));
  addStep(
    ctx,
    'S-4',
    ctx.category?.startsWith('TMP_') ? ['S-3', 'S-4', 'R-9'] : ['S-3', 'S-4'],
    { zh: '按比例计算统筹基金', en: 'Basic fund by ratio band' },
    { payable, ...Object.fromEntries(slices.map((s, i) => [`band_${i + 1}`, () => `${s.from.toFixed()}–${s.to.toFixed()} × ${s.ratio.toFixed()}`])) },
    ratio.params,
    { hifp_raw: raw, ...(ratio.reduction.isZero() ? {} : { reduction_points: ratio.reduction }) },
  );

  const params: RawParam[] = [];
  const limits: { remaining: Money; overflow: boolean }[] = [];
  const counters = ytd.basicFundPaid;
  const inp = policy.inpatient;
  const capScope = inp?.capScope;
  const coveredByCap =
    claim.medType === 'INPATIENT' ||
    (claim.medType === 'CHRONIC_OUTPATIENT' && capScope !== undefined && capScope !== 'INPATIENT') ||
    ((claim.medType === 'GENERAL_OUTPATIENT' || claim.medType === 'PHARMACY') && capScope === 'ALL_BASIC');
  if (coveredByCap) {
    const cap = need(ctx, inp, 'inpatient').cap;
    params.push(param(ctx, 'inpatient.cap', cap), param(ctx, 'inpatient.capScope', capScope ?? 'INPATIENT'));
    if (cap !== null) {
      // S-5: read the counters in scope as max(0, cap − their sum).
      let used = counters.inpatient;
      if (capScope !== 'INPATIENT') used = used.plus(counters.chronic);
      if (capScope === 'ALL_BASIC') used = used.plus(counters.outpatient);
      // Outpatient claims under ALL_BASIC are clipped without overflow, like a fund limit.
      limits.push({ remaining: maxDec(ZERO, cap.minus(used)), overflow: claim.medType === 'INPATIENT' || claim.medType === 'CHRONIC_OUTPATIENT' });
    }
  }
  if (claim.medType === 'GENERAL_OUTPATIENT' || claim.medType === 'PHARMACY') {
    const path = `generalOutpatient.fundLimitAnnual.${ctx.person.status}`;
    const limit = need(ctx, need(ctx, policy.generalOutpatient, 'generalOutpatient').fundLimitAnnual[ctx.person.status], path);
    params.push(param(ctx, path, limit));
    if (limit !== null) limits.push({ remaining: maxDec(ZERO, limit.minus(counters.outpatient)), overflow: false });
  }
  if (claim.medType === 'CHRONIC_OUTPATIENT') {
    // DF-18: a per-disease fund limit without overflow, on the disease's own counter.
    const left = chronicLimitLeftUnchecked({ ytd, policy, diseaseCode: claim.opspDiseaseCode ?? '' });
    if (!left.known) ctx.warnings.push('CHRONIC_LIMIT_UNKNOWN');
    else params.push(param(ctx, `chronic.limitPerDisease.${left.diseaseCode}`, left.limit));
    if (left.remaining !== null) limits.push({ remaining: left.remaining, overflow: false });
  }

  // The tightest limit binds; only the annual cap overflows to 大额/大病 (S-5, DF-18).
  let binding: { remaining: Money; overflow: boolean } | null = null;
  for (const l of limits) if (binding === null || l.remaining.lt(binding.remaining)) binding = l;
  const remainingLimit = binding?.remaining ?? null;
  let hifp = raw;
  let overflowExpense = ZERO;
  if (binding && raw.gt(binding.remaining)) {
    hifp = binding.remaining;
    if (binding.overflow) overflowExpense = maxDec(ZERO, payable.minus(expenseCoveredBy(binding.remaining, slices)));
  }
  addStep(
    ctx,
    'S-5',
    ['S-5'],
    { zh: '年度支付限额', en: 'Annual cap or fund limit' },
    { hifp_raw: raw, ...(remainingLimit === null ? {} : { remaining_limit: remainingLimit }) },
    params,
    { hifp_pay: hifp, overflow_expense: overflowExpense },
  );
  return { hifpPay: hifp, overflowExpense, remainingLimit };
}

/**
 * DF-3: the expense the basic fund covers when it pays exactly `remaining`: earlier bands whole,
 * then (remaining − earlier payments) / ratio in the band where the cap is reached, rounded up to
 * the fen once.
 */
function expenseCoveredBy(remaining: Money, slices: readonly BandSlice[]): Money {
  if (!remaining.gt(0)) return ZERO;
  let paid = ZERO;
  let covered: Dec = ZERO;
  for (const s of slices) {
    if (s.ratio.gt(0) && paid.plus(s.payment).gte(remaining)) {
      return ceilToFen(covered.plus(remaining.minus(paid).div(s.ratio)));
    }
    paid = paid.plus(s.payment);
    covered = covered.plus(s.length);
  }
  return ceilToFen(covered);
}
