import { decideDirectSettlement } from '../filing/checkDirectSettlement.ts';
import { assertClaim, assertPerson, assertYearToDate } from '../guards/assertDomain.ts';
import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectObject } from '../guards/expect.ts';
import type { Claim, Person, PolicySet, Settlement, Verdict, YearToDate } from '../types.ts';
import { computeSettlementUnchecked } from './computeSettlement.ts';

export interface SettleInput {
  person: Person;
  claim: Claim;
  /** Accumulators of the claim's insurance year (earlier years are reset, E-1). */
  ytd: YearToDate;
  policy: PolicySet;
}

export interface SettleOutcome {
  verdict: Verdict;
  /** null when the verdict does not settle directly: show `verdict.hint` instead. */
  settlement: Settlement | null;
}

/**
 * Decides (S-0) and, when the claim settles directly, computes it (S-1 … S-9). Pure: nothing is
 * committed; store `settlement.ytdAfter` to commit.
 * @throws CoreError for bad input (a wrong shape, an amount that is not a finite Dec), a pack that
 *   does not fit (POLICY_MISMATCH) or an incomplete pack (see `computeSettlement`).
 */
export function settle(input: SettleInput): SettleOutcome {
  const o = expectObject(input, 'input');
  const checked = { person: assertPerson(o.person), claim: assertClaim(o.claim), ytd: assertYearToDate(o.ytd), policy: assertPolicySet(o.policy) };
  const verdict = decideDirectSettlement(checked);
  if (!verdict.settles) return { verdict, settlement: null };
  return { verdict, settlement: computeSettlementUnchecked({ ...checked, verdict }) };
}
