import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, checkDirectSettlement } from '../../../core/filing/index.ts';
import { Dec } from '../../../core/money/index.ts';
import { PROVINCES } from '../../../core/region/index.ts';
import { FILING_CATEGORIES, MED_TYPES } from '../../../core/types.ts';
import type { Claim, Filing, Person, VerdictCode } from '../../../core/types.ts';
import { policyFixture } from './policyFixture.ts';

const CODES: readonly VerdictCode[] = [
  'DIRECT', 'NOT_CROSS_PROVINCE', 'INVALID_DIVISION_CODE', 'INVALID_TREATMENT_PLACE', 'INSURANCE_INACTIVE',
  'NOT_DIRECT_MANUAL_CLAIM', 'INJURY_EXCLUDED', 'NEEDS_INJURY_COMMITMENT', 'MANUAL_CLAIM', 'FILE_BEFORE_DISCHARGE',
  'NOT_FILED', 'CHRONIC_NOT_QUALIFIED', 'CHRONIC_DISEASE_NOT_ENABLED',
];

const prefix = fc.constantFrom(...Object.keys(PROVINCES), '66');
const suffix = fc.constantFrom('0000', '0100', '0105', '0199', '0508', '9900');
const code = fc.tuple(prefix, suffix).map(([p, s]) => p + s);
/** A day in 2025 as YYYY-MM-DD. */
const day = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2025-01-01', n));
const period = fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]);
const instant = fc.tuple(day, fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+08:00', '', '-05:00')).map(
  ([d, h, z]) => `${d}T${String(h).padStart(2, '0')}:15:00${z}`,
);

const filing: fc.Arbitrary<Filing> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  category: fc.constantFrom(...FILING_CATEGORIES),
  targetAdmdvs: code,
  registeredAt: instant,
  validity: period,
  open: fc.boolean(),
  viaCommitment: fc.boolean(),
  commitmentDocsCompleted: fc.boolean(),
  cancelledAt: fc.option(instant, { nil: null }),
}).map(({ validity, open, ...f }) => ({ ...f, validFrom: validity[0], validTo: open ? null : validity[1] }));

// §4.3: employees (310) are IN_SERVICE or RETIRED, residents (390) RESIDENT_*.
const insured = fc.oneof(
  fc.record({ insutype: fc.constant('310' as const), status: fc.constantFrom('IN_SERVICE' as const, 'RETIRED' as const) }),
  fc.record({ insutype: fc.constant('390' as const), status: fc.constantFrom('RESIDENT_ADULT' as const, 'RESIDENT_MINOR' as const, 'RESIDENT_ELDERLY' as const) }),
);
const person: fc.Arbitrary<Person> = fc.record({
  insured,
  psnInsuStas: fc.constantFrom('1', '1', '1', '2'),
  age: fc.integer({ min: 0, max: 100 }),
  acctBalance: fc.constant(new Dec(0)),
  filings: fc.array(filing, { maxLength: 3 }),
  opspQualifications: fc.array(
    fc.record({ diseaseCode: fc.constantFrom('M03900', 'N18500'), period }).map(({ diseaseCode, period: [begin, end] }) => ({ diseaseCode, begin, end })),
    { maxLength: 2 },
  ),
}).map(({ insured: i, ...p }) => ({ ...p, ...i }));

const claim: fc.Arbitrary<Claim> = fc.record({
  medType: fc.constantFrom(...MED_TYPES),
  insuplcAdmdvs: code,
  mdtrtareaAdmvs: code,
  stay: period,
  settlementTime: instant,
  selfPaid: fc.option(instant, { nil: null }),
  networkedMedTypes: fc.subarray([...MED_TYPES]),
  emergencyFlag: fc.boolean(),
  injury: fc.option(
    fc.record({ isInjury: fc.boolean(), thirdPartyLiable: fc.constantFrom(true, false, 'unknown' as const), commitmentSigned: fc.boolean() }),
    { nil: undefined },
  ),
  opspDiseaseCode: fc.constantFrom('M03900', 'N18500', undefined),
  acctUsed: fc.boolean(),
}).map(({ stay: [admissionDate, dischargeDate], selfPaid, injury, opspDiseaseCode, ...c }) => ({
  ...c,
  serviceDate: admissionDate,
  admissionDate,
  dischargeDate,
  selfPaidSettlementAt: selfPaid,
  institutionLevel: 'L2' as const,
  lines: [],
  ...(injury ? { injury } : {}),
  ...(opspDiseaseCode ? { opspDiseaseCode } : {}),
}));

const withPolicy = fc.boolean();

describe('checkDirectSettlement (property)', () => {
  it('S-0: never throws for valid input and returns a code from the closed set with a hint', () => {
    fc.assert(
      fc.property(person, claim, withPolicy, (p, c, given) => {
        // A SYNTHETIC any-region pack of the person's 险种, in force on every generated date.
        const policy = given ? policyFixture({ insutype: p.insutype, effectiveFrom: '1990-01-01' }) : undefined;
        const v = checkDirectSettlement(policy ? { person: p, claim: c, policy } : { person: p, claim: c });
        expect(CODES).toContain(v.code);
        expect(v.hint.zh.length).toBeGreaterThan(0);
        expect(v.hint.en.length).toBeGreaterThan(0);
        expect(v.settles).toBe(v.code === 'DIRECT' || (v.code === 'NOT_FILED' && c.medType === 'PHARMACY'));
        expect(v.reductionPoints === null).toBe(policy === undefined);
      }),
      { numRuns: 500 },
    );
  });

  it('R-1: NOT_CROSS_PROVINCE iff the province prefixes are equal', () => {
    fc.assert(
      fc.property(person, claim, (p, c) => {
        const v = checkDirectSettlement({ person: p, claim: c });
        expect(v.code === 'NOT_CROSS_PROVINCE').toBe(c.insuplcAdmdvs.slice(0, 2) === c.mdtrtareaAdmvs.slice(0, 2));
      }),
      { numRuns: 500 },
    );
  });
});
