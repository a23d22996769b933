import { CoreError } from '../../errors/index.ts';
import { fromDayNumber } from '../../filing/dates/fromDayNumber.ts';
import { CHINA_HOLIDAYS } from './chinaHolidays.ts';
import { dayInfoAt, dayNumberOf, type WorkingCalendar } from './dayKind.ts';

/**
 * Working days from `from` to `to`, both included (R-18 calendar).
 * @throws CoreError `INVALID_DATE` for a malformed date or `to` before `from`; `POLICY_INCOMPLETE`
 *   naming a year in the range that the calendar lacks
 */
export function countWorkingDays(from: string, to: string, calendar: WorkingCalendar = CHINA_HOLIDAYS): number {
  const a = dayNumberOf(from, 'from');
  const b = dayNumberOf(to, 'to');
  if (b < a) throw new CoreError('INVALID_DATE', 'the end date is before the start date: give from ≤ to', 'to');
  if (b - a > 3660) throw new CoreError('INVALID_DATE', 'the range is longer than ten years: give a shorter one', 'to');
  let n = 0;
  for (let d = a; d <= b; d++) {
    const iso = fromDayNumber(d);
    if (dayInfoAt(calendar, Number(iso.slice(0, 4)), d, iso).working) n += 1;
  }
  return n;
}
