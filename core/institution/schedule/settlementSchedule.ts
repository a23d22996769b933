import { addDays, daysBetween, daysInMonth } from '../../filing/dates/index.ts';
import { CHINA_HOLIDAYS } from '../calendar/chinaHolidays.ts';
import { countWorkingDays } from '../calendar/countWorkingDays.ts';
import { dayKind, type DayKind } from '../calendar/dayKind.ts';
import { optionsOf } from '../guards.ts';
import { INSTITUTION_SOURCES } from '../institutionSources.ts';
import { declarationDeadline } from './declarationDeadline.ts';
import { dateIn, monthText, nextMonth, parseMonth } from './parseMonth.ts';
import { paymentDueDate } from './paymentDueDate.ts';
import { SCHEDULE_PARAMS, type ScheduleOptions } from './scheduleParams.ts';

/** A parameter as the schedule used it: its value, document and status. */
export interface ScheduleParamUse {
  name: keyof typeof SCHEDULE_PARAMS;
  value: string;
  docNo: string;
  status: string;
  rules: readonly string[];
}

/** The monthly instant-settlement schedule of one settlement month. */
export interface SettlementSchedule {
  month: string;
  /** The first day declarations are taken: the 1st of the next month. */
  declarationOpens: string;
  declarationDeadline: string;
  deadlineKind: DayKind;
  /** Working days from `declarationOpens` to the deadline, both included. */
  workingDaysToDeclare: number;
  /** The day the 20 working days start: the day after the deadline. */
  paymentCountFrom: string;
  paymentDueDate: string;
  /** Working days from `paymentCountFrom` to the due date, both included (always 20). */
  workingDaysToPay: number;
  /** Calendar days from the deadline to the due date. */
  calendarDaysToPay: number;
  /** "力争次月底前": the end of the declaration month. */
  aimBy: string;
  dueAfterAim: boolean;
  params: readonly ScheduleParamUse[];
  /** The holiday notices the count used, by year. */
  calendarNotices: readonly { year: number; docNo: string; status: string }[];
}

/**
 * Everything `yibao calendar YYYY-MM` prints: declaration window and deadline, payment due date,
 * the working days in between and every parameter with its source.
 * @throws CoreError `INVALID_DATE`; `POLICY_INCOMPLETE` at `calendar.<year>` for a missing year
 */
export function settlementSchedule(month: string, options?: ScheduleOptions): SettlementSchedule {
  const opts = optionsOf<ScheduleOptions>(options);
  const m = parseMonth(month);
  const calendar = opts.calendar ?? CHINA_HOLIDAYS;
  const next = nextMonth(m);
  const deadline = declarationDeadline(month, opts);
  const due = paymentDueDate(month, opts);
  const opens = dateIn(next, 1);
  const countFrom = addDays(deadline, 1);
  const aimBy = dateIn(next, daysInMonth(next.year, next.month));
  const used: Record<keyof typeof SCHEDULE_PARAMS, string> = {
    declarationDay: String(SCHEDULE_PARAMS.declarationDay.value),
    declarationDayInclusive: String(opts.inclusive ?? SCHEDULE_PARAMS.declarationDayInclusive.value),
    deadlineOnNonWorkingDay: opts.onNonWorkingDay ?? SCHEDULE_PARAMS.deadlineOnNonWorkingDay.value,
    paymentWorkingDays: String(SCHEDULE_PARAMS.paymentWorkingDays.value),
    paymentAim: SCHEDULE_PARAMS.paymentAim.value,
  };
  const years = [...new Set([opens, due].map((d) => Number(d.slice(0, 4))))];
  return {
    month: monthText(m),
    declarationOpens: opens,
    declarationDeadline: deadline,
    deadlineKind: dayKind(deadline, calendar).kind,
    workingDaysToDeclare: countWorkingDays(opens, deadline, calendar),
    paymentCountFrom: countFrom,
    paymentDueDate: due,
    workingDaysToPay: countWorkingDays(countFrom, due, calendar),
    calendarDaysToPay: daysBetween(deadline, due),
    aimBy,
    dueAfterAim: due > aimBy,
    params: (Object.keys(SCHEDULE_PARAMS) as (keyof typeof SCHEDULE_PARAMS)[]).map((name) => {
      const p = SCHEDULE_PARAMS[name];
      return { name, value: used[name], docNo: INSTITUTION_SOURCES[p.source].docNo, status: p.status, rules: p.rules };
    }),
    calendarNotices: years.map((year) => ({ year, docNo: calendar[year]!.notice.docNo, status: calendar[year]!.status })),
  };
}
