import type { WorkingCalendar } from '../calendar/dayKind.ts';
import type { InstitutionParam } from '../institutionSources.ts';

/** How a deadline that falls on a non-working day is treated. */
export type NonWorkingDeadline = 'KEEP' | 'NEXT_WORKING_DAY';

/**
 * The numbers and readings behind the monthly schedule, each with its source and status.
 * The two readings are project defaults (O-8): the official text was not read on these points.
 */
export const SCHEDULE_PARAMS = {
  /** "医疗机构原则上于次月10日前申报": the day of the next month. */
  declarationDay: { value: 10, source: 'nhsa-2025-10', status: 'VERIFIED', rules: ['R-18'] },
  /**
   * "次月10日前" read as "by the 10th, the 10th included" (the last day to declare is the 10th).
   * Project default (O-8: whether the 10th is included is open); `inclusive: false` makes it the 9th.
   */
  declarationDayInclusive: { value: true, source: 'project-default', status: 'UNVERIFIED', rules: ['R-18', 'O-8'] },
  /**
   * A deadline on a weekend or holiday stays where it is (declaring is an upload, and the text names a
   * calendar day). Project default; `onNonWorkingDay: 'NEXT_WORKING_DAY'` moves it like a tax deadline.
   */
  deadlineOnNonWorkingDay: { value: 'KEEP' as NonWorkingDeadline, source: 'project-default', status: 'UNVERIFIED', rules: ['R-18', 'O-8'] },
  /** "自申报截止次日起20个工作日内拨付": the count starts on the day after the deadline. */
  paymentWorkingDays: { value: 20, source: 'nhsa-2025-10', status: 'VERIFIED', rules: ['R-18'] },
  /** "力争次月底前": read as the end of the month after the settlement month (the declaration month). */
  paymentAim: { value: 'END_OF_NEXT_MONTH', source: 'nhsa-2025-10', status: 'PARTIAL', rules: ['R-18'] },
} as const satisfies Record<string, InstitutionParam<unknown>>;

/** Options of the schedule functions; absent values take `SCHEDULE_PARAMS`. */
export interface ScheduleOptions {
  /** The 10th is the last day (true, default) or the 9th is (false). */
  inclusive?: boolean;
  onNonWorkingDay?: NonWorkingDeadline;
  /** Working-day calendar (default `CHINA_HOLIDAYS`). */
  calendar?: WorkingCalendar;
}
