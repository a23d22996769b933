import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  assertDateRange,
  daysBetween,
  isIsoDate,
  parseIsoDate,
  toCstDate,
  toCstDateTime,
} from '../../../core/filing/index.ts';
import { thrown } from './thrown.ts';

describe('parseIsoDate', () => {
  it('accepts a real calendar date, including 29 February of a leap year', () => {
    expect(parseIsoDate('2024-02-29', 'd')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2025-02-29', '2025-13-01', '2025-04-31', '2025-4-01', '2025-04-01T00:00', '', '1900-02-29'])(
    'throws INVALID_DATE for %j',
    (value) => {
      expect(thrown(() => parseIsoDate(value, 'claim.serviceDate'))).toMatchObject({ code: 'INVALID_DATE', path: 'claim.serviceDate' });
    },
  );
});

describe('isIsoDate', () => {
  it('tells real dates from others without throwing', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate(20250101)).toBe(false);
  });
});

describe('assertDateRange', () => {
  it('§1.4: accepts an inclusive one-day range and an open end', () => {
    expect(assertDateRange('2025-05-10', '2025-05-10', 'a', 'b')).toBe('2025-05-10');
    expect(assertDateRange('2025-05-10', null, 'a', 'b')).toBeNull();
  });

  it('throws INVALID_DATE at the end path when the end is before the start', () => {
    expect(thrown(() => assertDateRange('2025-05-10', '2025-05-09', 'f.validFrom', 'f.validTo'))).toMatchObject({
      code: 'INVALID_DATE',
      path: 'f.validTo',
    });
  });
});

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2025-08-31', 1)).toBe('2025-09-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });
});

describe('addMonths', () => {
  it.each([
    ['2025-03-01', 6, '2025-09-01'],
    ['2025-01-10', 6, '2025-07-10'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', -1, '2025-02-28'],
  ])('DF-11: %s + %i months = %s (day kept, clamped to month end)', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it('E-3: counts whole days, signed', () => {
    expect(daysBetween('2025-08-31', '2025-09-01')).toBe(1);
    expect(daysBetween('2025-08-31', '2025-09-03')).toBe(3);
    expect(daysBetween('2025-09-03', '2025-08-31')).toBe(-3);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});

describe('toCstDate', () => {
  it.each([
    ['2025-05-13T17:30:00Z', '2025-05-14'],
    ['2025-05-13T15:59:59Z', '2025-05-13'],
    ['2025-05-13T16:00:00Z', '2025-05-14'],
    ['2025-05-13T23:30:00+08:00', '2025-05-13'],
    ['2025-05-13T23:30:00', '2025-05-13'],
    ['2025-05-13 23:30:00', '2025-05-13'],
    ['2025-05-13T12:00:00-05:00', '2025-05-14'],
    ['2025-12-31T16:00:00.123Z', '2026-01-01'],
    ['2025-05-13', '2025-05-13'],
  ])('DF-11: %s is %s in China', (instant, date) => {
    expect(toCstDate(instant)).toBe(date);
  });

  it.each(['2025-05-13T24:00:00Z', '2025-05-13T10:61', '2025-05-13Z', '13/05/2025', '2025-02-30T10:00:00Z', '2025-05-13T10:00+15:00'])(
    'throws INVALID_DATE for %j',
    (instant) => {
      expect(thrown(() => toCstDate(instant, 'claim.settlementTime'))).toMatchObject({ code: 'INVALID_DATE', path: 'claim.settlementTime' });
    },
  );
});

describe('toCstDateTime', () => {
  it('DF-11: gives keys that order instants across offsets', () => {
    const utc = toCstDateTime('2025-05-13T17:30:00Z', 'a');
    expect(utc).toBe('2025-05-14T01:30:00.000000000');
    expect(toCstDateTime('2025-05-14T01:30:00+08:00', 'b')).toBe(utc);
    expect(toCstDateTime('2025-05-14T01:29:59.999', 'c') < utc).toBe(true);
  });
});
