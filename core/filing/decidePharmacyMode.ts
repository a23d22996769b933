import { expectBoolean, expectObject } from '../guards/expect.ts';
import type { Person, PolicySet } from '../types.ts';

/** D-8: what may pay for a cross-province pharmacy purchase. */
export interface PharmacyMode {
  fundPays: boolean;
  acctAllowed: boolean;
}

/**
 * D-8 on a policy already checked (`assertPolicySet`), as the S-0 decision reads it; the
 * public `pharmacyMode` checks the policy first. No pack loader behind it, so a bundle that decides
 * without a policy does not carry the pack schema.
 */
export function decidePharmacyMode(person: Person, acctUsed: boolean, filed: boolean, policy: PolicySet | undefined): PharmacyMode {
  expectObject(person, 'person');
  expectBoolean(acctUsed, 'acctUsed');
  expectBoolean(filed, 'filed');
  const pooling = policy?.pharmacy !== undefined && policy.pharmacy.pooling && policy.pharmacy.crossProvincePooling;
  // DF-14: the stricter reading never promises an account payment the 参保地 may refuse.
  const acctMode = policy?.crossProvince.acctUseCrossProvince ?? 'FILED_ONLY';
  const acctByMode = acctMode === 'ALWAYS' || (acctMode === 'FILED_ONLY' && filed);
  return {
    fundPays: filed && pooling,
    acctAllowed: person.insutype === '310' && acctUsed && acctByMode,
  };
}
