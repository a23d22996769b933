import { CoreError } from '../errors/index.ts';
import { MED_TYPES } from '../types.ts';
import type { Claim, MedType } from '../types.ts';
import { assertCode } from './assertCode.ts';
import { assertDateRange, parseIsoDate, toCstDateTime } from './dates/index.ts';

/** The dates of a claim that S-0 compares, checked and in China Standard Time (DF-11). */
export interface Visit {
  medType: MedType;
  /** R-3d: the admission date for inpatient care, otherwise the service date. */
  relevantDate: string;
  /** Inpatient only. */
  admissionDate?: string;
  dischargeDate?: string;
  /** CST sort key of `settlementTime`. */
  settlementKey: string;
  settlementDate: string;
  /** R-4b: the stay was already settled as self-pay. */
  selfPaid: boolean;
}

/**
 * Reads and checks the dates of a claim (planned or real).
 *
 * @param claim - the claim
 * @returns the visit dates
 * @throws CoreError `UNKNOWN_CODE` (med type), `INVALID_DATE` (missing or malformed date or
 *   instant, admission after discharge)
 */
export function readVisit(claim: Claim): Visit {
  const medType = assertCode(claim.medType, MED_TYPES, 'claim.medType');
  const settlementKey = toCstDateTime(claim.settlementTime, 'claim.settlementTime');
  const selfPaidAt = claim.selfPaidSettlementAt;
  const selfPaid = selfPaidAt !== null && selfPaidAt !== undefined;
  if (selfPaid) toCstDateTime(selfPaidAt, 'claim.selfPaidSettlementAt');
  if (claim.serviceDate !== undefined) parseIsoDate(claim.serviceDate, 'claim.serviceDate');
  const common = { medType, settlementKey, settlementDate: settlementKey.slice(0, 10), selfPaid };
  if (medType === 'INPATIENT') {
    // R-3d: the admission date decides the filing check of a stay.
    if (claim.admissionDate === undefined) throw missing('claim.admissionDate', 'the admission date (R-3d)');
    assertDateRange(claim.admissionDate, claim.dischargeDate, 'claim.admissionDate', 'claim.dischargeDate');
    const stay = { ...common, relevantDate: claim.admissionDate, admissionDate: claim.admissionDate };
    return claim.dischargeDate === undefined ? stay : { ...stay, dischargeDate: claim.dischargeDate };
  }
  if (claim.serviceDate === undefined) throw missing('claim.serviceDate', 'the visit date');
  return { ...common, relevantDate: claim.serviceDate };
}

function missing(path: string, what: string): CoreError {
  return new CoreError('INVALID_DATE', `give ${what} as YYYY-MM-DD`, path);
}
