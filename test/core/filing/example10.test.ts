import { describe, expect, it } from 'vitest';
import { cancelFiling, checkDirectSettlement } from '../../../core/filing/index.ts';
import { claimFixture, filingFixture, longTermFixture, personFixture, stayFixture } from './claimFixture.ts';
import { policyFixture } from './policyFixture.ts';

const policy = policyFixture();
const F1 = filingFixture();
const F2 = (registeredAt: string) =>
  filingFixture({ id: 'F2', targetAdmdvs: '440100', registeredAt, validFrom: registeredAt.slice(0, 10), validTo: '2025-11-13' });

interface Row {
  id: string;
  run: () => Record<string, unknown>;
  expected: Record<string, unknown>;
}

const verdict = (filings: Parameters<typeof personFixture>[0], claim: Parameters<typeof claimFixture>[0]) => () => {
  const v = checkDirectSettlement({ person: personFixture(filings), claim: claimFixture(claim), policy });
  return { ...v, reductionPoints: v.reductionPoints?.toString() ?? null };
};
const stay = (filings: Parameters<typeof personFixture>[0], claim: ReturnType<typeof stayFixture>) => () => {
  const v = checkDirectSettlement({ person: personFixture(filings), claim, policy });
  return { ...v, reductionPoints: v.reductionPoints?.toString() ?? null };
};

// §7 Example 10: filing validity decisions. F1: TMP_OTHER → 320500, valid 2025-03-01..2025-08-31; insured 110105.
const rows: Row[] = [
  {
    id: 'a: R-3d: inpatient admitted within validity settles after expiry',
    run: stay({ filings: [F1] }, stayFixture('2025-08-25', '2025-09-10', '2025-09-10T15:00:00+08:00')),
    expected: { code: 'DIRECT', category: 'TMP_OTHER', filingId: 'F1', settles: true, reductionPoints: '0.2' },
  },
  {
    id: 'b: R-3c: outpatient after expiry is not filed',
    run: verdict({ filings: [F1] }, { serviceDate: '2025-09-02', settlementTime: '2025-09-02T10:00:00+08:00' }),
    expected: { code: 'NOT_FILED', check: 'D-6', detail: 'EXPIRED', daysSinceExpiry: 2, settles: false },
  },
  {
    id: 'c: R-4a: filing registered during the stay settles directly',
    run: stay(
      { filings: [F2('2025-05-14T10:00:00+08:00')] },
      stayFixture('2025-05-10', '2025-05-20', '2025-05-20T16:00:00+08:00', { mdtrtareaAdmvs: '440106' }),
    ),
    expected: { code: 'DIRECT', category: 'TMP_OTHER', filingId: 'F2', settles: true },
  },
  {
    id: 'd: R-4b: filing after a self-paid discharge leaves a manual claim',
    run: stay(
      { filings: [F2('2025-05-25T10:00:00+08:00')] },
      stayFixture('2025-05-10', '2025-05-20', '2025-05-25T16:00:00+08:00', {
        mdtrtareaAdmvs: '440106',
        selfPaidSettlementAt: '2025-05-20T16:00:00+08:00',
      }),
    ),
    expected: { code: 'MANUAL_CLAIM', check: 'D-6', rules: ['R-4b'], settles: false },
  },
  {
    id: 'e: R-5: emergency without filing is treated as filed',
    run: stay({}, stayFixture('2025-07-01', '2025-07-05', '2025-07-05T10:00:00+08:00', { mdtrtareaAdmvs: '510107', emergencyFlag: true })),
    expected: { code: 'DIRECT', category: 'TMP_EMERGENCY', treatedAsFiled: true, reductionPoints: '0.1' },
  },
  {
    id: 'f: R-1: same province is routed to the local engine',
    run: verdict({}, { mdtrtareaAdmvs: '110108', networkedMedTypes: [] }),
    expected: { code: 'NOT_CROSS_PROVINCE', check: 'D-2', settles: false },
  },
  {
    id: 'g: R-1: 130399 vs 110105 is cross-province',
    run: verdict({ filings: [filingFixture({ targetAdmdvs: '110000', validTo: '2025-12-31' })] }, {
      insuplcAdmdvs: '130399',
      mdtrtareaAdmvs: '110105',
    }),
    expected: { code: 'DIRECT', category: 'TMP_OTHER' },
  },
  {
    id: 'h: R-3b: cancelling a long-term filing before 6 months is too early',
    run: () => cancelFiling('LT1', { existing: [longTermFixture()], policy, now: '2025-05-10T10:00:00+08:00' }),
    expected: { ok: false, code: 'REJECT_CHANGE_TOO_EARLY', earliestDate: '2025-07-10' },
  },
  {
    id: 'i: R-10, R-6: commitment filer without documents gets no two-way benefit at home',
    run: verdict({ filings: [longTermFixture({ targetAdmdvs: '320500', viaCommitment: true, commitmentDocsCompleted: false })] }, {
      mdtrtareaAdmvs: '110108',
    }),
    expected: { code: 'NOT_CROSS_PROVINCE', twoWayBenefit: false, rules: ['R-1', 'R-10', 'R-6'] },
  },
  {
    id: 'j: R-11: injury with unknown liability and no commitment is blocked',
    run: verdict({ filings: [F1] }, { injury: { isInjury: true, thirdPartyLiable: 'unknown', commitmentSigned: false } }),
    expected: { code: 'NEEDS_INJURY_COMMITMENT', check: 'D-5', settles: false },
  },
  {
    id: 'k: D-8: unfiled pharmacy sale goes ahead with fund 0 and no account (FILED_ONLY)',
    run: verdict({}, { medType: 'PHARMACY', mdtrtareaAdmvs: '370102', acctUsed: true }),
    expected: {
      code: 'NOT_FILED',
      check: 'D-6',
      detail: 'NO_FILING',
      settles: true,
      pharmacy: { fundPays: false, acctAllowed: false },
    },
  },
];

describe('checkDirectSettlement: Example 10', () => {
  it.each(rows)('Example 10 $id', ({ run, expected }) => {
    expect(run()).toMatchObject(expected);
  });
});
