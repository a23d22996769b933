/**
 * JSON shape of a policy pack (§4.8). Shape only: the national limits and cross-field rules are
 * checked afterwards by `validatePolicyPack`, which gives messages that say what to do.
 */
import * as z from 'zod/mini';
import { admdvsStr, dateStr, nonNegMoneyStr, ratioStr } from '../schemas/primitives.ts';

const level = z.enum(['PRIMARY', 'L1', 'L2', 'L3', 'UNRATED']);
const status = z.enum(['IN_SERVICE', 'RETIRED', 'RESIDENT_ADULT', 'RESIDENT_MINOR', 'RESIDENT_ELDERLY']);
const assistanceClass = z.enum(['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'ILLNESS_POVERTY', 'RETURN_POVERTY']);
const category = z.enum(['LT_RETIREE_RELOCATED', 'LT_RESIDENT', 'LT_POSTED_WORKER', 'TMP_REFERRAL', 'TMP_EMERGENCY', 'TMP_OTHER']);

const perStatus = <T extends z.ZodMiniType>(v: T) => z.partialRecord(status, v);
const perLevel = <T extends z.ZodMiniType>(v: T) => z.partialRecord(level, v);
/** A single amount for everyone, or one per person status (DF-21). */
const moneyOrPerStatus = z.union([nonNegMoneyStr, perStatus(nonNegMoneyStr)], {
  error: 'expected an amount such as "1800" for everyone, or one per person status such as { "IN_SERVICE": "1800", "RETIRED": "1300" }',
});
const nullableMoneyOrPerStatus = z.union([z.null(), nonNegMoneyStr, perStatus(z.nullable(nonNegMoneyStr))], {
  error: 'expected null (no limit), an amount such as "2000", or one per person status such as { "IN_SERVICE": "2000", "RETIRED": null }',
});

const band = z.strictObject({ upTo: z.nullable(nonNegMoneyStr), ratio: ratioStr });
const ageIncrements = z.array(z.strictObject({ fromAge: z.number().check(z.int(), z.gte(0), z.lte(150)), plusPoints: ratioStr }));

const multipliers = z.optional(
  z.strictObject({ RETIRED: z.optional(ratioStr), AGE_70_PLUS: z.optional(ratioStr), DIBAO: z.optional(ratioStr) }),
);
const deductibleRule = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('BY_ADMISSION'), amounts: z.array(z.nullable(nonNegMoneyStr)).check(z.minLength(1)), multipliers }),
    z.strictObject({ kind: z.literal('STEP_DOWN'), first: nonNegMoneyStr, stepPerLaterStay: nonNegMoneyStr, floor: nonNegMoneyStr, multipliers }),
    z.strictObject({ kind: z.literal('PERCENT_OF_TOTAL'), percent: ratioStr, min: nonNegMoneyStr, max: nonNegMoneyStr, multipliers }),
  ],
  { error: 'expected a deductible rule whose "kind" is "BY_ADMISSION" (amounts), "STEP_DOWN" (first, stepPerLaterStay, floor) or "PERCENT_OF_TOTAL" (percent, min, max)' },
);

const source = z.strictObject({
  docNo: z.string().check(z.minLength(1)),
  issuer: z.string().check(z.minLength(1)),
  url: z.optional(z.string()),
  status: z.enum(['VERIFIED', 'PARTIAL', 'UNVERIFIED', 'SYNTHETIC']),
  verifiedAt: z.optional(dateStr),
  reviewBy: z.optional(dateStr),
  note: z.optional(z.string()),
});

export const policyPackSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'expected a lower-case id like "bj-310-2025"')),
  name: z.string().check(z.minLength(1)),
  /** null for SYNTHETIC packs, which belong to no real pool. */
  poolAdmdvs: z.nullable(admdvsStr),
  /** Insured-place prefixes this pack serves; empty for SYNTHETIC packs (selected by id only). */
  insuredAdmdvs: z.array(z.string().check(z.regex(/^\d{2}(\d{2}(\d{2})?)?$/, 'expected a 2, 4 or 6-digit division prefix'))),
  /**
   * A SYNTHETIC pack declares on purpose that it fits any insured place (it belongs to no real
   * region); a real pack serves only `insuredAdmdvs`.
   */
  anyRegion: z.optional(z.boolean()),
  insutype: z.enum(['310', '390']),
  effectiveFrom: dateStr,
  effectiveTo: z.optional(z.nullable(dateStr)),
  sources: z.record(z.string(), source),
  defaultSource: z.string(),
  paramSources: z.optional(z.record(z.string(), z.string())),
  insuranceYear: z.strictObject({
    startMonth: z.number().check(z.int(), z.gte(1), z.lte(12)),
    startDay: z.number().check(z.int(), z.gte(1), z.lte(28)),
  }),
  inpatient: z.optional(
    z.strictObject({
      deductible: perLevel(deductibleRule),
      ratio: perStatus(perLevel(z.array(band).check(z.minLength(1)))),
      ageIncrements: z.optional(ageIncrements),
      bandBasis: z.enum(['PER_STAY', 'YEAR_TO_DATE']),
      cap: z.nullable(nonNegMoneyStr),
      capScope: z.enum(['INPATIENT', 'INPATIENT_AND_CHRONIC', 'ALL_BASIC']),
      crossYearStay: z.enum(['ADMISSION_YEAR', 'DISCHARGE_YEAR', 'SPLIT_AT_YEAR_END']),
      longStayResetDays: z.optional(z.number()),
    }),
  ),
  generalOutpatient: z.optional(
    z.strictObject({
      deductibleAnnual: moneyOrPerStatus,
      ratio: perStatus(perLevel(ratioStr)),
      fundLimitAnnual: nullableMoneyOrPerStatus,
      ageIncrements: z.optional(ageIncrements),
      aboveThreshold: z.optional(z.unknown()),
    }),
  ),
  pharmacy: z.optional(
    z.strictObject({
      pooling: z.boolean(),
      crossProvincePooling: z.boolean(),
      ratioMode: z.enum(['PRIMARY_LEVEL', 'PRESCRIBER_LEVEL']),
      sharesOutpatientLimits: z.boolean(),
    }),
  ),
  chronic: z.optional(
    z.strictObject({
      /** National codes enabled across provinces; null = the pack's sources do not say. */
      diseases: z.nullable(z.array(z.string().check(z.minLength(1)))),
      /** Left out when no source gives it: a claim that needs it gives POLICY_INCOMPLETE. */
      deductible: z.optional(moneyOrPerStatus),
      ratio: z.optional(perStatus(perLevel(ratioStr))),
      /** Per disease: an amount, or null when the source says there is no limit (DF-18). */
      limitPerDisease: z.optional(z.record(z.string(), z.nullable(nonNegMoneyStr))),
      ageIncrements: z.optional(ageIncrements),
    }),
  ),
  crossProvince: z.strictObject({
    reductionPoints: z.strictObject({ TMP_REFERRAL: z.optional(ratioStr), TMP_EMERGENCY: z.optional(ratioStr), TMP_OTHER: z.optional(ratioStr) }),
    reductionAppliesTo: z.optional(z.strictObject({ basic: z.boolean(), majorIllness: z.boolean(), largeExpense: z.boolean() })),
    filingWaived: z.optional(z.partialRecord(category, z.boolean())),
    ltMinMonthsBeforeChange: z.number().check(z.int()),
    tmpValidityMonths: z.number().check(z.int()),
    maxConcurrentFilings: z.optional(z.number().check(z.int(), z.gte(1))),
    returnHomeLevel: z.optional(z.enum(['LOCAL', 'REFERRAL_LEVEL'])),
    acctUseCrossProvince: z.optional(z.enum(['ALWAYS', 'FILED_ONLY', 'NEVER'])),
    acctScope: z.optional(z.enum(['ALL', 'IN_SCOPE_ONLY'])),
  }),
  largeExpense: z.optional(
    z.strictObject({ ratio: perStatus(ratioStr), cap: z.nullable(nonNegMoneyStr), mode: z.optional(z.enum(['ABOVE_BASIC_CAP', 'OWN_DEDUCTIBLE'])) }),
  ),
  majorIllness: z.optional(
    z.strictObject({
      deductible: nonNegMoneyStr,
      tiers: z.array(band).check(z.minLength(1)),
      cap: z.nullable(nonNegMoneyStr),
      tilt: z.strictObject({ deductibleFactor: ratioStr, ratioPlus: ratioStr, removeCap: z.boolean() }),
      includesPreselfpay: z.optional(z.boolean()),
    }),
  ),
  assistance: z.optional(
    z.partialRecord(assistanceClass, z.strictObject({ deductible: nonNegMoneyStr, ratio: ratioStr, annualLimit: z.nullable(nonNegMoneyStr) })),
  ),
  assistanceInCrossProvinceDirect: z.optional(z.boolean()),
  fundPaySumamtIncludesAcct: z.optional(z.boolean()),
  rounding: z.optional(
    z.strictObject({
      mode: z.enum(['HALF_UP', 'HALF_EVEN']),
      perLinePreselfpay: z.optional(z.boolean()),
      perBand: z.optional(z.boolean()),
    }),
  ),
});

export type PolicyPackJson = z.infer<typeof policyPackSchema>;
