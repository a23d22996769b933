import { CoreError } from '../errors/index.ts';
import { assertClaim, assertPerson } from '../guards/assertDomain.ts';
import { expectObject } from '../guards/expect.ts';
import type { Claim, Person, Verdict } from '../types.ts';
import { decideDirectSettlement } from './checkDirectSettlement.ts';

/**
 * S-0 (§4.3) when the 参保地 policy is not known: the verdict `checkDirectSettlement({ person, claim })`
 * gives (DF-14 pharmacy defaults, `reductionPoints` null, warning NO_POLICY), with the same checks of
 * the person and the claim. It never loads or validates a pack, so a browser bundle that imports
 * only this leaves the pack loader and its zod schema out (the checkout SDK's engine chunk).
 *
 * @param input - person and claim (planned or real); no policy
 * @returns the verdict with every field filled, including a zh/en fix-it hint
 * @throws CoreError as `checkDirectSettlement`; `INVALID_INPUT` at `input.policy` when a policy is
 *   given (pass it to `checkDirectSettlement`)
 */
export function checkDirectSettlementWithoutPolicy(input: { person: Person; claim: Claim }): Verdict {
  const o = expectObject(input, 'input');
  if (o.policy !== undefined) throw new CoreError('INVALID_INPUT', 'this check takes no policy: pass a policy to checkDirectSettlement', 'input.policy');
  return decideDirectSettlement({ person: assertPerson(o.person), claim: assertClaim(o.claim, 'claim', false) });
}
