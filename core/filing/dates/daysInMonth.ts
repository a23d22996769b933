import { expectInt } from '../../guards/expect.ts';
/**
 * Number of days in a month of the Gregorian calendar.
 *
 * @param year - full year
 * @param month - 1 … 12
 * @returns 28 … 31
 */
export function daysInMonth(year: number, month: number): number {
  expectInt(year, 'year', -1_000_000, 1_000_000);
  expectInt(month, 'month', 1, 12);
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
