import { describe, expect, it } from 'vitest';
import { callExt, envelope, newMsgid } from '../../pwa/store/api.ts';
import { DECIDE_AFTER_MS, REVIEW_AFTER_MS } from '../../mocks/transactions/claimExtensions.ts';
import { mockSend } from './support/mockSend.ts';

// Persona non-networked (mocks/README.md): 420106 / 310, LT-RESIDENT→310000 valid, treated at a clinic that is not networked.
const PSN = '42000000000000000100';
const claimInput = (invoice = 'INV-1') => ({
  data: {
    psn_no: PSN, insuplc_admdvs: '420106', mdtrtarea_admdvs: '310112', med_type: '11', hosp_lv: 'L1', fixmedins_name: '某诊所', invoice_no: invoice,
    enddate: '2026-11-20', medfee_sumamt: '3000.00',
    lines: [{ line_no: '1', item_name: '诊查费', amount: '50', chrgitm_lv: '01' }, { line_no: '2', item_name: '药品', amount: '2950.00', chrgitm_lv: '02' }],
  },
});

function setup() {
  let t = Date.parse('2026-11-25T02:00:00Z');
  const m = mockSend({ now: () => t });
  const call = (infno: 'MX5521' | 'MX5522' | 'MX5512', input: Record<string, unknown>) =>
    callExt(m.send, envelope(infno, input, { msgid: newMsgid(t), now: t, insuplc: '420106', mdtrtarea: '310112' }));
  return { ...m, call, advance: (ms: number) => (t += ms) };
}

describe('createClaim (MX5521, extension)', () => {
  it('moves a manual claim from submitted through review to paid by the mock clock (R-12)', async () => {
    const s = setup();
    const created = await s.call('MX5521', claimInput());
    expect(created).toMatchObject({ kind: 'ok', output: { claiminfo: { status: 'SUBMITTED', medfee_sumamt: 3000 } } });
    const id = (created as unknown as { output: { claiminfo: { claim_id: string } } }).output.claiminfo.claim_id;
    s.advance(REVIEW_AFTER_MS);
    expect(await s.call('MX5522', { data: { claim_id: id } })).toMatchObject({ output: { claiminfo: [{ status: 'UNDER_REVIEW', fund_pay_sumamt: null }] } });
    s.advance(DECIDE_AFTER_MS - REVIEW_AFTER_MS);
    const paid = (await s.call('MX5522', { data: { claim_id: id } })) as unknown as { output: { claiminfo: { status: string; fund_pay_sumamt: number }[] } };
    expect(paid.output.claiminfo[0]!.status).toBe('PAID');
    expect(paid.output.claiminfo[0]!.fund_pay_sumamt).toBeGreaterThan(0);
    expect(paid.output.claiminfo[0]!.fund_pay_sumamt).toBeLessThan(3000);
  });

  it('rejects a second claim for an invoice already paid, with the reason', async () => {
    const s = setup();
    await s.call('MX5521', claimInput('INV-9'));
    s.advance(DECIDE_AFTER_MS);
    await s.call('MX5522', { data: { psn_no: PSN } });
    await s.call('MX5521', claimInput('INV-9'));
    s.advance(DECIDE_AFTER_MS);
    const list = (await s.call('MX5522', { data: { psn_no: PSN } })) as unknown as { output: { claiminfo: { status: string; reject_reason: string | null }[] } };
    expect(list.output.claiminfo.map((c) => c.status)).toEqual(['PAID', 'REJECTED']);
    expect(list.output.claiminfo[1]!.reject_reason).toMatch(/发票已报销/);
  });

  it('refuses lines that do not add up to the total (MOCK-E043)', async () => {
    const s = setup();
    const bad = claimInput();
    bad.data.medfee_sumamt = '3001.00';
    expect(await s.call('MX5521', bad)).toMatchObject({ kind: 'refused', code: 'MOCK-E043', retryable: false });
  });
});

describe('settlementDetail (MX5512, extension)', () => {
  it('refuses an unknown settlement id (MOCK-E040)', async () => {
    const s = setup();
    expect(await s.call('MX5512', { data: { psn_no: PSN, setl_id: '999' } })).toMatchObject({ kind: 'refused', code: 'MOCK-E040' });
  });
});
