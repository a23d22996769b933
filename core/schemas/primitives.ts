/**
 * Wire primitives shared by every schema of the core (§4.2): money and ratios travel as decimal
 * strings (or, where the platform sends them, JSON numbers that are turned into strings first).
 */
import * as z from 'zod/mini';

/** numeric(16,2): optional minus, up to 14 integer digits, up to 2 decimals. */
export const MONEY_RE = /^-?\d{1,14}(\.\d{1,2})?$/;
/** numeric(5,4) ratio in [0, 1]. */
export const RATIO_RE = /^(0(\.\d{1,4})?|1(\.0{1,4})?)$/;
/** A quantity or unit price: up to 6 decimals (unit price 16,6; quantity 16,4). */
export const DECIMAL6_RE = /^-?\d{1,14}(\.\d{1,6})?$/;
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 instant, offset optional (no offset = China Standard Time, DF-11). */
export const INSTANT_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:?\d{2})?$/;
export const ADMDVS_RE = /^\d{6}$/;

/** True when `s` is a real calendar date `YYYY-MM-DD`. */
export function isCalendarDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(5, 7));
  const d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
  return d <= days;
}

const MONEY_TEXT = 'expected an amount in yuan as a decimal string, e.g. "1234.50"';
export const moneyStr = z.string({ error: MONEY_TEXT }).check(z.regex(MONEY_RE, 'expected an amount in yuan with at most 2 decimals, e.g. "1234.50"'));
export const nonNegMoneyStr = z.string({ error: MONEY_TEXT }).check(
  z.regex(/^\d{1,14}(\.\d{1,2})?$/, 'expected a non-negative amount in yuan with at most 2 decimals, e.g. "1234.50"'),
);
export const ratioStr = z.string({ error: 'expected a ratio as a decimal string, e.g. "0.85"' }).check(z.regex(RATIO_RE, 'expected a ratio from "0" to "1" with at most 4 decimals, e.g. "0.85"'));
export const dateStr = z.string({ error: 'expected a date as a string YYYY-MM-DD, e.g. "2025-03-01"' }).check(
  z.refine(isCalendarDate, 'expected a calendar date YYYY-MM-DD, e.g. "2025-03-01"'),
);
export const instantStr = z.string().check(
  z.refine(
    (s) => INSTANT_RE.test(s) && isCalendarDate(s.slice(0, 10)),
    'expected a date-time like "2025-05-20T10:00:00+08:00" (no offset = China Standard Time)',
  ),
);
export const admdvsStr = z.string({ error: 'expected a 6-digit division code as a string, e.g. "110105"' }).check(z.regex(ADMDVS_RE, 'expected a 6-digit division code, e.g. "110105"'));

/** Accepts a decimal string or a JSON number (as real platform clients send both) as a string. */
export function numberOrString<T extends z.ZodMiniType<string, string>>(inner: T) {
  return z.pipe(
    z.union([z.string(), z.number().check(z.refine(Number.isFinite, 'expected a finite number'))]),
    z.pipe(z.transform((v: string | number) => (typeof v === 'number' ? String(v) : v)), inner),
  );
}
