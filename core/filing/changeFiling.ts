import { checkChangeAllowed } from './checkChangeAllowed.ts';
import { createFiling } from './createFiling.ts';
import type { FilingChangeResult, FilingContext, FilingInput } from './filingResult.ts';

/**
 * §4.4, R-3b: changes a filing at `now`: the old one is cancelled at `now` and the new one is
 * checked as by `createFiling` (the old one no longer counts for R-3e).
 *
 * @param filingId - the id of the filing to change, in `context.existing`
 * @param replacement - the new filing (its own id)
 * @param context - existing filings, the 参保地 policy and `now`
 * @returns `{ ok: true, filing, cancelled, warnings }` or a rejection REJECT_CHANGE_TOO_EARLY /
 *   REJECT_CONCURRENT_FILING / INVALID_FILING
 * @throws CoreError `INVALID_DATE` for a malformed `now` or filing dates
 */
export function changeFiling(filingId: string, replacement: FilingInput, context: FilingContext): FilingChangeResult {
  const gate = checkChangeAllowed(filingId, context);
  if (!gate.ok) return gate;
  const cancelled = { ...gate.window.filing, cancelledAt: context.now };
  const existing = context.existing.map((f, i) => (i === gate.index ? cancelled : f));
  const created = createFiling(replacement, { ...context, existing });
  if (!created.ok) return created;
  return { ok: true, filing: created.filing, cancelled, warnings: created.warnings };
}
