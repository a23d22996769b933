import { expectInt, expectObject } from '../guards/expect.ts';
import type { Filing } from '../types.ts';
import { addMonths, toCstDate } from './dates/index.ts';

/**
 * R-3b, DF-11: the first day a long-term filing may be changed or cancelled:
 * `date(registeredAt)` (CST) + N months, day kept and clamped to the month end. A request on
 * that very day is allowed (E-6).
 *
 * @param filing - the filing
 * @param months - `ltMinMonthsBeforeChange`
 * @returns `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE` for a malformed `registeredAt`
 */
export function earliestChangeDate(filing: Filing, months: number): string {
  expectObject(filing, 'filing');
  expectInt(months, 'months', 0, 1200);
  return addMonths(toCstDate(filing.registeredAt, 'filing.registeredAt'), months);
}
