import { describe, expect, it } from 'vitest';
import {
  CoreError, checkDirectSettlement, computeSettlement, estimateSettlement, loadPolicyPack, settle, type Claim, type Person, type PolicySet,
} from '../../../core/index.ts';
import { thrown } from '../filing/thrown.ts';
import { packJson, packWith } from '../settle/fixtures.ts';
import { employee, inpatient, line, outpatient, resident, year2025 } from '../settle/scenarioBuilder.ts';

const bj = packWith('bj-310-2025');
const nb = packWith('nb-390-2023');
const syn390 = packWith('synthetic-390-examples');


/** A 北京 employee stay as spec Example 4 has it (insured 110105, treated in 320508). */
const bjClaim = (over: Partial<Claim> = {}): Claim => inpatient([line('50000.00')], { insuplcAdmdvs: '110105', ...over });

/** Every entry point where a pack meets a claim. */
const ENTRY_POINTS: [string, (person: Person, claim: Claim, policy: PolicySet) => unknown][] = [
  ['settle', (person, claim, policy) => settle({ person, claim, ytd: year2025(), policy })],
  ['computeSettlement', (person, claim, policy) => {
    const verdict = checkDirectSettlement({ person, claim });
    return computeSettlement({ person, claim, ytd: year2025(), policy, verdict });
  }],
  ['estimateSettlement', (person, claim, policy) => estimateSettlement({ person, claim, policy })],
  ['checkDirectSettlement', (person, claim, policy) => checkDirectSettlement({ person, claim, policy })],
];

describe('assertPolicyFits (through every entry point)', () => {
  describe.each(ENTRY_POINTS)('%s', (_name, run) => {
    it('R-1: refuses a resident (390) settled with the 北京 employee pack bj-310-2025', () => {
      const e = thrown(() => run(resident(), bjClaim(), bj));
      expect([e.code, e.path]).toEqual(['POLICY_MISMATCH', 'person.insutype']);
      expect(e.message).toContain('bj-310-2025');
    });
    it('refuses a resident status on an employee (IN_SERVICE/RETIRED are 310, RESIDENT_* are 390)', () => {
      const e = thrown(() => run(employee({ status: 'RESIDENT_ELDERLY' }), bjClaim(), bj));
      expect([e.code, e.path]).toEqual(['POLICY_MISMATCH', 'person.status']);
      const e2 = thrown(() => run(resident({ status: 'RETIRED' }), inpatient([line('5000')]), syn390));
      expect([e2.code, e2.path]).toEqual(['POLICY_MISMATCH', 'person.status']);
    });
    it('R-1, D-6: refuses a claim insured in 440105 with the pack of 北京 (11)', () => {
      const e = thrown(() => run(employee(), bjClaim({ insuplcAdmdvs: '440105' }), bj));
      expect([e.code, e.path]).toEqual(['POLICY_MISMATCH', 'claim.insuplcAdmdvs']);
    });
    it('refuses a settlement date outside the pack validity (nb-390-2023 ends 2023-12-31)', () => {
      const e = thrown(() => run(resident(), inpatient([line('5000')], { insuplcAdmdvs: '330203' }), nb));
      expect([e.code, e.path]).toEqual(['POLICY_MISMATCH', 'policy.effectiveTo']);
    });
    it('accepts the pack that fits: insured place under the pack region, 险种 and status, date in force', () => {
      expect(() => run(employee(), bjClaim(), bj)).not.toThrow();
    });
  });

  describe('region by the filing place-code rules (R-1, DF-12)', () => {
    const withRegion = (insuredAdmdvs: string[]): PolicySet =>
      loadPolicyPack({ ...packJson('bj-310-2025'), poolAdmdvs: '320500', insuredAdmdvs });
    const fits = (pack: PolicySet, insuplcAdmdvs: string): boolean => {
      try {
        checkDirectSettlement({ person: employee(), claim: bjClaim({ insuplcAdmdvs, mdtrtareaAdmvs: '110105' }), policy: pack });
        return true;
      } catch (e) {
        if (e instanceof CoreError && e.code === 'POLICY_MISMATCH') return false;
        throw e;
      }
    };
    it.each([
      [['32'], '320508', true], [['32'], '330203', false], // province
      [['3205'], '320508', true], [['3205'], '320105', false], // city
      [['320508'], '320508', true], [['320508'], '320509', false], // exact county
      [['320599'], '320508', true], [['320599'], '320605', false], // pool = its city (DF-12)
      [['3301', '3205'], '320508', true], // any entry
    ])('serves %j for insured place %s: %s', (region, place, expected) => {
      expect(fits(withRegion(region), place)).toBe(expected);
    });
    it('lets a SYNTHETIC pack that declares anyRegion fit any insured place', () => {
      expect(syn390.anyRegion).toBe(true);
      expect(() => settle({ person: resident(), claim: inpatient([line('5000')], { insuplcAdmdvs: '650102' }), ytd: year2025(), policy: syn390 })).not.toThrow();
    });
  });

  it('leaves a claim with no pack to the verdict alone (no pack, no mismatch)', () => {
    expect(checkDirectSettlement({ person: resident(), claim: outpatient([]) }).code).toBe('DIRECT');
  });
});
