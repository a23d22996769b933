import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectBoolean, expectObject } from '../guards/expect.ts';
import type { Person, PolicySet } from '../types.ts';
import { decidePharmacyMode, type PharmacyMode } from './decidePharmacyMode.ts';

export type { PharmacyMode };

/**
 * D-8: the pooled fund pays only if D-6 passed and the 参保地 enables pooling at
 * out-of-province pharmacies; the personal account (employees, `acctUsed`) is allowed when
 * `acctUseCrossProvince` is ALWAYS, or FILED_ONLY and D-6 passed. Without a policy: no pooling and
 * FILED_ONLY (DF-14).
 *
 * @param person - the insured person (`insutype`)
 * @param acctUsed - the claim's `acct_used_flag`
 * @param filed - whether D-6 passed (a matching filing, an emergency or a waiver)
 * @param policy - the 参保地 policy (one built by hand is validated like a pack first)
 * @returns fund and account use
 */
export function pharmacyMode(person: Person, acctUsed: boolean, filed: boolean, policy: PolicySet | undefined): PharmacyMode {
  expectObject(person, 'person');
  expectBoolean(acctUsed, 'acctUsed');
  expectBoolean(filed, 'filed');
  return decidePharmacyMode(person, acctUsed, filed, policy === undefined ? undefined : assertPolicySet(policy));
}
