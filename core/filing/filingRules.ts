import { assertPolicySet } from '../guards/assertPolicySet.ts';
import type { PolicySet } from '../types.ts';

/** The 参保地 filing-lifecycle parameters (§4.4), with their defaults. */
export interface FilingRules {
  /** R-3b: months before a long-term filing may be changed or cancelled. */
  ltMinMonthsBeforeChange: number;
  /** R-3c: minimum validity of a temporary filing, in months. */
  tmpValidityMonths: number;
  /** R-3e (UNVERIFIED): places a person may hold filings for at a time. */
  maxConcurrentFilings: number;
  warnings: readonly string[];
}

/**
 * The lifecycle parameters of a policy. Without a policy, the strictest national readings apply
 * with the warning NO_POLICY: a 6-month lock (R-3b ceiling), 6-month temporary validity (R-3c
 * floor) and one place at a time (R-3e default), so that no change is promised that a 参保地
 * may refuse.
 *
 * @param policy - the 参保地 policy, if known
 * @returns the parameters and warnings
 */
export function filingRules(policy: PolicySet | undefined): FilingRules {
  if (!policy) return { ltMinMonthsBeforeChange: 6, tmpValidityMonths: 6, maxConcurrentFilings: 1, warnings: ['NO_POLICY'] };
  const { ltMinMonthsBeforeChange, tmpValidityMonths, maxConcurrentFilings } = assertPolicySet(policy).crossProvince;
  return { ltMinMonthsBeforeChange, tmpValidityMonths, maxConcurrentFilings, warnings: [] };
}
