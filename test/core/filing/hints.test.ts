import { describe, expect, it } from 'vitest';
import { NOT_FILED_HINTS, VERDICT_HINTS, filingRules, pharmacyMode, verdictHint } from '../../../core/filing/index.ts';
import type { NotFiledDetail } from '../../../core/types.ts';
import { personFixture } from './claimFixture.ts';
import { policyFixture } from './policyFixture.ts';

describe('verdictHint', () => {
  it('§4.3: has a zh and en text for every code and NOT_FILED detail', () => {
    for (const text of Object.values(VERDICT_HINTS)) expect(text.zh && text.en).toBeTruthy();
    for (const detail of Object.keys(NOT_FILED_HINTS) as NotFiledDetail[]) {
      const hint = verdictHint('NOT_FILED', { detail, daysSinceExpiry: 3 });
      expect(hint.zh && hint.en).toBeTruthy();
    }
  });

  it('E-3: says how many days ago a filing expired', () => {
    expect(verdictHint('NOT_FILED', { detail: 'EXPIRED', daysSinceExpiry: 3 })).toMatchObject({
      zh: expect.stringContaining('备案已于 3 天前过期'),
      en: expect.stringContaining('Your filing expired 3 days ago'),
    });
  });

  it('R-5: adds "treated as filed" for an emergency', () => {
    expect(verdictHint('DIRECT', { treatedAsFiled: true }).zh).toBe('可以跨省直接结算。急诊抢救视同已备案。');
  });

  it('R-5: keeps the emergency note off a blocking verdict', () => {
    expect(verdictHint('CHRONIC_NOT_QUALIFIED', { treatedAsFiled: true }).zh).not.toContain('急诊');
  });

  it('D-8: adds the pharmacy fund and account sentences', () => {
    const hint = verdictHint('DIRECT', { pharmacy: { fundPays: false, acctAllowed: true } });
    expect(hint.en).toBe(
      'This can be settled directly across provinces. The pooled fund does not pay at out-of-province pharmacies. Your share may be paid from your personal account.',
    );
  });
});

describe('pharmacyMode', () => {
  it('D-8, DF-14: defaults to no pooling and FILED_ONLY without a policy', () => {
    expect(pharmacyMode(personFixture(), true, true, undefined)).toEqual({ fundPays: false, acctAllowed: true });
    expect(pharmacyMode(personFixture(), true, false, undefined)).toEqual({ fundPays: false, acctAllowed: false });
  });

  it('D-8, R-14: a policy without a pharmacy part never pools', () => {
    const { pharmacy: _p, ...noPharmacy } = policyFixture();
    expect(pharmacyMode(personFixture(), true, true, noPharmacy).fundPays).toBe(false);
  });
});

describe('filingRules', () => {
  it('R-3b, R-3c, R-3e: reads the lifecycle parameters from the policy', () => {
    const p = policyFixture({ crossProvince: { ltMinMonthsBeforeChange: 3, tmpValidityMonths: 12, maxConcurrentFilings: 2 } });
    expect(filingRules(p)).toEqual({ ltMinMonthsBeforeChange: 3, tmpValidityMonths: 12, maxConcurrentFilings: 2, warnings: [] });
  });
});
