import { expectInt } from '../../guards/expect.ts';
import { daysInMonth } from './daysInMonth.ts';
import { fromDayNumber } from './fromDayNumber.ts';
import { parseIsoDate } from './parseIsoDate.ts';
import { toDayNumber } from './toDayNumber.ts';

/**
 * DF-11: "+ N months" keeps the day of month, clamped to the last day of the target month
 * (2025-08-31 + 6 months = 2026-02-28).
 *
 * @param date - `YYYY-MM-DD`
 * @param months - whole months to add (may be negative)
 * @param path - JSON path named in the error
 * @returns the resulting `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE` when `date` is not a real date
 */
export function addMonths(date: string, months: number, path = 'date'): string {
  const { year, month, day } = parseIsoDate(date, path);
  expectInt(months, 'months', -120_000, 120_000);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromDayNumber(toDayNumber(y, m, Math.min(day, daysInMonth(y, m))));
}
