import type { OpspQualification } from '../types.ts';
import { assertDateRange } from './dates/index.ts';

/**
 * Checks the dates of the person's 门诊慢特病 qualifications.
 *
 * @param qualifications - the person's qualification records
 * @returns the same records
 * @throws CoreError `INVALID_DATE` for a malformed date or `begin` after `end`
 */
export function readQualifications(qualifications: readonly OpspQualification[]): readonly OpspQualification[] {
  qualifications.forEach((q, i) => {
    const path = `person.opspQualifications[${i}]`;
    assertDateRange(q.begin, q.end, `${path}.begin`, `${path}.end`);
  });
  return qualifications;
}
