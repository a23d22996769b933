import { CoreError } from '../errors/index.ts';
import { Dec } from '../money/index.ts';
import { parseDivisionCode } from '../region/index.ts';
import { zodIssuePath } from '../schemas/zodIssuePath.ts';
import { regionCodeOf } from './regionCodeOf.ts';
import type {
  AgeIncrements, BandedRatio, DeductibleRule, Level, PerLevel, PerStatus, PersonStatus, PolicySet, PolicySource, SourceStatus,
} from '../types.ts';
import { PERSON_STATUSES } from '../types.ts';
import { packIssueMessage } from './packIssueMessage.ts';
import { markValidated } from './policyBrand.ts';
import { policyPackSchema, type PolicyPackJson } from './policyPackSchema.ts';

const STATUS_RANK: Record<SourceStatus, number> = { VERIFIED: 3, PARTIAL: 2, UNVERIFIED: 1, SYNTHETIC: 0 };

/** National limits a pack may not exceed (R-9, R-3b, R-3c). */
const MAX_REDUCTION = { TMP_REFERRAL: '0.10', TMP_EMERGENCY: '0.10', TMP_OTHER: '0.20' } as const;

const invalid = (path: string, message: string): never => {
  throw new CoreError('POLICY_INVALID', message, path);
};

/**
 * Validates a policy pack (JSON) and turns it into a `PolicySet` with decimals (§4.8).
 * @throws CoreError `POLICY_INVALID` naming the path: bad shape, a value beyond a national limit
 *   (a reduction above R-9's 10/20 points, a temporary validity under 6 months, a change lock over
 *   6 months), bands not ascending, a missing source, or a choice the project rejects (DF-8, DF-14,
 *   DF-19, DF-21).
 */
export function loadPolicyPack(json: unknown): PolicySet {
  const parsed = policyPackSchema.safeParse(json, { error: packIssueMessage });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // An unknown key is reported at its own path, not at the object holding it.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
    invalid(zodIssuePath(path), issue.message);
  }
  const p = (parsed as { data: PolicyPackJson }).data;
  validateLimits(p);
  return markValidated(toPolicySet(p));
}

function validateLimits(p: PolicyPackJson): void {
  // Sources: every referenced id exists; a non-SYNTHETIC source names a document (§4.8).
  if (!p.sources[p.defaultSource]) invalid('defaultSource', `source "${p.defaultSource}" is not listed in "sources"`);
  for (const [prefix, id] of Object.entries(p.paramSources ?? {})) {
    if (!p.sources[id]) invalid(`paramSources.${prefix}`, `source "${id}" is not listed in "sources"`);
  }
  for (const [id, s] of Object.entries(p.sources)) {
    if (s.status !== 'SYNTHETIC' && !s.url && !s.note) {
      invalid(`sources.${id}`, 'a non-SYNTHETIC source needs a url or a note saying where the document can be read');
    }
  }
  const status = packStatus(p);
  if (status !== 'SYNTHETIC' && (p.poolAdmdvs === null || p.insuredAdmdvs.length === 0)) {
    invalid('poolAdmdvs', 'a pack for a real region names its pool and the insured places it serves');
  }
  if (status === 'SYNTHETIC' && p.insuredAdmdvs.length > 0) {
    invalid('insuredAdmdvs', 'a pack holding SYNTHETIC numbers may not claim a real region: leave insuredAdmdvs empty');
  }
  if (p.anyRegion === true && status !== 'SYNTHETIC') {
    invalid('anyRegion', 'only a SYNTHETIC pack may apply to any region; a real pack lists the insured places it serves in insuredAdmdvs');
  }
  if (status === 'SYNTHETIC' && p.anyRegion !== true) {
    invalid('anyRegion', 'a SYNTHETIC pack serves no real region: set "anyRegion": true to use it for any insured place on purpose');
  }
  p.insuredAdmdvs.forEach((prefix, i) => {
    const r = parseDivisionCode(regionCodeOf(prefix), `insuredAdmdvs[${i}]`);
    if (!r.ok) invalid(`insuredAdmdvs[${i}]`, 'expected a division code or prefix of a known province (2 digits xx, 4 digits xxxx or 6 digits)');
  });
  if (p.effectiveTo && p.effectiveTo < p.effectiveFrom) invalid('effectiveTo', 'effectiveTo is before effectiveFrom');

  // reductions within 10 / 10 / 20 points (Example 5).
  const cp = p.crossProvince;
  for (const [cat, max] of Object.entries(MAX_REDUCTION) as [keyof typeof MAX_REDUCTION, string][]) {
    const v = cp.reductionPoints[cat];
    if (v !== undefined && new Dec(v).gt(max)) {
      invalid(`crossProvince.reductionPoints.${cat}`, `R-9 allows at most ${max} (${new Dec(max).times(100).toFixed()} points) for ${cat}`);
    }
  }
  // R-3b, R-3c.
  if (cp.ltMinMonthsBeforeChange < 0 || cp.ltMinMonthsBeforeChange > 6) {
    invalid('crossProvince.ltMinMonthsBeforeChange', 'R-3b: the lock before changing a long-term filing is 0 to 6 months');
  }
  if (cp.tmpValidityMonths < 6) invalid('crossProvince.tmpValidityMonths', 'R-3c: a temporary filing is valid for at least 6 months');

  if (p.inpatient) {
    for (const [st, byLevel] of Object.entries(p.inpatient.ratio)) {
      for (const [lv, bands] of Object.entries(byLevel ?? {})) checkAscending(bands ?? [], `inpatient.ratio.${st}.${lv}`);
    }
    for (const [lv, rule] of Object.entries(p.inpatient.deductible)) {
      if (rule?.kind === 'PERCENT_OF_TOTAL' && new Dec(rule.min).gt(rule.max)) {
        invalid(`inpatient.deductible.${lv}.min`, 'min is above max');
      }
    }
    // DF-19: no algorithm exists for the long-stay reset (O-10).
    if (p.inpatient.longStayResetDays !== undefined) {
      invalid('inpatient.longStayResetDays', 'DF-19: rejected until O-10 defines how a long stay re-charges the deductible');
    }
  }
  if (p.generalOutpatient?.aboveThreshold !== undefined) {
    invalid('generalOutpatient.aboveThreshold', 'DF-21: rejected until a source defines the basis of the threshold (O-6)');
  }
  if (p.pharmacy && !p.pharmacy.sharesOutpatientLimits) {
    invalid('pharmacy.sharesOutpatientLimits', 'DF-14: pharmacy purchases share the outpatient deductible and limit; false is rejected');
  }
  if (p.largeExpense?.mode === 'OWN_DEDUCTIBLE') {
    invalid('largeExpense.mode', 'DF-21: OWN_DEDUCTIBLE has no algorithm yet; use ABOVE_BASIC_CAP');
  }
  if (p.chronic) checkChronicList(p.chronic);
  if (p.majorIllness) checkAscending(p.majorIllness.tiers, 'majorIllness.tiers');
  if (p.rounding?.perLinePreselfpay === false) {
    invalid('rounding.perLinePreselfpay', 'DF-8: 先行自付 is rounded per line (real 2204 responses); false is rejected');
  }
}

/**
 * each enabled code once (the five national codes are in `CHRONIC_DISEASES`; a 参保地 may
 * enable its own codes too); limits only for enabled codes (DF-18).
 */
function checkChronicList(c: NonNullable<PolicyPackJson['chronic']>): void {
  const seen = new Set<string>();
  (c.diseases ?? []).forEach((code, i) => {
    if (seen.has(code)) invalid(`chronic.diseases[${i}]`, 'a disease is listed twice');
    seen.add(code);
  });
  for (const code of Object.keys(c.limitPerDisease ?? {})) {
    if (!seen.has(code)) invalid(`chronic.limitPerDisease.${code}`, 'a per-disease limit needs its disease in chronic.diseases');
  }
}

function checkAscending(bands: readonly { upTo: string | null }[], path: string): void {
  let prev: Dec | null = null;
  bands.forEach((b, i) => {
    if (b.upTo === null) {
      if (i !== bands.length - 1) invalid(`${path}[${i}].upTo`, 'only the last band may be open-ended (upTo null)');
      return;
    }
    const v = new Dec(b.upTo);
    if (prev && !v.gt(prev)) invalid(`${path}[${i}].upTo`, 'band bounds must be strictly ascending');
    prev = v;
  });
  // DF-1: no in-scope amount is left without a ratio.
  if (bands.length > 0 && bands[bands.length - 1]!.upTo !== null) {
    invalid(`${path}[${bands.length - 1}].upTo`, 'the last band must be open-ended (upTo null) so every amount has a ratio (DF-1)');
  }
}

/** The weakest status among the pack's sources. */
function packStatus(p: PolicyPackJson): SourceStatus {
  let weakest: SourceStatus = 'VERIFIED';
  for (const s of Object.values(p.sources)) if (STATUS_RANK[s.status] < STATUS_RANK[weakest]) weakest = s.status;
  return weakest;
}

const d = (s: string): Dec => new Dec(s);
const dn = (s: string | null): Dec | null => (s === null ? null : new Dec(s));

function perStatusMoney(v: string | Partial<Record<PersonStatus, string>>): PerStatus<Dec> {
  if (typeof v === 'string') return Object.fromEntries(PERSON_STATUSES.map((st) => [st, d(v)]));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, d(x!)]));
}

function perStatusNullableMoney(v: null | string | Partial<Record<PersonStatus, string | null>>): PerStatus<Dec | null> {
  if (v === null || typeof v === 'string') return Object.fromEntries(PERSON_STATUSES.map((st) => [st, v === null ? null : d(v)]));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dn(x ?? null)]));
}

function perStatusLevelRatio(v: Partial<Record<PersonStatus, Partial<Record<Level, string>>>>): PerStatus<PerLevel<Dec>> {
  return Object.fromEntries(
    Object.entries(v).map(([st, byLevel]) => [st, Object.fromEntries(Object.entries(byLevel ?? {}).map(([lv, r]) => [lv, d(r!)]))]),
  );
}

const bandsOf = (bands: readonly { upTo: string | null; ratio: string }[]): BandedRatio =>
  bands.map((b) => ({ upTo: dn(b.upTo), ratio: d(b.ratio) }));

const ageOf = (a: readonly { fromAge: number; plusPoints: string }[] | undefined): AgeIncrements | undefined =>
  a?.map((x) => ({ fromAge: x.fromAge, plusPoints: d(x.plusPoints) }));

function deductibleOf(r: NonNullable<PolicyPackJson['inpatient']>['deductible'][Level] & object): DeductibleRule {
  const m = r.multipliers;
  const multipliers = m
    ? Object.fromEntries(Object.entries(m).filter(([, x]) => x !== undefined).map(([k, x]) => [k, d(x!)]))
    : undefined;
  const base: DeductibleRule =
    r.kind === 'BY_ADMISSION'
      ? { kind: 'BY_ADMISSION', amounts: r.amounts.map(dn) }
      : r.kind === 'STEP_DOWN'
        ? { kind: 'STEP_DOWN', first: d(r.first), stepPerLaterStay: d(r.stepPerLaterStay), floor: d(r.floor) }
        : { kind: 'PERCENT_OF_TOTAL', percent: d(r.percent), min: d(r.min), max: d(r.max) };
  return multipliers ? { ...base, multipliers } : base;
}

function withOptional<T extends object, K extends string, V>(o: T, key: K, v: V | undefined): T & Partial<Record<K, V>> {
  return v === undefined ? o : { ...o, [key]: v };
}

/** Source of the values the loader fills in when a pack is silent (§4.9). */
const DEFAULTS_SOURCE: PolicySource = {
  id: 'yibao-defaults',
  docNo: 'settlement-rules.md §4.9 project defaults (DF-5, DF-8, DF-14, DF-15, DF-17, DF-20), R-3e, R-10',
  issuer: 'Yibao Direct',
  status: 'UNVERIFIED',
  note: 'Filled in because the pack is silent; not a rule of the region.',
};

/** Paths the loader may fill in, and whether the pack left each unset. */
function defaultedPaths(p: PolicyPackJson): string[] {
  const cp = p.crossProvince;
  const unset: [string, unknown][] = [
    ['crossProvince.reductionAppliesTo', cp.reductionAppliesTo],
    ['crossProvince.maxConcurrentFilings', cp.maxConcurrentFilings],
    ['crossProvince.returnHomeLevel', cp.returnHomeLevel],
    ['crossProvince.acctUseCrossProvince', cp.acctUseCrossProvince],
    ['crossProvince.acctScope', cp.acctScope],
    ['assistanceInCrossProvinceDirect', p.assistanceInCrossProvinceDirect],
    ['fundPaySumamtIncludesAcct', p.fundPaySumamtIncludesAcct],
    ['rounding', p.rounding],
  ];
  return unset.filter(([path, v]) => v === undefined && !p.paramSources?.[path]).map(([path]) => path);
}

function toPolicySet(p: PolicyPackJson): PolicySet {
  const sources: Record<string, PolicySource> = {};
  for (const [id, s] of Object.entries(p.sources)) {
    const src: PolicySource = { id, docNo: s.docNo, issuer: s.issuer, status: s.status };
    if (s.url) src.url = s.url;
    if (s.verifiedAt) src.verifiedAt = s.verifiedAt;
    if (s.reviewBy) src.reviewBy = s.reviewBy;
    if (s.note) src.note = s.note;
    sources[id] = src;
  }
  const paramSources: Record<string, string> = { ...(p.paramSources ?? {}) };
  const defaulted = defaultedPaths(p);
  let status = packStatus(p);
  if (defaulted.length > 0) {
    sources[DEFAULTS_SOURCE.id] = DEFAULTS_SOURCE;
    for (const path of defaulted) paramSources[path] = DEFAULTS_SOURCE.id;
    if (STATUS_RANK[DEFAULTS_SOURCE.status] < STATUS_RANK[status]) status = DEFAULTS_SOURCE.status;
  }
  const cp = p.crossProvince;
  const set: PolicySet = {
    id: p.id,
    name: p.name,
    poolAdmdvs: p.poolAdmdvs,
    insuredAdmdvs: p.insuredAdmdvs,
    anyRegion: p.anyRegion === true,
    insutype: p.insutype,
    effectiveFrom: p.effectiveFrom,
    effectiveTo: p.effectiveTo ?? null,
    status,
    sources,
    defaultSource: p.defaultSource,
    paramSources,
    insuranceYear: p.insuranceYear,
    crossProvince: {
      reductionPoints: Object.fromEntries(
        Object.entries(cp.reductionPoints).filter(([, v]) => v !== undefined).map(([k, v]) => [k, d(v!)]),
      ),
      // DF-5
      reductionAppliesTo: cp.reductionAppliesTo ?? { basic: true, majorIllness: false, largeExpense: false },
      filingWaived: cp.filingWaived ?? {},
      ltMinMonthsBeforeChange: cp.ltMinMonthsBeforeChange,
      tmpValidityMonths: cp.tmpValidityMonths,
      maxConcurrentFilings: cp.maxConcurrentFilings ?? 1, // R-3e (UNVERIFIED)
      returnHomeLevel: cp.returnHomeLevel ?? 'REFERRAL_LEVEL',
      acctUseCrossProvince: cp.acctUseCrossProvince ?? 'FILED_ONLY', // DF-14
      acctScope: cp.acctScope ?? 'ALL', // DF-15
    },
    assistanceInCrossProvinceDirect: p.assistanceInCrossProvinceDirect ?? false, // DF-20
    fundPaySumamtIncludesAcct: p.fundPaySumamtIncludesAcct ?? false, // DF-17
    rounding: { mode: p.rounding?.mode ?? 'HALF_UP', perLinePreselfpay: true, perBand: p.rounding?.perBand ?? false }, // DF-8
  };
  if (p.inpatient) {
    const ip = p.inpatient;
    set.inpatient = withOptional(
      {
        deductible: Object.fromEntries(Object.entries(ip.deductible).map(([lv, r]) => [lv, deductibleOf(r!)])),
        ratio: Object.fromEntries(
          Object.entries(ip.ratio).map(([st, byLevel]) => [
            st,
            Object.fromEntries(Object.entries(byLevel ?? {}).map(([lv, b]) => [lv, bandsOf(b!)])),
          ]),
        ),
        bandBasis: ip.bandBasis,
        cap: dn(ip.cap),
        capScope: ip.capScope,
        crossYearStay: ip.crossYearStay,
      },
      'ageIncrements',
      ageOf(ip.ageIncrements),
    );
  }
  if (p.generalOutpatient) {
    const op = p.generalOutpatient;
    set.generalOutpatient = withOptional(
      {
        deductibleAnnual: perStatusMoney(op.deductibleAnnual),
        ratio: perStatusLevelRatio(op.ratio),
        fundLimitAnnual: perStatusNullableMoney(op.fundLimitAnnual),
      },
      'ageIncrements',
      ageOf(op.ageIncrements),
    );
  }
  if (p.pharmacy) set.pharmacy = { ...p.pharmacy, sharesOutpatientLimits: true };
  if (p.chronic) {
    const c = p.chronic;
    let chronic: NonNullable<PolicySet['chronic']> = {
      diseases: c.diseases === null ? null : Object.freeze([...c.diseases]),
      deductible: c.deductible === undefined ? {} : perStatusMoney(c.deductible),
      ratio: c.ratio === undefined ? {} : perStatusLevelRatio(c.ratio),
    };
    if (c.limitPerDisease) chronic = { ...chronic, limitPerDisease: Object.fromEntries(Object.entries(c.limitPerDisease).map(([k, v]) => [k, dn(v)])) };
    set.chronic = withOptional(chronic, 'ageIncrements', ageOf(c.ageIncrements));
  }
  if (p.largeExpense) {
    set.largeExpense = {
      ratio: Object.fromEntries(Object.entries(p.largeExpense.ratio).map(([k, v]) => [k, d(v!)])),
      cap: dn(p.largeExpense.cap),
      mode: 'ABOVE_BASIC_CAP',
    };
  }
  if (p.majorIllness) {
    const mi = p.majorIllness;
    set.majorIllness = {
      deductible: d(mi.deductible),
      tiers: bandsOf(mi.tiers),
      cap: dn(mi.cap),
      tilt: { deductibleFactor: d(mi.tilt.deductibleFactor), ratioPlus: d(mi.tilt.ratioPlus), removeCap: mi.tilt.removeCap },
      includesPreselfpay: mi.includesPreselfpay ?? false,
    };
  }
  if (p.assistance) {
    set.assistance = Object.fromEntries(
      Object.entries(p.assistance).map(([k, a]) => [k, { deductible: d(a!.deductible), ratio: d(a!.ratio), annualLimit: dn(a!.annualLimit) }]),
    );
  }
  return set;
}
