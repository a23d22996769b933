import { ONE, ZERO, maxDec, minDec, type Ratio } from '../money/index.ts';
import type { AgeIncrements, Level, TemporaryCategory } from '../types.ts';
import { need, param, type RawParam, type SettleContext } from './SettleContext.ts';
import type { Band } from './sliceBands.ts';

export interface ResolvedRatio {
  bands: Band[];
  params: RawParam[];
  /** Points removed for a temporary category, 0 for long-term filers. */
  reduction: Ratio;
}

/**
 * The temporary-category reduction for the verdict's category, read from the pack.
 * Long-term filers get none.
 */
export function reductionFor(ctx: SettleContext): { reduction: Ratio; params: RawParam[] } {
  const cat = ctx.category;
  if (cat !== 'TMP_REFERRAL' && cat !== 'TMP_EMERGENCY' && cat !== 'TMP_OTHER') return { reduction: ZERO, params: [] };
  const path = `crossProvince.reductionPoints.${cat}`;
  const r = need(ctx, ctx.policy.crossProvince.reductionPoints[cat as TemporaryCategory], path);
  return { reduction: r, params: [param(ctx, path, r)] };
}

/** DF-4: local ratio → + age increment, cap 1 → − reduction, floor 0. */
export function adjustRatio(local: Ratio, ageIncrement: Ratio, reduction: Ratio): Ratio {
  return maxDec(ZERO, minDec(ONE, local.plus(ageIncrement)).minus(reduction));
}

export function ageIncrementFor(age: number, incs: AgeIncrements | undefined): Ratio {
  let best = ZERO;
  let bestAge = -1;
  for (const inc of incs ?? []) {
    if (age >= inc.fromAge && inc.fromAge > bestAge) {
      best = inc.plusPoints;
      bestAge = inc.fromAge;
    }
  }
  return best;
}

/**
 * S-3: the fund ratio for this claim as bands on the in-scope amount, after the age increment and
 * the temporary reduction (R-9, DF-4, DF-5). Pharmacy reads the outpatient ratio at the primary
 * level, else 一级, or at the prescriber's level (R-14, DF-14).
 */
export function resolveRatio(ctx: SettleContext): ResolvedRatio {
  const { claim, person, policy } = ctx;
  const st = person.status;
  const params: RawParam[] = [];
  let bands: readonly Band[];
  let incs: AgeIncrements | undefined;
  let agePath = '';
  if (claim.medType === 'INPATIENT') {
    const ip = need(ctx, policy.inpatient, 'inpatient');
    const path = `inpatient.ratio.${st}.${claim.institutionLevel}`;
    bands = need(ctx, ip.ratio[st]?.[claim.institutionLevel], path);
    params.push(param(ctx, path, () => bands.map((b) => `${b.upTo === null ? '∞' : b.upTo.toFixed()}:${b.ratio.toFixed()}`).join(' ')));
    incs = ip.ageIncrements;
    agePath = 'inpatient.ageIncrements';
  } else {
    const chronic = claim.medType === 'CHRONIC_OUTPATIENT';
    const section = chronic ? need(ctx, policy.chronic, 'chronic') : need(ctx, policy.generalOutpatient, 'generalOutpatient');
    const root = chronic ? 'chronic' : 'generalOutpatient';
    let level: Level = claim.institutionLevel;
    if (claim.medType === 'PHARMACY') {
      const ph = need(ctx, policy.pharmacy, 'pharmacy');
      if (ph.ratioMode === 'PRESCRIBER_LEVEL') {
        level = need(ctx, claim.prescriberLevel, 'claim.prescriberLevel');
      } else {
        level = section.ratio[st]?.PRIMARY !== undefined ? 'PRIMARY' : 'L1';
      }
      params.push(param(ctx, 'pharmacy.ratioMode', ph.ratioMode));
    }
    const path = `${root}.ratio.${st}.${level}`;
    const r = need(ctx, section.ratio[st]?.[level], path);
    params.push(param(ctx, path, r));
    bands = [{ upTo: null, ratio: r }];
    incs = section.ageIncrements;
    agePath = `${root}.ageIncrements`;
  }
  const age = ageIncrementFor(person.age, incs);
  if (!age.isZero()) params.push(param(ctx, agePath, age));
  // DF-5: the reduction applies to the basic ratios unless the pack says otherwise.
  const red = policy.crossProvince.reductionAppliesTo.basic ? reductionFor(ctx) : { reduction: ZERO, params: [] };
  params.push(...red.params);
  return {
    bands: bands.map((b) => ({ upTo: b.upTo, ratio: adjustRatio(b.ratio, age, red.reduction) })),
    params,
    reduction: red.reduction,
  };
}
