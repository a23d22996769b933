import { checkDirectSettlement } from '../filing/index.ts';
import type { Claim, Person, PolicySet, Settlement, Verdict, YearToDate } from '../types.ts';
import { computeSettlement } from './computeSettlement.ts';

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
 * @throws CoreError for bad input or an incomplete pack (see `computeSettlement`).
 */
export function settle(input: SettleInput): SettleOutcome {
  const verdict = checkDirectSettlement({ person: input.person, claim: input.claim, policy: input.policy });
  if (!verdict.settles) return { verdict, settlement: null };
  return { verdict, settlement: computeSettlement({ ...input, verdict }) };
}
