// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, waitFor, within } from '@testing-library/preact';
import { defineBreakdown } from '../../../sdk/elements/yb-breakdown/define.ts';
import type { ExplainRequest } from '../../../sdk/elements/yb-breakdown/explainTypes.ts';

// Source: mocks/README.md walk-through, 2206 门诊预结算 of persona outpatient-employee (real output).
const SETLINFO = {
  insutype: '310', med_type: '11', medfee_sumamt: 156.8, fulamt_ownpay_amt: 58, overlmt_selfpay: 10, preselfpay_amt: 3.38,
  inscp_scp_amt: 85.42, act_pay_dedc: 0, hifp_pay: 42.71, fund_pay_sumamt: 42.71, psn_part_amt: 114.09, acct_pay: 114.09,
  psn_cash_pay: 0, balc: 1885.91, psn_name: '测试门诊子', certno: '420106198608180011',
};
const SETLDETAIL = [
  { fund_pay_type: '310100', fund_pay_type_name: '城镇职工基本医疗保险统筹基金', fund_payamt: 42.71 },
  { fund_pay_type: '310200', fund_pay_type_name: '城镇职工基本医疗保险个人账户基金', fund_payamt: 114.09 },
];
const LINES = [
  { feedetl_sn: 'F1', det_item_fee_sumamt: 25, fulamt_ownpay_amt: 0, overlmt_amt: 0, preselfpay_amt: 0 },
  { feedetl_sn: 'F2', det_item_fee_sumamt: 33.8, fulamt_ownpay_amt: 0, overlmt_amt: 0, preselfpay_amt: 3.38 },
  { feedetl_sn: 'F3', det_item_fee_sumamt: 40, fulamt_ownpay_amt: 0, overlmt_amt: 10, preselfpay_amt: 0 },
  { feedetl_sn: 'F4', det_item_fee_sumamt: 58, fulamt_ownpay_amt: 58, overlmt_amt: 0, preselfpay_amt: 0 },
];

const FILED = [{ id: 'F', category: 'LT_POSTED_WORKER' as const, targetAdmdvs: '310000', registeredAt: '2025-01-01T00:00:00+08:00', validFrom: '2025-01-01', validTo: null, viaCommitment: false, commitmentDocsCompleted: true }];

/** A claim on 2026-06-16 at a 上海 institution, by a long-term filer. */
function request(o: { insuplc: string; medType: 'GENERAL_OUTPATIENT' | 'PHARMACY'; level: 'L3' | 'UNRATED'; line: ExplainRequest['claim']['lines'][number] }): ExplainRequest {
  return {
    person: { insutype: '310', age: 40, acctBalance: '500', filings: FILED },
    claim: {
      medType: o.medType, insuplcAdmdvs: o.insuplc, mdtrtareaAdmvs: '310106', serviceDate: '2026-06-16', settlementTime: '2026-06-16T10:00:00+08:00',
      institutionLevel: o.level, networkedMedTypes: [o.medType], acctUsed: true, lines: [o.line],
    },
  };
}

type Breakdown = HTMLElementTagNameMap['yb-breakdown'];
function mount(set: (el: Breakdown) => void, attrs: Record<string, string> = {}): Breakdown {
  const el = document.createElement('yb-breakdown');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  set(el);
  document.body.append(el);
  return el;
}
const shadow = (el: HTMLElement) => within(el.shadowRoot!.querySelector<HTMLElement>('.base')!);
const cell = (el: HTMLElement, key: string) => el.shadowRoot!.querySelector(`[data-amount="${key}"]`)?.textContent;

beforeAll(() => defineBreakdown());
afterEach(() => document.body.replaceChildren());

describe('YbBreakdown', () => {
  it('shows total, fund, personal, account and cash from setlinfo as ¥ with two decimals (§5.7)', async () => {
    const el = mount((e) => { e.setlinfo = SETLINFO; e.setldetail = SETLDETAIL; e.lines = LINES; }, { pre: '' });
    await shadow(el).findByRole('heading', { name: '预结算明细' });
    expect([cell(el, 'medfee'), cell(el, 'fundPay'), cell(el, 'psnPart'), cell(el, 'acctPay'), cell(el, 'cashPay'), cell(el, 'balc')])
      .toEqual(['¥156.80', '¥42.71', '¥114.09', '¥114.09', '¥0.00', '¥1,885.91']);
  });

  it('lists each fund by type and the line split 全自费 / 超限价 / 先行自付 (S-1)', async () => {
    const el = mount((e) => { e.setlinfo = SETLINFO; e.setldetail = SETLDETAIL; e.lines = LINES; e.lineNames = { F4: '自费药' }; });
    const funds = await shadow(el).findByRole('table', { name: '各基金支付' });
    expect(within(funds).getByRole('rowheader', { name: /统筹基金 310100/ })).toBeTruthy();
    const split = shadow(el).getByRole('table', { name: '费用分割' });
    const f4 = within(split).getByRole('row', { name: /自费药/ });
    expect(within(f4).getAllByRole('cell').map((c) => c.textContent)).toEqual(['¥58.00', '¥58.00', '¥0.00', '¥0.00']);
    const total = within(split).getAllByRole('row').at(-1)!;
    expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['¥156.80', '¥58.00', '¥10.00', '¥3.38']);
  });

  it('never puts the name or ID number on screen', async () => {
    const el = mount((e) => { e.setlinfo = SETLINFO; });
    await shadow(el).findByRole('heading', { name: '结算明细' });
    expect(el.shadowRoot!.textContent).not.toContain('420106198608180011');
    expect(el.shadowRoot!.textContent).not.toContain('测试门诊子');
  });

  it('reads a JSON data attribute and speaks English, naming funds in English', async () => {
    const el = mount(() => {}, { lang: 'en', data: JSON.stringify({ setlinfo: SETLINFO, setldetail: SETLDETAIL, lines: LINES }) });
    expect(await shadow(el).findByRole('heading', { name: 'Settlement breakdown' })).toBeTruthy();
    expect(shadow(el).getByText(/Employee personal account/)).toBeTruthy();
  });

  it('says which part of a bad data attribute is wrong', async () => {
    const el = mount(() => {}, { data: '{"setlinfo": 1' });
    expect((await shadow(el).findByRole('alert')).textContent).toMatch(/^输入有误：data: /);
  });

  it('loads the waterfall on demand and, with no pack for the insured place, shows the platform figures alone', async () => {
    const input = request({ insuplc: '420106', medType: 'GENERAL_OUTPATIENT', level: 'L3', line: { lineId: 'F1', amount: '25', chrgitmLv: '01', selfpayProp: '0' } });
    const el = mount((e) => { e.setlinfo = SETLINFO; e.explainInput = input; });
    const toggle = await shadow(el).findByRole('button', { name: '查看完整计算过程' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(await shadow(el).findByText(/未收录该参保地的政策包，仅显示医保平台返回的金额/, {}, { timeout: 5000 })).toBeTruthy();
    expect(shadow(el).getByRole('button', { name: '收起计算过程' }).getAttribute('aria-expanded')).toBe('true');
    expect(cell(el, 'psnPart')).toBe('¥114.09');
  });

  it('explains a pharmacy purchase with the 滁州 pack: steps with rule ids and parameter sources (R-14)', async () => {
    const input = request({ insuplc: '341102', medType: 'PHARMACY', level: 'UNRATED', line: { lineId: 'Y1', amount: '33.80', chrgitmLv: '02', selfpayProp: '0.1' } });
    const el = mount((e) => { e.setlinfo = { ...SETLINFO, medfee_sumamt: 33.8 }; e.explainInput = input; });
    fireEvent.click(await shadow(el).findByRole('button', { name: '查看完整计算过程' }));
    const waterfall = await waitFor(() => {
      const w = el.shadowRoot!.querySelector('[part="waterfall"]');
      if (!w) throw new Error('no waterfall yet');
      return w;
    }, { timeout: 5000 });
    expect(waterfall.textContent).toContain('滁州');
    expect(waterfall.textContent).toMatch(/S-1/);
    expect(waterfall.textContent).toMatch(/\[(VERIFIED|PARTIAL|UNVERIFIED|SYNTHETIC)\]/);
  });
});
