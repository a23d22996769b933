import type { FilingRejection, InvalidFilingReason } from './filingResult.ts';
import { INVALID_FILING_HINTS } from './filingHints.ts';

/**
 * Builds an INVALID_FILING rejection with its hint.
 *
 * @param reason - why (not VALIDITY_TOO_SHORT, which carries its own hint)
 * @param path - the offending field of the request
 * @param rules - the rule ids behind it
 * @returns the rejection
 */
export function invalidFiling(
  reason: Exclude<InvalidFilingReason, 'VALIDITY_TOO_SHORT'>,
  path: string,
  rules: readonly string[] = [],
): FilingRejection {
  return { ok: false, code: 'INVALID_FILING', reason, path, rules, hint: INVALID_FILING_HINTS[reason] };
}
