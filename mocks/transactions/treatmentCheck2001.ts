import * as z from 'zod/mini';
import { dateTime, optDateTime, optStr, str } from '../envelope/fields.ts';
import type { TxDef } from '../platform/types.ts';
import { findInstitution } from '../data/institutions.ts';
import { checkDirectSettlement } from '../settlement/coreBridge.ts';
import { buildClaim, buildPerson, careOf } from '../settlement/buildCoreInputs.ts';
import { policyFor } from '../settlement/settlementEngine.ts';
import { formatDate } from '../util/chinaTime.ts';
import { insuRowOrFail, personaOrFail } from './lookup.ts';

interface Check2001 { psn_no: string; insutype: string; fixmedins_code: string; med_type: string; begntime: string; endtime?: string | null; dise_codg?: string | null }

/**
 * 【2001】人员待遇享受检查 (platform-api §4.4): the core's S-0 verdict for a planned visit.
 * `trt_chk_type` values are UNVERIFIED nationally; the mock uses its own code `MX01`
 * (跨省异地直接结算检查) and puts the verdict's hint in `trt_chk_rslt`.
 */
export const treatmentCheck2001: TxDef = {
  infno: '2001', name: '人员待遇享受检查', signIn: true,
  schema: z.looseObject({
    data: z.looseObject({
      psn_no: str(30), insutype: str(6), fixmedins_code: str(30), med_type: z.string().check(z.minLength(2), z.maxLength(6)),
      begntime: dateTime(), endtime: optDateTime(), dise_codg: optStr(30), dise_name: optStr(500), oprn_oprt_code: optStr(30),
    }),
  }),
  async run(ctx, input: { data: Check2001 }) {
    const d = input.data;
    const persona = personaOrFail(ctx, d.psn_no);
    const row = insuRowOrFail(ctx, persona, d.insutype);
    const policy = row.policyPackId ? await policyFor(row) : undefined;
    const care = careOf(d.med_type);
    const date = d.begntime.slice(0, 10);
    const inst = findInstitution(d.fixmedins_code, ctx.env.mdtrtarea_admvs);
    const claim = buildClaim({
      medType: d.med_type, emergency: false, insuplcAdmdvs: row.insuplc_admdvs, mdtrtareaAdmvs: ctx.env.mdtrtarea_admvs, institution: inst,
      settlementTime: new Date(ctx.now).toISOString(), acctUsed: false, lines: [],
      ...(care.medType === 'INPATIENT' ? { admissionDate: date } : { serviceDate: date }),
      // R-13, D-7: a 门诊慢特病 check (med_type 14) is made for its disease code.
      ...(care.medType === 'CHRONIC_OUTPATIENT' && d.dise_codg ? { opspDiseaseCode: d.dise_codg } : {}),
    });
    const verdict = checkDirectSettlement({ person: buildPerson(ctx.state, persona, row, date), claim, ...(policy ? { policy } : {}) });
    return {
      output: {
        trtinfo: [{
          psn_no: d.psn_no, trt_chk_type: 'MX01', fund_pay_type: row.insutype === '390' ? '390100' : '310100',
          trt_enjymnt_flag: verdict.settles ? '1' : '0', begndate: date, enddate: d.endtime ? d.endtime.slice(0, 10) : formatDate(ctx.now),
          trt_chk_rslt: verdict.settles ? null : `${verdict.code} ${verdict.hint.zh}`,
        }],
      },
    };
  },
};
