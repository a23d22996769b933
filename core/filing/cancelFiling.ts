import { checkChangeAllowed } from './checkChangeAllowed.ts';
import type { FilingContext, FilingResult } from './filingResult.ts';

/**
 * §4.4, R-3b: cancels a filing at `now`. The returned copy has `cancelledAt = now`; it covers only
 * dates before the CST date of `now` (DF-11).
 *
 * @param filingId - the filing's id in `context.existing`
 * @param context - existing filings, the 参保地 policy and `now`
 * @returns `{ ok: true, filing }` or a rejection REJECT_CHANGE_TOO_EARLY (Example 10 h) /
 *   INVALID_FILING (FILING_NOT_FOUND, ALREADY_CANCELLED)
 * @throws CoreError `INVALID_DATE` for a malformed `now` or filing dates
 */
export function cancelFiling(filingId: string, context: FilingContext): FilingResult {
  const gate = checkChangeAllowed(filingId, context);
  if (!gate.ok) return gate;
  return { ok: true, filing: { ...gate.window.filing, cancelledAt: context.now }, warnings: gate.warnings };
}
