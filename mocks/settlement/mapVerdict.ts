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
    default:
      return new PlatformFailure(mockErrMsg('MOCK-E031', `${v.code} ${hint}`));
  }
}

/** Maps a thrown core error (or anything else) to a failure; messages carry no personal data. */
export function mapCoreError(e: unknown): PlatformFailure {
  if (isCoreError(e)) return new PlatformFailure(mockErrMsg('MOCK-E032', `${e.code}${e.path ? ` ${e.path}` : ''}`));
  return new PlatformFailure(mockErrMsg('MOCK-E099', e instanceof Error ? e.name : 'unknown'));
}
