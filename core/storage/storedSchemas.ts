/**
 * zod/mini shapes of the stored forms (core/STORAGE-FORMAT.md): decimals as strings, everything
 * else as plain JSON. Parsing turns decimals back into `Dec`.
 */
import * as z from 'zod/mini';
import { Dec } from '../money/index.ts';
import { FILING_CATEGORIES, MED_TYPES } from '../types.ts';

/** A decimal string as `Dec.toFixed()` writes it: optional minus, no exponent, ≤ 14 integer digits. */
const DECIMAL_RE = /^-?\d{1,14}(\.\d{1,20})?$/;

export const dec = z.pipe(
  z.string({ error: 'expected a decimal string such as "1234.50"' })
    .check(z.regex(DECIMAL_RE, 'expected a decimal string such as "1234.50" (no exponent, at most 14 integer digits)')),
  z.transform((s: string) => new Dec(s)),
);
const text = z.string({ error: 'expected text' });
const nullableText = z.nullable(text);
const date = z.string({ error: 'expected a date YYYY-MM-DD' }).check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

const counters = {
  inpatientAdmissionsSettled: z.number().check(z.int()),
  outpatientDeductibleUsed: dec,
  chronicDeductibleUsed: dec,
  basicFundPaid: z.strictObject({ inpatient: dec, outpatient: dec, chronic: dec }),
  chronicFundPaidByDisease: z.record(z.string(), dec),
  largeExpenseFundPaid: dec,
  majorIllnessBase: dec,
  majorIllnessDeductibleUsed: dec,
  majorIllnessPaid: dec,
  assistanceBase: dec,
  assistancePaid: dec,
  assistanceDeductibleUsed: dec,
  bandCumulativeInScope: dec,
};

export const ytdBody = z.strictObject({ insuranceYearStart: date, ...counters });
export const deltaBody = z.strictObject(counters);

const amounts = z.strictObject({
  medfeeSumamt: dec, fulamtOwnpayAmt: dec, overlmtSelfpay: dec, preselfpayAmt: dec, inscpScpAmt: dec, actPayDedc: dec, hifpPay: dec,
  poolPropSelfpay: dec, cvlservPay: dec, hifesPay: dec, hifmiPay: dec, hifobPay: dec, mafPay: dec, othPay: dec, fundPaySumamt: dec,
  psnPartAmt: dec, acctPay: dec, acctMulaidPay: dec, psnCashPay: dec, hospPartAmt: dec, balc: dec,
});

const lineSplit = z.strictObject({
  lineId: text, amount: dec, fulamtOwnpayAmt: dec, overlmtAmt: dec, preselfpayAmt: dec, inscpScpAmt: dec,
  chrgitmLv: z.enum(['01', '02', '03']), selfpayProp: dec,
});

const fund = z.strictObject({
  fundPayType: text, fundPayTypeName: text, inscpScpAmt: dec, crtPaybLmtAmt: z.nullable(dec), fundPayamt: dec, setlProcInfo: nullableText,
});

const localText = z.strictObject({ zh: text, en: text });
const source = z.strictObject({
  id: text, docNo: text, issuer: text, status: z.enum(['VERIFIED', 'PARTIAL', 'UNVERIFIED', 'SYNTHETIC']),
  url: z.optional(text), verifiedAt: z.optional(text), reviewBy: z.optional(text), note: z.optional(text),
});
const step = z.strictObject({
  step: text,
  rules: z.array(text),
  title: localText,
  inputs: z.record(z.string(), text),
  params: z.array(z.strictObject({ path: text, value: text, source })),
  result: z.record(z.string(), text),
});

export const settlementBody = z.strictObject({
  kind: z.enum(['SETTLEMENT', 'REVERSAL']),
  medType: z.enum(MED_TYPES),
  policyId: text,
  policyVersion: date,
  insuranceYearStart: date,
  category: z.nullable(z.enum(FILING_CATEGORIES)),
  fundPaySumamtIncludesAcct: z.boolean(),
  amounts,
  lines: z.array(lineSplit),
  funds: z.array(fund),
  ytdDelta: deltaBody,
  ytdAfter: ytdBody,
  steps: z.array(step),
  warnings: z.array(text),
});

export const filingBody = z.strictObject({
  id: text,
  category: z.enum(FILING_CATEGORIES),
  targetAdmdvs: z.string().check(z.regex(/^\d{6}$/, 'expected a 6-digit division code')),
  registeredAt: text,
  validFrom: date,
  validTo: z.nullable(date),
  viaCommitment: z.boolean(),
  commitmentDocsCompleted: z.boolean(),
  cancelledAt: nullableText,
});
