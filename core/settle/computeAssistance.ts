import { CoreError } from '../errors/index.ts';
import { ZERO, maxDec, minDec, roundToFen, type Money } from '../money/index.ts';
import { addStep, param, type SettleContext } from './SettleContext.ts';

export interface Assistance {
  mafPay: Money;
  base: Money;
  deductibleUsed: Money;
  remaining: Money | null;
}

const NONE: Assistance = { mafPay: ZERO, base: ZERO, deductibleUsed: ZERO, remaining: null };

/**
 * S-8: medical assistance (医疗救助, `maf_pay`; R-16) for a person with an assistance class, when
 * the 参保地 settles it in cross-province direct settlement (`assistanceInCrossProvinceDirect`,
 * O-2). Base: in-scope personal burden after basic + 大额 + 大病 (excludes 全自费, 超限价, 先行自付;
 * DF-20); minus the class deductible still open; × ratio; within the annual limit; rounded once.
 */
export function computeAssistance(ctx: SettleContext, inscp: Money, hifp: Money, hifob: Money, hifmi: Money): Assistance {
  const cls = ctx.person.assistanceClass;
  const { policy } = ctx;
  if (cls == null || !policy.assistanceInCrossProvinceDirect) return NONE;
  const cfg = policy.assistance?.[cls];
  if (!cfg) {
    throw new CoreError('POLICY_INCOMPLETE', `pack "${policy.id}" settles 医疗救助 directly but has no parameters for class ${cls}`, `assistance.${cls}`);
  }
  const base = maxDec(ZERO, inscp.minus(hifp).minus(hifob).minus(hifmi));
  const remainingDeductible = maxDec(ZERO, cfg.deductible.minus(ctx.ytd.assistanceDeductibleUsed));
  const deductibleUsed = minDec(base, remainingDeductible);
  const raw = maxDec(ZERO, base.minus(remainingDeductible)).times(cfg.ratio);
  const remaining = cfg.annualLimit === null ? null : maxDec(ZERO, cfg.annualLimit.minus(ctx.ytd.assistancePaid));
  const maf = roundToFen(remaining === null ? raw : minDec(raw, remaining), ctx.mode);
  addStep(
    ctx,
    'S-8',
    ['S-8', 'R-16'],
    { zh: '医疗救助', en: 'Medical assistance (医疗救助)' },
    { base, deductible_remaining: remainingDeductible, ...(remaining === null ? {} : { remaining_limit: remaining }) },
    [
      param(ctx, `assistance.${cls}.deductible`, cfg.deductible),
      param(ctx, `assistance.${cls}.ratio`, cfg.ratio),
      param(ctx, `assistance.${cls}.annualLimit`, cfg.annualLimit),
    ],
    { maf_pay: maf },
  );
  return { mafPay: maf, base, deductibleUsed, remaining };
}
