/**
 * Leaf schemas of the case format (`caseSchema.ts`). Each leaf validates an `unknown` JSON value and
 * turns it into its domain form (`Dec` for money and ratios), so a failed leaf yields one `custom`
 * issue whose `params.code` is the CoreError code (`caseIssueToError` reads it).
 */
import * as z from 'zod/mini';
import type { CoreErrorCode } from '../errors/index.ts';
import { Dec } from '../money/index.ts';
import { ADMDVS_RE, INSTANT_RE, isCalendarDate } from './primitives.ts';

type Problem = (v: unknown) => string | null;

/** Message of a missing required field. */
export const REQUIRED = 'this field is required: add it (see core/cli/CASE-FORMAT.md)';

function leaf<T>(code: CoreErrorCode, problem: Problem, convert: (v: unknown) => T) {
  return z.transform((v: unknown, ctx): T => {
    if (v === undefined) {
      ctx.issues.push({ code: 'custom', message: REQUIRED, input: v, params: { code: 'INVALID_INPUT' } });
      return z.NEVER;
    }
    const message = problem(v);
    if (message === null) return convert(v);
    ctx.issues.push({ code: 'custom', message, input: v, params: { code } });
    return z.NEVER;
  });
}

const DECIMAL_RE = /^(-?)(\d{1,14})(?:\.(\d+))?$/;

/** The decimal text of a JSON number or string, or a message saying what is wrong with it. */
function decimalText(v: unknown, what: string, example: string): { text: string } | { problem: string } {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return { problem: `${what} is not a finite number (NaN or Infinity): write it as a decimal string such as "${example}"` };
    const text = String(v);
    if (!DECIMAL_RE.test(text)) return { problem: `${what} cannot be written as a plain decimal: give it as a string such as "${example}"` };
    return { text };
  }
  if (typeof v !== 'string') return { problem: `expected ${what} as a decimal string such as "${example}" or a JSON number` };
  if (!DECIMAL_RE.test(v)) return { problem: `${what} is not a plain decimal number: write it like "${example}" (no spaces, signs other than "-", or exponents)` };
  return { text: v };
}

interface AmountOptions {
  /** Negative values allowed (fee lines: refunds, DF-10; quantities of a 退单). */
  signed?: boolean;
  /** Decimals allowed: 2 for money, 4 for quantities, 6 for unit prices. */
  decimals?: 2 | 4 | 6;
}

function amountProblem(v: unknown, { signed = false, decimals = 2 }: AmountOptions): string | null {
  const t = decimalText(v, 'the amount', '1234.50');
  if ('problem' in t) return t.problem;
  const [, minus, , frac = ''] = DECIMAL_RE.exec(t.text)!;
  if (frac.length > decimals) {
    return decimals === 2
      ? `the amount has ${frac.length} decimals; money has at most 2 (the fen): round it where it was produced, e.g. "4.56"`
      : `the value has ${frac.length} decimals; at most ${decimals} are allowed here`;
  }
  if (minus && !signed && !new Dec(t.text).isZero()) {
    return 'the amount is negative; only fee line amounts and quantities may be negative (refunds, DF-10): give a value ≥ 0';
  }
  return null;
}

/** Money in yuan: a decimal string or JSON number, at most 2 decimals; ≥ 0 unless `signed`. */
export const amountField = (o: AmountOptions = {}) =>
  leaf('INVALID_AMOUNT', (v) => amountProblem(v, o), (v) => new Dec(String(v)));

function ratioProblem(v: unknown): string | null {
  const t = decimalText(v, 'the ratio', '0.10');
  if ('problem' in t) return t.problem;
  const [, minus, , frac = ''] = DECIMAL_RE.exec(t.text)!;
  if (frac.length > 4) return `the ratio has ${frac.length} decimals; ratios have at most 4, e.g. "0.1000"`;
  if ((minus && !new Dec(t.text).isZero()) || new Dec(t.text).gt(1)) {
    return 'a ratio runs from "0" to "1" (e.g. "0.10" for 10%, "1" for fully self-paid)';
  }
  return null;
}

/** A ratio in [0, 1] with at most 4 decimals (string or JSON number). */
export const ratioField = () => leaf('INVALID_AMOUNT', ratioProblem, (v) => new Dec(String(v)));

/** A calendar date `YYYY-MM-DD`. */
export const dateField = () =>
  leaf(
    'INVALID_DATE',
    (v) => (typeof v === 'string' && isCalendarDate(v) ? null : 'expected a calendar date "YYYY-MM-DD", e.g. "2025-03-01"'),
    (v) => v as string,
  );

/** An ISO 8601 instant; a bare date means its first second in China Standard Time (DF-11). */
export const instantField = () =>
  leaf(
    'INVALID_DATE',
    (v) =>
      typeof v === 'string' && isCalendarDate(v.slice(0, 10)) && (v.length === 10 || INSTANT_RE.test(v))
        ? null
        : 'expected a date-time like "2025-05-20T10:00:00+08:00" (no offset = China Standard Time) or a date "2025-05-20"',
    (v) => ((v as string).length === 10 ? `${v as string}T00:00:00` : (v as string)),
  );

/** A 6-digit administrative division code. */
export const admdvsField = () =>
  leaf(
    'INVALID_DIVISION_CODE',
    (v) => (typeof v === 'string' && ADMDVS_RE.test(v) ? null : 'expected a 6-digit division code as a string, e.g. "110105"'),
    (v) => v as string,
  );

/** A non-empty string (ids, disease codes). */
export const textField = () =>
  leaf('INVALID_INPUT', (v) => (typeof v === 'string' && v.length > 0 ? null : 'expected a non-empty string'), (v) => v as string);

/** A whole number in [min, max]. */
export const intField = (min: number, max: number) =>
  leaf(
    'INVALID_INPUT',
    (v) => (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max ? null : `expected a whole number from ${min} to ${max}`),
    (v) => v as number,
  );
