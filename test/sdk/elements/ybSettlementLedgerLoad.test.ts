import { afterEach, describe, expect, it } from 'vitest';
import { paymentDueDate } from '../../../core/index.ts';
import { loadLedger } from '../../../sdk/elements/yb-settlement-ledger/loadLedger.ts';
import { fenText, ledgerSchema, toFen } from '../../../sdk/elements/yb-settlement-ledger/ledgerData.ts';
import { BASE, persona, signedClient, T0, useMockPlatform } from '../../mocks/support/mockEnv.ts';
import { CALL_SERVICE } from '../../mocks/support/platformClient.ts';
import { prepareOutpatient } from '../../mocks/support/flows.ts';

let clock = T0;
const { platform } = useMockPlatform({ now: () => clock++ });
afterEach(() => {
  clock = T0;
});

const CONFIG = { endpoint: `${BASE}${CALL_SERVICE}`, fixmedins_code: 'H31010600011', fixmedins_name: '模拟市第一人民医院', opter: 'FIN01', mdtrtarea_admvs: '310106' };

async function settleTwice(): Promise<void> {
  const c = await signedClient();
  const p = persona(platform, 'outpatient-employee');
  for (let i = 0; i < 2; i++) {
    const prep = await prepareOutpatient(c, p);
    if ('failed' in prep) throw new Error('prep');
    expect((await c.call('2207', prep.settleInput, { insuplc: p.insuplc })).body.infcode).toBe(0);
  }
}

describe('loadLedger', () => {
  it('builds a valid ledger from MX5531–MX5534, 3201 and 3202, the month paid on the core due date (R-18)', async () => {
    await settleTwice();
    const due = paymentDueDate('2025-06');
    const data = await loadLedger(CONFIG, { asOf: due });
    expect(ledgerSchema.safeParse(data).success).toBe(true);
    const m = data.months[0]!;
    expect([m.month, m.status, m.paidOn, m.counts.records, m.flagged]).toEqual(['2025-06', 'PAID', due, 2, 1]);
    expect(m.deductions.map((d) => d.ruleId)).toEqual(['AUD-DUP-SAME-DAY']);
    expect(toFen(m.netPayable)).toBe(toFen(m.grossPayable) - toFen(m.deductionTotal));
    expect(fenText(toFen(m.deductionTotal))).not.toBe('0.00');
    expect(data.reconciliation?.groups.map((g) => g.result)).toEqual(['0']);
    expect(data.reconciliation?.details).toEqual([]);
    expect(data.prepayment?.eligible).toBe(true);
  });

  it('reports a settlement missing from the local ledger as 不平 in 3201 and one 3202 row', async () => {
    await settleTwice();
    const data = await loadLedger(CONFIG, { asOf: '2025-07-01', localRows: (rows) => rows.slice(1) });
    const g = data.reconciliation!.groups[0]!;
    expect(g.result).toBe('1');
    expect([g.local.count, g.platform.count]).toEqual([1, 2]);
    expect(data.reconciliation!.details).toHaveLength(1);
    expect(data.reconciliation!.details[0]).toMatchObject({ local: null, memo: 'MOCK 机构未上传', refund: false });
  });

  it('shows no reconciliation while the only month is still running', async () => {
    await settleTwice();
    const data = await loadLedger(CONFIG);
    expect(data.asOf).toBe('2025-06-16');
    expect(data.months.map((m) => m.status)).toEqual(['SETTLING']);
    expect(data.reconciliation).toBeNull();
  });
});
