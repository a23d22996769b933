import { ZERO, maxDec, minDec, roundToFen, type Money } from '../money/index.ts';
import { addStep, need, param, type SettleContext } from './SettleContext.ts';
import { adjustRatio, reductionFor } from './resolveRatio.ts';

/**
 * S-6: the employee large-expense subsidy (大额, `hifob_pay`) on the in-scope expense above the
 * basic cap: min(round(overflow × ratio), cap − paid this year). Residents' overflow goes to 大病.
 * The temporary reduction applies only if the pack says so (DF-5).
 */
export function computeLargeExpense(ctx: SettleContext, overflowExpense: Money): { hifobPay: Money; remaining: Money | null } {
  if (ctx.person.insutype !== '310' || !overflowExpense.gt(0)) return { hifobPay: ZERO, remaining: null };
  const le = need(ctx, ctx.policy.largeExpense, 'largeExpense');
  const path = `largeExpense.ratio.${ctx.person.status}`;
  const local = need(ctx, le.ratio[ctx.person.status], path);
  const params = [param(ctx, path, local), param(ctx, 'largeExpense.cap', le.cap)];
  let reduction = ZERO;
  if (ctx.policy.crossProvince.reductionAppliesTo.largeExpense) {
    const red = reductionFor(ctx);
    reduction = red.reduction;
    params.push(...red.params);
  }
  const ratio = adjustRatio(local, ZERO, reduction);
  const raw = roundToFen(overflowExpense.times(ratio), ctx.mode);
  const remaining = le.cap === null ? null : maxDec(ZERO, le.cap.minus(ctx.ytd.largeExpenseFundPaid));
  const hifob = remaining === null ? raw : minDec(raw, remaining);
  addStep(
    ctx,
    'S-6',
    ['S-6'],
    { zh: '职工大额医疗费用补助', en: 'Employee large-expense subsidy (大额)' },
    { overflow_expense: overflowExpense, ratio, ...(remaining === null ? {} : { remaining_cap: remaining }) },
    params,
    { hifob_pay: hifob },
  );
  return { hifobPay: hifob, remaining };
}
