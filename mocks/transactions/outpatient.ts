/**
 * Outpatient registration and fee upload: 【2201】【2202】【2203/2203A】【2204】【2205】
 * (platform-api §4.5–§4.7, flow §3.3).
 */
import * as z from 'zod/mini';
import { arrayOrOne, code, dateTime, optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxContext, TxDef } from '../platform/types.ts';
import type { FeeRecord, VisitRecord } from '../state/MockState.ts';
import { insuRowOrFail, personaOrFail, visitOrFail } from './lookup.ts';
import { feeDetailSchema, checkLineAmount, toFeeRecord, splitRows } from './feeLines.ts';
import type { FeeDetailInput } from './feeLines.ts';
import { previewSplit } from './previewSplit.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

const CERT_TYPES = ['01', '02', '03'] as const;

interface Reg2201 {
  psn_no: string; insutype: string; begntime: string; mdtrt_cert_type: string; mdtrt_cert_no: string; ipt_otp_no: string;
  exp_content?: string | null;
}

/** 【2201】门诊挂号 → data { mdtrt_id, psn_no, ipt_otp_no, exp_content }. */
export const register2201: TxDef = {
  infno: '2201', name: '门诊挂号', signIn: true,
  schema: z.looseObject({
    data: z.looseObject({
      psn_no: str(30), insutype: str(6), begntime: dateTime(), mdtrt_cert_type: code(CERT_TYPES), mdtrt_cert_no: str(50),
      ipt_otp_no: str(30), atddr_no: str(30), dr_name: str(50), dept_code: str(30), dept_name: str(100), caty: str(6),
      exp_content: optStr(4000),
    }),
  }),
  run(ctx, input: { data: Reg2201 }) {
    const d = input.data;
    const persona = personaOrFail(ctx, d.psn_no);
    const row = insuRowOrFail(ctx, persona, d.insutype);
    const mdtrtId = ctx.ids.mdtrtId();
    const visit: VisitRecord = {
      mdtrt_id: mdtrtId, kind: 'OUTPATIENT', psn_no: d.psn_no, insutype: row.insutype, insuplc_admdvs: row.insuplc_admdvs,
      fixmedins_code: ctx.env.fixmedins_code, mdtrtarea_admvs: ctx.env.mdtrtarea_admvs, med_type: '11', begntime: d.begntime,
      endtime: null, mdtrt_cert_type: d.mdtrt_cert_type, mdtrt_cert_no: d.mdtrt_cert_no, ipt_otp_no: d.ipt_otp_no, status: 'OPEN',
      emergency: /"er_flag"\s*:\s*"?1/.test(d.exp_content ?? ''), dise_codg: null, fees: new Map(), msgid: ctx.msgid,
    };
    ctx.state.visits.set(mdtrtId, visit);
    return { output: { data: { mdtrt_id: mdtrtId, psn_no: d.psn_no, ipt_otp_no: d.ipt_otp_no, exp_content: null } } };
  },
};

const activeOf = (v: VisitRecord) => [...v.fees.values()].some((f) => f.settledBy !== null);

/** 【2202】门诊挂号撤销: only without an active settlement. */
export const cancelRegistration2202: TxDef = {
  infno: '2202', name: '门诊挂号撤销', signIn: true,
  schema: z.looseObject({ data: z.looseObject({ psn_no: str(30), mdtrt_id: str(30), ipt_otp_no: str(30) }) }),
  run(ctx, input: { data: { psn_no: string; mdtrt_id: string } }) {
    const v = visitOrFail(ctx, input.data.mdtrt_id, input.data.psn_no);
    if (v.kind !== 'OUTPATIENT' || v.status === 'CANCELLED') fail('MOCK-E044', '挂号已撤销或不是门诊就诊');
    if (activeOf(v)) fail('MOCK-E044', '已结算，请先撤销结算（2208）');
    v.status = 'CANCELLED';
    return { output: {} };
  },
};

const MED_TYPE = z.string().check(z.minLength(2), z.maxLength(6), z.regex(/^\d+$/));

/** 【2203 / 2203A】门诊就诊信息上传: sets med_type and the 病种. */
export const uploadVisit2203: TxDef = {
  infno: '2203', name: '门诊就诊信息上传', signIn: true,
  schema: z.looseObject({
    mdtrtinfo: z.looseObject({
      mdtrt_id: str(30), psn_no: str(30), med_type: MED_TYPE, begntime: dateTime(), main_cond_dscr: optStr(1000),
      dise_codg: optStr(30), dise_name: optStr(500),
    }),
    diseinfo: z.optional(arrayOrOne(z.array(z.looseObject({
      diag_type: str(3), diag_srt_no: z.union([z.string().check(z.maxLength(2)), z.number()]), diag_code: str(20), diag_name: str(100),
      diag_dept: str(50), dise_dor_no: str(30), dise_dor_name: str(50), diag_time: dateTime(), vali_flag: str(3),
    })))),
  }),
  run(ctx, input: { mdtrtinfo: { mdtrt_id: string; psn_no: string; med_type: string; dise_codg?: string | null } }) {
    const m = input.mdtrtinfo;
    const v = visitOrFail(ctx, m.mdtrt_id, m.psn_no);
    if (v.kind !== 'OUTPATIENT' || v.status !== 'OPEN') fail('MOCK-E044', '就诊不是有效的门诊就诊');
    if (!['11', '12', '13'].includes(m.med_type) && !m.med_type.startsWith('14')) fail('MOCK-E031', `med_type ${safeDetail(m.med_type, 6)} 不是门诊医疗类别`);
    v.med_type = m.med_type;
    v.dise_codg = m.dise_codg ?? null;
    if (m.med_type === '13') v.emergency = true;
    return { output: {} };
  },
};
export const uploadVisit2203A: TxDef = { ...uploadVisit2203, infno: '2203A', name: '门诊就诊信息上传（A）' };

/**
 * 2204 `dise_codg` (platform-api §4.7: "同一收费批次号病种编号必须一致"): one code per batch, and the
 * code 2203 gave the visit, if any; a batch may supply the code when 2203 did not.
 */
function batchDiseaseCode(rows: readonly { dise_codg?: string | null }[], visitCode: string | null): string | null {
  let code = visitCode;
  rows.forEach((r, i) => {
    if (!r.dise_codg) return;
    if (code !== null && r.dise_codg !== code) fail('MOCK-E004', `input.feedetail[${i}].dise_codg 同一收费批次号病种编号必须一致（与就诊信息 ${safeDetail(code, 30)} 不符）`);
    code = r.dise_codg;
  });
  return code;
}

/** Stores uploaded rows after checking them all (atomic: nothing stored on error). */
export function storeFees(ctx: TxContext, rows: readonly (FeeDetailInput & { chrg_bchno?: string | null })[], outpatient: boolean): { visit: VisitRecord; fees: FeeRecord[] } {
  const first = rows[0]!;
  const v = visitOrFail(ctx, first.mdtrt_id, first.psn_no);
  if (v.status === 'CANCELLED') fail('MOCK-E044', '就诊已撤销');
  if (outpatient !== (v.kind === 'OUTPATIENT')) fail('MOCK-E044', outpatient ? '不是门诊就诊，请用 2301' : '不是住院就诊，请用 2204');
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const path = `input.feedetail[${i}]`;
    if (r.mdtrt_id !== v.mdtrt_id || r.psn_no !== v.psn_no) fail('MOCK-E004', `${path}.mdtrt_id 同一批明细必须属于同一就诊`);
    if (outpatient && !r.chrg_bchno) fail('MOCK-E004', `${path}.chrg_bchno 必填`);
    if (outpatient && r.chrg_bchno !== first.chrg_bchno) fail('MOCK-E004', `${path}.chrg_bchno 同一次上传必须是同一收费批次`);
    if (v.fees.has(r.feedetl_sn) || seen.has(r.feedetl_sn)) fail('MOCK-E044', `${path}.feedetl_sn 费用明细流水号重复`);
    if (outpatient && Number(r.cnt) < 0) fail('MOCK-E004', `${path}.cnt 门诊明细数量不能为负`);
    checkLineAmount(r, path);
    seen.add(r.feedetl_sn);
  });
  if (outpatient && [...v.fees.values()].some((f) => f.chrg_bchno === first.chrg_bchno && f.settledBy !== null)) {
    fail('MOCK-E044', 'chrg_bchno 该收费批次已结算');
  }
  if (outpatient) v.dise_codg = batchDiseaseCode(rows, v.dise_codg);
  const fees = rows.map((r) => toFeeRecord(r));
  for (const f of fees) v.fees.set(f.feedetl_sn, f);
  return { visit: v, fees };
}

/** 【2204】门诊费用明细信息上传 → result[] (明细分割, computed by the core). */
export const uploadFees2204: TxDef = {
  infno: '2204', name: '门诊费用明细信息上传', signIn: true,
  schema: z.looseObject({ feedetail: arrayOrOne(z.array(z.looseObject({ ...feeDetailSchema.shape, chrg_bchno: str(30), rx_circ_flag: str(3), bilg_dept_codg: str(30), bilg_dept_name: str(100), bilg_dr_codg: str(30), bilg_dr_name: str(50), hosp_appr_flag: str(3) })).check(z.minLength(1))) }),
  async run(ctx, input: { feedetail: (FeeDetailInput & { chrg_bchno: string })[] }) {
    const { visit, fees } = storeFees(ctx, input.feedetail, true);
    const split = await previewSplit(ctx, visit, fees);
    return { output: { result: splitRows(fees, split) } };
  },
};

/** 【2205】门诊费用明细信息撤销: chrg_bchno "0000" = every unsettled line. */
export const cancelFees2205: TxDef = {
  infno: '2205', name: '门诊费用明细信息撤销', signIn: true,
  schema: z.looseObject({ data: z.looseObject({ mdtrt_id: str(30), chrg_bchno: str(30), psn_no: str(30), exp_content: optStr(4000) }) }),
  run(ctx, input: { data: { mdtrt_id: string; chrg_bchno: string; psn_no: string } }) {
    const d = input.data;
    const v = visitOrFail(ctx, d.mdtrt_id, d.psn_no);
    const all = d.chrg_bchno === '0000';
    const target = [...v.fees.values()].filter((f) => all || f.chrg_bchno === d.chrg_bchno);
    if (!all && target.length === 0) fail('MOCK-E040', 'chrg_bchno');
    if (!all && target.some((f) => f.settledBy !== null)) fail('MOCK-E044', '该收费批次已结算，请先撤销结算（2208）');
    for (const f of target) if (f.settledBy === null) v.fees.delete(f.feedetl_sn);
    return { output: {} };
  },
};

