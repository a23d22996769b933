import { ZERO, maxDec } from '../money/index.ts';
import { assertYearToDate } from '../guards/assertDomain.ts';
import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectObject, expectString } from '../guards/expect.ts';
import type { ChronicLimitLeft, PolicySet, YearToDate } from '../types.ts';

export interface ChronicLimitInput {
  /** Accumulators of the insurance year asked about (a settlement's `ytdAfter` for "after this visit"). */
  ytd: YearToDate;
  /** The 参保地 pack. */
  policy: PolicySet;
  /** The 门诊慢特病 disease code, e.g. `M01600`. */
  diseaseCode: string;
}

/**
 * DF-18: the per-disease annual fund limit of a 门诊慢特病 disease and what is left of it, for a
 * cashier's or patient's screen ("this year's limit left") and for S-5. A pack without a limit for
 * the disease gives `known: false` (the settlement warns `CHRONIC_LIMIT_UNKNOWN`); an explicit
 * null means the source says there is none.
 *
 * @param input - accumulators, pack and disease code
 * @returns the limit, what was used and what remains (never below 0)
 * @throws CoreError `INVALID_INPUT` for a missing code or bad accumulators, `POLICY_INVALID` for a pack not loaded by the core
 */
export function chronicLimitLeft(input: ChronicLimitInput): ChronicLimitLeft {
  const o = expectObject(input, 'input');
  const diseaseCode = expectString(o.diseaseCode, 'input.diseaseCode');
  return chronicLimitLeftUnchecked({ ytd: assertYearToDate(o.ytd, 'input.ytd'), policy: assertPolicySet(o.policy, 'input.policy'), diseaseCode });
}

/** `chronicLimitLeft` on inputs already checked (S-5 on the settle path). */
export function chronicLimitLeftUnchecked({ ytd, policy, diseaseCode }: ChronicLimitInput): ChronicLimitLeft {
  const limits = policy.chronic?.limitPerDisease;
  const known = limits !== undefined && Object.hasOwn(limits, diseaseCode);
  const limit = known ? limits[diseaseCode] ?? null : null;
  const used = Object.hasOwn(ytd.chronicFundPaidByDisease, diseaseCode) ? ytd.chronicFundPaidByDisease[diseaseCode]! : ZERO;
  return { diseaseCode, limit, known, used, remaining: limit === null ? null : maxDec(ZERO, limit.minus(used)) };
}
