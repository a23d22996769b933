/**
 * Pre-settlement / settlement / revoke for outpatient (2206/2207/2208), inpatient (2303/2304/2305)
 * and pharmacy (2101/2102/2103). Pre-settlement computes without committing; settlement commits;
 * revokes restore the accumulators (platform-api §4.8–§4.12, §7.4).
 */
import * as z from 'zod/mini';
import { arrayOrOne, code, dateTime, decStr, money, optDateTime, optMoney, optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxContext, TxDef } from '../platform/types.ts';
import type { FeeRecord, VisitRecord } from '../state/MockState.ts';
import { findInstitution } from '../data/institutions.ts';
import { Dec, toWireSettlement } from '../settlement/coreBridge.ts';
import { toFeeLine } from '../settlement/buildCoreInputs.ts';
import { commitSettlement, computeSettlement, settlementOutput, undoSettlement } from '../settlement/settlementEngine.ts';
import type { Computed } from '../settlement/settlementEngine.ts';
import { formatDate, formatDateTime } from '../util/chinaTime.ts';
import { insuRowOrFail, personaOrFail, settlementOrFail, visitOrFail } from './lookup.ts';
import { feeDetailSchema, checkLineAmount, splitRows, toFeeRecord } from './feeLines.ts';
import type { FeeDetailInput } from './feeLines.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

const CERT = code(['01', '02', '03']);
type Amount = number | string;

interface SettleData {
  psn_no: string; mdtrt_cert_type: string; mdtrt_cert_no: string; med_type?: string; medfee_sumamt: Amount; psn_setlway: string;
  mdtrt_id: string; chrg_bchno?: string; acct_used_flag?: string | null; insutype: string; invono?: string | null;
  mid_setl_flag?: string; fulamt_ownpay_amt?: Amount | null; overlmt_selfpay?: Amount | null; preselfpay_amt?: Amount | null;
  inscp_scp_amt?: Amount | null;
}

const splitFields = (required: boolean) => ({
  fulamt_ownpay_amt: required ? money() : optMoney(), overlmt_selfpay: required ? money() : optMoney(),
  preselfpay_amt: required ? money() : optMoney(), inscp_scp_amt: required ? money() : optMoney(),
});

const outpatientData = (settling: boolean) => z.looseObject({
  psn_no: str(30), mdtrt_cert_type: CERT, mdtrt_cert_no: str(50), med_type: z.string().check(z.minLength(2), z.maxLength(6)),
  medfee_sumamt: money(), psn_setlway: str(6), mdtrt_id: str(30), chrg_bchno: str(30), acct_used_flag: code(['0', '1']),
  insutype: str(6), invono: optStr(20), ...(settling ? splitFields(true) : {}),
});

const inpatientData = (pre: boolean) => z.looseObject({
  psn_no: str(30), mdtrt_cert_type: CERT, mdtrt_cert_no: str(50), medfee_sumamt: money(), psn_setlway: str(6), mdtrt_id: str(30),
  acct_used_flag: z.optional(z.nullable(code(['0', '1']))), insutype: str(6), invono: optStr(20), mid_setl_flag: code(['0', '1']),
  ...splitFields(pre),
});

/** Checks medfee_sumamt against the lines (E043) and, when settling, the four split amounts (E041). */
function checkAmounts(d: SettleData, fees: readonly FeeRecord[], computed: Computed | null): void {
  if (fees.length === 0) fail('MOCK-E043', '没有待结算的费用明细');
  const sum = fees.reduce((s, f) => s.plus(toFeeLine(f).amount), new Dec(0));
  if (!sum.eq(decStr(d.medfee_sumamt))) fail('MOCK-E043', `medfee_sumamt ${decStr(d.medfee_sumamt)} ≠ 明细合计 ${sum.toFixed(2)}`);
  if (!computed) return;
  const a = computed.settlement.amounts;
  const pairs: [keyof SettleData, Dec][] = [
    ['fulamt_ownpay_amt', a.fulamtOwnpayAmt], ['overlmt_selfpay', a.overlmtSelfpay], ['preselfpay_amt', a.preselfpayAmt], ['inscp_scp_amt', a.inscpScpAmt],
  ];
  for (const [k, v] of pairs) {
    const sent = d[k] as Amount | null | undefined;
    if (sent !== undefined && sent !== null && !v.eq(decStr(sent))) fail('MOCK-E041', String(k));
  }
}

function visitFees(v: VisitRecord, chrgBchno: string | null): FeeRecord[] {
  return [...v.fees.values()].filter((f) => f.settledBy === null && (chrgBchno === null || f.chrg_bchno === chrgBchno));
}

async function compute(ctx: TxContext, d: SettleData, v: VisitRecord, fees: readonly FeeRecord[], medType: string): Promise<{ computed: Computed; persona: ReturnType<typeof personaOrFail>; row: ReturnType<typeof insuRowOrFail> }> {
  const persona = personaOrFail(ctx, d.psn_no);
  const row = insuRowOrFail(ctx, persona, d.insutype);
  if (row.insutype !== v.insutype) fail('MOCK-E044', 'insutype 与就诊登记不一致');
  const inpatient = v.kind === 'INPATIENT';
  const computed = await computeSettlement(ctx, persona, row, {
    medType, emergency: v.emergency, mdtrtareaAdmvs: v.mdtrtarea_admvs, institution: findInstitution(v.fixmedins_code, v.mdtrtarea_admvs),
    acctUsed: d.acct_used_flag === '1', lines: fees,
    // the 门诊慢特病 code from 2203 (or the 2204 batch), for D-7 and the per-disease limit (DF-18).
    ...(v.dise_codg && !inpatient && medType.startsWith('14') ? { opspDiseaseCode: v.dise_codg } : {}),
    ...(inpatient
      ? { admissionDate: v.begntime.slice(0, 10), ...(v.endtime ? { dischargeDate: v.endtime.slice(0, 10) } : {}) }
      : { serviceDate: v.begntime.slice(0, 10) }),
  });
  return { computed, persona, row };
}

function preOutput(ctx: TxContext, d: SettleData, v: VisitRecord, r: Awaited<ReturnType<typeof compute>>, medType: string, pharmacy = false) {
  return settlementOutput({
    persona: r.persona, row: r.row, mdtrtId: v.mdtrt_id, setlId: null, setlTime: null, mdtrtCertType: d.mdtrt_cert_type, medType,
    clrType: r.computed.clrType, clrOptins: null, msgid: ctx.msgid, amounts: r.computed.wire.setlinfo, setldetail: r.computed.wire.setldetail,
    pharmacy,
  }, formatDate(ctx.now));
}

/** Revoke output (§4.10): the core's negated amounts, original setl_id, revoke time, balance restored. */
function revokeOutput(ctx: TxContext, setlId: string, pharmacy: boolean): Record<string, unknown> {
  const rec = ctx.state.settlements.get(setlId)!;
  const { reversal, balc } = undoSettlement(ctx, rec, 'REVOKED');
  ctx.setEffect({ kind: 'REVOKE', setl_id: setlId });
  const wire = toWireSettlement(reversal);
  const persona = personaOrFail(ctx, rec.psn_no);
  const row = persona.insuinfo.find((x) => x.insutype === rec.insutype)!;
  const out = settlementOutput({
    persona, row, mdtrtId: rec.mdtrt_id, setlId, setlTime: formatDateTime(ctx.now), mdtrtCertType: rec.mdtrt_cert_type,
    medType: rec.med_type, clrType: rec.clr_type, clrOptins: rec.clr_optins, msgid: ctx.msgid,
    amounts: { ...wire.setlinfo, balc: balc.toNumber() }, setldetail: wire.setldetail, pharmacy,
  }, formatDate(ctx.now));
  if (pharmacy) {
    // 2103 returns psn_pay / cash_payamt instead of psn_part_amt / psn_cash_pay (§4.10).
    const s = out.setlinfo as Record<string, unknown>;
    s.psn_pay = s.psn_part_amt;
    s.cash_payamt = s.psn_cash_pay;
    delete s.psn_part_amt;
    delete s.psn_cash_pay;
  }
  return out;
}

const revokeSchema = z.looseObject({ data: z.looseObject({ setl_id: str(30), mdtrt_id: str(30), psn_no: str(30), exp_content: optStr(4000) }) });

/** What a settling transaction settles: the visit, its unsettled lines (of one batch), the med_type. */
interface Target { visit: VisitRecord; fees: FeeRecord[]; medType: string; chrgBchno: string | null }
type Pick = (ctx: TxContext, d: SettleData) => Target;

/**
 * Pre-settlement (2206 / 2303, `commit` false): computes with the core, commits nothing.
 * Settlement (2207 / 2304, `commit` true): recomputes, checks the echoed split (MOCK-E041), commits.
 */
function settlementTx(infno: string, name: string, data: z.ZodMiniType, pick: Pick, commit: boolean): TxDef {
  return {
    infno, name, signIn: true, schema: z.looseObject({ data }),
    async run(ctx, input: { data: SettleData }) {
      const d = input.data;
      const t = pick(ctx, d);
      checkAmounts(d, t.fees, null);
      const r = await compute(ctx, d, t.visit, t.fees, t.medType);
      if (!commit) return { output: preOutput(ctx, d, t.visit, r, t.medType) };
      checkAmounts(d, t.fees, r.computed);
      const { output } = commitSettlement(ctx, {
        persona: r.persona, row: r.row, computed: r.computed, mdtrtId: t.visit.mdtrt_id, mdtrtCertType: d.mdtrt_cert_type,
        medType: t.medType, mdtrtareaAdmvs: t.visit.mdtrtarea_admvs, chrgBchno: t.chrgBchno, fees: t.fees,
      });
      return { output };
    },
  };
}

/** Revoke (2208 / 2305 / 2103) of a settlement made by one of `settledBy`. */
function revokeTx(infno: string, name: string, schema: TxDef['schema'], settledBy: readonly string[], pharmacy: boolean): TxDef {
  return {
    infno, name, signIn: true, schema,
    run(ctx, input: { data: { setl_id: string; mdtrt_id: string; psn_no: string } }) {
      const d = input.data;
      const rec = settlementOrFail(ctx, d.setl_id, d.mdtrt_id, d.psn_no);
      if (!settledBy.includes(rec.infno)) fail('MOCK-E040', `setl_id 不是 ${settledBy.join('/')} 的结算`);
      return { output: revokeOutput(ctx, d.setl_id, pharmacy) };
    },
  };
}

const outpatientTarget: Pick = (ctx, d) => {
  const visit = visitOrFail(ctx, d.mdtrt_id, d.psn_no);
  if (visit.kind !== 'OUTPATIENT' || visit.status !== 'OPEN') fail('MOCK-E044', '就诊不是有效的门诊就诊');
  return { visit, fees: visitFees(visit, d.chrg_bchno!), medType: d.med_type!, chrgBchno: d.chrg_bchno! };
};

const inpatientTarget: Pick = (ctx, d) => {
  const visit = visitOrFail(ctx, d.mdtrt_id, d.psn_no);
  if (visit.kind !== 'INPATIENT' || visit.status === 'CANCELLED') fail('MOCK-E044', '就诊不是有效的住院就诊');
  if (d.mid_setl_flag !== '1' && visit.status !== 'DISCHARGED') fail('MOCK-E044', '未办理出院（2402），中途结算请传 mid_setl_flag=1');
  return { visit, fees: visitFees(visit, null), medType: visit.med_type, chrgBchno: null };
};

/** 【2206 / 2206A】门诊预结算. */
export const preSettle2206 = settlementTx('2206', '门诊预结算', outpatientData(false), outpatientTarget, false);
export const preSettle2206A = settlementTx('2206A', '门诊预结算（A）', outpatientData(false), outpatientTarget, false);
/** 【2207 / 2207A】门诊结算. */
export const settle2207 = settlementTx('2207', '门诊结算', outpatientData(true), outpatientTarget, true);
export const settle2207A = settlementTx('2207A', '门诊结算（A）', outpatientData(true), outpatientTarget, true);
/** 【2208】门诊结算撤销 → negated setlinfo / setldetail. */
export const revoke2208 = revokeTx('2208', '门诊结算撤销', revokeSchema, ['2207', '2207A'], false);
/** 【2303】住院预结算. */
export const preSettle2303 = settlementTx('2303', '住院预结算', inpatientData(true), inpatientTarget, false);
/**
 * 【2303A】住院预结算（浙江 variant, REGIONAL): its fields are not in the reference, so it takes
 * 2303's input and answers 2303's output; Style A only (no known path).
 */
export const preSettle2303A: TxDef = { ...preSettle2303, infno: '2303A', name: '住院预结算（A）' };
/** 【2304】住院结算. */
export const settle2304 = settlementTx('2304', '住院结算', inpatientData(false), inpatientTarget, true);
/** 【2305】住院结算撤销. */
export const revoke2305 = revokeTx('2305', '住院结算撤销', revokeSchema, ['2304'], false);

// ---------------------------------------------------------------- pharmacy (single source, §4.11)

interface DrugInfo {
  psn_no: string; mdtrt_cert_type: string; mdtrt_cert_no: string; begntime: string; medfee_sumamt: Amount; insutype: string;
  acct_used_flag?: string | null; med_type: string;
}

const pharmacySchema = z.looseObject({
  druginfo: z.looseObject({
    psn_no: str(30), mdtrt_cert_type: CERT, mdtrt_cert_no: str(50), begntime: dateTime(), medfee_sumamt: money(), invono: optStr(20),
    insutype: str(6), dise_codg: optStr(30), dise_name: optStr(500), acct_used_flag: z.optional(z.nullable(code(['0', '1']))),
    med_type: z.string().check(z.minLength(2), z.maxLength(6)), psn_setlway: optStr(6), expContent: optStr(4000),
  }),
  drugdetail: arrayOrOne(z.array(z.looseObject({
    ...feeDetailSchema.shape, mdtrt_id: optStr(30), psn_no: optStr(30), bilg_dr_codg: optStr(30), bilg_dr_name: optStr(50),
    fee_ocur_time: optDateTime(),
  })).check(z.minLength(1))),
});

type DrugRow = FeeDetailInput & { fee_ocur_time?: string | null };

/** Builds a transient pharmacy visit (no 2201 for pharmacies) from druginfo + drugdetail. */
function pharmacyVisit(ctx: TxContext, info: DrugInfo, rows: readonly DrugRow[], mdtrtId: string): { visit: VisitRecord; fees: FeeRecord[] } {
  if (info.med_type !== '41') fail('MOCK-E031', `med_type ${safeDetail(info.med_type, 6)} 不是定点药店购药（41）`);
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.feedetl_sn)) fail('MOCK-E044', `input.drugdetail[${i}].feedetl_sn 费用明细流水号重复`);
    if (Number(r.cnt) < 0) fail('MOCK-E004', `input.drugdetail[${i}].cnt 不能为负`);
    checkLineAmount(r, `input.drugdetail[${i}]`);
    seen.add(r.feedetl_sn);
  });
  const fees = rows.map((r) => toFeeRecord({ ...r, fee_ocur_time: r.fee_ocur_time ?? info.begntime, mdtrt_id: mdtrtId, psn_no: info.psn_no }));
  const visit: VisitRecord = {
    mdtrt_id: mdtrtId, kind: 'PHARMACY', psn_no: info.psn_no, insutype: info.insutype, insuplc_admdvs: ctx.env.insuplc_admdvs ?? '',
    fixmedins_code: ctx.env.fixmedins_code, mdtrtarea_admvs: ctx.env.mdtrtarea_admvs, med_type: '41', begntime: info.begntime,
    endtime: null, mdtrt_cert_type: info.mdtrt_cert_type, mdtrt_cert_no: info.mdtrt_cert_no, ipt_otp_no: ctx.msgid, status: 'OPEN',
    emergency: false, dise_codg: null, fees: new Map(fees.map((f) => [f.feedetl_sn, f])), msgid: ctx.msgid,
  };
  return { visit, fees };
}

async function pharmacyRun(ctx: TxContext, input: { druginfo: DrugInfo; drugdetail: DrugRow[] }, commit: boolean) {
  const info = input.druginfo;
  const mdtrtId = commit ? ctx.ids.mdtrtId() : '';
  const { visit, fees } = pharmacyVisit(ctx, info, input.drugdetail, mdtrtId);
  const d: SettleData = { ...info, mdtrt_id: mdtrtId, psn_setlway: '01' };
  checkAmounts(d, fees, null);
  const r = await compute(ctx, d, visit, fees, '41');
  const detlcutinfo = splitRows(fees, r.computed.wire.result as unknown as Record<string, unknown>[]);
  if (!commit) return { output: { ...preOutput(ctx, d, { ...visit, mdtrt_id: null as unknown as string }, r, '41', true), detlcutinfo } };
  ctx.state.visits.set(mdtrtId, visit);
  const { output } = commitSettlement(ctx, {
    persona: r.persona, row: r.row, computed: r.computed, mdtrtId, mdtrtCertType: info.mdtrt_cert_type, medType: '41',
    mdtrtareaAdmvs: visit.mdtrtarea_admvs, chrgBchno: null, fees, pharmacy: true,
  });
  return { output: { ...output, detlcutinfo } };
}

/** 【2101】药店预结算 (single source; mdtrt_id null until 2102). */
export const preSettle2101: TxDef = {
  infno: '2101', name: '药店预结算', signIn: true, schema: pharmacySchema,
  run: (ctx, input: { druginfo: DrugInfo; drugdetail: DrugRow[] }) => pharmacyRun(ctx, input, false),
};

/** 【2102】药店结算: creates mdtrt_id and setl_id. */
export const settle2102: TxDef = {
  infno: '2102', name: '药店结算', signIn: true, schema: pharmacySchema,
  run: (ctx, input: { druginfo: DrugInfo; drugdetail: DrugRow[] }) => pharmacyRun(ctx, input, true),
};

/** 【2103】药店结算撤销. */
export const revoke2103 = revokeTx('2103', '药店结算撤销',
  z.looseObject({ data: z.looseObject({ setl_id: str(30), mdtrt_id: str(30), psn_no: str(30), expContent: optStr(4000) }) }), ['2102'], true);
