import { PlatformFailure, mockErrMsg } from '../envelope/mockErrors.ts';
import { isCoreError } from './coreBridge.ts';
import type { Verdict } from './coreBridge.ts';

/**
 * Turns a non-settling S-0 verdict into the mock's error (infcode -1), carrying the verdict's
 * own hint: filing problems → MOCK-E030, inactive insurance → MOCK-E021, the rest → MOCK-E031.
 */
export function verdictFailure(v: Verdict): PlatformFailure {
  const hint = v.hint.zh;
  switch (v.code) {
    case 'NOT_FILED':
    case 'FILE_BEFORE_DISCHARGE':
    case 'MANUAL_CLAIM':
      return new PlatformFailure(mockErrMsg('MOCK-E030', `${v.code}${v.detail ? `/${v.detail}` : ''} ${hint}`));
    case 'INSURANCE_INACTIVE':
      return new PlatformFailure(mockErrMsg('MOCK-E021', hint));
    case 'CHRONIC_NOT_QUALIFIED':
      // D-7 (R-13): the reason (LAPSED, NOT_RECOGNISED, …) goes with the code, as NOT_FILED's detail.
      return new PlatformFailure(mockErrMsg('MOCK-E031', `${v.code}${v.chronic?.detail ? `/${v.chronic.detail}` : ''} ${hint}`));
    default:
      return new PlatformFailure(mockErrMsg('MOCK-E031', `${v.code} ${hint}`));
  }
}

/** A pack that does not fit the person or claim (POLICY_MISMATCH) is an input problem too (issue 6). */
const INPUT_CODES = new Set(['INVALID_INPUT', 'INVALID_AMOUNT', 'INVALID_DATE', 'UNKNOWN_CODE', 'INVALID_DIVISION_CODE', 'POLICY_MISMATCH']);

/**
 * Maps a thrown core error (or anything else) to a failure: input problems the core finds (a date
 * that does not exist, a negative claim total, a pack that does not fit the insured place …) →
 * MOCK-E004, other policy problems → MOCK-E032.
 * Core messages carry no personal data; only the code and path are used.
 */
export function mapCoreError(e: unknown): PlatformFailure {
  if (isCoreError(e)) {
    const where = `${e.code}${e.path ? ` ${e.path}` : ''}`;
    return new PlatformFailure(mockErrMsg(INPUT_CODES.has(e.code) ? 'MOCK-E004' : 'MOCK-E032', where));
  }
  return new PlatformFailure(mockErrMsg('MOCK-E099', e instanceof Error ? e.name : 'unknown'));
}
