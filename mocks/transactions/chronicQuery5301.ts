/**
 * 【5301】人员慢特病备案查询 (platform-api §3.1 path table, §3.2 names; R-13). The reference gives
 * the path but no field list: the input takes `psn_no` (and an optional `insutype`), the rows use
 * the field names of the 慢特病备案 record 2503 (§4.14) — `opsp_dise_code`, `opsp_dise_name`,
 * `begndate`, `enddate`, `ide_fixmedins_no`, `ide_fixmedins_name`, `hosp_ide_date` — plus
 * `psn_no`, `insutype`, `insuplc_admdvs`. The output node `feedetail` is a project choice
 * (UNVERIFIED). Every qualification is listed, lapsed ones included: D-7 decides on the date.
 */
import * as z from 'zod/mini';
import { optStr, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxDef } from '../platform/types.ts';
import { chronicDiseaseOf } from '../settlement/coreBridge.ts';
import { personaOrFail } from './lookup.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

export const chronicQuery5301: TxDef = {
  infno: '5301', name: '人员慢特病备案查询', signIn: true,
  schema: z.looseObject({ data: z.looseObject({ psn_no: str(30), insutype: optStr(6) }) }),
  run(ctx, input: { data: { psn_no: string; insutype?: string | null } }) {
    const d = input.data;
    const persona = personaOrFail(ctx, d.psn_no);
    const rows = persona.insuinfo.filter((r) => !d.insutype || r.insutype === d.insutype);
    if (rows.length === 0) fail('MOCK-E023', `insutype ${safeDetail(d.insutype ?? '', 6)}`);
    // Qualifications belong to the 参保地 of the person's first (active) row (R-13: eligibility comes from the 参保地).
    const row = rows[0]!;
    return {
      output: {
        feedetail: persona.opsp.map((q) => ({
          psn_no: persona.psn_no, insutype: row.insutype, insuplc_admdvs: row.insuplc_admdvs,
          opsp_dise_code: q.diseaseCode, opsp_dise_name: chronicDiseaseOf(q.diseaseCode)?.name.zh ?? q.diseaseCode,
          begndate: q.begin, enddate: q.end, ide_fixmedins_no: q.ideFixmedinsNo, ide_fixmedins_name: q.ideFixmedinsName,
          hosp_ide_date: q.hospIdeDate,
        })),
      },
    };
  },
};
