/**
 * zod/mini field builders following the spec's field rules (platform-api §2, §4): lengths, date
 * formats, dictionary codes as open strings, amounts as JSON numbers or numeric strings. Where the
 * reference is silent they accept what real clients send (mocks/README.md "Accepted formats").
 */
import * as z from 'zod/mini';
import { formatDateTime } from '../util/chinaTime.ts';

/** `yyyy-MM-dd`, `yyyy-MM-dd HH:mm:ss`, or ISO `yyyy-MM-ddTHH:mm:ss[.SSS][Z|±HH:mm]`. */
const TIME_SHAPES = /^(\d{4})-(\d{2})-(\d{2})(?:( |T)(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})?)?$/;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const pad = (n: number): string => String(n).padStart(2, '0');

/**
 * A time field in one normal form, `yyyy-MM-dd HH:mm:ss` (China time), or null when it is not one
 * of the accepted shapes or not a real date and time (2026-02-30 is refused in every shape).
 * A date alone is midnight; an ISO time with an offset is converted to China time.
 */
export function normalizeDateTime(s: string): string | null {
  const m = TIME_SHAPES.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [h, mi, sec] = [Number(m[5] ?? 0), Number(m[6] ?? 0), Number(m[7] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || mi > 59 || sec > 59) return null;
  // Fractions and offsets belong to the ISO shape only.
  if (m[4] === ' ' && (m[8] || m[9])) return null;
  const local = `${m[1]}-${m[2]}-${m[3]} ${pad(h)}:${pad(mi)}:${pad(sec)}`;
  const off = m[9];
  if (!off) return local;
  const mins = off === 'Z' ? 0 : (off[0] === '-' ? -1 : 1) * (Number(off.slice(1, 3)) * 60 + Number(off.slice(-2)));
  return formatDateTime(Date.UTC(y, mo - 1, d, h, mi, sec) - mins * 60_000);
}

const DATETIME_MSG = '格式错误，应为真实的日期时间 yyyy-MM-dd HH:mm:ss（也接受 yyyy-MM-dd 与 ISO 8601）';
const DATE_MSG = '格式错误，应为真实的日期 yyyy-MM-dd（可带时间）';

/** Required string, 1..max characters. */
export const str = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));
/** Optional string (absent, null or ''), ≤ max characters. */
export const optStr = (max: number) => z.optional(z.nullable(z.string().check(z.maxLength(max))));
/** Required dictionary code from a known set. Open sets use {@link str}. */
export const code = (values: readonly string[]) => z.enum(values as [string, ...string[]]);
/** A date-time in any accepted shape, parsed to `yyyy-MM-dd HH:mm:ss`. */
export const dateTime = () => z.pipe(
  z.string().check(z.refine((s) => normalizeDateTime(s) !== null, { error: DATETIME_MSG })),
  z.transform((s: string) => normalizeDateTime(s)!),
);
export const optDateTime = () => z.optional(z.nullable(z.union([z.literal(''), dateTime()])));
/** A date, or a date-time whose day is taken (3201 `stmt_enddate` `2026-12-01 23:59:59`), parsed to `yyyy-MM-dd`. */
export const date = () => z.pipe(
  z.string().check(z.refine((s) => normalizeDateTime(s) !== null, { error: DATE_MSG })),
  z.transform((s: string) => normalizeDateTime(s)!.slice(0, 10)),
);
export const optDate = () => z.optional(z.nullable(z.union([z.literal(''), date()])));

/**
 * An array node that real clients also send as a single object (`diseinfo`, `feedetail`,
 * `drugdetail`): one object is read as a one-row array (issues then name row `[0]`).
 */
export const arrayOrOne = <T extends z.ZodMiniType>(array: T) => z.pipe(
  z.transform((v: unknown) => (v !== null && typeof v === 'object' && !Array.isArray(v) ? [v] : v)),
  array,
);

/**
 * A decimal number as a JSON number or numeric string with at most `scale` decimals. A string may
 * carry trailing zeros past the scale (`"6.0000"`): the value still has `scale` decimals.
 */
function decimal(intDigits: number, scale: number, signed: boolean) {
  const re = new RegExp(`^${signed ? '-?' : ''}\\d{1,${intDigits}}(\\.\\d{1,${scale}}0*)?$`);
  const error = `格式错误，应为${signed ? '' : '非负'}数字或数字字符串，最多 ${intDigits} 位整数、${scale} 位小数`;
  return z.union([
    z.number().check(z.refine((n) => re.test(String(n)), { error })),
    z.string().check(z.regex(re, { error })),
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

const TYPE_ZH: Record<string, string> = {
  string: '字符串', number: '数字', boolean: '布尔值', object: '对象', array: '数组', null: 'null', bigint: '数字',
};

/** The JSON type of a value in Chinese, for "收到…" (never the value itself). */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return '数组';
  if (typeof v === 'number' && !Number.isFinite(v)) return '超出范围的数字';
  return TYPE_ZH[typeof v] ?? typeof v;
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: string;
  maximum?: unknown;
  minimum?: unknown;
  origin?: string;
  values?: readonly unknown[];
  errors?: readonly (readonly Issue[])[];
}

/** The value at an issue path; a single object stands for row 0 of an {@link arrayOrOne} node. */
function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    if (typeof k === 'number' && !Array.isArray(v)) {
      if (k !== 0) return undefined;
      continue;
    }
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

const ours = (m: string | undefined): m is string => !!m && /[\u4e00-\u9fff]/.test(m);

/** The reason of one issue for a present value (never quoting it). */
function reason(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型错误，应为${TYPE_ZH[issue.expected ?? ''] ?? issue.expected}（收到${typeName(value)}）`;
    case 'invalid_union': {
      // A branch that took the value's type and failed on its format says more than "wrong type".
      const specific = issue.errors?.map((b) => b[0]).find((i) => i && i.code !== 'invalid_type' && i.code !== 'invalid_value');
      if (specific) return reason(specific, value);
      const expected = [...new Set(issue.errors?.flatMap((b) => b.filter((i) => i.code === 'invalid_type').map((i) => TYPE_ZH[i.expected ?? ''] ?? i.expected)))];
      return expected.length ? `类型错误，应为${expected.join('或')}（收到${typeName(value)}）` : '类型或格式错误';
    }
    case 'too_big':
      return issue.origin === 'string' ? `超长（最多 ${String(issue.maximum)} 个字符）` : `超出上限 ${String(issue.maximum)}`;
    case 'too_small':
      return issue.origin === 'array' ? `至少 ${String(issue.minimum)} 条` : '不能为空';
    case 'invalid_value':
      return `取值不在字典范围（可用：${(issue.values ?? []).map(String).join(', ')}）`.slice(0, 120);
    case 'invalid_format':
    case 'custom':
      return ours(issue.message) ? issue.message : '格式错误';
    default:
      return '不合法';
  }
}

/**
 * Describes a zod issue in Chinese for err_msg, naming the field path: `必填` when the value is
 * absent, otherwise what is wrong and which type or format is expected (client values are never
 * quoted). `root` is the value the schema parsed, used to tell absent from wrong.
 */
export function describeIssue(issue: Issue, prefix: string, root?: unknown): string {
  const path = [prefix, ...issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : String(p)))]
    .filter(Boolean).join('.').replace(/\.\[/g, '[');
  const value = valueAt(root, issue.path);
  const label = path || '请求报文';
  if ((value === undefined || value === null) && ['invalid_type', 'invalid_union', 'invalid_value'].includes(issue.code)) return `${label} 必填`;
  return `${label} ${reason(issue, value)}`;
}
