import { CoreError } from '../../errors/index.ts';
import { parseIsoDate } from '../../filing/dates/index.ts';
import { expectArray, expectObject, expectString } from '../../guards/expect.ts';
import { toDayNumber } from '../../filing/dates/toDayNumber.ts';
import type { LocalText } from '../../types.ts';
import { CHINA_HOLIDAYS, type HolidayYear } from './chinaHolidays.ts';

/** A working-day calendar: years of holiday notices (`CHINA_HOLIDAYS` unless a caller gives its own). */
export type WorkingCalendar = Readonly<Record<number, HolidayYear>>;

/** What a day is: a plain working day, a weekend day, a holiday-period day, or a 调休 make-up working day. */
export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'MAKE_UP_WORKDAY';

export interface DayInfo {
  date: string;
  kind: DayKind;
  working: boolean;
  /** 0 Sunday … 6 Saturday. */
  weekday: number;
  /** The holiday period, for HOLIDAY; the period it makes up for is not recorded. */
  holiday?: LocalText;
}

interface YearIndex {
  holidays: Map<number, LocalText>;
  makeUp: Set<number>;
}

const indexes = new WeakMap<WorkingCalendar, Map<number, YearIndex>>();

/** Day number of a `YYYY-MM-DD` that is known to be valid. */
export const dayNumberOf = (date: string, path = 'date'): number => {
  const { year, month, day } = parseIsoDate(date, path);
  return toDayNumber(year, month, day);
};

/** 1970-01-01 (day 0) was a Thursday. */
export const weekdayOf = (dayNumber: number): number => (((dayNumber + 4) % 7) + 7) % 7;

/** The year's index, or CoreError POLICY_INCOMPLETE naming the missing year. */
export function yearIndex(calendar: WorkingCalendar, year: number): YearIndex {
  expectObject(calendar, 'calendar');
  let byYear = indexes.get(calendar);
  if (!byYear) indexes.set(calendar, (byYear = new Map()));
  const known = byYear.get(year);
  if (known) return known;
  const data = Object.hasOwn(calendar, year) ? calendar[year] : undefined;
  if (!data) {
    const years = Object.keys(calendar).join(', ') || 'none';
    throw new CoreError(
      'POLICY_INCOMPLETE',
      `no working-day calendar for ${year} (known years: ${years}): add the State Council General Office's holiday notice for ${year} to the calendar data; working days are never guessed`,
      `calendar.${year}`,
    );
  }
  const at = `calendar.${year}`;
  expectObject(data, at);
  expectString(expectObject(data.notice, `${at}.notice`).docNo, `${at}.notice.docNo`);
  const index: YearIndex = { holidays: new Map(), makeUp: new Set() };
  expectArray(data.holidays, `${at}.holidays`).forEach((x, i) => {
    const p = expectObject(x, `${at}.holidays[${i}]`);
    const name = expectObject(p.name, `${at}.holidays[${i}].name`) as unknown as LocalText;
    const [from, to] = [dayNumberOf(p.from as string, `${at}.holidays[${i}].from`), dayNumberOf(p.to as string, `${at}.holidays[${i}].to`)];
    if (to < from || to - from > 31) throw new CoreError('INVALID_DATE', 'a holiday period runs from an earlier to a later day, at most a month', `${at}.holidays[${i}].to`);
    for (let d = from; d <= to; d++) index.holidays.set(d, name);
  });
  expectArray(data.makeUpWorkdays, `${at}.makeUpWorkdays`).forEach((m, i) => index.makeUp.add(dayNumberOf(m as string, `${at}.makeUpWorkdays[${i}]`)));
  byYear.set(year, index);
  return index;
}

/** DayInfo of a day number in a given year (internal: the hot loop of addWorkingDays). */
export function dayInfoAt(calendar: WorkingCalendar, year: number, dayNumber: number, date: string): DayInfo {
  const index = yearIndex(calendar, year);
  const weekday = weekdayOf(dayNumber);
  const holiday = index.holidays.get(dayNumber);
  if (holiday) return { date, kind: 'HOLIDAY', working: false, weekday, holiday };
  if (index.makeUp.has(dayNumber)) return { date, kind: 'MAKE_UP_WORKDAY', working: true, weekday };
  if (weekday === 0 || weekday === 6) return { date, kind: 'WEEKEND', working: false, weekday };
  return { date, kind: 'WORKDAY', working: true, weekday };
}

/**
 * What kind of day a date is in the PRC working-day calendar (R-18: holidays and 调休 make-up days
 * from the State Council notices, `CHINA_HOLIDAYS`).
 * @param date `YYYY-MM-DD`
 * @param calendar the holiday data (default `CHINA_HOLIDAYS`)
 * @throws CoreError `INVALID_DATE` for a malformed date; `POLICY_INCOMPLETE` at `calendar.<year>`
 *   when the calendar has no data for the date's year (never a guess)
 */
export function dayKind(date: string, calendar: WorkingCalendar = CHINA_HOLIDAYS): DayInfo {
  const { year } = parseIsoDate(date, 'date');
  return dayInfoAt(calendar, year, dayNumberOf(date), date);
}

/**
 * Whether a date is a working day (Mon–Fri outside the holiday periods, plus 调休 make-up days).
 * @throws as `dayKind`
 */
export function isWorkingDay(date: string, calendar: WorkingCalendar = CHINA_HOLIDAYS): boolean {
  return dayKind(date, calendar).working;
}
