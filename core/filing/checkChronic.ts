import type { ChronicFinding, Claim, OpspQualification, PolicySet } from '../types.ts';
import { CoreError } from '../errors/index.ts';
import { daysBetween } from './dates/index.ts';

/** D-7 outcome: a failure code or null, what was found, and warnings. */
export interface ChronicCheck {
  code: 'CHRONIC_NOT_QUALIFIED' | 'CHRONIC_DISEASE_NOT_ENABLED' | null;
  finding: ChronicFinding;
  warnings: readonly string[];
}

const covers = (q: OpspQualification, date: string) => q.begin <= date && (q.end == null || date <= q.end);

/**
 * D-7 (R-13): 门诊慢特病 — the 参保地 qualification for the claim's disease is active on the
 * service date, and the disease is on the 参保地's cross-province list. Without a policy, its
 * `chronic` part or its list (`diseases: null`), the list is unknown: the check passes with the
 * warning `CHRONIC_LIST_UNKNOWN` (the settlement then needs the pack's figures, POLICY_INCOMPLETE).
 * A qualification is looked for first: "not recognised" and "lapsed" tell the patient what to do
 * at the 参保地 even for a disease that is not enabled.
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
  if (disease !== undefined && typeof disease !== 'string') {
    throw new CoreError('INVALID_INPUT', 'give opspDiseaseCode as text, e.g. "M01600" (R-13)', 'claim.opspDiseaseCode');
  }
  const diseases = policy?.chronic?.diseases ?? null;
  if (disease === undefined || disease === '') {
    return { code: 'CHRONIC_NOT_QUALIFIED', finding: { diseaseCode: null, enabled: null, detail: 'NO_DISEASE_CODE' }, warnings: ['NO_DISEASE_CODE'] };
  }
  const enabled = diseases === null ? null : diseases.includes(disease);
  const own = qualifications.filter((q) => q.diseaseCode === disease);
  const active = own.find((q) => covers(q, serviceDate));
  if (!active) {
    // The most recent lapsed one, else the earliest one still to start.
    const lapsed = own.filter((q) => q.end != null && q.end < serviceDate).sort((a, b) => (a.end! < b.end! ? 1 : -1))[0];
    const future = own.filter((q) => q.begin > serviceDate).sort((a, b) => (a.begin < b.begin ? -1 : 1))[0];
    const finding: ChronicFinding = lapsed
      ? { diseaseCode: disease, enabled, detail: 'LAPSED', qualification: lapsed, daysSinceLapse: daysBetween(lapsed.end!, serviceDate) }
      : future
        ? { diseaseCode: disease, enabled, detail: 'NOT_YET_VALID', qualification: future }
        : { diseaseCode: disease, enabled, detail: 'NOT_RECOGNISED' };
    return { code: 'CHRONIC_NOT_QUALIFIED', finding, warnings: [] };
  }
  const finding: ChronicFinding = { diseaseCode: disease, enabled, qualification: active };
  if (enabled === null) return { code: null, finding, warnings: ['CHRONIC_LIST_UNKNOWN'] };
  return { code: enabled ? null : 'CHRONIC_DISEASE_NOT_ENABLED', finding, warnings: [] };
}
