import { assertFilingContext } from '../guards/assertFilingContext.ts';
import { expectObject } from '../guards/expect.ts';
import { FILING_CATEGORIES, isLongTerm } from '../types.ts';
import type { Filing } from '../types.ts';
import { isOutsideNetworkPlace, parseDivisionCode } from '../region/index.ts';
import { addDays, addMonths, isIsoDate, toCstDate } from './dates/index.ts';
import { filingRules } from './filingRules.ts';
import { FILING_HINTS } from './filingHints.ts';
import type { FilingContext, FilingInput, FilingResult } from './filingResult.ts';
import { findConflicts } from './findConflicts.ts';
import { invalidFiling } from './invalidFiling.ts';
import { readFiling } from './readFiling.ts';

/**
 * §4.4: records a filing accepted at `now` (R-7: `registeredAt = now`). Checks the category
 * the target place (R-1: 6 digits, known prefix, not 71/81/82), the dates, a temporary
 * filing's minimum validity `validTo ≥ validFrom + tmpValidityMonths − 1 day` (R-3c; that exact
 * day is the default end), no end for a long-term filing (R-3a) and the one-place rule
 * (R-3e, `maxConcurrentFilings`).
 *
 * @param input - the request
 * @param context - existing filings, the 参保地 policy (defaults: `filingRules`) and `now`
 * @returns `{ ok: true, filing, warnings }` (warnings e.g. BACKDATED_START, POOL_CODE_TARGET,
 *   NO_POLICY) or a rejection INVALID_FILING / REJECT_CONCURRENT_FILING with a hint
 * @throws CoreError `INVALID_DATE` for a malformed `now` or existing filing dates,
 *   `UNKNOWN_CODE` / `INVALID_DIVISION_CODE` for a malformed existing filing
 */
export function createFiling(input: FilingInput, rawContext: FilingContext): FilingResult {
  expectObject(input, 'input');
  const context = assertFilingContext(rawContext);
  const rules = filingRules(context.policy);
  const today = toCstDate(context.now, 'now');
  const existing = context.existing.map((f, i) => readFiling(f, `existing[${i}]`));
  if (!FILING_CATEGORIES.includes(input.category)) return invalidFiling('UNKNOWN_CATEGORY', 'category', ['R-2']);
  if (typeof input.id !== 'string' || input.id === '') return invalidFiling('INVALID_ID', 'id');
  if (existing.some((w) => w.filing.id === input.id)) return invalidFiling('DUPLICATE_ID', 'id');
  // 台湾, 香港, 澳门 are outside the network.
  if (isOutsideNetworkPlace(input.targetAdmdvs)) return invalidFiling('TARGET_OUTSIDE_NETWORK', 'targetAdmdvs', ['R-1']);
  const target = parseDivisionCode(input.targetAdmdvs);
  if (!target.ok) return invalidFiling('INVALID_TARGET', 'targetAdmdvs', ['R-1']);
  if (!isIsoDate(input.validFrom)) return invalidFiling('INVALID_DATE', 'validFrom');

  let validTo: string | null = null;
  if (isLongTerm(input.category)) {
    // R-3a: long-term filings have no end date.
    if (input.validTo !== null && input.validTo !== undefined) return invalidFiling('LONG_TERM_END_DATE', 'validTo', ['R-3a']);
  } else {
    // R-3c, DF-11: validTo = validFrom + N months − 1 day (inclusive) at least.
    const minValidTo = addDays(addMonths(input.validFrom, rules.tmpValidityMonths), -1);
    validTo = input.validTo ?? minValidTo;
    if (!isIsoDate(validTo) || validTo < input.validFrom) return invalidFiling('INVALID_DATE', 'validTo');
    if (validTo < minValidTo) {
      const hint = FILING_HINTS.tooShort(rules.tmpValidityMonths, minValidTo);
      return { ok: false, code: 'INVALID_FILING', reason: 'VALIDITY_TOO_SHORT', path: 'validTo', minValidTo, rules: ['R-3c'], hint };
    }
  }

  // R-3e (UNVERIFIED): one treatment place at a time.
  const conflicts = findConflicts(existing, input.targetAdmdvs, input.validFrom, validTo, today);
  if (conflicts.length >= rules.maxConcurrentFilings) {
    const conflictingIds = conflicts.map((w) => w.filing.id);
    return { ok: false, code: 'REJECT_CONCURRENT_FILING', conflictingIds, rules: ['R-3e'], hint: FILING_HINTS.concurrent(rules.maxConcurrentFilings) };
  }

  const filing: Filing = {
    id: input.id,
    category: input.category,
    targetAdmdvs: input.targetAdmdvs,
    registeredAt: context.now,
    validFrom: input.validFrom,
    validTo,
    viaCommitment: input.viaCommitment ?? false,
    commitmentDocsCompleted: input.commitmentDocsCompleted ?? false,
    cancelledAt: null,
  };
  const warnings = [
    ...rules.warnings,
    // a back-dated start is REGIONAL / UNVERIFIED; D-6 never needs it.
    ...(input.validFrom < today ? ['BACKDATED_START'] : []),
    // DF-12: a pool code covers its city.
    ...(target.value.level === 'POOL' ? ['POOL_CODE_TARGET'] : []),
  ];
  return { ok: true, filing, warnings };
}
