import { describe, expect, it } from 'vitest';
import {
  bookAgainstAdvance, checkPayment, declarationDeadline, paymentDueDate, perTransactionSchedule, SCHEDULE_PARAMS, SETTLEMENT_ROUTES, settlementSchedule,
} from '../../../core/institution/index.ts';
import { Dec } from '../../../core/index.ts';

describe('declarationDeadline', () => {
  it('R-18: reads 次月10日前 as the 10th of the next month included (project default)', () => {
    expect(declarationDeadline('2025-09')).toBe('2025-10-10');
    expect(declarationDeadline('2025-12')).toBe('2026-01-10');
    expect(SCHEDULE_PARAMS.declarationDayInclusive).toMatchObject({ value: true, status: 'UNVERIFIED', source: 'project-default' });
  });

  it('R-18: gives the 9th when the 10th is read as excluded', () => {
    expect(declarationDeadline('2025-09', { inclusive: false })).toBe('2025-10-09');
  });

  it('R-18: keeps a deadline on a weekend by default and moves it only when asked', () => {
    // 2026-01-10 is a Saturday; 2025-05-10 a Saturday.
    expect(declarationDeadline('2025-12')).toBe('2026-01-10');
    expect(declarationDeadline('2025-12', { onNonWorkingDay: 'NEXT_WORKING_DAY' })).toBe('2026-01-12');
    expect(declarationDeadline('2025-04', { onNonWorkingDay: 'NEXT_WORKING_DAY' })).toBe('2025-05-12');
  });

  it('R-18: leaves a deadline on a make-up working day where it is, whatever the rule (2026-10-10, Sat, 调休上班)', () => {
    expect(declarationDeadline('2026-09')).toBe('2026-10-10');
    expect(declarationDeadline('2026-09', { onNonWorkingDay: 'NEXT_WORKING_DAY' })).toBe('2026-10-10');
    expect(settlementSchedule('2026-09').deadlineKind).toBe('MAKE_UP_WORKDAY');
  });

  it('refuses a month that is not YYYY-MM, and an unknown rule', () => {
    expect(() => declarationDeadline('2025-13')).toThrow(expect.objectContaining({ code: 'INVALID_DATE', path: 'month' }));
    expect(() => declarationDeadline('2025-9')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => declarationDeadline('2025-09', { onNonWorkingDay: 'LATER' as never })).toThrow(expect.objectContaining({ code: 'UNKNOWN_CODE' }));
  });
});

describe('paymentDueDate', () => {
  // Hand counts from the day after the deadline; make-up days count, holiday periods do not.
  it.each([
    ['2024-12', '2025-02-13', 'Spring Festival 2025: 01-13…17, 20…24, 26 (Sun, make-up), 27, 02-05…07, 08 (Sat, make-up), 10…13'],
    ['2025-01', '2025-03-10', 'after Spring Festival 2025: 02-11…14, 17…21, 24…28, 03-03…07, 10'],
    ['2026-01', '2026-03-16', 'Spring Festival 2026: 02-11…13, 14 (Sat, make-up), 24…27, 28 (Sat, make-up), 03-02…06, 09…13, 16'],
    ['2025-08', '2025-10-14', 'National Day 2025: 09-11, 12, 15…19, 22…26, 28 (Sun, make-up), 29, 30, 10-09, 10, 11 (Sat, make-up), 13, 14'],
    ['2026-08', '2026-10-14', 'Mid-Autumn and National Day 2026: 09-11, 14…18, 20 (Sun, make-up), 21…24, 28…30, 10-08, 09, 10 (Sat, make-up), 12…14'],
    ['2025-09', '2025-11-06', 'deadline 10-10, count from 10-11 (Sat, make-up): 10-11, 13…17, 20…24, 27…31, 11-03…06'],
    ['2026-09', '2026-11-06', 'deadline on a make-up day 2026-10-10; count from 10-11 (Sun): 10-12…16, 19…23, 26…30, 11-02…06'],
  ])('R-18: %s is due on %s (%s)', (month, due) => {
    expect(paymentDueDate(month)).toBe(due);
    expect(settlementSchedule(month).workingDaysToPay).toBe(20);
  });

  it('R-18: names the missing year when the count reaches past the calendar (2026-11 needs 2027)', () => {
    expect(() => paymentDueDate('2026-11')).toThrow(expect.objectContaining({ code: 'POLICY_INCOMPLETE', path: 'calendar.2027' }));
  });
});

describe('checkPayment', () => {
  it('R-18: is on time on the due date and late by working days after it', () => {
    expect(checkPayment('2025-09', '2025-11-06')).toMatchObject({ onTime: true, workingDaysLate: 0, calendarDaysLate: 0 });
    expect(checkPayment('2025-09', '2025-10-20')).toMatchObject({ onTime: true, workingDaysLate: 0 });
    // 11-07 (Fri) 1, 11-08/09 weekend, 11-10 (Mon) 2.
    expect(checkPayment('2025-09', '2025-11-10')).toEqual({
      month: '2025-09', dueDate: '2025-11-06', paidOn: '2025-11-10', onTime: false, workingDaysLate: 2, calendarDaysLate: 4,
    });
  });

  it('R-18: counts a payment on the weekend after the due date as late by 0 working days', () => {
    // 2025-02-13 (Thu) due for 2024-12; 02-15 is a Saturday: 02-14 (Fri) is 1 working day late.
    expect(checkPayment('2024-12', '2025-02-15')).toMatchObject({ onTime: false, workingDaysLate: 1, calendarDaysLate: 2 });
  });
});

describe('settlementSchedule', () => {
  it('R-18: gives the window, the due date, the days between and every parameter with its source', () => {
    const s = settlementSchedule('2026-01');
    expect(s).toMatchObject({
      month: '2026-01', declarationOpens: '2026-02-01', declarationDeadline: '2026-02-10', deadlineKind: 'WORKDAY', workingDaysToDeclare: 7,
      paymentCountFrom: '2026-02-11', paymentDueDate: '2026-03-16', workingDaysToPay: 20, calendarDaysToPay: 34, aimBy: '2026-02-28', dueAfterAim: true,
    });
    expect(s.params.map((p) => p.name)).toEqual(Object.keys(SCHEDULE_PARAMS));
    for (const p of s.params) expect(p.docNo.length).toBeGreaterThan(5);
    expect(s.calendarNotices).toEqual([{ year: 2026, docNo: '国办发明电〔2025〕7号', status: 'VERIFIED' }]);
  });

  it('R-18: cites both years when the schedule crosses the year end', () => {
    expect(settlementSchedule('2025-12').calendarNotices.map((n) => n.year)).toEqual([2026]);
    expect(settlementSchedule('2024-12').calendarNotices.map((n) => n.year)).toEqual([2025]);
  });
});

describe('perTransactionSchedule', () => {
  it('R-18: counts the regional limits in working days from the settlement day (02-14 and 02-28 are make-up Saturdays)', () => {
    expect(perTransactionSchedule('2026-02-13', { declareWithinWorkingDays: 1, payWithinWorkingDays: 5 })).toEqual({ declareBy: '2026-02-14', payBy: '2026-02-28' });
  });

  it('refuses to run without the regional limits (no national number to fall back on)', () => {
    expect(() => perTransactionSchedule('2026-02-13', undefined as never)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', path: 'limits' }));
    expect(() => perTransactionSchedule('2026-02-13', { declareWithinWorkingDays: 1 } as never)).toThrow(expect.objectContaining({ path: 'limits.payWithinWorkingDays' }));
  });
});

describe('bookAgainstAdvance', () => {
  it('R-18: books fund amounts against the monthly advance and gives the true-up', () => {
    const r = bookAgainstAdvance(new Dec('100000.00'), [new Dec('40000.10'), new Dec('59999.89'), new Dec('-0.01')]);
    expect([r.booked.toFixed(2), r.remaining.toFixed(2), r.overrun.toFixed(2), r.trueUp.toFixed(2), r.count]).toEqual(['99999.98', '0.02', '0.00', '0.02', 3]);
    const over = bookAgainstAdvance(new Dec('100'), [new Dec('150.5')]);
    expect([over.remaining.toFixed(2), over.overrun.toFixed(2), over.trueUp.toFixed(2)]).toEqual(['0.00', '50.50', '-50.50']);
  });

  it('refuses sub-fen amounts and a negative advance', () => {
    expect(() => bookAgainstAdvance(new Dec('1.001'), [])).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT', path: 'advance' }));
    expect(() => bookAgainstAdvance(new Dec('-1'), [])).toThrow(expect.objectContaining({ code: 'INVALID_AMOUNT' }));
    expect(() => bookAgainstAdvance(new Dec('1'), [0.5 as never])).toThrow(expect.objectContaining({ path: 'fundAmounts[0]' }));
  });
});

describe('SETTLEMENT_ROUTES', () => {
  it('R-18: names the three routes in zh and en with their document', () => {
    expect(Object.keys(SETTLEMENT_ROUTES)).toEqual(['MONTHLY', 'PER_TRANSACTION', 'MONTHLY_ADVANCE']);
    for (const r of Object.values(SETTLEMENT_ROUTES)) expect(r.source).toBe('nhsa-2025-1');
    expect(SETTLEMENT_ROUTES.MONTHLY_ADVANCE.name.zh).toBe('按月预拨、逐笔入组记账');
  });
});

describe('core/institution/README.md', () => {
  it('R-18: lists due dates that paymentDueDate gives (and a refusal where it says so)', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../core/institution/README.md', import.meta.url), 'utf8');
    const rows = [...text.matchAll(/^\| (\d{4}-\d{2}) \| (\d{4}-\d{2}-\d{2}) \| (\d{4}-\d{2}-\d{2}|—) \|/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const [, month, deadline, due] of rows) {
      expect([month, declarationDeadline(month!)]).toEqual([month, deadline]);
      if (due === '—') expect(() => paymentDueDate(month!)).toThrow(expect.objectContaining({ code: 'POLICY_INCOMPLETE' }));
      else expect([month, paymentDueDate(month!)]).toEqual([month, due]);
    }
  });
});
