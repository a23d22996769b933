/**
 * EXTENSIONS (not national): the institution side of instant settlement (即时结算, R-18, R-19) for a
 * finance clerk. No public interface for these exists; every response carries `x-mock-extension: 1`
 * and a warn_msg starting `[扩展 / extension]`.
 *
 * - MX5531 月度申报: a month's declaration, built with the core's streaming accumulator from this
 *   institution's committed ledger rows (settlements +, revokes / reversals − as the core's reversal).
 * - MX5532 智能审核结果: the core's smart audit of the same records (seeded sample), and the month's
 *   deductions once the audit has closed.
 * - MX5533 拨付状态: the core's schedule; the money arrives on the core's due date by the mock clock,
 *   later when the sandbox scenario (MX5535) says so.
 * - MX5534 预付金: the core's prepayment sizing, fund and institution conditions and year-end recovery.
 * - MX5535 沙盒情景: payment lateness or a pause for one month (a control, sandbox only).
 * - MX5536 异地清分汇总: the month's cross-province settlements in the 3260 row shape (platform-api
 *   §4.16), with a summary by insured province.
 *
 * The month moves SETTLING → SETTLED → DECLARED → AUDITED → PAID by the mock clock, or by `as_of`, a
 * day not before the mock's today ("look ahead" in the sandbox; never a rewrite of the past).
 * Timings the documents do not give are SYNTHETIC: {@link AUDIT_WORKING_DAYS}; every finding is
 * upheld by the mock's reviewer. Declarations and scenarios live in memory beside the store.
 */
import * as z from 'zod/mini';
import { code, date } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxContext, TxDef } from '../platform/types.ts';
import type { LedgerEntry, MockState } from '../state/MockState.ts';
import { filingsOf } from '../state/MockState.ts';
import { Dec, reverseSettlement, type Settlement } from '../settlement/coreBridge.ts';
import { formatDate } from '../util/chinaTime.ts';
import { mulberry32 } from '../util/mulberry32.ts';
// The institution side is not in the bridge (D's file); the core's public entry is the only other way in.
import {
  addWorkingDays, auditSettlements, declarationDeadline, buildDeclaration, checkFundConditions, checkInstitutionConditions, checkPayment, countWorkingDays,
  createDeclarationAccumulator, DECLARED_AMOUNTS, isCrossProvince, monthlyDeductions, parseSettlementRecord, settlePrepaymentAtYearEnd,
  settlementSchedule, sizePrepayment, toStoredSettlement,
} from '../../core/index.ts';
import type { AuditResult, DeclarationGroup, ItemLimit, MonthlyDeclaration, SettlementRecord } from '../../core/index.ts';

/** SYNTHETIC: the pooling area closes a declared month's audit this many working days after the deadline. */
export const AUDIT_WORKING_DAYS = 5;
/** SYNTHETIC: the share of unflagged settlements sampled for manual review (a pooling-area parameter). */
export const DEFAULT_SAMPLE_SHARE = '0.05';

/**
 * SYNTHETIC item limits and restricted items of the seeded catalogue (data/catalogue.ts): one
 * consultation fee per visit, at most two CT scans, 头孢呋辛酯片 as a restricted-use (限制使用) drug.
 */
export const MOCK_ITEM_LIMITS: Readonly<Record<string, { maxQty?: string; maxAmount?: string }>> = {
  '001102000010000': { maxQty: '1' },
  '210300001000000': { maxQty: '2' },
  'XC08CAA002A001010100002': { maxAmount: '200' },
};
export const MOCK_RESTRICTED = new Set(['XJ01DCA003A001010100003']);

export type MonthStatus = 'SETTLING' | 'SETTLED' | 'DECLARED' | 'AUDITED' | 'PAID' | 'PAUSED';

interface Scenario { lateWorkingDays: number; paused: boolean }
interface Memory { declared: Map<string, string>; scenarios: Map<string, Scenario> }
const MEMORY = new WeakMap<MockState, Memory>();
const memoryOf = (state: MockState): Memory => {
  let m = MEMORY.get(state);
  if (!m) MEMORY.set(state, (m = { declared: new Map(), scenarios: new Map() }));
  return m;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = () => z.string().check(z.regex(MONTH));
const optMonth = () => z.optional(z.nullable(month()));
const EXT_WARN = (name: string, infno: string) => `${name} ${infno} 是模拟平台扩展，非国家接口`;

/** A pseudonymous person key (FNV-1a of seed and psn_no): never the ID number (core: psnRef). */
function psnRefOf(seed: number, psnNo: string): string {
  let h = 0x811c9dc5 ^ seed;
  for (const ch of `${seed}|${psnNo}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return `P${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** The day the look-ahead shows: `as_of` (not before the mock's today), else today by the mock clock. */
function viewDay(ctx: TxContext, asOf: string | null | undefined): string {
  const today = formatDate(ctx.now);
  if (!asOf) return today;
  if (asOf < today) fail('MOCK-E004', `input.data.as_of 早于模拟平台当日 ${today}（只能向后预览）`);
  return asOf;
}

const lastDayOf = (m: string): string => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * This institution's ledger rows as core settlement records (storage form, read back with
 * `parseSettlementRecord`). A refund row is the core's reversal of the settlement; a row repeated
 * for one setl_id (2601 of a revoke re-applies it) gets a suffix so every record id is unique.
 */
export function institutionRecords(state: MockState, fixmedinsCode: string): SettlementRecord[] {
  const seen = new Map<string, number>();
  const out: SettlementRecord[] = [];
  for (const e of state.ledger) {
    if (e.fixmedins_code !== fixmedinsCode) continue;
    const rec = state.settlements.get(e.setl_id);
    if (!rec) continue;
    const n = (seen.get(e.setl_id) ?? 0) + 1;
    seen.set(e.setl_id, n);
    const settlement: Settlement = e.refd_setl_flag === '1' ? reverseSettlement(rec.settlement, rec.settlement.ytdAfter) : rec.settlement;
    const visit = state.visits.get(rec.mdtrt_id);
    if (!visit) continue;
    const lineIds = new Set(settlement.lines.map((l) => l.lineId));
    const items = rec.feeSns.map((sn) => visit.fees.get(sn)).filter((f) => !!f && lineIds.has(f.feedetl_sn)).map((f) => ({
      lineId: f!.feedetl_sn, itemCode: f!.med_list_codg, qty: new Dec(f!.cnt).abs().toFixed(), restricted: MOCK_RESTRICTED.has(f!.med_list_codg), indicationMet: false,
    }));
    const filing = filingsOf(state, rec.psn_no).filter((f) => f.mdtrtarea_admdvs.slice(0, 2) === visit.mdtrtarea_admvs.slice(0, 2) && f.enddate)
      .map((f) => f.enddate as string).sort().at(-1) ?? null;
    const parsed = parseSettlementRecord({
      format: 'yibao.settlement-record', version: 1,
      setlId: n === 1 ? e.setl_id : `${e.setl_id}-${n}`, settledOn: e.date, fixmedinsCode, insutype: rec.insutype, clrType: rec.clr_type,
      insuplcAdmdvs: visit.insuplc_admdvs, mdtrtareaAdmvs: visit.mdtrtarea_admvs,
      psnRef: psnRefOf(state.seed, rec.psn_no), filingValidTo: filing, items, settlement: toStoredSettlement(settlement),
    });
    if (!parsed.ok) throw parsed.error;
    out.push(parsed.value);
  }
  return out;
}

function limitsOf(): Record<string, ItemLimit> {
  return Object.fromEntries(Object.entries(MOCK_ITEM_LIMITS).map(([k, v]) => [k, {
    ...(v.maxQty ? { maxQty: new Dec(v.maxQty) } : {}), ...(v.maxAmount ? { maxAmount: new Dec(v.maxAmount) } : {}),
  }]));
}

const fen = (d: Dec): number => d.toNumber();
const groupOut = (g: DeclarationGroup) => ({
  count: g.count, settlements: g.settlements, reversals: g.reversals,
  totals: Object.fromEntries(DECLARED_AMOUNTS.map((k) => [k, fen(g.totals[k])])),
});
const groupsOut = (m: Readonly<Record<string, DeclarationGroup>>) => Object.fromEntries(Object.entries(m).map(([k, g]) => [k, groupOut(g as DeclarationGroup)]));
function declarationOut(d: MonthlyDeclaration) {
  const part = (p: MonthlyDeclaration['instant']) => ({
    all: groupOut(p.all), by_med_type: groupsOut(p.byMedType as Record<string, DeclarationGroup>), by_clr_type: groupsOut(p.byClearingType), by_insutype: groupsOut(p.byInsutype),
  });
  return { month: d.month, fixmedins_code: d.fixmedinsCode, instant: part(d.instant), cross_province: part(d.crossProvince), total: groupOut(d.total) };
}

interface MonthView {
  month: string;
  status: MonthStatus;
  asOf: string;
  deadline: string;
  /** null when the calendar lacks a year the count reaches (`calendarMissing`): never a guess. */
  schedule: ReturnType<typeof settlementSchedule> | null;
  calendarMissing: string | null;
  declaredOn: string | null;
  declaredBy: 'INSTITUTION' | 'AUTO' | null;
  auditClosesOn: string | null;
  paidOn: string | null;
  scenario: Scenario;
}

/** The calendar year a POLICY_INCOMPLETE names (`calendar.2027`), or the error again. */
function missingYear(e: unknown): string {
  const path = (e as { code?: string; path?: string }).code === 'POLICY_INCOMPLETE' ? (e as { path?: string }).path ?? '' : '';
  const m = /^calendar\.(\d{4})$/.exec(path);
  if (!m) throw e;
  return m[1]!;
}

/** Where a month stands on `day` (the state machine of the file header). */
function monthView(state: MockState, code: string, m: string, day: string): MonthView {
  const deadline = declarationDeadline(m);
  let schedule: MonthView['schedule'] = null;
  let calendarMissing: string | null = null;
  try {
    schedule = settlementSchedule(m);
  } catch (e) {
    calendarMissing = missingYear(e);
  }
  const mem = memoryOf(state);
  const submitted = mem.declared.get(`${code}|${m}`) ?? null;
  const scenario = mem.scenarios.get(`${code}|${m}`) ?? { lateWorkingDays: 0, paused: false };
  const auditClosesOn = schedule ? addWorkingDays(deadline, AUDIT_WORKING_DAYS) : null;
  const paidOn = !schedule ? null : scenario.lateWorkingDays > 0 ? addWorkingDays(schedule.paymentDueDate, scenario.lateWorkingDays) : schedule.paymentDueDate;
  let declaredOn: string | null = submitted && submitted <= day ? submitted : null;
  let declaredBy: MonthView['declaredBy'] = declaredOn ? 'INSTITUTION' : null;
  // SYNTHETIC: a month nobody declared is declared for the institution on the deadline.
  if (!declaredOn && day > deadline) [declaredOn, declaredBy] = [deadline, 'AUTO'];
  let status: MonthStatus = day <= lastDayOf(m) ? 'SETTLING' : 'SETTLED';
  if (status === 'SETTLED' && declaredOn) status = 'DECLARED';
  if (status === 'DECLARED' && auditClosesOn && day >= auditClosesOn) status = 'AUDITED';
  if (status === 'AUDITED') status = scenario.paused ? 'PAUSED' : paidOn && day >= paidOn ? 'PAID' : 'AUDITED';
  return { month: m, status, asOf: day, deadline, schedule, calendarMissing, declaredOn, declaredBy, auditClosesOn, paidOn, scenario };
}

const auditOf = (records: readonly SettlementRecord[], state: MockState, share: string): AuditResult =>
  auditSettlements(records, { sampleShare: new Dec(share), seed: state.seed >>> 0, limits: limitsOf() });

/** Working days from the day after `day` to `target` included; 0 once reached; null when the calendar lacks a year. */
const workingDaysLeft = (day: string, target: string | null): number | null => {
  if (target === null) return null;
  if (day >= target) return 0;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  try {
    return countWorkingDays(new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10), target);
  } catch (e) {
    missingYear(e);
    return null;
  }
};

function deductionsOf(v: MonthView, audit: AuditResult) {
  const audited = v.status === 'AUDITED' || v.status === 'PAID' || v.status === 'PAUSED';
  // SYNTHETIC: the mock's reviewer upholds every finding once the audit has closed.
  return monthlyDeductions(v.month, audit.findings, audited ? audit.findings.map((f) => ({ setlId: f.setlId, ruleId: f.ruleId, lineId: f.lineId, upheld: true })) : []);
}

function paymentOut(v: MonthView, decl: MonthlyDeclaration, deducted: Dec) {
  const t = decl.total.totals;
  const gross = t.fundPaySumamt.plus(t.acctPay).plus(t.acctMulaidPay);
  const paid = v.status === 'PAID';
  const check = paid && v.paidOn ? checkPayment(v.month, v.paidOn) : null;
  const due = v.schedule?.paymentDueDate ?? null;
  return {
    status: v.status, as_of: v.asOf, due_date: due, working_days_to_due: workingDaysLeft(v.asOf, due), calendar_missing: v.calendarMissing,
    paid_on: paid ? v.paidOn : null, expected_on: v.scenario.paused ? null : v.paidOn, on_time: check ? check.onTime : null,
    working_days_late: check ? check.workingDaysLate : null, paused: v.scenario.paused,
    gross_payable: fen(gross), deductions: fen(deducted), net_payable: fen(gross.minus(deducted)),
  };
}

function monthOut(v: MonthView) {
  const s = v.schedule;
  return {
    month: v.month, status: v.status, as_of: v.asOf, settling_until: lastDayOf(v.month), declaration_deadline: v.deadline,
    deadline_kind: s?.deadlineKind ?? null, working_days_to_deadline: workingDaysLeft(v.asOf, v.deadline), declared_on: v.declaredOn,
    declared_by: v.declaredBy, audit_closes_on: v.auditClosesOn, payment_due_date: s?.paymentDueDate ?? null,
    working_days_to_due: workingDaysLeft(v.asOf, s?.paymentDueDate ?? null), aim_by: s?.aimBy ?? null, calendar_missing: v.calendarMissing,
    calendar_notices: s?.calendarNotices ?? [], params: s ? s.params.map((p) => ({ name: p.name, value: p.value, doc_no: p.docNo, status: p.status })) : [],
  };
}

/** The ledger rows of a month, as the detail lines a clerk checks (no names, no ID numbers). */
const detailRows = (rows: readonly LedgerEntry[]) => rows.map((e) => ({
  setl_id: e.setl_id, mdtrt_id: e.mdtrt_id, psn_no: e.psn_no, date: e.date, refd_setl_flag: e.refd_setl_flag, insutype: e.insutype, clr_type: e.clr_type,
  setl_optins: e.setl_optins, medfee_sumamt: fen(e.medfee_sumamt), fund_pay_sumamt: fen(e.fund_pay_sumamt), acct_pay: fen(e.acct_pay), psn_cash_pay: fen(e.psn_cash_pay),
  funds: Object.fromEntries(Object.entries(e.funds).map(([k, d]) => [k, fen(d)])),
}));

interface MonthInput { month?: string | null; as_of?: string | null; submit?: string | null }

/** MX5531 月度申报 (extension): one month's declaration (core accumulator), or the list of months. */
export const monthlyDeclaration: TxDef = {
  infno: 'MX5531', name: '月度申报', signIn: true, extension: true,
  schema: z.looseObject({ data: z.looseObject({ month: optMonth(), as_of: z.optional(z.nullable(date())), submit: z.optional(z.nullable(code(['0', '1']))) }) }),
  run(ctx, input: { data: MonthInput }) {
    const d = input.data;
    const inst = ctx.env.fixmedins_code;
    const day = viewDay(ctx, d.as_of);
    const warn = EXT_WARN('月度申报', 'MX5531');
    if (!d.month) {
      const counts = new Map<string, number>();
      for (const e of ctx.state.ledger) if (e.fixmedins_code === inst) counts.set(e.date.slice(0, 7), (counts.get(e.date.slice(0, 7)) ?? 0) + 1);
      const months = [...counts].sort(([a], [b]) => (a < b ? 1 : -1)).map(([m, rows]) => ({ ...monthOut(monthView(ctx.state, inst, m, day)), ledger_rows: rows }));
      return { output: { as_of: day, months }, warn };
    }
    const m = d.month;
    if (d.submit === '1') {
      const v = monthView(ctx.state, inst, m, formatDate(ctx.now));
      if (v.status === 'SETTLING') fail('MOCK-E004', `input.data.month ${m} 尚未结束，次月1日起方可申报`);
      if (v.status === 'SETTLED') memoryOf(ctx.state).declared.set(`${inst}|${m}`, formatDate(ctx.now));
    }
    const acc = createDeclarationAccumulator(m, { fixmedinsCode: inst });
    for (const r of institutionRecords(ctx.state, inst)) acc.add(r);
    const decl = acc.result();
    const rows = ctx.state.ledger.filter((e) => e.fixmedins_code === inst && e.date.slice(0, 7) === m);
    return { output: { monthinfo: monthOut(monthView(ctx.state, inst, m, day)), declaration: declarationOut(decl), details: detailRows(rows) }, warn };
  },
};

/** MX5532 智能审核结果 (extension): findings, review queue with a seeded sample, the month's deductions. */
export const auditResults: TxDef = {
  infno: 'MX5532', name: '智能审核结果', signIn: true, extension: true,
  schema: z.looseObject({
    data: z.looseObject({ month: month(), as_of: z.optional(z.nullable(date())), sample_share: z.optional(z.nullable(z.string().check(z.regex(/^(0(\.\d{1,4})?|1(\.0{1,4})?)$/)))) }),
  }),
  run(ctx, input: { data: { month: string; as_of?: string | null; sample_share?: string | null } }) {
    const d = input.data;
    const inst = ctx.env.fixmedins_code;
    const v = monthView(ctx.state, inst, d.month, viewDay(ctx, d.as_of));
    const records = institutionRecords(ctx.state, inst).filter((r) => r.settledOn.slice(0, 7) === d.month);
    const audit = auditOf(records, ctx.state, d.sample_share ?? DEFAULT_SAMPLE_SHARE);
    const ded = deductionsOf(v, audit);
    return {
      output: {
        auditinfo: {
          month: d.month, status: v.status, audit_closes_on: v.auditClosesOn, checked: audit.checked, seed: audit.seed, sample_share: audit.sampleShare,
          flagged: audit.flagged, sampled: audit.sampled,
          review_queue: audit.reviewQueue.map((q) => ({ setl_id: q.setlId, why: q.why, rule_ids: q.ruleIds })),
          findings: audit.findings.map((f) => ({
            setl_id: f.setlId, rule_id: f.ruleId, line_id: f.lineId, item_code: f.itemCode, reason_zh: f.reason.zh, reason_en: f.reason.en,
            amount_at_stake: fen(f.amountAtStake), evidence: f.evidence,
          })),
        },
        deductioninfo: {
          final: v.status === 'AUDITED' || v.status === 'PAID' || v.status === 'PAUSED', total: fen(ded.total), cleared: ded.cleared, pending: ded.pending.length,
          deductions: ded.deductions.map((x) => ({ setl_id: x.setlId, rule_id: x.ruleId, line_id: x.lineId, reason_zh: x.reason.zh, reason_en: x.reason.en, amount: fen(x.amount) })),
        },
      },
      warn: EXT_WARN('智能审核结果', 'MX5532'),
    };
  },
};

/** MX5533 拨付状态 (extension): schedule and payment of one month, net of the month's deductions. */
export const paymentStatus: TxDef = {
  infno: 'MX5533', name: '拨付状态', signIn: true, extension: true,
  schema: z.looseObject({ data: z.looseObject({ month: month(), as_of: z.optional(z.nullable(date())) }) }),
  run(ctx, input: { data: { month: string; as_of?: string | null } }) {
    const d = input.data;
    const inst = ctx.env.fixmedins_code;
    const v = monthView(ctx.state, inst, d.month, viewDay(ctx, d.as_of));
    const records = institutionRecords(ctx.state, inst).filter((r) => r.settledOn.slice(0, 7) === d.month);
    const ded = deductionsOf(v, auditOf(records, ctx.state, DEFAULT_SAMPLE_SHARE));
    const decl = buildDeclaration(records, d.month, { fixmedinsCode: inst });
    return { output: { monthinfo: monthOut(v), payinfo: paymentOut(v, decl, ded.total) }, warn: EXT_WARN('拨付状态', 'MX5533') };
  },
};

/**
 * SYNTHETIC history of the institution for prepayment sizing: fund payments of the three years
 * before `year` (seeded by the mock's seed and the institution code) and the pooling fund's state.
 */
function prepaymentHistory(seed: number, code: string, year: number) {
  let h = seed >>> 0;
  for (const ch of code) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  const rnd = mulberry32(h);
  const years = [3, 2, 1].map((k) => ({ year: year - k, fundPaid: new Dec(Math.floor(600_000_00 + rnd() * 600_000_00)).div(100), months: 12 }));
  return { years, fund: { fund: 'EMPLOYEE' as const, accumulatedBalance: new Dec('1800000000.00'), averageMonthlyPayment: new Dec('120000000.00'), deficitLastYear: false, deficitProjected: false } };
}

/** MX5534 预付金 (extension): sizing, fund and institution conditions, where the balance stands. */
export const prepaymentStatus: TxDef = {
  infno: 'MX5534', name: '预付金', signIn: true, extension: true,
  schema: z.looseObject({ data: z.looseObject({ year: z.optional(z.nullable(z.string().check(z.regex(/^20\d\d$/)))), as_of: z.optional(z.nullable(date())) }) }),
  run(ctx, input: { data: { year?: string | null; as_of?: string | null } }) {
    const day = viewDay(ctx, input.data.as_of);
    const year = Number(input.data.year ?? day.slice(0, 4));
    const inst = ctx.env.fixmedins_code;
    const hist = prepaymentHistory(ctx.state.seed, inst, year);
    const size = sizePrepayment(hist.years, year);
    const fund = checkFundConditions(hist.fund);
    const own = checkInstitutionConditions({ settlementYearsUnderAgreement: 5, suspendedOrTerminatedLastYear: false, financesSound: true, repaidLastPrepayment: true });
    const eligible = fund.eligible && own.eligible;
    const advanced = eligible ? size.amount : new Dec(0);
    // Settlements of the year paid so far (months PAID by `day`) are what a year-end offset could take.
    const months = new Set(ctx.state.ledger.filter((e) => e.fixmedins_code === inst && e.date.startsWith(String(year))).map((e) => e.date.slice(0, 7)));
    let paidSoFar = new Dec(0);
    const records = institutionRecords(ctx.state, inst);
    for (const m of months) {
      const v = monthView(ctx.state, inst, m, day);
      if (v.status !== 'PAID') continue;
      const ofMonth = records.filter((r) => r.settledOn.slice(0, 7) === m);
      const t = buildDeclaration(ofMonth, m, { fixmedinsCode: inst }).total.totals;
      paidSoFar = paidSoFar.plus(t.fundPaySumamt).plus(t.acctPay).plus(t.acctMulaidPay).minus(deductionsOf(v, auditOf(ofMonth, ctx.state, DEFAULT_SAMPLE_SHARE)).total);
    }
    const yearEnd = settlePrepaymentAtYearEnd({ advanced, repaid: new Dec(0), settlementsDue: Dec.max(paidSoFar, 0) });
    return {
      output: {
        prepayinfo: {
          year, as_of: day, eligible, advanced: fen(advanced), repaid: 0, outstanding: fen(advanced),
          monthly_average: fen(size.monthlyAverage), size_months: size.sizeMonths, years_used: size.yearsUsed, formula: size.formula,
          history: hist.years.map((y) => ({ year: y.year, fund_paid: fen(y.fundPaid), months: y.months, status: 'SYNTHETIC' })),
          fund_conditions: { eligible: fund.eligible, months_of_balance: fund.monthsOfBalance.toFixed(2), required_months: fund.requiredMonths, failures: fund.failures },
          institution_conditions: own,
          year_end_preview: {
            settlements_due: fen(Dec.max(paidSoFar, 0)), offset_against_settlements: fen(yearEnd.offsetAgainstSettlements), unrecovered: fen(yearEnd.unrecovered),
            stop_settlement_payments: yearEnd.stopSettlementPayments,
          },
          sources: ['医保办函〔2024〕101号 (R-19, VERIFIED)', 'history and fund state SYNTHETIC (mock)'],
        },
      },
      warn: EXT_WARN('预付金', 'MX5534'),
    };
  },
};

/** MX5535 沙盒情景 (extension, sandbox control): a month's payment arrives late, or is paused (risk warning). */
export const institutionScenario: TxDef = {
  infno: 'MX5535', name: '沙盒情景', signIn: true, extension: true,
  schema: z.looseObject({
    data: z.looseObject({
      month: month(), payment_late_working_days: z.optional(z.nullable(z.number().check(z.int(), z.minimum(0), z.maximum(60)))),
      payment_paused: z.optional(z.nullable(code(['0', '1']))),
    }),
  }),
  run(ctx, input: { data: { month: string; payment_late_working_days?: number | null; payment_paused?: string | null } }) {
    const d = input.data;
    const s: Scenario = { lateWorkingDays: d.payment_late_working_days ?? 0, paused: d.payment_paused === '1' };
    memoryOf(ctx.state).scenarios.set(`${ctx.env.fixmedins_code}|${d.month}`, s);
    return { output: { scenario: { month: d.month, payment_late_working_days: s.lateWorkingDays, payment_paused: s.paused } }, warn: EXT_WARN('沙盒情景', 'MX5535') };
  },
};

const maskCertno = (c: string): string => (c.length > 8 ? `${c.slice(0, 4)}${'*'.repeat(c.length - 8)}${c.slice(-4)}` : '****');

/**
 * MX5536 异地清分汇总 (extension): the month's cross-province rows of this institution in the shape of
 * 3260 提取异地清分明细 (platform-api §4.16, single source: only its input is trustworthy), pages of
 * 100 from `startrow`, plus a summary by insured province. `certno` is masked (the back office needs no
 * full ID number); `optins_pay_sumamt` is read as the fund payment the insured province clears.
 */
export const clearingSummary: TxDef = {
  infno: 'MX5536', name: '异地清分汇总', signIn: true, extension: true,
  schema: z.looseObject({
    data: z.looseObject({ trt_year: z.string().check(z.regex(/^20\d\d$/)), trt_month: z.string().check(z.regex(/^(0?[1-9]|1[0-2])$/)), startrow: z.optional(z.nullable(z.union([z.number().check(z.int(), z.minimum(0)), z.string().check(z.regex(/^\d{1,6}$/))]))) }),
  }),
  run(ctx, input: { data: { trt_year: string; trt_month: string; startrow?: number | string | null } }) {
    const d = input.data;
    const m = `${d.trt_year}-${d.trt_month.padStart(2, '0')}`;
    const inst = ctx.env.fixmedins_code;
    const rows = ctx.state.ledger.filter((e) => {
      const v = ctx.state.visits.get(e.mdtrt_id);
      return e.fixmedins_code === inst && e.date.slice(0, 7) === m && !!v && isCrossProvince(v.insuplc_admdvs, v.mdtrtarea_admvs);
    });
    const start = Number(d.startrow ?? 0);
    const summary = new Map<string, { rows: number; medfee: Dec; fund: Dec }>();
    const data = rows.map((e, i) => {
      const v = ctx.state.visits.get(e.mdtrt_id)!;
      const p = ctx.state.byPsnNo.get(e.psn_no);
      const prov = `${v.insuplc_admdvs.slice(0, 2)}0000`;
      const s = summary.get(prov) ?? { rows: 0, medfee: new Dec(0), fund: new Dec(0) };
      summary.set(prov, { rows: s.rows + 1, medfee: s.medfee.plus(e.medfee_sumamt), fund: s.fund.plus(e.fund_pay_sumamt) });
      return {
        seqno: i + 1, mdtrtarea: v.mdtrtarea_admvs, medins_no: inst, certno: p ? maskCertno(p.certno) : null, mdtrt_id: e.mdtrt_id,
        mdtrt_setl_time: ctx.state.settlements.get(e.setl_id)?.setl_time ?? e.date, setl_sn: e.setl_id, fulamt_advpay_flag: '0',
        medfee_sumamt: fen(e.medfee_sumamt), optins_pay_sumamt: fen(e.fund_pay_sumamt), insuplc_admdvs: v.insuplc_admdvs, refd_setl_flag: e.refd_setl_flag,
      };
    });
    return {
      output: {
        data: data.slice(start, start + 100), totalrow: data.length,
        summary: [...summary].sort(([a], [b]) => (a < b ? -1 : 1)).map(([prov, s]) => ({ insuplc_prov: prov, rows: s.rows, medfee_sumamt: fen(s.medfee), optins_pay_sumamt: fen(s.fund) })),
      },
      warn: EXT_WARN('异地清分汇总（3260 形状）', 'MX5536'),
    };
  },
};

