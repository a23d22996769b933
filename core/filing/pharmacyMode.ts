import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectBoolean, expectObject } from '../guards/expect.ts';
import { isValidated } from '../policy/policyBrand.ts';
import type { Person, PolicySet } from '../types.ts';

/** D-8: what may pay for a cross-province pharmacy purchase. */
export interface PharmacyMode {
  fundPays: boolean;
  acctAllowed: boolean;
}

/**
 * D-8: the pooled fund pays only if D-6 passed and the 参保地 enables pooling at
 * out-of-province pharmacies; the personal account (employees, `acctUsed`) is allowed when
 * `acctUseCrossProvince` is ALWAYS, or FILED_ONLY and D-6 passed. Without a policy: no pooling and
 * FILED_ONLY (DF-14).
 *
 * @param person - the insured person (`insutype`)
 * @param acctUsed - the claim's `acct_used_flag`
 * @param filed - whether D-6 passed (a matching filing, an emergency or a waiver)
 * @param policy - the 参保地 policy
 * @returns fund and account use
 */
export function pharmacyMode(person: Person, acctUsed: boolean, filed: boolean, policy: PolicySet | undefined): PharmacyMode {
  expectObject(person, 'person');
  expectBoolean(acctUsed, 'acctUsed');
  expectBoolean(filed, 'filed');
  if (policy !== undefined && !isValidated(policy)) policy = assertPolicySet(policy);
  const pooling = policy?.pharmacy !== undefined && policy.pharmacy.pooling && policy.pharmacy.crossProvincePooling;
  // DF-14: the stricter reading never promises an account payment the 参保地 may refuse.
  const acctMode = policy?.crossProvince.acctUseCrossProvince ?? 'FILED_ONLY';
  const acctByMode = acctMode === 'ALWAYS' || (acctMode === 'FILED_ONLY' && filed);
  return {
    fundPays: filed && pooling,
    acctAllowed: person.insutype === '310' && acctUsed && acctByMode,
  };
}
