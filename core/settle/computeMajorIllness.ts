import { ONE, ZERO, maxDec, minDec, roundToFen, sumDec, type Money } from '../money/index.ts';
import type { AssistanceClass } from '../types.ts';
import { addStep, param, type SettleContext } from './SettleContext.ts';
import { reductionFor } from './resolveRatio.ts';
import { sliceBands } from './sliceBands.ts';

/** DF-20: the 大病 tilt goes to exactly the three groups R-15 names. */
const TILTED: readonly AssistanceClass[] = ['TEKUN', 'DIBAO', 'RETURN_POVERTY'];

export interface MajorIllness {
  hifmiPay: Money;
  burden: Money;
  deductibleUsed: Money;
  remaining: Money | null;
}

const NONE: MajorIllness = { hifmiPay: ZERO, burden: ZERO, deductibleUsed: ZERO, remaining: null };

/**
 * S-7: major-illness insurance (大病, `hifmi_pay`; R-15) on the cumulative in-scope personal burden
 * of inpatient and chronic claims: tiers above the 大病 deductible, each slice × its ratio, rounded
 * once, within the cap. 低保/特困/返贫致贫: deductible × factor, ratios + points, no cap (tier
 * bounds unchanged, DF-20). Runs when the pack has a 大病 section.
 */
export function computeMajorIllness(ctx: SettleContext, inscp: Money, preselfpay: Money, hifp: Money, hifob: Money): MajorIllness {
  const mi = ctx.policy.majorIllness;
  const medType = ctx.claim.medType;
  if (!mi || (medType !== 'INPATIENT' && medType !== 'CHRONIC_OUTPATIENT')) return NONE;
  let burden = inscp.minus(hifp).minus(hifob);
  if (mi.includesPreselfpay) burden = burden.plus(preselfpay);
  burden = maxDec(ZERO, burden);
  const cls = ctx.person.assistanceClass;
  const tilted = cls != null && TILTED.includes(cls);
  const params = [param(ctx, 'majorIllness.deductible', mi.deductible), param(ctx, 'majorIllness.tiers', () => mi.tiers.map((t) => `${t.upTo?.toFixed() ?? '∞'}:${t.ratio.toFixed()}`).join(' '))];
  let deductible = mi.deductible;
  let plus = ZERO;
  let cap = mi.cap;
  if (tilted) {
    deductible = roundToFen(deductible.times(mi.tilt.deductibleFactor), ctx.mode);
    plus = mi.tilt.ratioPlus;
    if (mi.tilt.removeCap) cap = null;
    params.push(param(ctx, 'majorIllness.tilt', () => `×${mi.tilt.deductibleFactor.toFixed()} +${plus.toFixed()}${mi.tilt.removeCap ? ' no cap' : ''}`));
  }
  // DF-4: tier + tilt, cap 1, then − reduction only if the pack extends it to 大病 (DF-5).
  const red = ctx.policy.crossProvince.reductionAppliesTo.majorIllness ? reductionFor(ctx) : { reduction: ZERO, params: [] };
  params.push(...red.params, param(ctx, 'majorIllness.cap', cap));
  const tiers = mi.tiers.map((t) => ({ upTo: t.upTo, ratio: maxDec(ZERO, minDec(ONE, t.ratio.plus(plus)).minus(red.reduction)) }));
  const cum0 = ctx.ytd.majorIllnessBase;
  const cum1 = cum0.plus(burden);
  const slices = sliceBands(tiers, maxDec(cum0, deductible), cum1, ctx.policy.rounding.perBand, ctx.mode);
  const raw = sumDec(slices.map((s) => s.payment));
  const remaining = cap === null ? null : maxDec(ZERO, cap.minus(ctx.ytd.majorIllnessPaid));
  const hifmi = roundToFen(remaining === null ? raw : minDec(raw, remaining), ctx.mode);
  const deductibleUsed = maxDec(ZERO, minDec(cum1, deductible).minus(cum0));
  addStep(
    ctx,
    'S-7',
    ['S-7', 'R-15'],
    { zh: '城乡居民大病保险', en: 'Major-illness insurance (大病)' },
    {
      burden_this_claim: burden,
      cumulative_before: cum0,
      cumulative_after: cum1,
      deductible,
      ...Object.fromEntries(slices.map((s, i) => [`tier_${i + 1}`, () => `${s.from.toFixed()}–${s.to.toFixed()} × ${s.ratio.toFixed()}`])),
    },
    params,
    { hifmi_pay: hifmi },
  );
  return { hifmiPay: hifmi, burden, deductibleUsed, remaining };
}
