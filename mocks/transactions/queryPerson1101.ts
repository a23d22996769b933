import * as z from 'zod/mini';
import { code, optDateTime, optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { Persona } from '../data/personas.ts';
import type { MockState } from '../state/MockState.ts';
import type { TxDef } from '../platform/types.ts';
import { Dec } from '../settlement/coreBridge.ts';
import { ageYearsOn } from '../settlement/buildCoreInputs.ts';
import { formatDate } from '../util/chinaTime.ts';

/** Finds a persona by 就诊凭证 (01 ecToken, 02 身份证号, 03 社保卡号 + card_sn), or MOCK-E020. */
export function personaByCert(state: MockState, certType: string, certNo: string, cardSn?: string | null): Persona {
  const p = state.personas.find((x) =>
    certType === '01' ? x.ec_token === certNo : certType === '02' ? x.certno === certNo : x.card_no === certNo);
  if (!p) fail('MOCK-E020');
  if (certType === '03' && cardSn !== p.card_sn) fail('MOCK-E020', 'card_sn');
  return p;
}

/** 【1101】人员信息获取 (platform-api §4.2): baseinfo, insuinfo[] (balc from the store), idetinfo[]. */
export const queryPerson1101: TxDef = {
  infno: '1101', name: '人员信息获取', signIn: true,
  schema: z.looseObject({
    data: z.looseObject({
      mdtrt_cert_type: code(['01', '02', '03']), mdtrt_cert_no: str(50), card_sn: optStr(32), begntime: optDateTime(),
      psn_cert_type: optStr(6), certno: optStr(50), psn_name: optStr(50),
    }).check(z.refine((d) => d.mdtrt_cert_type !== '03' || !!d.card_sn, { path: ['card_sn'] })),
  }),
  run(ctx, input: { data: { mdtrt_cert_type: string; mdtrt_cert_no: string; card_sn?: string | null } }) {
    const d = input.data;
    const p = personaByCert(ctx.state, d.mdtrt_cert_type, d.mdtrt_cert_no, d.card_sn);
    const today = formatDate(ctx.now);
    return {
      output: {
        baseinfo: {
          psn_no: p.psn_no, psn_cert_type: p.psn_cert_type, certno: p.certno, psn_name: p.psn_name, gend: p.gend, naty: p.naty,
          brdy: p.brdy, age: ageYearsOn(p.brdy, today), exp_content: null,
        },
        insuinfo: p.insuinfo.map((r) => ({
          balc: new Dec(ctx.state.balances.get(`${p.psn_no}|${r.insutype}`) ?? '0').toNumber(), insutype: r.insutype,
          psn_type: r.psn_type, psn_insu_stas: r.psn_insu_stas, psn_insu_date: r.psn_insu_date, cvlserv_flag: r.cvlserv_flag,
          insuplc_admdvs: r.insuplc_admdvs, emp_name: r.emp_name, paus_insu_date: r.paus_insu_date,
        })),
        idetinfo: p.assistanceClass
          ? [{ psn_idet_type: `MX-${p.assistanceClass}`, psn_type_lv: null, memo: '[扩展 / extension] 医疗救助对象（项目代码，国家代码未核实）', begntime: '2024-01-01 00:00:00', endtime: null }]
          : [],
      },
    };
  },
};
