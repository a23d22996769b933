// @vitest-environment jsdom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, waitFor } from '@testing-library/preact';
import fc from 'fast-check';
import { defineSettlementLedger } from '../../../sdk/elements/yb-settlement-ledger/define.ts';
import { ledgerCsv } from '../../../sdk/elements/yb-settlement-ledger/ledgerCsv.ts';
import { fenText, sumFen, toFen, type LedgerData, type LedgerMonth } from '../../../sdk/elements/yb-settlement-ledger/ledgerData.ts';

// Shapes as loadLedger builds them from the mock's MX5531–MX5534 and 3201/3202 (test/mocks/institutionExtensions.test.ts);
// dates from the core's calendar: 2026-09 is declared by 2026-10-10 (a 调休 working Saturday), paid by 2026-11-06.
const FUNDS = { hifpPay: '85.42', hifobPay: '0', hifmiPay: '0', mafPay: '0', cvlservPay: '0', hifesPay: '0', othPay: '0', acctPay: '228.18', acctMulaidPay: '0', psnCashPay: '0' };
const month = (o: Partial<LedgerMonth> = {}): LedgerMonth => ({
  month: '2026-09', status: 'AUDITED', settlingUntil: '2026-09-30', declarationDeadline: '2026-10-10', workingDaysToDeadline: 0, declaredOn: '2026-10-10',
  auditClosesOn: '2026-10-16', paymentDueDate: '2026-11-06', workingDaysToDue: 15, paidOn: null, expectedOn: '2026-11-06', workingDaysLate: null, calendarMissing: null,
  counts: { records: 2, reversals: 0, crossProvince: 2 },
  totals: { medfee: '313.60', fundPay: '85.42', acctPay: '228.18', cash: '0.00', crossProvinceMedfee: '313.60', crossProvinceFund: '85.42' },
  funds: FUNDS, deductions: [{ setlId: '400000000021', ruleId: 'AUD-DUP-SAME-DAY', reason: { zh: '同一参保人同日同一项目重复结算', en: 'The same person was settled twice on the same day for the same item' }, amount: '42.71' }],
  pending: [], deductionsFinal: true, flagged: 1, sampled: 1, grossPayable: '313.60', deductionTotal: '42.71', netPayable: '270.89', ...o,
});
const fig = (medfee: string, fundPay: string, acctPay: string, count: number) => ({ medfee, fundPay, acctPay, count });
const LEDGER: LedgerData = {
  asOf: '2026-10-16',
  institution: { code: 'H31010600011', name: '模拟市第一人民医院' },
  months: [month({ month: '2026-10', status: 'SETTLING', settlingUntil: '2026-10-31', declaredOn: null, declarationDeadline: '2026-11-10', workingDaysToDeadline: 18, deductions: [], deductionTotal: '0', netPayable: '100.00', grossPayable: '100.00', deductionsFinal: false, flagged: 0 }), month()],
  prepayment: { year: 2026, eligible: true, advanced: '73897.19', outstanding: '73897.19', monthlyAverage: '73897.19', formula: '(884371.06 + 876488.47 + 899439.31) ÷ (12 + 12 + 12) × 1', fundMonths: '15.00', fundRequiredMonths: 12, failures: [], settlementsDue: '0', offsetAtYearEnd: '0', unrecoveredAtYearEnd: '73897.19' },
  reconciliation: {
    month: '2026-09',
    groups: [{ insutype: '310', clrType: '11', setlOptins: '310199', local: fig('156.80', '42.71', '114.09', 1), platform: fig('313.60', '85.42', '228.18', 2), result: '1', description: 'MOCK 不平：medfee_sumamt 中心 313.60 机构 156.80' }],
    details: [{ setlId: '400000000021', psnNo: '42000000000000000110', refund: false, memo: 'MOCK 机构未上传', local: null, platform: fig('156.80', '42.71', '114.09', 1) }],
  },
};

type Ledger = HTMLElementTagNameMap['yb-settlement-ledger'];
function mount(data: unknown = LEDGER, attrs: Record<string, string> = {}): Ledger {
  const el = document.createElement('yb-settlement-ledger');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  (el as unknown as { ledger: unknown }).ledger = data;
  document.body.append(el);
  return el;
}
const root = (el: Ledger) => el.shadowRoot!;
const text = (el: Ledger, sel: string) => root(el).querySelector(sel)?.textContent ?? '';

beforeAll(() => defineSettlementLedger());
afterEach(() => document.body.replaceChildren());

describe('YbSettlementLedger', () => {
  it('lists the months with their stage, deadline and working-day countdown (R-18)', async () => {
    const el = mount();
    await waitFor(() => expect(root(el).querySelectorAll('[part="months"] tbody tr')).toHaveLength(2));
    const rows = [...root(el).querySelectorAll('[part="months"] tbody tr')].map((r) => r.textContent);
    expect(rows[0]).toMatch(/^2026-10本月结算中2026-11-10还有 18 个工作日/);
    expect(rows[1]).toMatch(/^2026-09已审核，待拨付2026-10-102026-10-10 申报2026-11-06还有 15 个工作日¥270.89$/);
  });

  it('shows the first month, then the one the attribute names, with its steps settled → declared → audited → paid', async () => {
    const el = mount(LEDGER, { month: '2026-09' });
    await waitFor(() => expect(text(el, '[part="steps"]')).not.toBe(''));
    const current = root(el).querySelector('[part="steps"] [aria-current="step"]');
    expect(current?.textContent).toMatch(/^✓已审核2026-10-16 审核完成$/);
    expect(text(el, '[part="steps"]')).toMatch(/已拨付预计 2026-11-06 到账 · 还有 15 个工作日$/);
  });

  it('puts a running month at its first step, named as running', async () => {
    const el = mount();
    await waitFor(() => expect(text(el, '[part="steps"] [aria-current="step"]')).toBe('1本月结算中结算至 2026-10-31'));
  });

  it('gives the deductions with their reasons and the net payable (R-18: violations deducted monthly)', async () => {
    const el = mount(LEDGER, { month: '2026-09' });
    await waitFor(() => expect(text(el, '[part="deductions"]')).toMatch(/同一参保人同日同一项目重复结算 AUD-DUP-SAME-DAY¥42.71/));
    expect(text(el, '[part="payment"]')).toMatch(/应拨付（基金 \+ 个人账户）¥313.60审核扣款−¥42.71应拨付净额¥270.89/);
  });

  it('lists flagged items still under review apart from deductions, with the fund payment at stake', async () => {
    const d = month().deductions[0]!;
    const el = mount({ ...LEDGER, months: [month({ status: 'DECLARED', deductions: [], deductionTotal: '0', deductionsFinal: false, pending: [d] })] });
    await waitFor(() => expect(text(el, '[part="deductions"]')).toContain('审核尚未完成'));
    expect(text(el, '[part="deductions"] caption')).toBe('疑点（待人工审核，尚未扣款）');
    expect(text(el, '[part="deductions"] tbody')).toBe('400000000021同一参保人同日同一项目重复结算 AUD-DUP-SAME-DAY¥42.71');
    expect(text(el, '[part="deductions"]')).not.toContain('无扣款');
  });

  it('draws one labelled bar per non-zero fund, its value beside it, described for screen readers', async () => {
    const el = mount(LEDGER, { month: '2026-09' });
    await waitFor(() => expect(root(el).querySelectorAll('[part="chart"] rect')).toHaveLength(2));
    const svg = root(el).querySelector('[part="chart"] svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(text(el, '[part="chart"] desc')).toBe('统筹基金 ¥85.42；个人账户支付 ¥228.18');
    const widths = [...root(el).querySelectorAll('[part="chart"] rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths[1]).toBe(300);
    expect(widths[0]).toBe(Math.round((8542 / 22818) * 300));
  });

  it('highlights every figure where 3201 differs and lists the 3202 rows, the person masked', async () => {
    const el = mount();
    await waitFor(() => expect(root(el).querySelector('[part="reconciliation"]')).not.toBeNull());
    expect(root(el).querySelectorAll('[part="reconciliation"] table:first-of-type td.diff')).toHaveLength(8);
    expect(text(el, '[part="reconciliation"] .pill')).toBe('不平');
    const diff = text(el, '[part="reconciliation"] table:last-of-type tbody');
    expect(diff).toMatch(/^400000000021/);
    expect(diff).toContain('4200************0110');
    expect(diff).not.toContain('42000000000000000110');
    expect(diff).toContain('本地无此笔');
  });

  it('moves between months with the arrow keys, announces the month and fires yb-month', async () => {
    const el = mount();
    const picked: string[] = [];
    el.addEventListener('yb-month', (e) => picked.push((e as CustomEvent<{ month: string }>).detail.month));
    await waitFor(() => expect(root(el).querySelector('button[data-month="2026-10"]')).not.toBeNull());
    fireEvent.keyDown(root(el).querySelector('button[data-month="2026-10"]')!, { key: 'ArrowDown' });
    expect(picked).toEqual(['2026-09']);
    expect(el.getAttribute('month')).toBe('2026-09');
    expect(text(el, '[role="status"]')).toBe('显示 2026-09：已审核，待拨付');
    expect(root(el).activeElement?.getAttribute('data-month')).toBe('2026-09');
    expect(root(el).querySelector('button[data-month="2026-09"]')!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.keyDown(root(el).querySelector('button[data-month="2026-09"]')!, { key: 'ArrowDown' });
    expect(picked).toEqual(['2026-09']);
  });

  it('exports the months as CSV with yb-export and says so in the live region', async () => {
    const el = mount();
    let detail: { filename: string; csv: string } | null = null;
    el.addEventListener('yb-export', (e) => (detail = (e as CustomEvent<{ filename: string; csv: string }>).detail));
    await waitFor(() => expect(root(el).querySelector('[part="export"]')).not.toBeNull());
    fireEvent.click(root(el).querySelector('[part="export"]')!);
    expect(detail!.filename).toBe('ledger-H31010600011-2026-10-16.csv');
    expect(detail!.csv).toContain('\r\n2026-09,AUDITED,2026-10-10,2026-10-10,2026-10-16,2026-11-06,,,2,0,313.60,85.42,228.18,0.00,313.60,85.42,85.42,0,0,0,0,0,0,228.18,0,0,313.60,42.71,270.89\r\n');
    expect(detail!.csv).not.toContain('4200');
    expect(text(el, '[role="status"]')).toBe('已导出 ledger-H31010600011-2026-10-16.csv');
  });

  it('reads in English', async () => {
    const el = mount(LEDGER, { lang: 'en', month: '2026-09' });
    await waitFor(() => expect(text(el, 'h2')).toBe('Medical-insurance settlement ledger'));
    expect(text(el, '[part="deductions"]')).toContain('The same person was settled twice on the same day for the same item');
    expect(text(el, '[part="months"] tbody')).toContain('Audited, payment pending');
  });

  it('names a missing calendar year instead of guessing a due date', async () => {
    const el = mount({ ...LEDGER, months: [month({ month: '2026-12', status: 'SETTLING', paymentDueDate: null, auditClosesOn: null, expectedOn: null, workingDaysToDue: null, workingDaysToDeadline: null, calendarMissing: '2027' })] });
    await waitFor(() => expect(text(el, '.detail')).toContain('2027 年工作日历尚未收录'));
    expect(text(el, '[part="months"] tbody')).toContain('待定');
  });

  it('refuses invalid data with an alert and yb-error INVALID_LEDGER (no crash, no NaN)', async () => {
    const errors: unknown[] = [];
    document.addEventListener('yb-error', (e) => errors.push((e as CustomEvent).detail), { once: true });
    const el = mount({ ...LEDGER, months: [{ ...month(), netPayable: '1e3' }] });
    await waitFor(() => expect(root(el).querySelector('[role="alert"]')?.textContent).toMatch(/^台账数据有误：months\.0\.netPayable/));
    await waitFor(() => expect(errors).toEqual([expect.objectContaining({ code: 'INVALID_LEDGER', retryable: false })]));
    expect(root(el).textContent).not.toContain('NaN');
  });

  it('reads the data attribute as JSON', async () => {
    const el = mount(null, { data: JSON.stringify(LEDGER) });
    await waitFor(() => expect(root(el).querySelectorAll('[part="months"] tbody tr')).toHaveLength(2));
  });
});

describe('ledgerCsv', () => {
  it('defuses a formula and quotes commas (CSV injection)', () => {
    const csv = ledgerCsv({ ...LEDGER, months: [month({ month: '2026-09', declaredOn: null }), month({ month: '=cmd', status: 'PAID' } as never)] });
    expect(csv).toContain("\r\n'=cmd,PAID,");
  });
});

describe('toFen', () => {
  it('sums amounts exactly to the fen, as the integer sum of their fen (property)', () => {
    const amt = fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 14n })).map(([neg, f]) => fenText(neg ? -f : f));
    fc.assert(fc.property(fc.array(amt, { maxLength: 30 }), (xs) => {
      const direct = xs.reduce((s, x) => s + BigInt(x.replace('.', '')), 0n);
      expect(sumFen(xs)).toBe(direct);
      expect(toFen(fenText(direct))).toBe(direct);
    }), { numRuns: Number(process.env.YIBAO_LEDGER_RUNS ?? 100) });
  });

  it('refuses an amount with more than two decimals', () => {
    expect(() => toFen('1.005')).toThrow(/at most two decimals/);
  });
});
