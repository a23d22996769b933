/**
 * Pre-settlement, settlement, revoke and re-apply on top of the core (platform-api §7.4, §7.6):
 * the core computes; this file only stores what the core returned.
 */
import {
  Dec, applyYtdDelta, emptyYearToDate, getPolicyPack, insuranceYearDateOf, insuranceYearStartOf, reverseSettlement, settle, toWireSettlement,
} from './coreBridge.ts';
import type { PolicySet, Settlement, YearToDate } from './coreBridge.ts';
import { ageYearsOn, buildClaim, buildPerson, careOf } from './buildCoreInputs.ts';
import type { ClaimParts } from './buildCoreInputs.ts';
import { verdictFailure } from './mapVerdict.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { InsuRow, Persona } from '../data/personas.ts';
import type { TxContext } from '../platform/types.ts';
import type { FeeRecord, LedgerEntry, MockState, SettlementRecord } from '../state/MockState.ts';
import { formatDate, formatDateTime } from '../util/chinaTime.ts';

export async function policyFor(row: InsuRow): Promise<PolicySet> {
  if (!row.policyPackId) fail('MOCK-E032', `insutype ${row.insutype} 无政策包`);
  return getPolicyPack(row.policyPackId);
}

/** The year-to-date accumulator for the insurance year of `date`, seeded on first use. */
export function ytdFor(state: MockState, persona: Persona, row: InsuRow, policy: PolicySet, date: string): { key: string; ytd: YearToDate } {
  const start = insuranceYearStartOf(date, policy);
  const key = `${persona.psn_no}|${row.insutype}|${start}`;
  let ytd = state.ytd.get(key);
  if (!ytd) {
    ytd = emptyYearToDate(start);
    const seed = persona.ytdSeed;
    if (seed && start === insuranceYearStartOf(state.today, policy)) {
      if (seed.outpatientDeductibleUsed) ytd = { ...ytd, outpatientDeductibleUsed: new Dec(seed.outpatientDeductibleUsed) };
      if (seed.majorIllnessBelowDeductibleBy && policy.majorIllness) {
        ytd = { ...ytd, majorIllnessBase: policy.majorIllness.deductible.minus(seed.majorIllnessBelowDeductibleBy) };
      }
      if (seed.chronicFundPaidByDisease) {
        // DF-18: fund already paid this year per 门诊慢特病 disease (also counted in basicFundPaid.chronic).
        const byDisease = Object.fromEntries(Object.entries(seed.chronicFundPaidByDisease).map(([k, v]) => [k, new Dec(v)]));
        const total = Object.values(byDisease).reduce((a, b) => a.plus(b), new Dec(0));
        ytd = { ...ytd, chronicFundPaidByDisease: byDisease, basicFundPaid: { ...ytd.basicFundPaid, chronic: total } };
      }
    }
    state.ytd.set(key, ytd);
  }
  return { key, ytd };
}

export interface Computed {
  settlement: Settlement;
  ytdKey: string;
  clrType: string;
  wire: ReturnType<typeof toWireSettlement>;
}

/** Runs the core (S-0 … S-9) without changing anything; a non-settling verdict throws. */
export async function computeSettlement(
  ctx: TxContext, persona: Persona, row: InsuRow, parts: Omit<ClaimParts, 'settlementTime' | 'insuplcAdmdvs'>,
): Promise<Computed> {
  const policy = await policyFor(row);
  const claim = buildClaim({ ...parts, insuplcAdmdvs: row.insuplc_admdvs, settlementTime: new Date(ctx.now).toISOString() });
  // The accumulators of the insurance year the core settles in (a stay: its discharge year, DF-6).
  const { key, ytd } = ytdFor(ctx.state, persona, row, policy, insuranceYearDateOf(claim, policy));
  const person = buildPerson(ctx.state, persona, row, parts.admissionDate ?? parts.serviceDate ?? formatDate(ctx.now));
  const { verdict, settlement } = settle({ person, claim, ytd, policy });
  if (!verdict.settles || !settlement) throw verdictFailure(verdict);
  return { settlement, ytdKey: key, clrType: careOf(parts.medType).clrType, wire: toWireSettlement(settlement) };
}

/** Clearing agency: the treatment place's pool (`xxyy99`, as `131199` in a recorded 2207). */
export const clrOptinsOf = (mdtrtareaAdmvs: string): string => `${mdtrtareaAdmvs.slice(0, 4)}99`;

export interface OutputParts {
  persona: Persona;
  row: InsuRow;
  mdtrtId: string;
  setlId: string | null;
  setlTime: string | null;
  mdtrtCertType: string;
  medType: string;
  clrType: string;
  clrOptins: string | null;
  msgid: string;
  amounts: Readonly<Record<string, number | string | null>> | object;
  setldetail: unknown[];
  pharmacy?: boolean;
}

/** setlinfo with the envelope-level and person fields around the core's amounts (§4.9). */
export function settlementOutput(p: OutputParts, date: string): Record<string, unknown> {
  const { persona, row } = p;
  const setlinfo: Record<string, unknown> = {
    mdtrt_id: p.mdtrtId, setl_id: p.setlId, psn_no: persona.psn_no, psn_name: persona.psn_name, psn_cert_type: persona.psn_cert_type,
    certno: persona.certno, gend: persona.gend, naty: persona.naty, brdy: persona.brdy,
    age: ageYearsOn(persona.brdy, date),
    insutype: row.insutype, psn_type: row.psn_type, cvlserv_flag: row.cvlserv_flag, setl_time: p.setlTime,
    mdtrt_cert_type: p.mdtrtCertType, med_type: p.medType, ...p.amounts,
    medins_setl_id: p.msgid, clr_optins: p.clrOptins, clr_way: p.setlId ? '1' : null,
    // Recorded 2206 / 2303 replies carry clr_type ("11" / "21") although clr_way and clr_optins are null.
    clr_type: p.clrType,
  };
  if (p.pharmacy) delete setlinfo.hosp_part_amt;
  return { setlinfo, setldetail: p.setldetail };
}

function ledgerEntry(rec: SettlementRecord, s: Settlement, date: string, refund: boolean): LedgerEntry {
  const funds: Record<string, Dec> = {};
  for (const f of s.funds) funds[f.fundPayType] = (funds[f.fundPayType] ?? new Dec(0)).plus(f.fundPayamt);
  return {
    setl_id: rec.setl_id, mdtrt_id: rec.mdtrt_id, psn_no: rec.psn_no, msgid: rec.msgid, fixmedins_code: rec.fixmedins_code,
    insutype: rec.insutype, clr_type: rec.clr_type, setl_optins: rec.clr_optins, date, refd_setl_flag: refund ? '1' : '0',
    medfee_sumamt: s.amounts.medfeeSumamt, fund_pay_sumamt: s.amounts.fundPaySumamt, acct_pay: s.amounts.acctPay,
    psn_cash_pay: s.amounts.psnCashPay, funds,
  };
}

export interface CommitParts {
  persona: Persona;
  row: InsuRow;
  computed: Computed;
  mdtrtId: string;
  mdtrtCertType: string;
  medType: string;
  mdtrtareaAdmvs: string;
  chrgBchno: string | null;
  fees: readonly FeeRecord[];
  pharmacy?: boolean;
}

/**
 * The settlement as kept in the store: every field but the explained waterfall, which the core
 * formats lazily and whose closure would keep the whole computation alive per stored settlement.
 */
function storable(s: Settlement): Settlement {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(s)) if (k !== 'steps') out[k] = (s as unknown as Record<string, unknown>)[k];
  out.steps = [];
  return out as unknown as Settlement;
}

/** Commits a computed settlement: accumulators, balance, fee lines, ledger, 2601 effect. */
export function commitSettlement(ctx: TxContext, p: CommitParts): { record: SettlementRecord; output: Record<string, unknown> } {
  const { state } = ctx;
  const s = p.computed.settlement;
  const setlId = ctx.ids.setlId();
  const setlTime = formatDateTime(ctx.now);
  const clrOptins = clrOptinsOf(p.mdtrtareaAdmvs);
  const output = settlementOutput({
    persona: p.persona, row: p.row, mdtrtId: p.mdtrtId, setlId, setlTime, mdtrtCertType: p.mdtrtCertType, medType: p.medType,
    clrType: p.computed.clrType, clrOptins, msgid: ctx.msgid, amounts: p.computed.wire.setlinfo, setldetail: p.computed.wire.setldetail,
    pharmacy: p.pharmacy ?? false,
  }, formatDate(ctx.now));
  const record: SettlementRecord = {
    setl_id: setlId, mdtrt_id: p.mdtrtId, psn_no: p.persona.psn_no, insutype: p.row.insutype, fixmedins_code: ctx.env.fixmedins_code,
    clr_type: p.computed.clrType, clr_way: '1', clr_optins: clrOptins, setl_time: setlTime, msgid: ctx.msgid, infno: ctx.infno,
    chrg_bchno: p.chrgBchno, feeSns: p.fees.map((f) => f.feedetl_sn), settlement: storable(s), ytdKey: p.computed.ytdKey, status: 'ACTIVE',
    mdtrt_cert_type: p.mdtrtCertType, med_type: p.medType,
  };
  state.settlements.set(setlId, record);
  state.ytd.set(p.computed.ytdKey, s.ytdAfter);
  state.balances.set(`${p.persona.psn_no}|${p.row.insutype}`, s.amounts.balc.toString());
  for (const f of p.fees) f.settledBy = setlId;
  state.ledger.push(ledgerEntry(record, s, formatDate(ctx.now), false));
  ctx.setEffect({ kind: 'SETTLE', setl_id: setlId });
  return { record, output };
}

/**
 * Undoes an active settlement with the core's reversal (2208/2305/2103 revoke, or 2601):
 * accumulators restored, balance given back, fee lines released, a negative ledger row.
 */
export function undoSettlement(ctx: TxContext, rec: SettlementRecord, how: 'REVOKED' | 'REVERSED'): { reversal: Settlement; balc: Dec } {
  const { state } = ctx;
  if (rec.status !== 'ACTIVE') fail('MOCK-E042', rec.status === 'REVERSED' ? '已冲正' : '已撤销');
  const ytdNow = state.ytd.get(rec.ytdKey)!;
  const reversal = reverseSettlement(rec.settlement, ytdNow);
  const balKey = `${rec.psn_no}|${rec.insutype}`;
  const balc = new Dec(state.balances.get(balKey) ?? '0').plus(rec.settlement.amounts.acctPay);
  state.ytd.set(rec.ytdKey, reversal.ytdAfter);
  state.balances.set(balKey, balc.toString());
  const visit = state.visits.get(rec.mdtrt_id);
  for (const sn of rec.feeSns) {
    const f = visit?.fees.get(sn);
    if (f && f.settledBy === rec.setl_id) f.settledBy = null;
  }
  rec.status = how;
  state.ledger.push(ledgerEntry(rec, reversal, formatDate(ctx.now), true));
  return { reversal, balc };
}

/** 2601 of a revoke: the settlement becomes active again (the core re-applies its YTD delta). */
export function reapplySettlement(ctx: TxContext, rec: SettlementRecord): void {
  const { state } = ctx;
  if (rec.status !== 'REVOKED') fail('MOCK-E061', '结算不处于撤销状态');
  const visit = state.visits.get(rec.mdtrt_id);
  const fees = rec.feeSns.map((sn) => visit?.fees.get(sn));
  if (fees.some((f) => !f || f.settledBy !== null)) fail('MOCK-E061', '费用明细已被再次结算或删除');
  const ytdNow = state.ytd.get(rec.ytdKey)!;
  const balKey = `${rec.psn_no}|${rec.insutype}`;
  state.ytd.set(rec.ytdKey, applyYtdDelta(ytdNow, rec.settlement.ytdDelta, 1));
  state.balances.set(balKey, new Dec(state.balances.get(balKey) ?? '0').minus(rec.settlement.amounts.acctPay).toString());
  for (const f of fees) f!.settledBy = rec.setl_id;
  rec.status = 'ACTIVE';
  state.ledger.push(ledgerEntry(rec, rec.settlement, formatDate(ctx.now), false));
}
