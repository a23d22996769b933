import { expectInt } from '../../guards/expect.ts';
import { fromDayNumber } from '../../filing/dates/fromDayNumber.ts';
import { parseIsoDate } from '../../filing/dates/index.ts';
import { CHINA_HOLIDAYS } from './chinaHolidays.ts';
import { dayInfoAt, dayNumberOf, type WorkingCalendar } from './dayKind.ts';

/**
 * The date `n` working days after `date`: `date` itself is not counted, the n-th working day after
 * it is returned (`n` = 0 returns `date`). R-18: working days follow `CHINA_HOLIDAYS`.
 * @param n whole working days, 0 … 3650
 * @throws CoreError `INVALID_DATE`; `INVALID_INPUT` for a bad `n`; `POLICY_INCOMPLETE` naming the
 *   first year the count reaches that the calendar lacks
 */
export function addWorkingDays(date: string, n: number, calendar: WorkingCalendar = CHINA_HOLIDAYS): string {
  parseIsoDate(date, 'date');
  expectInt(n, 'n', 0, 3650);
  let d = dayNumberOf(date);
  for (let left = n; left > 0; ) {
    d += 1;
    const iso = fromDayNumber(d);
    if (dayInfoAt(calendar, Number(iso.slice(0, 4)), d, iso).working) left -= 1;
  }
  return fromDayNumber(d);
}
