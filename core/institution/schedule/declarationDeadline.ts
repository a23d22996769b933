import { expectBoolean } from '../../guards/expect.ts';
import { CoreError } from '../../errors/index.ts';
import { addWorkingDays } from '../calendar/addWorkingDays.ts';
import { CHINA_HOLIDAYS } from '../calendar/chinaHolidays.ts';
import { isWorkingDay } from '../calendar/dayKind.ts';
import { optionsOf } from '../guards.ts';
import { dateIn, nextMonth, parseMonth } from './parseMonth.ts';
import { SCHEDULE_PARAMS, type ScheduleOptions } from './scheduleParams.ts';

/**
 * The last day to declare a settlement month's expenses (R-18: "原则上于次月10日前申报").
 * Read, by project default (O-8), as the 10th of the next month included, kept on that day even
 * when it is not a working day; `inclusive: false` gives the 9th, `onNonWorkingDay:
 * 'NEXT_WORKING_DAY'` moves a deadline on a weekend or holiday to the next working day.
 * @param month the settlement month `YYYY-MM`
 * @returns `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE` for a bad month; `POLICY_INCOMPLETE` naming a missing calendar year
 *   (only when the deadline has to be moved)
 */
export function declarationDeadline(month: string, options?: ScheduleOptions): string {
  const opts = optionsOf<ScheduleOptions>(options);
  const next = nextMonth(parseMonth(month));
  const inclusive = opts.inclusive ?? SCHEDULE_PARAMS.declarationDayInclusive.value;
  expectBoolean(inclusive, 'inclusive');
  const rule = opts.onNonWorkingDay ?? SCHEDULE_PARAMS.deadlineOnNonWorkingDay.value;
  if (rule !== 'KEEP' && rule !== 'NEXT_WORKING_DAY') {
    throw new CoreError('UNKNOWN_CODE', 'use onNonWorkingDay KEEP or NEXT_WORKING_DAY', 'onNonWorkingDay');
  }
  const day = SCHEDULE_PARAMS.declarationDay.value - (inclusive ? 0 : 1);
  const deadline = dateIn(next, day);
  const calendar = opts.calendar ?? CHINA_HOLIDAYS;
  if (rule === 'KEEP' || isWorkingDay(deadline, calendar)) return deadline;
  return addWorkingDays(deadline, 1, calendar);
}
