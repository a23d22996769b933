import { ZERO } from '../money/index.ts';
import type { Ratio } from '../money/index.ts';
import { isLongTerm } from '../types.ts';
import type { FilingCategory, PolicySet, TemporaryCategory } from '../types.ts';

/**
 * the temporary-person reduction in ratio points for a category: the policy's figure for
 * TMP_*, 0 for long-term filers and for verdicts without a category; null without a policy or
 * when the policy lacks the category's figure (the money steps then throw POLICY_INCOMPLETE).
 *
 * @param category - the category D-6 decided, if any
 * @param policy - the 参保地 policy
 * @returns the reduction (a Dec, e.g. 0.10), or null when unknown
 */
export function reductionPointsFor(category: FilingCategory | undefined, policy: PolicySet | undefined): Ratio | null {
  if (!policy) return null;
  if (category === undefined || isLongTerm(category)) return ZERO;
  return policy.crossProvince.reductionPoints[category as TemporaryCategory] ?? null;
}
