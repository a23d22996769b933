import { isOutsideNetworkPlace, parseDivisionCode } from '../region/index.ts';

/** D-1 outcome: a failure code or null, and warnings. */
export interface PlaceCheck {
  code: 'INVALID_DIVISION_CODE' | 'INVALID_TREATMENT_PLACE' | null;
  warnings: readonly string[];
}

/**
 * D-1: both division codes are 6 digits with a known province prefix after the override
 * table, and the treatment place is not 71/81/82. A code decided by an UNVERIFIED override entry
 * (兵团, O-4) adds the warning `UNVERIFIED_REGION_OVERRIDE`.
 *
 * @param insuplcAdmdvs - the insured place
 * @param mdtrtareaAdmvs - the treatment place
 * @returns the check result (never throws)
 */
export function checkPlaceCodes(insuplcAdmdvs: unknown, mdtrtareaAdmvs: unknown): PlaceCheck {
  const insured = parseDivisionCode(insuplcAdmdvs, 'claim.insuplcAdmdvs');
  if (!insured.ok) return { code: 'INVALID_DIVISION_CODE', warnings: [] };
  // 台湾, 香港, 澳门 are outside the basic-insurance direct-settlement network.
  if (isOutsideNetworkPlace(mdtrtareaAdmvs)) return { code: 'INVALID_TREATMENT_PLACE', warnings: [] };
  const place = parseDivisionCode(mdtrtareaAdmvs, 'claim.mdtrtareaAdmvs');
  if (!place.ok) return { code: 'INVALID_DIVISION_CODE', warnings: [] };
  const overridden = insured.value.overridden || place.value.overridden;
  return { code: null, warnings: overridden ? ['UNVERIFIED_REGION_OVERRIDE'] : [] };
}
