/**
 * zod/mini field builders following the spec's field rules (platform-api §2, §4): lengths, date
 * formats, dictionary codes as open strings, amounts as JSON numbers or numeric strings.
 */
import * as z from 'zod/mini';

const DATETIME = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]) ([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Required string, 1..max characters. */
export const str = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** Optional string (absent, null or ''), ≤ max characters. */
export const optStr = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))));
/** Required dictionary code from a known set. Open sets use {@link str}. */
export const code = (values: readonly string[]) => z.enum(values as [string, ...string[]]);
/** `yyyy-MM-dd HH:mm:ss`. */
export const dateTime = () => z.string().check(z.regex(DATETIME));
export const optDateTime = () => z.optional(z.nullable(z.union([z.literal(''), dateTime()])));
/** `yyyy-MM-dd`. */
export const date = () => z.string().check(z.regex(DATE));
export const optDate = () => z.optional(z.nullable(z.union([z.literal(''), date()])));

/** A decimal number as a JSON number or numeric string with at most `scale` decimals. */
function decimal(intDigits: number, scale: number, signed: boolean) {
  const re = new RegExp(`^${signed ? '-?' : ''}\\d{1,${intDigits}}(\\.\\d{1,${scale}})?$`);
  return z.union([
    z.number().check(z.refine((n) => Number.isFinite(n) && re.test(String(n)))),
    z.string().check(z.regex(re)),
  ]);
}
/** Money `16,2`, ≥ 0. */
export const money = () => decimal(14, 2, false);
/** Money `16,2`, may be negative (refund lines). */
export const signedMoney = () => decimal(14, 2, true);
/** Quantity `16,4`, may be negative (2301 退单). */
export const qty = () => decimal(12, 4, true);
/** Unit price `16,6`. */
export const price = () => decimal(10, 6, false);
export const optMoney = () => z.optional(z.nullable(money()));

/** Turns a parsed number-or-string amount into a decimal string for `new Dec(...)`. */
export const decStr = (v: number | string | null | undefined): string =>
  v === null || v === undefined || v === '' ? '0' : String(v);

/** Describes a zod issue in Chinese for err_msg, naming the field path. */
export function describeIssue(issue: { code: string; path: PropertyKey[]; input?: unknown }, prefix: string): string {
  const path = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
    .filter(Boolean).join('.').replace(/\.\[/g, '[');
  if (issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) return `${path} 必填`;
  const why: Record<string, string> = {
    invalid_type: '类型错误',
    too_big: '超长',
    too_small: '不能为空',
    invalid_format: '格式错误',
    invalid_value: '取值不在字典范围',
    invalid_union: '类型或格式错误',
    custom: '格式错误',
  };
  return `${path} ${why[issue.code] ?? '不合法'}`;
}
