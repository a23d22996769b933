import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, paymentDueDate, declarationDeadline } from '../../core/index.ts';
import { readStoredZip } from '../../mocks/util/createZip.ts';
import { BASE, persona, signedClient, T0, useMockPlatform } from './support/mockEnv.ts';
import { CALL_SERVICE } from './support/platformClient.ts';
import type { PlatformClient } from './support/platformClient.ts';
import { DRUG_A, DRUG_B, EXAM, prepareOutpatient } from './support/flows.ts';

// The mock clock, moved by the tests (1 ms per read keeps timestamps ordered).
let clock = T0;
const at = (day: string) => Date.parse(`${day}T10:00:00+08:00`);
const { platform } = useMockPlatform({ now: () => clock++ });
// Runs before the shared reset (hooks unwind in reverse), so personas are seeded for T0 again.
afterEach(() => {
  clock = T0;
});

async function settleOne(c: PlatformClient, rows?: Parameters<typeof prepareOutpatient>[2]) {
  const p = persona(platform, 'outpatient-employee');
  const prep = await prepareOutpatient(c, p, rows);
  if ('failed' in prep) throw new Error(JSON.stringify(prep.failed?.body));
  const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
  expect(s.body.infcode).toBe(0);
  return { p, prep, info: s.body.output.setlinfo as Record<string, number | string> };
}

/** A client signed in on the current mock day (a sign_no lasts until CST midnight). */
async function moveTo(day: string): Promise<PlatformClient> {
  clock = at(day);
  return signedClient();
}

const cents = (xs: readonly (number | string)[]) => xs.reduce<number>((s, x) => s + Math.round(Number(x) * 100), 0) / 100;

describe('MX5531 月度申报 (extension, R-18)', () => {
  it('declares the sum of the committed settlements to the fen, a revoke netting out, labelled as an extension', async () => {
    clock = T0;
    const c = await signedClient();
    const a = await settleOne(c);
    const b = await settleOne(c, [[DRUG_B, 3], [EXAM, 1]]);
    const r0 = await settleOne(c);
    await c.call('2208', { data: { setl_id: r0.info.setl_id, mdtrt_id: r0.prep.mdtrtId, psn_no: r0.p.psn_no } }, { insuplc: r0.p.insuplc });
    const r = await c.call('MX5531', { data: { month: '2025-06' } }, { styleB: true });
    expect(r.headers.get('x-mock-extension')).toBe('1');
    expect(r.body.warn_msg).toMatch(/^\[扩展 \/ extension\] 月度申报 MX5531/);
    const d = r.body.output.declaration;
    expect(d.total.count).toBe(4);
    expect(d.total.reversals).toBe(1);
    expect(d.total.totals.medfeeSumamt).toBe(cents([a.info.medfee_sumamt!, b.info.medfee_sumamt!]));
    expect(d.total.totals.fundPaySumamt).toBe(cents([a.info.fund_pay_sumamt!, b.info.fund_pay_sumamt!]));
    expect(d.total.totals.acctPay).toBe(cents([a.info.acct_pay!, b.info.acct_pay!]));
    // 420106 → 310106: cross-province, kept apart from the instant part.
    expect(d.cross_province.all.count).toBe(4);
    expect(d.instant.all.count).toBe(0);
    expect(r.body.output.details).toHaveLength(4);
    expect(r.body.output.monthinfo).toMatchObject({ month: '2025-06', status: 'SETTLING', declaration_deadline: declarationDeadline('2025-06') });
  });

  it('lists the months with ledger rows, newest first', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    const c2 = await moveTo('2025-07-02');
    await settleOne(c2);
    const r = await c2.call('MX5531', { data: {} });
    expect(r.body.output.months.map((m: { month: string; status: string }) => [m.month, m.status])).toEqual([['2025-07', 'SETTLING'], ['2025-06', 'SETTLED']]);
  });

  it('refuses to declare a month that has not ended, and records a declaration from the 1st of the next month', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    expect((await c.call('MX5531', { data: { month: '2025-06', submit: '1' } })).body.err_msg).toMatch(/^MOCK-E004 .*尚未结束/);
    const c2 = await moveTo('2025-07-03');
    const r = await c2.call('MX5531', { data: { month: '2025-06', submit: '1' } });
    expect(r.body.output.monthinfo).toMatchObject({ status: 'DECLARED', declared_on: '2025-07-03', declared_by: 'INSTITUTION' });
  });

  it('refuses an as_of before the mock day (only a look ahead)', async () => {
    const c = await moveTo('2025-06-16');
    expect((await c.call('MX5531', { data: { month: '2025-06', as_of: '2025-06-01' } })).body.err_msg).toMatch(/^MOCK-E004 .*as_of/);
  });
});

describe('MX5533 拨付状态 (extension, R-18)', () => {
  it('moves the month SETTLED → DECLARED → AUDITED → PAID, the money arriving on the core due date by the mock clock', async () => {
    const c = await moveTo('2025-06-16');
    const a = await settleOne(c);
    const due = paymentDueDate('2025-06');
    const deadline = declarationDeadline('2025-06');
    const steps: [string, string][] = [
      ['2025-06-30', 'SETTLING'], ['2025-07-01', 'SETTLED'], [deadline, 'SETTLED'], [addWorkingDays(deadline, 1), 'DECLARED'],
      [addWorkingDays(deadline, 5), 'AUDITED'], ['2025-08-06', 'AUDITED'], [due, 'PAID'],
    ];
    for (const [day, status] of steps) {
      const ci = await moveTo(day);
      const r = await ci.call('MX5533', { data: { month: '2025-06' } });
      expect([day, r.body.output.payinfo.status]).toEqual([day, status]);
    }
    const r = await (await moveTo(due)).call('MX5533', { data: { month: '2025-06' } });
    expect(r.body.output.payinfo).toMatchObject({ paid_on: due, on_time: true, working_days_late: 0, deductions: 0, working_days_to_due: 0 });
    expect(r.body.output.payinfo.gross_payable).toBe(cents([a.info.fund_pay_sumamt!, a.info.acct_pay!]));
    expect(due).toBe('2025-08-07');
  }, 30_000);

  it('pays late by the scenario working days and says so (MX5535)', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    await c.call('MX5535', { data: { month: '2025-06', payment_late_working_days: 3 } });
    const due = paymentDueDate('2025-06');
    const before = await c.call('MX5533', { data: { month: '2025-06', as_of: due } });
    expect(before.body.output.payinfo).toMatchObject({ status: 'AUDITED', paid_on: null, expected_on: addWorkingDays(due, 3) });
    const r = await c.call('MX5533', { data: { month: '2025-06', as_of: addWorkingDays(due, 3) } });
    expect(r.body.output.payinfo).toMatchObject({ status: 'PAID', on_time: false, working_days_late: 3 });
  });

  it('pauses the payment on a risk warning (MX5535 payment_paused)', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    await c.call('MX5535', { data: { month: '2025-06', payment_paused: '1' } });
    const r = await c.call('MX5533', { data: { month: '2025-06', as_of: '2025-09-30' } });
    expect(r.body.output.payinfo).toMatchObject({ status: 'PAUSED', paid_on: null, expected_on: null, paused: true });
  });

  it('counts working days to the due date from the day after as_of (countdown)', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    // 2025-08-01 (Fri) → 08-04 … 08-07: four working days left to the due date 2025-08-07.
    const r = await c.call('MX5533', { data: { month: '2025-06', as_of: '2025-08-01' } });
    expect(r.body.output.payinfo.working_days_to_due).toBe(4);
  });
});

describe('MX5533 beyond the calendar (R-18)', () => {
  it('names the missing calendar year instead of guessing a due date (December 2026 is paid in 2027)', async () => {
    const c = await moveTo('2026-12-01');
    await settleOne(c);
    const r = await c.call('MX5533', { data: { month: '2026-12' } });
    expect(r.body.infcode).toBe(0);
    expect(r.body.output.monthinfo).toMatchObject({ declaration_deadline: '2027-01-10', payment_due_date: null, calendar_missing: '2027', working_days_to_deadline: null });
    expect(r.body.output.payinfo).toMatchObject({ status: 'SETTLING', due_date: null, calendar_missing: '2027' });
  });
});

describe('MX5532 智能审核结果 (extension, R-18)', () => {
  it('flags a quantity over its limit, deducts it with its reason once the audit closes, and draws the same sample for the same seed', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c, [[DRUG_A, 1], [EXAM, 2]]);
    for (const day of ['2025-06-17', '2025-06-18', '2025-06-19', '2025-06-20']) await settleOne(await moveTo(day));
    const c2 = await signedClient();
    const early = await c2.call('MX5532', { data: { month: '2025-06' } });
    const f = early.body.output.auditinfo.findings;
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule_id: 'AUD-QTY-LIMIT', item_code: EXAM.code, reason_zh: '项目数量超过限定数量', evidence: { qty: '2', maxQty: '1' } });
    expect(early.body.output.deductioninfo).toMatchObject({ final: false, total: 0, pending: 1 });
    const again = await c2.call('MX5532', { data: { month: '2025-06' } });
    expect(again.body.output.auditinfo.sampled).toEqual(early.body.output.auditinfo.sampled);
    expect(early.body.output.auditinfo.sampled).toHaveLength(1);
    const all = await c2.call('MX5532', { data: { month: '2025-06', sample_share: '1' } });
    expect(all.body.output.auditinfo.sampled).toHaveLength(4);
    const closed = await c2.call('MX5532', { data: { month: '2025-06', as_of: addWorkingDays(declarationDeadline('2025-06'), 5) } });
    expect(closed.body.output.deductioninfo).toMatchObject({ final: true, total: f[0].amount_at_stake, pending: 0 });
    expect(closed.body.output.deductioninfo.deductions[0]).toMatchObject({ rule_id: 'AUD-QTY-LIMIT', reason_en: 'The quantity of an item is over its limit' });
    const pay = await c2.call('MX5533', { data: { month: '2025-06', as_of: paymentDueDate('2025-06') } });
    expect(pay.body.output.payinfo.net_payable).toBe(cents([pay.body.output.payinfo.gross_payable, -f[0].amount_at_stake]));
  });
});

describe('MX5532 duplicates (extension, R-18)', () => {
  it('flags the same person settled twice on the same day for the same item', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    const second = await settleOne(c);
    const r = await c.call('MX5532', { data: { month: '2025-06' } });
    expect(r.body.output.auditinfo.findings.map((f: { setl_id: string; rule_id: string }) => [f.setl_id, f.rule_id])).toEqual([[second.info.setl_id, 'AUD-DUP-SAME-DAY']]);
    expect(r.body.output.auditinfo.review_queue[0]).toEqual({ setl_id: second.info.setl_id, why: 'FLAGGED', rule_ids: ['AUD-DUP-SAME-DAY'] });
  });
});

describe('3201 / 3202 beside MX5531 (R-18)', () => {
  it('balances 3201 and every 3202 row against the declared figures', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    const r0 = await settleOne(c, [[DRUG_B, 2]]);
    await c.call('2208', { data: { setl_id: r0.info.setl_id, mdtrt_id: r0.prep.mdtrtId, psn_no: r0.p.psn_no } }, { insuplc: r0.p.insuplc });
    const decl = (await c.call('MX5531', { data: { month: '2025-06' } })).body.output;
    const t = decl.declaration.total;
    const stmt = await c.call('3201', {
      data: {
        insutype: '310', clr_type: '11', setl_optins: '310199', stmt_begndate: '2025-06-01', stmt_enddate: '2025-06-30',
        medfee_sumamt: t.totals.medfeeSumamt, fund_pay_sumamt: t.totals.fundPaySumamt, acct_pay: t.totals.acctPay, fixmedins_setl_cnt: t.count,
      },
    });
    expect(stmt.body.output.stmtinfo).toEqual({ setl_optins: '310199', stmt_rslt: '0', stmt_rslt_dscr: '平' });
    const tsv = decl.details.map((e: Record<string, unknown>) => [e.setl_id, e.mdtrt_id, e.psn_no, e.medfee_sumamt, e.fund_pay_sumamt, e.acct_pay, e.refd_setl_flag].join('\t')).join('\n');
    const up = await c.call('9101', { fsUploadIn: { in: btoa(tsv), filename: 'detail.txt', fixmedins_code: c.inst.fixmedins_code } });
    const det = await c.call('3202', { data: { setl_optins: '310199', file_qury_no: up.body.output.file_qury_no, stmt_begndate: '2025-06-01', stmt_enddate: '2025-06-30' } });
    const res = await fetch(`${BASE}${CALL_SERVICE}`, { method: 'POST', body: JSON.stringify(c.envelope('9102', { fsDownloadIn: { file_qury_no: det.body.output.fileinfo.file_qury_no, filename: 'result.zip', fixmedins_code: c.inst.fixmedins_code } })) });
    const rows = readStoredZip(new Uint8Array(await res.arrayBuffer()))[0]!.text.trim().split('\n').slice(1).map((l) => l.split('\t'));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[4])).toEqual(['0', '0', '0']);
  });
});

describe('MX5534 预付金 (extension, R-19)', () => {
  it('sizes about one month of the previous three years with the core, fund conditions met', async () => {
    const c = await moveTo('2025-06-16');
    const r = await c.call('MX5534', { data: { year: '2025' } });
    const p = r.body.output.prepayinfo;
    expect(p.years_used).toEqual([2022, 2023, 2024]);
    expect(p.monthly_average).toBe(Math.round(cents(p.history.map((h: { fund_paid: number }) => h.fund_paid)) * 100 / 36) / 100);
    expect(p.advanced).toBe(p.monthly_average);
    expect(p.fund_conditions).toMatchObject({ eligible: true, months_of_balance: '15.00', required_months: 12 });
    expect(p.formula).toMatch(/^\(\d+\.\d\d \+ \d+\.\d\d \+ \d+\.\d\d\) ÷ \(12 \+ 12 \+ 12\) × 1$/);
    expect(p.year_end_preview).toMatchObject({ settlements_due: 0, unrecovered: p.advanced, stop_settlement_payments: true });
  });

  it('offsets the outstanding prepayment against the settlements paid by year end', async () => {
    const c = await moveTo('2025-06-16');
    await settleOne(c);
    const pay = await c.call('MX5533', { data: { month: '2025-06', as_of: '2025-12-31' } });
    const r = await c.call('MX5534', { data: { year: '2025', as_of: '2025-12-31' } });
    expect(r.body.output.prepayinfo.year_end_preview.settlements_due).toBe(pay.body.output.payinfo.net_payable);
    expect(r.body.output.prepayinfo.year_end_preview.offset_against_settlements).toBe(pay.body.output.payinfo.net_payable);
  });
});

describe('MX5536 异地清分汇总 (extension, 3260 shape)', () => {
  it('lists the cross-province rows in the 3260 row shape with a masked certno, summed by insured province', async () => {
    const c = await moveTo('2025-06-16');
    const a = await settleOne(c);
    const b = await settleOne(c);
    const r = await c.call('MX5536', { data: { trt_year: '2025', trt_month: '6', startrow: 0 } });
    const o = r.body.output;
    expect(o.totalrow).toBe(2);
    expect(Object.keys(o.data[0]).slice(0, 10)).toEqual(['seqno', 'mdtrtarea', 'medins_no', 'certno', 'mdtrt_id', 'mdtrt_setl_time', 'setl_sn', 'fulamt_advpay_flag', 'medfee_sumamt', 'optins_pay_sumamt']);
    expect(o.data[0].certno).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
    expect(JSON.stringify(o)).not.toContain(a.p.certno);
    expect(o.summary).toEqual([{ insuplc_prov: '420000', rows: 2, medfee_sumamt: cents([a.info.medfee_sumamt!, b.info.medfee_sumamt!]), optins_pay_sumamt: cents([a.info.fund_pay_sumamt!, b.info.fund_pay_sumamt!]) }]);
  });
});

