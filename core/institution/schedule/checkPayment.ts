import { addDays, daysBetween } from '../../filing/dates/index.ts';
import { CHINA_HOLIDAYS } from '../calendar/chinaHolidays.ts';
import { countWorkingDays } from '../calendar/countWorkingDays.ts';
import { dayNumberOf } from '../calendar/dayKind.ts';
import { optionsOf } from '../guards.ts';
import { paymentDueDate } from './paymentDueDate.ts';
import type { ScheduleOptions } from './scheduleParams.ts';

/** Whether the fund paid a month on time. */
export interface PaymentCheck {
  month: string;
  dueDate: string;
  paidOn: string;
  onTime: boolean;
  /** Working days after the due date up to the payment day included; 0 when on time. */
  workingDaysLate: number;
  /** Calendar days after the due date; 0 when on time. */
  calendarDaysLate: number;
}

/**
 * Checks a payment day against the month's due date.
 * @param month the settlement month `YYYY-MM`
 * @param paidOn the day the money arrived, `YYYY-MM-DD`
 * @throws CoreError `INVALID_DATE`; `POLICY_INCOMPLETE` naming a missing calendar year
 */
export function checkPayment(month: string, paidOn: string, options?: ScheduleOptions): PaymentCheck {
  const opts = optionsOf<ScheduleOptions>(options);
  const dueDate = paymentDueDate(month, opts);
  const late = dayNumberOf(paidOn, 'paidOn') > dayNumberOf(dueDate);
  return {
    month,
    dueDate,
    paidOn,
    onTime: !late,
    workingDaysLate: late ? countWorkingDays(addDays(dueDate, 1), paidOn, opts.calendar ?? CHINA_HOLIDAYS) : 0,
    calendarDaysLate: late ? daysBetween(dueDate, paidOn) : 0,
  };
}
