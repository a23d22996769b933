import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, CHINA_HOLIDAYS, countWorkingDays, dayKind, isWorkingDay, type WorkingCalendar,
} from '../../../core/institution/index.ts';
import { addDays } from '../../../core/index.ts';

interface Clause { clause: string; from: string; to: string; days: number; work: string[] }
const NOTICES = JSON.parse(readFileSync(new URL('../../fixtures/institution/holiday-notices.json', import.meta.url), 'utf8')) as Record<'2025' | '2026', Clause[]>;

const datesFrom = (from: string, to: string): string[] => {
  const out = [from];
  while (out.at(-1)! < to) out.push(addDays(out.at(-1)!, 1));
  return out;
};

const allDaysOf = (year: number): string[] => datesFrom(`${year}-01-01`, `${year}-12-31`);

describe('CHINA_HOLIDAYS', () => {
  it.each([2025, 2026])('R-18: cites the State Council notice for %i with a document number and a status', (year) => {
    const y = CHINA_HOLIDAYS[year]!;
    expect(y.notice.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`);
    expect(y.notice.docNo).toMatch(/^国办发明电〔\d{4}〕\d+号$/);
    expect(['VERIFIED', 'PARTIAL']).toContain(y.status);
    expect(y.verification.length).toBeGreaterThan(40);
  });

  it('holds exactly the periods and make-up days of each notice clause', () => {
    for (const year of ['2025', '2026'] as const) {
      const data = CHINA_HOLIDAYS[Number(year)]!;
      expect(data.holidays.map((h) => [h.from, h.to])).toEqual(NOTICES[year].map((c) => [c.from, c.to]));
      expect([...data.makeUpWorkdays].sort()).toEqual(NOTICES[year].flatMap((c) => c.work).sort());
    }
  });

  it('names every period in zh and en', () => {
    for (const y of Object.values(CHINA_HOLIDAYS)) for (const h of y.holidays) expect([h.name.zh.length > 0, /^[A-Za-z' -]+$/.test(h.name.en)]).toEqual([true, true]);
  });
});

describe('dayKind', () => {
  describe.each(['2025', '2026'] as const)('R-18: the %s notice', (year) => {
    const clauses = NOTICES[year];
    it.each(clauses.map((c) => [c.clause, c] as const))('makes every day of the period off and the 上班 days working: %s', (_, c) => {
      const days = datesFrom(c.from, c.to);
      expect(days).toHaveLength(c.days);
      for (const d of days) expect([d, dayKind(d).kind, isWorkingDay(d)]).toEqual([d, 'HOLIDAY', false]);
      for (const d of c.work) {
        const info = dayKind(d);
        expect([d, info.kind, info.working]).toEqual([d, 'MAKE_UP_WORKDAY', true]);
        expect([0, 6]).toContain(info.weekday);
      }
    });

    it('keeps every other day as Mon–Fri working, Sat–Sun off', () => {
      const special = new Set(clauses.flatMap((c) => [...datesFrom(c.from, c.to), ...c.work]));
      const offDays = allDaysOf(Number(year)).filter((d) => !special.has(d)).filter((d) => !isWorkingDay(d));
      for (const d of offDays) expect([d, dayKind(d).kind]).toEqual([d, 'WEEKEND']);
      const working = allDaysOf(Number(year)).filter((d) => isWorkingDay(d)).length;
      // 261 weekdays each year; 2025: 18 on holiday, 5 make-up days; 2026: 19 on holiday, 6 make-up days.
      expect(working).toBe(248);
    });
  });

  it('names the holiday period of a holiday in both languages', () => {
    expect(dayKind('2026-02-17').holiday).toEqual({ zh: '春节', en: 'Spring Festival' });
    expect(dayKind('2025-10-08').holiday?.zh).toBe('国庆节、中秋节');
  });

  it('refuses a date of a year the calendar lacks, naming the year (never a guess)', () => {
    expect(() => dayKind('2027-03-01')).toThrow(expect.objectContaining({ code: 'POLICY_INCOMPLETE', path: 'calendar.2027' }));
    expect(() => dayKind('2024-12-31')).toThrow(/no working-day calendar for 2024 \(known years: 2025, 2026\)/);
  });

  it('refuses a malformed date with INVALID_DATE', () => {
    expect(() => dayKind('2025-02-29')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => dayKind(20250101 as unknown as string)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('takes a new year as data only', () => {
    const withSynthetic2027: WorkingCalendar = {
      ...CHINA_HOLIDAYS,
      2027: { ...CHINA_HOLIDAYS[2026]!, year: 2027, status: 'SYNTHETIC', holidays: [{ name: { zh: '元旦', en: "New Year's Day" }, from: '2027-01-01', to: '2027-01-01' }], makeUpWorkdays: ['2027-01-02'] },
    };
    expect(dayKind('2027-01-01', withSynthetic2027).kind).toBe('HOLIDAY');
    expect(dayKind('2027-01-02', withSynthetic2027).kind).toBe('MAKE_UP_WORKDAY');
  });
});

describe('addWorkingDays', () => {
  it('skips the Spring Festival 2025 and counts its make-up Saturday', () => {
    // Fri 2025-01-24 → Sun 01-26 (make-up) is the 1st, Mon 01-27 the 2nd, then 02-05 … 02-07, Sat 02-08 (make-up).
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-01-26');
    expect(addWorkingDays('2025-01-24', 2)).toBe('2025-01-27');
    expect(addWorkingDays('2025-01-24', 3)).toBe('2025-02-05');
    expect(addWorkingDays('2025-01-24', 6)).toBe('2025-02-08');
  });

  it('returns the date itself for 0 and never counts the start day', () => {
    expect(addWorkingDays('2026-02-15', 0)).toBe('2026-02-15');
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-14');
  });

  it('names the first missing year when the count runs past the data', () => {
    expect(() => addWorkingDays('2026-12-20', 20)).toThrow(expect.objectContaining({ code: 'POLICY_INCOMPLETE', path: 'calendar.2027' }));
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2025-03-03', -1)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => addWorkingDays('2025-03-03', 1.5)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('countWorkingDays', () => {
  it('counts both ends and the make-up days of the 2025 National Day fortnight', () => {
    // 09-28 Sun make-up, 09-29, 09-30; 10-01 … 10-08 off; 10-09, 10-10; 10-11 Sat make-up; 10-12 Sun off.
    expect(countWorkingDays('2025-09-27', '2025-10-12')).toBe(6);
    expect(countWorkingDays('2025-10-11', '2025-10-11')).toBe(1);
  });

  it('counts the working days of the 2026 National Day fortnight', () => {
    // 09-28 … 09-30 (3), 10-01 … 10-07 off, 10-08, 10-09 (2), 10-10 Sat make-up (1), 10-11 Sun off.
    expect(countWorkingDays('2026-09-28', '2026-10-11')).toBe(6);
  });

  it('refuses an end before the start', () => {
    expect(() => countWorkingDays('2025-03-02', '2025-03-01')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: 'to' }));
  });
});
