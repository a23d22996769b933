/**
 * Days since 1970-01-01 of a proleptic Gregorian calendar date (integer arithmetic only; the core
 * has no clock and no `Date`).
 *
 * @param year - full year, 1 … 9999
 * @param month - 1 … 12
 * @param day - 1 … 31 (not checked here)
 * @returns the day number (negative before 1970)
 */
export function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
