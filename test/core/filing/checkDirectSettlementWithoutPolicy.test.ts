import { describe, expect, it } from 'vitest';
import { checkDirectSettlement, checkDirectSettlementWithoutPolicy, pharmacyMode } from '../../../core/filing/index.ts';
import type { Claim, Person } from '../../../core/types.ts';
import { claimFixture, filingFixture, longTermFixture, personFixture, stayFixture } from './claimFixture.ts';
import { policyFixture } from './policyFixture.ts';
import { thrown } from './thrown.ts';

const F1 = filingFixture();

/** Visits across the S-0 checks (D-1 … D-8), each as person and claim. */
const VISITS: [string, Partial<Person>, Claim][] = [
  ['D-1 bad division code', {}, claimFixture({ insuplcAdmdvs: '11010' })],
  ['D-2 same province', {}, claimFixture({ mdtrtareaAdmvs: '110108' })],
  ['D-3 insurance inactive', { psnInsuStas: '2' }, claimFixture()],
  ['D-4 not networked', {}, claimFixture({ networkedMedTypes: [] })],
  ['D-5 injury needs a commitment', {}, claimFixture({ injury: { isInjury: true, thirdPartyLiable: 'unknown', commitmentSigned: false } })],
  ['D-6 not filed', {}, claimFixture()],
  ['D-6 filed', { filings: [F1] }, claimFixture()],
  ['D-6 long-term filer in hospital', { filings: [longTermFixture()] }, stayFixture('2025-06-02', '2025-06-09', '2025-06-09T10:00:00+08:00')],
  ['D-7 chronic without qualification', { filings: [F1] }, claimFixture({ medType: 'CHRONIC_OUTPATIENT', opspDiseaseCode: 'M03900' })],
  ['D-8 pharmacy not filed (DF-13 (k))', {}, claimFixture({ medType: 'PHARMACY', acctUsed: true })],
  ['D-8 pharmacy filed', { filings: [F1] }, claimFixture({ medType: 'PHARMACY', acctUsed: true })],
];

describe('checkDirectSettlementWithoutPolicy', () => {
  it.each(VISITS)('S-0, DF-14: gives the verdict of checkDirectSettlement without a policy (%s)', (_name, person, claim) => {
    const input = { person: personFixture(person), claim };
    const v = checkDirectSettlementWithoutPolicy(input);
    expect(v).toEqual(checkDirectSettlement(input));
    expect(v.warnings).toContain('NO_POLICY');
    expect(v.reductionPoints).toBeNull();
  });

  it.each([
    ['no input', undefined],
    ['a person without filings', { person: { ...personFixture(), filings: undefined }, claim: claimFixture() }],
    ['a malformed service date', { person: personFixture(), claim: claimFixture({ serviceDate: '2025-13-40' }) }],
    ['an unknown med type', { person: personFixture(), claim: claimFixture({ medType: 'SPA' as never }) }],
  ])('refuses %s with the CoreError of checkDirectSettlement', (_name, input) => {
    const light = thrown(() => checkDirectSettlementWithoutPolicy(input as never));
    const full = thrown(() => checkDirectSettlement(input as never));
    expect([light.code, light.path, light.message]).toEqual([full.code, full.path, full.message]);
  });

  it('refuses a policy with INVALID_INPUT at input.policy (a policy goes to checkDirectSettlement)', () => {
    const e = thrown(() => checkDirectSettlementWithoutPolicy({ person: personFixture(), claim: claimFixture(), policy: policyFixture() } as never));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', 'input.policy']);
  });
});

describe('pharmacyMode', () => {
  it('D-8: still validates a hand-built policy like a pack (POLICY_INVALID) after checking its other arguments', () => {
    const broken = { ...policyFixture(), crossProvince: { ...policyFixture().crossProvince, acctUseCrossProvince: 'SOMETIMES' } };
    expect(thrown(() => pharmacyMode(personFixture(), true, true, broken as never)).code).toBe('POLICY_INVALID');
    expect(thrown(() => pharmacyMode(personFixture(), 'yes' as never, true, broken as never)).path).toBe('acctUsed');
  });
});
