/**
 * Domain types of the settlement core (spec §4.3, §4.7, §4.8). camelCase here; the platform's
 * snake_case names live only in `schemas/` and in the wire result (`toWireSettlement`).
 * Money and ratios are `Dec` (decimal.js clone); dates are `YYYY-MM-DD`; instants ISO 8601.
 */
import type { Dec, Money, Ratio, RoundingMode } from './money/index.ts';

export type Level = 'PRIMARY' | 'L1' | 'L2' | 'L3' | 'UNRATED';
export const LEVELS: readonly Level[] = ['PRIMARY', 'L1', 'L2', 'L3', 'UNRATED'];

export type MedType = 'GENERAL_OUTPATIENT' | 'CHRONIC_OUTPATIENT' | 'INPATIENT' | 'PHARMACY';
export const MED_TYPES: readonly MedType[] = ['GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'INPATIENT', 'PHARMACY'];

/** the six filing categories (project enum; national numeric codes are UNVERIFIED). */
export type FilingCategory =
  | 'LT_RETIREE_RELOCATED'
  | 'LT_RESIDENT'
  | 'LT_POSTED_WORKER'
  | 'TMP_REFERRAL'
  | 'TMP_EMERGENCY'
  | 'TMP_OTHER';
export const FILING_CATEGORIES: readonly FilingCategory[] = [
  'LT_RETIREE_RELOCATED', 'LT_RESIDENT', 'LT_POSTED_WORKER', 'TMP_REFERRAL', 'TMP_EMERGENCY', 'TMP_OTHER',
];
export type TemporaryCategory = 'TMP_REFERRAL' | 'TMP_EMERGENCY' | 'TMP_OTHER';
export const isLongTerm = (c: FilingCategory): boolean => typeof c === 'string' && c.startsWith('LT_');

export type PersonStatus = 'IN_SERVICE' | 'RETIRED' | 'RESIDENT_ADULT' | 'RESIDENT_MINOR' | 'RESIDENT_ELDERLY';
export const PERSON_STATUSES: readonly PersonStatus[] = [
  'IN_SERVICE', 'RETIRED', 'RESIDENT_ADULT', 'RESIDENT_MINOR', 'RESIDENT_ELDERLY',
];
export type AssistanceClass = 'TEKUN' | 'DIBAO' | 'DIBAO_EDGE' | 'ILLNESS_POVERTY' | 'RETURN_POVERTY';
export const ASSISTANCE_CLASSES: readonly AssistanceClass[] = ['TEKUN', 'DIBAO', 'DIBAO_EDGE', 'ILLNESS_POVERTY', 'RETURN_POVERTY'];

/** `insutype`: 310 employees, 390 residents (the two the core settles). */
export type Insutype = '310' | '390';
/** `chrgitm_lv`: 01 甲类, 02 乙类, 03 丙类/自费. */
export type ChrgitmLv = '01' | '02' | '03';

/** One fee line with the treatment place's catalogue data (R-8, S-1). */
export interface FeeLine {
  lineId: string;
  /** det_item_fee_sumamt; negative for a refund line (DF-10). */
  amount: Money;
  qty?: Dec;
  unitPrice?: Money;
  chrgitmLv: ChrgitmLv;
  /** selfpay_prop: 0 甲类, e.g. 0.10 乙类, 1 fully self-paid. */
  selfpayProp: Ratio;
  /** pric_uplmt_amt per unit; absent, null or ≥ 999999 = no ceiling (DF-9). */
  priceCap?: Money | null;
  /** 限制使用 satisfied; false ⇒ 全自费. */
  restrictedUseMet?: boolean;
  /** e.g. not on the 门诊慢特病 drug list ⇒ 全自费. */
  inScopeForThisMedType?: boolean;
}

export interface Injury {
  isInjury: boolean;
  thirdPartyLiable: boolean | 'unknown';
  commitmentSigned: boolean;
}

/** A claim (or a planned visit, with no lines) as S-0 … S-9 read it (§4.3). */
export interface Claim {
  medType: MedType;
  insuplcAdmdvs: string;
  mdtrtareaAdmvs: string;
  /** Outpatient, chronic, pharmacy: the visit date. Inpatient: optional. */
  serviceDate?: string;
  admissionDate?: string;
  dischargeDate?: string;
  /** The settlement instant (ISO 8601; without offset it is China Standard Time, DF-11). */
  settlementTime: string;
  /** The stay was already settled as self-pay at this instant (R-4b). */
  selfPaidSettlementAt?: string | null;
  institutionLevel: Level;
  /** Care types the institution is networked for across provinces. */
  networkedMedTypes: readonly MedType[];
  /** Set by the hospital, never inferred. */
  emergencyFlag: boolean;
  injury?: Injury;
  /** CHRONIC_OUTPATIENT: 门诊慢特病 disease code. */
  opspDiseaseCode?: string;
  /** PHARMACY with ratioMode PRESCRIBER_LEVEL. */
  prescriberLevel?: Level;
  /** acct_used_flag. */
  acctUsed: boolean;
  /** Family mutual-aid account payment asked for by the caller (DF-16). */
  acctMulaidPay?: Money;
  /** Hospital share, outside the personal share (DF-16). */
  hospPartAmt?: Money;
  /** A later (interim) settlement of a stay that already bore part of its deductible (DF-7). */
  interim?: { deductibleAlreadyApplied: Money; inScopeAlreadySettled: Money; admissionAlreadyCounted: boolean };
  lines: readonly FeeLine[];
}

/** A cross-province filing record. */
export interface Filing {
  id: string;
  category: FilingCategory;
  /** 备案就医地: exact code, city (xxxx00), province (xx0000) or pool (xxxx99, DF-12). */
  targetAdmdvs: string;
  /** The instant the filing was accepted and in force, not the submission time. */
  registeredAt: string;
  validFrom: string;
  /** null = long-term, no end (R-3a). Inclusive. */
  validTo?: string | null;
  viaCommitment: boolean;
  commitmentDocsCompleted: boolean;
  cancelledAt?: string | null;
}

export interface OpspQualification {
  diseaseCode: string;
  begin: string;
  end?: string | null;
}

export interface Person {
  insutype: Insutype;
  /** psn_insu_stas from 1101; '1' = 正常参保. */
  psnInsuStas: string;
  status: PersonStatus;
  age: number;
  assistanceClass?: AssistanceClass | null;
  /** Personal account balance (employees only). */
  acctBalance: Money;
  filings: readonly Filing[];
  opspQualifications: readonly OpspQualification[];
}

/** Year-to-date accumulators, per person and insurance year (§4.7, DF-22). */
export interface YearToDate {
  /** The insurance year these counters belong to, as its first day `YYYY-MM-DD`. */
  insuranceYearStart: string;
  inpatientAdmissionsSettled: number;
  outpatientDeductibleUsed: Money;
  chronicDeductibleUsed: Money;
  basicFundPaid: { inpatient: Money; outpatient: Money; chronic: Money };
  /** Chronic fund paid per disease code, for `chronic.limitPerDisease` (DF-18). */
  chronicFundPaidByDisease: Readonly<Record<string, Money>>;
  largeExpenseFundPaid: Money;
  majorIllnessBase: Money;
  majorIllnessDeductibleUsed: Money;
  majorIllnessPaid: Money;
  assistanceBase: Money;
  assistancePaid: Money;
  assistanceDeductibleUsed: Money;
  bandCumulativeInScope: Money;
}

// ---------------------------------------------------------------------------------------------
// Policy (§4.8). The JSON pack is validated by `policy/policyPackSchema.ts`, then turned into this
// shape with Decimals. Optional parts may be missing: the engine then throws POLICY_INCOMPLETE.
// ---------------------------------------------------------------------------------------------

export type SourceStatus = 'VERIFIED' | 'PARTIAL' | 'UNVERIFIED' | 'SYNTHETIC';

export interface PolicySource {
  id: string;
  /** Document number or title, e.g. 医保发〔2022〕22号, or "SYNTHETIC (spec Example 6)". */
  docNo: string;
  issuer: string;
  url?: string;
  status: SourceStatus;
  verifiedAt?: string;
  reviewBy?: string;
  note?: string;
}

export type BandedRatio = readonly { upTo: Money | null; ratio: Ratio }[];

export type DeductibleMultipliers = Partial<Record<'RETIRED' | 'AGE_70_PLUS' | 'DIBAO', Ratio>>;
export type DeductibleRule = (
  /** [first, second, …]; the last repeats; null = not published for that stay (POLICY_INCOMPLETE). */
  | { kind: 'BY_ADMISSION'; amounts: readonly (Money | null)[] }
  | { kind: 'STEP_DOWN'; first: Money; stepPerLaterStay: Money; floor: Money }
  | { kind: 'PERCENT_OF_TOTAL'; percent: Ratio; min: Money; max: Money }
) & { multipliers?: DeductibleMultipliers };

export type PerStatus<T> = Partial<Record<PersonStatus, T>>;
export type PerLevel<T> = Partial<Record<Level, T>>;
export type AgeIncrements = readonly { fromAge: number; plusPoints: Ratio }[];

export interface PolicySet {
  /** Pack id, e.g. `bj-310-2025`. */
  id: string;
  /** Human name, e.g. 北京 职工 2025. */
  name: string;
  /** null for SYNTHETIC packs, which belong to no real pool. */
  poolAdmdvs: string | null;
  /** Division codes (or 2/4-digit prefixes) of insured places mapped to this pool; empty for SYNTHETIC packs. */
  insuredAdmdvs: readonly string[];
  /** A SYNTHETIC pack declared to fit any insured place; false for every real pack. */
  anyRegion: boolean;
  insutype: Insutype;
  effectiveFrom: string;
  effectiveTo?: string | null;
  /** Status of the pack as a whole (the weakest of what it holds). */
  status: SourceStatus;
  sources: Readonly<Record<string, PolicySource>>;
  defaultSource: string;
  /** Parameter path prefix → source id; the longest matching prefix wins. */
  paramSources: Readonly<Record<string, string>>;
  insuranceYear: { startMonth: number; startDay: number };
  inpatient?: {
    deductible: PerLevel<DeductibleRule>;
    ratio: PerStatus<PerLevel<BandedRatio>>;
    ageIncrements?: AgeIncrements;
    bandBasis: 'PER_STAY' | 'YEAR_TO_DATE';
    cap: Money | null;
    capScope: 'INPATIENT' | 'INPATIENT_AND_CHRONIC' | 'ALL_BASIC';
    crossYearStay: 'ADMISSION_YEAR' | 'DISCHARGE_YEAR' | 'SPLIT_AT_YEAR_END';
  };
  generalOutpatient?: {
    deductibleAnnual: PerStatus<Money>;
    ratio: PerStatus<PerLevel<Ratio>>;
    fundLimitAnnual: PerStatus<Money | null>;
    ageIncrements?: AgeIncrements;
  };
  pharmacy?: {
    pooling: boolean;
    crossProvincePooling: boolean;
    ratioMode: 'PRIMARY_LEVEL' | 'PRESCRIBER_LEVEL';
    sharesOutpatientLimits: true;
  };
  chronic?: {
    /**
     * National codes the 参保地 enables for cross-province settlement; null when the pack's
     * sources do not say which (D-7 then passes with the warning `CHRONIC_LIST_UNKNOWN`).
     */
    diseases: readonly string[] | null;
    /** A missing status gives POLICY_INCOMPLETE (DF-18: annual, shared by all diseases). */
    deductible: PerStatus<Money>;
    ratio: PerStatus<PerLevel<Ratio>>;
    /**
     * Annual fund limit per disease (DF-18); null = the source says there is none. A disease
     * without an entry settles with the warning `CHRONIC_LIMIT_UNKNOWN`.
     */
    limitPerDisease?: Readonly<Record<string, Money | null>>;
    ageIncrements?: AgeIncrements;
  };
  crossProvince: {
    /** R-9 reductions; a missing category means the 参保地's figure is unknown (POLICY_INCOMPLETE). */
    reductionPoints: Partial<Record<TemporaryCategory, Ratio>>;
    reductionAppliesTo: { basic: boolean; majorIllness: boolean; largeExpense: boolean };
    filingWaived: Partial<Record<FilingCategory, boolean>>;
    ltMinMonthsBeforeChange: number;
    tmpValidityMonths: number;
    maxConcurrentFilings: number;
    returnHomeLevel: 'LOCAL' | 'REFERRAL_LEVEL';
    acctUseCrossProvince: 'ALWAYS' | 'FILED_ONLY' | 'NEVER';
    acctScope: 'ALL' | 'IN_SCOPE_ONLY';
  };
  largeExpense?: { ratio: PerStatus<Ratio>; cap: Money | null; mode: 'ABOVE_BASIC_CAP' };
  majorIllness?: {
    deductible: Money;
    tiers: readonly { upTo: Money | null; ratio: Ratio }[];
    cap: Money | null;
    tilt: { deductibleFactor: Ratio; ratioPlus: Ratio; removeCap: boolean };
    includesPreselfpay: boolean;
  };
  assistance?: Partial<Record<AssistanceClass, { deductible: Money; ratio: Ratio; annualLimit: Money | null }>>;
  assistanceInCrossProvinceDirect: boolean;
  fundPaySumamtIncludesAcct: boolean;
  rounding: { mode: RoundingMode; perLinePreselfpay: true; perBand: boolean };
}

// ---------------------------------------------------------------------------------------------
// S-0 verdict (§4.3)
// ---------------------------------------------------------------------------------------------

/** Closed set of verdict codes (§4.3 reason-code table). */
export type VerdictCode =
  | 'DIRECT'
  | 'NOT_CROSS_PROVINCE'
  | 'INVALID_DIVISION_CODE'
  | 'INVALID_TREATMENT_PLACE'
  | 'INSURANCE_INACTIVE'
  | 'NOT_DIRECT_MANUAL_CLAIM'
  | 'INJURY_EXCLUDED'
  | 'NEEDS_INJURY_COMMITMENT'
  | 'MANUAL_CLAIM'
  | 'FILE_BEFORE_DISCHARGE'
  | 'NOT_FILED'
  | 'CHRONIC_NOT_QUALIFIED'
  | 'CHRONIC_DISEASE_NOT_ENABLED';

export type NotFiledDetail = 'NO_FILING' | 'PLACE_MISMATCH' | 'EXPIRED' | 'NOT_YET_VALID' | 'CANCELLED';

/**
 * Why D-7 found no qualification: no disease code on the claim, none recognised by the
 * 参保地 for this disease, one that lapsed before the visit, or one that starts after it.
 */
export type ChronicDetail = 'NO_DISEASE_CODE' | 'NOT_RECOGNISED' | 'LAPSED' | 'NOT_YET_VALID';

/** What D-7 found for a CHRONIC_OUTPATIENT claim, for screens. */
export interface ChronicFinding {
  /** The claim's disease code, or null when it has none. */
  diseaseCode: string | null;
  /** The qualification that covers the visit (or, for LAPSED / NOT_YET_VALID, the nearest one). */
  qualification?: OpspQualification;
  /** Whether the 参保地 enables the disease across provinces (null: the pack does not say). */
  enabled: boolean | null;
  detail?: ChronicDetail;
  /** For LAPSED: whole days between the qualification's end and the visit. */
  daysSinceLapse?: number;
}
export type DecisionCheck = 'D-1' | 'D-2' | 'D-3' | 'D-4' | 'D-5' | 'D-6' | 'D-7' | 'D-8';

/** A localised text pair for screens. */
export interface LocalText {
  zh: string;
  en: string;
}

export interface Verdict {
  code: VerdictCode;
  /** The check that decided (null for DIRECT). */
  check: DecisionCheck | null;
  /** Rule ids behind the outcome, e.g. ['R-4b']. */
  rules: readonly string[];
  /**
   * True when S-1 … S-9 may run: DIRECT, or a PHARMACY sale whose NOT_FILED is non-blocking
   * (D-8, DF-13); then `pharmacy.fundPays` is false.
   */
  settles: boolean;
  category?: FilingCategory;
  filingId?: string;
  /** emergency treated as filed. */
  treatedAsFiled?: boolean;
  /** R-9 reduction in ratio points (0 for long-term filers); null when no policy was given. */
  reductionPoints: Ratio | null;
  /** long-term filer with documents complete. */
  twoWayBenefit: boolean;
  detail?: NotFiledDetail;
  /** For detail EXPIRED: whole days between the filing's end date and the visit. */
  daysSinceExpiry?: number;
  /** CHRONIC_OUTPATIENT claims that reached D-7: the qualification found or why none applies. */
  chronic?: ChronicFinding;
  /** D-8 pharmacy mode. */
  pharmacy?: { fundPays: boolean; acctAllowed: boolean };
  /** Non-blocking findings, e.g. MULTIPLE_FILINGS_MATCH, POOL_CODE_TARGET (DF-12), NO_POLICY. */
  warnings: readonly string[];
  /** What the patient or cashier can do next, in zh-CN and en. */
  hint: LocalText;
}

// ---------------------------------------------------------------------------------------------
// S-1 … S-9 result (§4.5, §2.3)
// ---------------------------------------------------------------------------------------------

/** The platform's setlinfo amounts, camelCase (wire names in `schemas/wire.ts`). */
export interface SettlementAmounts {
  medfeeSumamt: Money;
  fulamtOwnpayAmt: Money;
  overlmtSelfpay: Money;
  preselfpayAmt: Money;
  inscpScpAmt: Money;
  actPayDedc: Money;
  hifpPay: Money;
  poolPropSelfpay: Ratio;
  cvlservPay: Money;
  hifesPay: Money;
  hifmiPay: Money;
  hifobPay: Money;
  mafPay: Money;
  othPay: Money;
  fundPaySumamt: Money;
  psnPartAmt: Money;
  acctPay: Money;
  acctMulaidPay: Money;
  psnCashPay: Money;
  hospPartAmt: Money;
  /** Account balance after this settlement. */
  balc: Money;
}

/** S-1 split of one line (the 2204 `result[]` row). */
export interface LineSplit {
  lineId: string;
  amount: Money;
  fulamtOwnpayAmt: Money;
  overlmtAmt: Money;
  preselfpayAmt: Money;
  inscpScpAmt: Money;
  chrgitmLv: ChrgitmLv;
  selfpayProp: Ratio;
}

/** One setldetail row. */
export interface FundDetail {
  /** fund_pay_type, e.g. 310100 (§6.8 of platform-api). */
  fundPayType: string;
  fundPayTypeName: string;
  inscpScpAmt: Money;
  /** crt_payb_lmt_amt: what this fund could still pay this time (null: no limit). */
  crtPaybLmtAmt: Money | null;
  fundPayamt: Money;
  setlProcInfo: string | null;
}

/** A parameter used by a step, with its source and status. */
export interface ParamUse {
  /** Path in the pack, e.g. `inpatient.ratio.IN_SERVICE.L3`. */
  path: string;
  value: string;
  source: PolicySource;
}

/** One line of the explained waterfall. */
export interface ExplainStep {
  /** S-1 … S-9 (or S-0). */
  step: string;
  /** Rule ids cited, e.g. ['R-9', 'S-3']. */
  rules: readonly string[];
  title: LocalText;
  inputs: Readonly<Record<string, string>>;
  params: readonly ParamUse[];
  result: Readonly<Record<string, string>>;
}

/** Year-to-date delta of one settlement: the counters of `YearToDate`; a reversal negates it (§4.7, DF-22). */
export type YearToDateDelta = Omit<YearToDate, 'insuranceYearStart'>;

export interface Settlement {
  kind: 'SETTLEMENT' | 'REVERSAL';
  medType: MedType;
  policyId: string;
  /** effectiveFrom of the pack used: a reversal never recomputes with today's parameters. */
  policyVersion: string;
  insuranceYearStart: string;
  category: FilingCategory | null;
  /** DF-17: the emitted `fund_pay_sumamt` includes `acct_pay` (广东 variant); amounts here stay national. */
  fundPaySumamtIncludesAcct: boolean;
  amounts: SettlementAmounts;
  lines: readonly LineSplit[];
  funds: readonly FundDetail[];
  ytdDelta: YearToDateDelta;
  ytdAfter: YearToDate;
  steps: readonly ExplainStep[];
  warnings: readonly string[];
}

/** A per-disease annual fund limit and what is left of it this insurance year (DF-18), for screens. */
export interface ChronicLimitLeft {
  diseaseCode: string;
  /** The annual limit; null when there is none or the pack lacks it (`known` false). */
  limit: Money | null;
  /** False when the pack gives no limit for the disease (the warning `CHRONIC_LIMIT_UNKNOWN`). */
  known: boolean;
  /** Fund paid for this disease so far this insurance year. */
  used: Money;
  /** max(0, limit − used); null without a limit. */
  remaining: Money | null;
}
