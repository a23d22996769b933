import * as z from 'zod/mini';

/** The stages a settlement month moves through, plus a paused payment (risk warning). */
export const STAGES = ['SETTLING', 'SETTLED', 'DECLARED', 'AUDITED', 'PAID'] as const;
export type MonthStatus = (typeof STAGES)[number] | 'PAUSED';

/** The funds the chart shows, in the order of the declaration (platform-api §2.4). */
export const FUND_KEYS = ['hifpPay', 'hifobPay', 'hifmiPay', 'mafPay', 'cvlservPay', 'hifesPay', 'othPay', 'acctPay', 'acctMulaidPay', 'psnCashPay'] as const;
export type FundKey = (typeof FUND_KEYS)[number];

// Amounts arrive as JSON numbers or decimal strings; kept as text and summed in fen (BigInt), never floats.
const amount = z.pipe(z.union([z.number(), z.string().check(z.regex(/^-?\d{1,14}(\.\d{1,2})?$/))]), z.transform((v: number | string) => String(v)));
const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const optDay = z.nullable(day);
const text = z.object({ zh: z.string(), en: z.string() });

const monthSchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  status: z.enum(['SETTLING', 'SETTLED', 'DECLARED', 'AUDITED', 'PAID', 'PAUSED']),
  settlingUntil: day,
  declarationDeadline: day,
  workingDaysToDeadline: z.nullable(z.number()),
  declaredOn: optDay,
  auditClosesOn: optDay,
  paymentDueDate: optDay,
  workingDaysToDue: z.nullable(z.number()),
  /** A calendar year the platform's working-day data lacks: the dates that need it are unknown, not guessed. */
  calendarMissing: z.nullable(z.string()),
  paidOn: optDay,
  expectedOn: optDay,
  workingDaysLate: z.nullable(z.number()),
  counts: z.object({ records: z.number(), reversals: z.number(), crossProvince: z.number() }),
  totals: z.object({ medfee: amount, fundPay: amount, acctPay: amount, cash: amount, crossProvinceMedfee: amount, crossProvinceFund: amount }),
  funds: z.record(z.enum(FUND_KEYS), amount),
  deductions: z.array(z.object({ setlId: z.string(), ruleId: z.string(), reason: text, amount })),
  /** Smart-audit findings still under manual review (not deducted yet), with the fund payment at stake. */
  pending: z.array(z.object({ setlId: z.string(), ruleId: z.string(), reason: text, amount })),
  deductionsFinal: z.boolean(),
  flagged: z.number(),
  sampled: z.number(),
  grossPayable: amount,
  deductionTotal: amount,
  netPayable: amount,
});

const figures = z.object({ medfee: amount, fundPay: amount, acctPay: amount, count: z.number() });

export const ledgerSchema = z.object({
  asOf: day,
  institution: z.object({ code: z.string(), name: z.string() }),
  months: z.array(monthSchema),
  prepayment: z.nullable(z.object({
    year: z.number(),
    eligible: z.boolean(),
    advanced: amount,
    outstanding: amount,
    monthlyAverage: amount,
    formula: z.string(),
    fundMonths: z.string(),
    fundRequiredMonths: z.number(),
    failures: z.array(text),
    settlementsDue: amount,
    offsetAtYearEnd: amount,
    unrecoveredAtYearEnd: amount,
  })),
  reconciliation: z.nullable(z.object({
    month: z.string(),
    groups: z.array(z.object({ insutype: z.string(), clrType: z.string(), setlOptins: z.string(), local: figures, platform: figures, result: z.enum(['0', '1']), description: z.string() })),
    details: z.array(z.object({ setlId: z.string(), psnNo: z.string(), refund: z.boolean(), memo: z.string(), local: z.nullable(figures), platform: z.nullable(figures) })),
  })),
});

export type LedgerData = z.infer<typeof ledgerSchema>;
export type LedgerMonth = LedgerData['months'][number];
export type Figures = z.infer<typeof figures>;

/** `"123.4"` → 12340n fen: exact, digit by digit. */
export function toFen(v: string | number): bigint {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(v).trim());
  if (!m) throw new TypeError(`not an amount with at most two decimals: ${String(v)}`);
  const f = BigInt(`${m[2]}${(m[3] ?? '').padEnd(2, '0')}`);
  return m[1] ? -f : f;
}

/** 12340n → `"123.40"`. */
export function fenText(f: bigint): string {
  const neg = f < 0n;
  const s = (neg ? -f : f).toString().padStart(3, '0');
  return `${neg ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** Sum of amounts, in fen. */
export const sumFen = (xs: readonly (string | number)[]): bigint => xs.reduce<bigint>((s, x) => s + toFen(x), 0n);
