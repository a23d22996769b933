import { CoreError } from '../errors/index.ts';
import type { Claim, DecisionCheck, Person, PolicySet, Verdict, VerdictCode } from '../types.ts';
import { assertClaim, assertPerson } from '../guards/assertDomain.ts';
import { assertPolicySet } from '../guards/assertPolicySet.ts';
import { expectObject } from '../guards/expect.ts';
import { assertPolicyFits } from '../policy/assertPolicyFits.ts';
import { isCrossProvince } from '../region/index.ts';
import { insuranceYearDateOf } from '../settle/insuranceYearDateOf.ts';
import { assertCode } from './assertCode.ts';
import { checkChronic } from './checkChronic.ts';
import { checkFiling } from './checkFiling.ts';
import { checkInjury } from './checkInjury.ts';
import { checkPlaceCodes } from './checkPlaceCodes.ts';
import { hasTwoWayBenefit } from './hasTwoWayBenefit.ts';
import { INSUTYPES_CHECKED } from './insutypes.ts';
import { decidePharmacyMode } from './decidePharmacyMode.ts';
import { readFiling } from './readFiling.ts';
import { readQualifications } from './readQualifications.ts';
import { readVisit } from './readVisit.ts';
import { reductionPointsFor } from './reductionPointsFor.ts';
import { twoWayBenefitOn } from './twoWayBenefitOn.ts';
import { verdictHint } from './verdictHint.ts';

/** Input of the S-0 decision. */
export interface DirectSettlementInput {
  person: Person;
  claim: Claim;
  /** The 参保地 policy; absent: `reductionPoints` null, warning NO_POLICY, DF-14 pharmacy defaults. */
  policy?: PolicySet;
}

type VerdictExtras = Partial<Omit<Verdict, 'code' | 'check' | 'rules' | 'warnings' | 'hint' | 'reductionPoints'>> & {
  filingWaived?: boolean;
};

/**
 * S-0 (§4.3): decides whether a visit, stay or pharmacy purchase settles directly across
 * provinces, running D-1 … D-8 in order; the first failure decides, except that a D-6 NOT_FILED
 * does not stop a PHARMACY sale (D-8, DF-13 (k): NOT_FILED with `settles: true`, fund 0).
 * Pure: dates are inputs, no clock.
 *
 * @param input - person, claim (planned or real) and the 参保地 policy if known
 * @returns the verdict with every field filled, including a zh/en fix-it hint
 * @throws CoreError `INVALID_DATE` (malformed or out-of-order dates and instants, missing
 *   service/admission date), `UNKNOWN_CODE` (med type, insutype, filing category),
 *   `INVALID_DIVISION_CODE` (a stored filing's target), `INVALID_INPUT` (missing arrays),
 *   `POLICY_MISMATCH` (a pack that does not fit the person or the claim: 险种, status, insured
 *   place, validity)
 */
export function checkDirectSettlement(input: DirectSettlementInput): Verdict {
  const o = expectObject(input, 'input');
  const person = assertPerson(o.person);
  const claim = assertClaim(o.claim, 'claim', false);
  return o.policy === undefined ? decideDirectSettlement({ person, claim }) : decideDirectSettlement({ person, claim, policy: assertPolicySet(o.policy) });
}

/** S-0 on inputs already checked at the edge (`settle`, `estimateSettlement`). */
export function decideDirectSettlement(input: DirectSettlementInput): Verdict {
  const { person, claim, policy } = input;
  if (!Array.isArray(person.filings) || !Array.isArray(person.opspQualifications) || !Array.isArray(claim.networkedMedTypes)) {
    throw new CoreError('INVALID_INPUT', 'give filings, opspQualifications and networkedMedTypes as arrays (may be empty)', 'input');
  }
  assertCode(person.insutype, INSUTYPES_CHECKED, 'person.insutype');
  const visit = readVisit(claim);
  const windows = person.filings.map((f, i) => readFiling(f, `person.filings[${i}]`));
  readQualifications(person.opspQualifications);

  const warnings: string[] = policy ? [] : ['NO_POLICY'];
  const done = (code: VerdictCode, check: DecisionCheck | null, rules: readonly string[], extras: VerdictExtras = {}): Verdict => {
    const { filingWaived, ...fields } = extras;
    const reductionPoints = reductionPointsFor(fields.category, policy);
    if (policy && reductionPoints === null) warnings.push('REDUCTION_POINTS_UNKNOWN');
    return {
      settles: code === 'DIRECT',
      twoWayBenefit: false,
      ...fields,
      code,
      check,
      rules: [...new Set(rules)],
      reductionPoints,
      warnings: [...new Set(warnings)],
      hint: verdictHint(code, { ...fields, filingWaived: filingWaived ?? false }),
    };
  };

  // D-1, R-1: division codes; 71/81/82 are not treatment places.
  const places = checkPlaceCodes(claim.insuplcAdmdvs, claim.mdtrtareaAdmvs);
  if (places.code) return done(places.code, 'D-1', ['R-1']);
  warnings.push(...places.warnings);
  // The pack must fit the person and the claim before any of its figures is read.
  if (policy) assertPolicyFits({ person, claim, policy, date: insuranceYearDateOf(claim, policy) });

  // D-2, R-1: same province → local or 省内异地 engine; DF-13 (i) two-way benefit for R-10.
  if (!isCrossProvince(claim.insuplcAdmdvs, claim.mdtrtareaAdmvs)) {
    const twoWay = twoWayBenefitOn(windows, visit.relevantDate, visit.settlementKey);
    const rules = twoWay.longTermActive ? ['R-1', 'R-10', 'R-6'] : ['R-1'];
    return done('NOT_CROSS_PROVINCE', 'D-2', rules, { twoWayBenefit: twoWay.benefit });
  }

  // D-3: insured status active (psn_insu_stas '1'; O-11).
  if (person.psnInsuStas !== '1') return done('INSURANCE_INACTIVE', 'D-3', ['R-3a']);

  // D-4, R-12: networked for this care type.
  if (!claim.networkedMedTypes.includes(visit.medType)) return done('NOT_DIRECT_MANUAL_CLAIM', 'D-4', ['R-12']);

  // D-5, R-11: injuries.
  const injury = checkInjury(claim.injury);
  if (injury) return done(injury, 'D-5', ['R-11']);

  // D-6, R-2 …: filing.
  const filing = checkFiling(claim, visit, windows, policy);
  warnings.push(...filing.warnings);
  const isPharmacy = visit.medType === 'PHARMACY';
  if (!filing.passed && !(filing.code === 'NOT_FILED' && isPharmacy)) {
    return done(filing.code, 'D-6', filing.rules, notFiledFields(filing));
  }
  const filed: VerdictExtras = filing.passed
    ? {
        category: filing.category,
        ...(filing.window ? { filingId: filing.window.filing.id } : {}),
        treatedAsFiled: filing.treatedAsFiled,
        // long-term filer with documents complete.
        twoWayBenefit: filing.window ? hasTwoWayBenefit(filing.window) : false,
        filingWaived: filing.warnings.includes('FILING_WAIVED'),
      }
    : {};
  const rules = [...filing.rules, ...(filed.category?.startsWith('TMP_') ? ['R-9'] : []), ...(filed.twoWayBenefit ? ['R-10'] : [])];

  // D-7, R-13: 门诊慢特病 qualification and cross-province disease list.
  if (visit.medType === 'CHRONIC_OUTPATIENT') {
    const chronic = checkChronic(claim, visit.relevantDate, person.opspQualifications, policy);
    warnings.push(...chronic.warnings);
    if (chronic.code) return done(chronic.code, 'D-7', ['R-13'], { ...filed, chronic: chronic.finding, settles: false });
    return done('DIRECT', null, rules, { ...filed, chronic: chronic.finding });
  }

  // D-8, R-14: pharmacy fund and account use; NOT_FILED does not stop the sale (DF-13 (k)).
  if (isPharmacy) {
    const pharmacy = decidePharmacyMode(person, claim.acctUsed, filing.passed, policy);
    if (!filing.passed) {
      return done('NOT_FILED', 'D-6', [...filing.rules, 'R-14'], { ...notFiledFields(filing), pharmacy, settles: true });
    }
    return done('DIRECT', null, [...rules, 'R-14'], { ...filed, pharmacy });
  }
  return done('DIRECT', null, rules, filed);
}

/** The NOT_FILED detail fields of a failed D-6, if any. */
function notFiledFields(filing: { detail?: Verdict['detail']; daysSinceExpiry?: number }): VerdictExtras {
  return {
    ...(filing.detail ? { detail: filing.detail } : {}),
    ...(filing.daysSinceExpiry !== undefined ? { daysSinceExpiry: filing.daysSinceExpiry } : {}),
  };
}
