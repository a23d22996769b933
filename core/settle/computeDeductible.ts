import { CoreError } from '../errors/index.ts';
import { ZERO, maxDec, minDec, roundToFen, type Money } from '../money/index.ts';
import type { DeductibleRule } from '../types.ts';
import { addStep, need, param, type SettleContext } from './SettleContext.ts';

/**
 * S-2: the deductible applied this time (`act_pay_dedc`) = min(in-scope amount, what remains of
 * the deductible). Inpatient: per admission (nth stay of the insurance year); general outpatient
 * and pooled pharmacy: annual, shared (R-14, DF-14); chronic: annual, shared by all diseases (DF-18).
 */
export function computeDeductible(ctx: SettleContext, inscp: Money, medfee: Money): Money {
  const { claim, person, policy, ytd } = ctx;
  let remaining: Money;
  const params = [];
  const inputs: Record<string, Money | string | number> = { inscp_scp_amt: inscp };
  if (claim.medType === 'INPATIENT') {
    const ip = need(ctx, policy.inpatient, 'inpatient');
    const path = `inpatient.deductible.${claim.institutionLevel}`;
    const rule = need(ctx, ip.deductible[claim.institutionLevel], path);
    // DF-7: an interim settlement of a counted stay is the same admission.
    const nth = ytd.inpatientAdmissionsSettled + (claim.interim?.admissionAlreadyCounted ? 0 : 1);
    inputs.admission_in_year = nth;
    const full = inpatientDeductible(ctx, rule, nth, medfee, path);
    params.push(param(ctx, path, full));
    const already = claim.interim?.deductibleAlreadyApplied ?? ZERO;
    inputs.deductible_already_applied_to_stay = already;
    remaining = maxDec(ZERO, full.minus(already));
  } else {
    // Annual: chronic shared by all diseases (DF-18); general outpatient and pooled pharmacy (DF-14).
    const chronic = claim.medType === 'CHRONIC_OUTPATIENT';
    const byStatus = chronic
      ? need(ctx, policy.chronic, 'chronic').deductible
      : need(ctx, policy.generalOutpatient, 'generalOutpatient').deductibleAnnual;
    const path = `${chronic ? 'chronic.deductible' : 'generalOutpatient.deductibleAnnual'}.${person.status}`;
    const annual = need(ctx, byStatus[person.status], path);
    const used = chronic ? ytd.chronicDeductibleUsed : ytd.outpatientDeductibleUsed;
    params.push(param(ctx, path, annual));
    inputs[chronic ? 'chronic_deductible_used' : 'outpatient_deductible_used'] = used;
    remaining = maxDec(ZERO, annual.minus(used));
  }
  const dedc = minDec(maxDec(ZERO, inscp), remaining);
  addStep(ctx, 'S-2', ['S-2', 'R-8'], { zh: '起付线', en: 'Deductible' }, { ...inputs, deductible_remaining: remaining }, params, {
    act_pay_dedc: dedc,
  });
  return dedc;
}

function inpatientDeductible(ctx: SettleContext, rule: DeductibleRule, nth: number, medfee: Money, path: string): Money {
  let base: Money;
  switch (rule.kind) {
    case 'BY_ADMISSION': {
      const v = rule.amounts[Math.min(nth, rule.amounts.length) - 1];
      if (v === null || v === undefined) {
        throw new CoreError('POLICY_INCOMPLETE', `pack "${ctx.policy.id}" publishes no deductible for stay ${nth} of the year`, `${path}.amounts`);
      }
      base = v;
      break;
    }
    case 'STEP_DOWN':
      base = maxDec(rule.floor, rule.first.minus(rule.stepPerLaterStay.times(nth - 1)));
      break;
    case 'PERCENT_OF_TOTAL': // DF-19: the stay's total, rounded, then clamped
      base = maxDec(rule.min, minDec(rule.max, roundToFen(medfee.times(rule.percent), ctx.mode)));
      break;
  }
  const m = rule.multipliers;
  if (!m) return base;
  // DF-19: multipliers do not stack; the lowest applicable one applies, then round.
  const { person } = ctx;
  const applicable = [
    person.status === 'RETIRED' ? m.RETIRED : undefined,
    person.age >= 70 ? m.AGE_70_PLUS : undefined,
    person.assistanceClass === 'DIBAO' ? m.DIBAO : undefined,
  ].filter((x) => x !== undefined);
  if (applicable.length === 0) return base;
  const lowest = applicable.reduce((a, b) => (b.lt(a) ? b : a));
  return roundToFen(base.times(lowest), ctx.mode);
}
