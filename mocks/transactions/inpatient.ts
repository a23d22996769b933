/**
 * Inpatient registration and fees: 【2401】【2402】【2404】【2405】【2301】【2302】
 * (platform-api §4.7, §4.13; flow §3.3). Settlement is in settleTransactions.ts.
 */
import * as z from 'zod/mini';
import { arrayOrOne, code, dateTime, optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxDef } from '../platform/types.ts';
import type { VisitRecord } from '../state/MockState.ts';
import { careOf } from '../settlement/buildCoreInputs.ts';
import { insuRowOrFail, personaOrFail, visitOrFail } from './lookup.ts';
import { feeDetailSchema, splitRows } from './feeLines.ts';
import type { FeeDetailInput } from './feeLines.ts';
import { storeFees } from './outpatient.ts';
import { previewSplit } from './previewSplit.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

const diseinfo = z.optional(arrayOrOne(z.array(z.looseObject({
  diag_type: str(3), diag_srt_no: z.union([z.string().check(z.maxLength(2)), z.number()]), diag_code: str(20), diag_name: str(100),
  diag_dept: str(50), dise_dor_no: str(30), dise_dor_name: str(50), diag_time: dateTime(),
}))));

interface Admit {
  psn_no: string; insutype: string; begntime: string; mdtrt_cert_type: string; mdtrt_cert_no: string; med_type: string; ipt_no: string;
  exp_content?: string | null;
}

/** 【2401】入院办理 → result { mdtrt_id }. */
export const admit2401: TxDef = {
  infno: '2401', name: '入院办理', signIn: true,
  schema: z.looseObject({
    mdtrtinfo: z.looseObject({
      psn_no: str(30), insutype: str(6), coner_name: optStr(50), tel: optStr(50), begntime: dateTime(), mdtrt_cert_type: code(['01', '02', '03']),
      mdtrt_cert_no: str(50), med_type: z.string().check(z.minLength(2), z.maxLength(6)), ipt_no: str(30), medrcdno: optStr(30),
      atddr_no: str(30), chfpdr_name: str(50), adm_diag_dscr: str(200), adm_dept_codg: str(30), adm_dept_name: str(100), adm_bed: str(30),
      dscg_maindiag_code: str(20), dscg_maindiag_name: str(300), main_cond_dscr: optStr(1000), dise_codg: optStr(30), dise_name: optStr(500),
      exp_content: optStr(4000),
    }),
    diseinfo,
  }),
  run(ctx, input: { mdtrtinfo: Admit }) {
    const m = input.mdtrtinfo;
    const persona = personaOrFail(ctx, m.psn_no);
    const row = insuRowOrFail(ctx, persona, m.insutype);
    const care = careOf(m.med_type);
    if (care.medType !== 'INPATIENT') fail('MOCK-E031', `med_type ${safeDetail(m.med_type, 6)} 不是住院医疗类别`);
    const mdtrtId = ctx.ids.mdtrtId();
    const visit: VisitRecord = {
      mdtrt_id: mdtrtId, kind: 'INPATIENT', psn_no: m.psn_no, insutype: row.insutype, insuplc_admdvs: row.insuplc_admdvs,
      fixmedins_code: ctx.env.fixmedins_code, mdtrtarea_admvs: ctx.env.mdtrtarea_admvs, med_type: m.med_type, begntime: m.begntime,
      endtime: null, mdtrt_cert_type: m.mdtrt_cert_type, mdtrt_cert_no: m.mdtrt_cert_no, ipt_otp_no: m.ipt_no, status: 'OPEN',
      emergency: care.emergency || /"er_flag"\s*:\s*"?1/.test(m.exp_content ?? ''), dise_codg: null, fees: new Map(), msgid: ctx.msgid,
    };
    ctx.state.visits.set(mdtrtId, visit);
    ctx.setEffect({ kind: 'ADMIT', mdtrt_id: mdtrtId });
    return { output: { result: { mdtrt_id: mdtrtId } } };
  },
};

/** 【2402】出院办理. */
export const discharge2402: TxDef = {
  infno: '2402', name: '出院办理', signIn: true,
  schema: z.looseObject({
    dscginfo: z.looseObject({
      mdtrt_id: str(30), psn_no: str(30), insutype: str(6), endtime: dateTime(), dise_codg: optStr(30), dise_name: optStr(500),
      dscg_dept_codg: str(30), dscg_dept_name: str(100), dscg_bed: optStr(30), dscg_way: str(3),
    }),
    diseinfo,
  }),
  run(ctx, input: { dscginfo: { mdtrt_id: string; psn_no: string; endtime: string } }) {
    const d = input.dscginfo;
    const v = visitOrFail(ctx, d.mdtrt_id, d.psn_no);
    if (v.kind !== 'INPATIENT' || v.status !== 'OPEN') fail('MOCK-E044', '不是在院状态');
    if (d.endtime < v.begntime) fail('MOCK-E004', 'input.dscginfo.endtime 早于入院时间');
    v.status = 'DISCHARGED';
    v.endtime = d.endtime;
    return { output: {} };
  },
};

const cancelSchema = z.looseObject({ data: z.looseObject({ mdtrt_id: str(30), psn_no: str(30), exp_content: optStr(4000) }) });

/** 【2404】入院办理撤销: only without fees or settlements. */
export const cancelAdmission2404: TxDef = {
  infno: '2404', name: '入院办理撤销', signIn: true, schema: cancelSchema,
  run(ctx, input: { data: { mdtrt_id: string; psn_no: string } }) {
    const v = visitOrFail(ctx, input.data.mdtrt_id, input.data.psn_no);
    if (v.kind !== 'INPATIENT' || v.status === 'CANCELLED') fail('MOCK-E044', '不是有效的住院登记');
    if ([...v.fees.values()].some((f) => f.settledBy !== null)) fail('MOCK-E044', '已结算，请先撤销结算（2305）');
    v.status = 'CANCELLED';
    return { output: {} };
  },
};

/** 【2405】出院办理撤销. */
export const undoDischarge2405: TxDef = {
  infno: '2405', name: '出院办理撤销', signIn: true, schema: cancelSchema,
  run(ctx, input: { data: { mdtrt_id: string; psn_no: string } }) {
    const v = visitOrFail(ctx, input.data.mdtrt_id, input.data.psn_no);
    if (v.kind !== 'INPATIENT' || v.status !== 'DISCHARGED') fail('MOCK-E044', '未办理出院');
    if ([...v.fees.values()].some((f) => f.settledBy !== null)) fail('MOCK-E044', '已结算，请先撤销结算（2305）');
    v.status = 'OPEN';
    v.endtime = null;
    return { output: {} };
  },
};

/** 【2301】住院费用明细上传: refunds are rows with negative cnt and init_feedetl_sn. */
export const uploadFees2301: TxDef = {
  infno: '2301', name: '住院费用明细上传', signIn: true,
  schema: z.looseObject({ feedetail: arrayOrOne(z.array(z.looseObject({ ...feeDetailSchema.shape, drord_no: optStr(30), med_type: optStr(6), memo: optStr(500) })).check(z.minLength(1))) }),
  async run(ctx, input: { feedetail: FeeDetailInput[] }) {
    input.feedetail.forEach((r, i) => {
      if (Number(r.cnt) < 0 && !r.init_feedetl_sn) fail('MOCK-E004', `input.feedetail[${i}].init_feedetl_sn 退单时必填`);
    });
    const { visit, fees } = storeFees(ctx, input.feedetail, false);
    const split = await previewSplit(ctx, visit, fees);
    return { output: { result: splitRows(fees, split) } };
  },
};

/** 【2302】住院费用明细撤销: feedetl_sn "0000" = every unsettled line. */
export const cancelFees2302: TxDef = {
  infno: '2302', name: '住院费用明细撤销', signIn: true,
  schema: z.looseObject({ data: arrayOrOne(z.array(z.looseObject({ feedetl_sn: str(30), mdtrt_id: str(30), psn_no: str(30), exp_content: optStr(4000) })).check(z.minLength(1))) }),
  run(ctx, input: { data: { feedetl_sn: string; mdtrt_id: string; psn_no: string }[] }) {
    const targets = input.data.map((d, i) => {
      const v = visitOrFail(ctx, d.mdtrt_id, d.psn_no);
      if (d.feedetl_sn !== '0000') {
        const f = v.fees.get(d.feedetl_sn);
        if (!f) fail('MOCK-E040', `input.data[${i}].feedetl_sn`);
        if (f.settledBy !== null) fail('MOCK-E044', `input.data[${i}].feedetl_sn 已结算`);
      }
      return { v, sn: d.feedetl_sn };
    });
    for (const { v, sn } of targets) {
      for (const f of [...v.fees.values()]) if (f.settledBy === null && (sn === '0000' || f.feedetl_sn === sn)) v.fees.delete(f.feedetl_sn);
    }
    return { output: {} };
  },
};
