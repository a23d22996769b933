import { parseIsoDate } from './parseIsoDate.ts';
import { toDayNumber } from './toDayNumber.ts';

/**
 * Whole calendar days from one date to another (`to − from`; negative when `to` is earlier).
 * E-3: a filing valid to 2025-08-31 is 1 day expired on 2025-09-01.
 *
 * @param from - `YYYY-MM-DD`
 * @param to - `YYYY-MM-DD`
 * @returns the signed number of days
 * @throws CoreError `INVALID_DATE` when either is not a real date
 */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from, 'from');
  const b = parseIsoDate(to, 'to');
  return toDayNumber(b.year, b.month, b.day) - toDayNumber(a.year, a.month, a.day);
}
