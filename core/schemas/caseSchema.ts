/**
 * The case format: one JSON file holding a person, a claim, optional year-to-date counters and a
 * policy (a pack id or an inline pack), as read by the CLI and the golden tests. Field names are the
 * camelCase domain names of `types.ts`; the full reference is `core/cli/CASE-FORMAT.md`.
 */
import * as z from 'zod/mini';
import type { Result } from '../errors/index.ts';
import { ZERO } from '../money/index.ts';
import {
  ASSISTANCE_CLASSES, FILING_CATEGORIES, LEVELS, MED_TYPES, PERSON_STATUSES,
  type Claim, type Person, type YearToDate,
} from '../types.ts';
import { knownKeysOf } from '../policy/packIssueMessage.ts';
import { caseIssueToError } from './caseIssueToError.ts';
import { didYouMean } from './nearestKey.ts';
import { REQUIRED, admdvsField, amountField, dateField, instantField, intField, ratioField, textField } from './caseFields.ts';

/** Where a case takes its policy: a registered pack id, or a pack object given inline. */
export type CasePolicyRef = { id: string } | { inline: unknown };

/** A parsed case: domain objects with `Dec` amounts, ready for `settle` / `checkDirectSettlement`. */
export interface Case {
  person: Person;
  claim: Claim;
  /** null when the file gives none: unknown (estimate) or an empty year (settle). */
  ytd: YearToDate | null;
  policy: CasePolicyRef;
}

const level = z.enum(LEVELS);
const medType = z.enum(MED_TYPES);
const flag = (fallback: boolean) => z._default(z.boolean(), fallback);
const money0 = () => z._default(amountField(), ZERO);
/** An optional value that may also be written as JSON null. */
const maybe = <T extends z.ZodMiniType>(t: T) => z.optional(z.nullable(t));
const notBefore = (a: string | null | undefined, b: string | null | undefined): boolean => !a || !b || a <= b;
const dateOrder = (message: string, path: string) => ({ message, path: [path], params: { code: 'INVALID_DATE' } });

const filing = z
  .strictObject({
    id: textField(),
    category: z.enum(FILING_CATEGORIES),
    targetAdmdvs: admdvsField(),
    registeredAt: instantField(),
    validFrom: dateField(),
    validTo: maybe(dateField()),
    viaCommitment: flag(false),
    commitmentDocsCompleted: flag(false),
    cancelledAt: maybe(instantField()),
  })
  .check(z.refine((f) => notBefore(f.validFrom, f.validTo), dateOrder('validTo is before validFrom: correct or swap the dates', 'validTo')));

const opspQualification = z
  .strictObject({ diseaseCode: textField(), begin: dateField(), end: maybe(dateField()) })
  .check(z.refine((q) => notBefore(q.begin, q.end), dateOrder('end is before begin: correct or swap the dates', 'end')));

const person = z.strictObject({
  insutype: z.enum(['310', '390']),
  psnInsuStas: textField(),
  status: z.enum(PERSON_STATUSES),
  age: intField(0, 150),
  assistanceClass: maybe(z.enum(ASSISTANCE_CLASSES)),
  acctBalance: money0(),
  filings: z._default(z.array(filing), []),
  opspQualifications: z._default(z.array(opspQualification), []),
});

/** pric_uplmt_amt at or above this never binds (DF-9). */
const NO_CAP = '999999';

const feeLine = z
  .strictObject({
    lineId: textField(),
    amount: amountField({ signed: true }),
    qty: z.optional(amountField({ signed: true, decimals: 4 })),
    unitPrice: z.optional(amountField({ decimals: 6 })),
    chrgitmLv: z.enum(['01', '02', '03']),
    selfpayProp: ratioField(),
    priceCap: maybe(amountField({ decimals: 6 })),
    restrictedUseMet: z.optional(z.boolean()),
    inScopeForThisMedType: z.optional(z.boolean()),
  })
  .check(
    z.refine((l) => !l.priceCap || l.priceCap.gte(NO_CAP) || l.qty !== undefined, {
      message: 'DF-9: a line with a price ceiling needs its quantity: add qty (or drop priceCap)',
      path: ['qty'],
    }),
  );

const claim = z
  .strictObject({
    medType,
    insuplcAdmdvs: admdvsField(),
    mdtrtareaAdmvs: admdvsField(),
    serviceDate: z.optional(dateField()),
    admissionDate: z.optional(dateField()),
    dischargeDate: z.optional(dateField()),
    settlementTime: instantField(),
    selfPaidSettlementAt: maybe(instantField()),
    institutionLevel: level,
    networkedMedTypes: z.array(medType),
    emergencyFlag: flag(false),
    injury: z.optional(
      z.strictObject({
        isInjury: z.boolean(),
        thirdPartyLiable: z.union([z.boolean(), z.literal('unknown')]),
        commitmentSigned: flag(false),
      }),
    ),
    opspDiseaseCode: z.optional(textField()),
    prescriberLevel: z.optional(level),
    acctUsed: flag(false),
    acctMulaidPay: z.optional(amountField()),
    hospPartAmt: z.optional(amountField()),
    interim: z.optional(
      z.strictObject({
        deductibleAlreadyApplied: amountField(),
        inScopeAlreadySettled: amountField(),
        admissionAlreadyCounted: z.boolean(),
      }),
    ),
    lines: z.array(feeLine),
  })
  .check(
    z.refine((c) => c.medType !== 'INPATIENT' || c.admissionDate !== undefined, {
      message: 'an INPATIENT claim needs admissionDate "YYYY-MM-DD" (R-3d decides filing validity by it)',
      path: ['admissionDate'],
    }),
    z.refine((c) => c.medType === 'INPATIENT' || c.serviceDate !== undefined, {
      message: 'an outpatient, chronic or pharmacy claim needs serviceDate "YYYY-MM-DD"',
      path: ['serviceDate'],
    }),
    z.refine(
      (c) => notBefore(c.admissionDate, c.dischargeDate),
      dateOrder('dischargeDate is before admissionDate: correct or swap the dates', 'dischargeDate'),
    ),
    z.refine((c) => c.lines.reduce((s, l) => s.plus(l.amount), ZERO).gte(0), {
      message: 'DF-10: the lines sum to a negative total; correct a settled claim with a reversal instead',
      path: ['lines'],
      params: { code: 'INVALID_AMOUNT' },
    }),
  );

const ytd = z.strictObject({
  insuranceYearStart: dateField(),
  inpatientAdmissionsSettled: z._default(intField(0, 10_000), 0),
  outpatientDeductibleUsed: money0(),
  chronicDeductibleUsed: money0(),
  basicFundPaid: z._default(z.strictObject({ inpatient: money0(), outpatient: money0(), chronic: money0() }), {
    inpatient: ZERO,
    outpatient: ZERO,
    chronic: ZERO,
  }),
  chronicFundPaidByDisease: z._default(z.record(z.string(), amountField()), {}),
  largeExpenseFundPaid: money0(),
  majorIllnessBase: money0(),
  majorIllnessDeductibleUsed: money0(),
  majorIllnessPaid: money0(),
  assistanceBase: money0(),
  assistancePaid: money0(),
  assistanceDeductibleUsed: money0(),
  bandCumulativeInScope: money0(),
});

const policyRef = z.transform((v: unknown, ctx): CasePolicyRef => {
  if (typeof v === 'string' && v.length > 0) return { id: v };
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) return { inline: v };
  const message = 'give a policy pack id such as "bj-310-2025" (list them with `yibao policies`) or an inline pack object';
  ctx.issues.push({ code: 'custom', input: v, message: v === undefined ? REQUIRED : message, params: { code: 'INVALID_INPUT' } });
  return z.NEVER;
});

/**
 * zod/mini schema of a case file. Its output is the domain `Case`; prefer `parseCase`, which turns
 * the first issue into a CoreError with a JSON path.
 */
export const caseSchema = z.strictObject({
  /** Free text for people; ignored. */
  description: z.optional(z.string()),
  /** Expected figures for tests and readers; ignored by the core. */
  expected: z.optional(z.record(z.string(), z.unknown())),
  person,
  claim,
  ytd: z.optional(z.nullable(ytd)),
  policy: policyRef,
});

/** An unknown field's message names the nearest known field of its object, if one is close. */
const unknownFieldHint = (issue: z.core.$ZodRawIssue): string | undefined =>
  issue.code === 'unrecognized_keys' ? `unknown field${didYouMean(issue.keys[0] ?? '', knownKeysOf(issue.inst))}` : undefined;

/**
 * Parses a case file's JSON value into domain objects.
 * @param json the value from `JSON.parse`.
 * @returns `{ ok: true, value }`, or `{ ok: false, error }` with a CoreError (INVALID_INPUT,
 *   INVALID_AMOUNT, INVALID_DATE, INVALID_DIVISION_CODE or UNKNOWN_CODE) whose `path` names the
 *   offending value, e.g. `claim.lines[2].amount`.
 */
export function parseCase(json: unknown): Result<Case> {
  const r = caseSchema.safeParse(json, { error: unknownFieldHint });
  if (!r.success) return { ok: false, error: caseIssueToError(r.error.issues[0]!, json) };
  const { person: p, claim: c, ytd: y, policy } = r.data;
  return { ok: true, value: { person: p, claim: c, ytd: y ?? null, policy } };
}
