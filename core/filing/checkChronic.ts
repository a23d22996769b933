import type { Claim, OpspQualification, PolicySet } from '../types.ts';

/** D-7 outcome: a failure code or null, and warnings. */
export interface ChronicCheck {
  code: 'CHRONIC_NOT_QUALIFIED' | 'CHRONIC_DISEASE_NOT_ENABLED' | null;
  warnings: readonly string[];
}

/**
 * D-7 (R-13): 门诊慢特病 — the 参保地 qualification for the claim's disease is active on the
 * service date, and the disease is on the 参保地's cross-province list. Without a policy (or its
 * `chronic` part) the list is unknown: the check passes with the warning `CHRONIC_LIST_UNKNOWN`.
 *
 * @param claim - a CHRONIC_OUTPATIENT claim (`opspDiseaseCode`)
 * @param serviceDate - its checked service date
 * @param qualifications - the person's checked qualifications
 * @param policy - the 参保地 policy
 * @returns the check result
 */
export function checkChronic(
  claim: Claim,
  serviceDate: string,
  qualifications: readonly OpspQualification[],
  policy: PolicySet | undefined,
): ChronicCheck {
  const disease = claim.opspDiseaseCode;
  if (disease === undefined || disease === '') return { code: 'CHRONIC_NOT_QUALIFIED', warnings: ['NO_DISEASE_CODE'] };
  const qualified = qualifications.some(
    (q) => q.diseaseCode === disease && q.begin <= serviceDate && (q.end === null || q.end === undefined || serviceDate <= q.end),
  );
  if (!qualified) return { code: 'CHRONIC_NOT_QUALIFIED', warnings: [] };
  const diseases = policy?.chronic?.diseases;
  if (diseases === undefined) return { code: null, warnings: ['CHRONIC_LIST_UNKNOWN'] };
  return { code: diseases.includes(disease) ? null : 'CHRONIC_DISEASE_NOT_ENABLED', warnings: [] };
}
