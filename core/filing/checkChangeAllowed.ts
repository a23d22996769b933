import { assertFilingContext } from '../guards/assertFilingContext.ts';
import { expectString } from '../guards/expect.ts';
import { isLongTerm } from '../types.ts';
import { toCstDate } from './dates/index.ts';
import { earliestChangeDate } from './earliestChangeDate.ts';
import { FILING_HINTS } from './filingHints.ts';
import type { FilingContext, FilingRejection } from './filingResult.ts';
import { filingRules } from './filingRules.ts';
import { invalidFiling } from './invalidFiling.ts';
import { readFiling } from './readFiling.ts';
import type { FilingWindow } from './readFiling.ts';

/** The filing to change or cancel, or why it may not be touched. */
export type ChangeGate = { ok: true; window: FilingWindow; index: number; warnings: readonly string[] } | FilingRejection;

/**
 * R-3b, DF-11, E-6: whether a filing may be changed or cancelled at `now`: it exists and is not
 * cancelled, and a long-term filing is changed on or after `date(registeredAt)` +
 * `ltMinMonthsBeforeChange` months (the anniversary day itself is allowed). Temporary filings have
 * no lock.
 *
 * @param filingId - the filing's id
 * @param context - existing filings, policy and `now`
 * @returns the filing, or a rejection INVALID_FILING (FILING_NOT_FOUND, ALREADY_CANCELLED) /
 *   REJECT_CHANGE_TOO_EARLY with the earliest date
 * @throws CoreError `INVALID_DATE` for a malformed `now` or filing dates
 */
export function checkChangeAllowed(filingId: string, rawContext: FilingContext): ChangeGate {
  expectString(filingId, 'filingId');
  const context = assertFilingContext(rawContext);
  const today = toCstDate(context.now, 'now');
  const index = context.existing.findIndex((f) => f.id === filingId);
  const found = context.existing[index];
  if (found === undefined) return invalidFiling('FILING_NOT_FOUND', 'filingId');
  const window = readFiling(found, `existing[${index}]`);
  if (window.cancelledDate !== null) return invalidFiling('ALREADY_CANCELLED', 'filingId');
  const rules = filingRules(context.policy);
  if (isLongTerm(found.category)) {
    const earliestDate = earliestChangeDate(found, rules.ltMinMonthsBeforeChange);
    if (today < earliestDate) {
      const hint = FILING_HINTS.changeTooEarly(rules.ltMinMonthsBeforeChange, earliestDate);
      return { ok: false, code: 'REJECT_CHANGE_TOO_EARLY', earliestDate, rules: ['R-3b'], hint };
    }
  }
  return { ok: true, window, index, warnings: rules.warnings };
}
