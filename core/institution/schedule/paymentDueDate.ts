import { addWorkingDays } from '../calendar/addWorkingDays.ts';
import { CHINA_HOLIDAYS } from '../calendar/chinaHolidays.ts';
import { optionsOf } from '../guards.ts';
import { declarationDeadline } from './declarationDeadline.ts';
import { SCHEDULE_PARAMS, type ScheduleOptions } from './scheduleParams.ts';

/**
 * The last day the fund may pay a settlement month (R-18: "自申报截止次日起20个工作日内"): the count
 * starts on the day after the declaration deadline, so the due date is the 20th working day after
 * the deadline (a deadline day itself never counts).
 * @param month the settlement month `YYYY-MM`
 * @returns `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE`; `POLICY_INCOMPLETE` at `calendar.<year>` when the count
 *   reaches a year the calendar lacks
 */
export function paymentDueDate(month: string, options?: ScheduleOptions): string {
  const opts = optionsOf<ScheduleOptions>(options);
  return addWorkingDays(declarationDeadline(month, opts), SCHEDULE_PARAMS.paymentWorkingDays.value, opts.calendar ?? CHINA_HOLIDAYS);
}
