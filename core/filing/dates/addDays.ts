import { expectInt } from '../../guards/expect.ts';
import { fromDayNumber } from './fromDayNumber.ts';
import { parseIsoDate } from './parseIsoDate.ts';
import { toDayNumber } from './toDayNumber.ts';

/**
 * Adds whole days to a calendar date.
 *
 * @param date - `YYYY-MM-DD`
 * @param days - days to add (may be negative)
 * @param path - JSON path named in the error
 * @returns the resulting `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE` when `date` is not a real date
 */
export function addDays(date: string, days: number, path = 'date'): string {
  const { year, month, day } = parseIsoDate(date, path);
  expectInt(days, 'days', -3_650_000, 3_650_000);
  if (days === 0) return date;
  return fromDayNumber(toDayNumber(year, month, day) + days);
}
