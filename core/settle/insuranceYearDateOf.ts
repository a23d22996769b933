import { expectObject } from '../guards/expect.ts';
import { CoreError } from '../errors/index.ts';
import { isIsoDate, toCstDate } from '../filing/dates/index.ts';
import type { Claim, PolicySet } from '../types.ts';

/**
 * The date that selects the pack version and the insurance year (§4.8, E-1): the service date;
 * for a stay, the discharge (DF-6 `DISCHARGE_YEAR`, also used for `SPLIT_AT_YEAR_END`, whose split
 * the caller makes as an interim settlement) or the admission (`ADMISSION_YEAR`).
 */
export function insuranceYearDateOf(claim: Claim, policy: PolicySet): string {
  const date = dateOf(claim, policy);
  if (!isIsoDate(date)) throw new CoreError('INVALID_DATE', 'give a real calendar date as YYYY-MM-DD, e.g. 2025-05-14', 'claim');
  return date;
}

function dateOf(claim: Claim, policy: PolicySet): string {
  expectObject(claim, 'claim');
  if (expectObject(policy, 'policy').inpatient !== undefined) expectObject(policy.inpatient, 'policy.inpatient');
  if (claim.medType === 'INPATIENT') {
    if (policy.inpatient?.crossYearStay === 'ADMISSION_YEAR' && claim.admissionDate) return claim.admissionDate;
    return claim.dischargeDate ?? toCstDate(claim.settlementTime, 'claim.settlementTime');
  }
  if (!claim.serviceDate) throw new CoreError('INVALID_INPUT', 'an outpatient, chronic or pharmacy claim needs its serviceDate (YYYY-MM-DD)', 'claim.serviceDate');
  return claim.serviceDate;
}
