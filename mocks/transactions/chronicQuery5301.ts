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
import type { TxContext, TxDef } from '../platform/types.ts';
import type { Persona } from '../data/personas.ts';
import { chronicDiseaseOf } from '../settlement/coreBridge.ts';
import { personaOrFail } from './lookup.ts';
import { safeDetail } from '../envelope/safeDetail.ts';
import { toStoredYearToDate } from '../../core/index.ts';
import { policyFor, ytdFor } from '../settlement/settlementEngine.ts';
import { formatDate } from '../util/chinaTime.ts';

/** The first insuinfo row matching the filters (R-13: qualifications belong to the 参保地). */
function insuRowOf(persona: Persona, insutype?: string | null, insuplc?: string | null) {
  const rows = persona.insuinfo.filter((r) => (!insutype || r.insutype === insutype) && (!insuplc || r.insuplc_admdvs === insuplc));
  if (rows.length === 0) fail('MOCK-E023', insuplc ? `insuplc_admdvs ${safeDetail(insuplc, 6)}` : `insutype ${safeDetail(insutype ?? '', 6)}`);
  return rows[0]!;
}

/** The person's qualifications as 5301 rows, for the first insuinfo row matching the filters. */
function qualificationRows(persona: Persona, insutype?: string | null, insuplc?: string | null) {
  const row = insuRowOf(persona, insutype, insuplc);
  return persona.opsp.map((q) => ({
    psn_no: persona.psn_no, insutype: row.insutype, insuplc_admdvs: row.insuplc_admdvs,
    opsp_dise_code: q.diseaseCode, opsp_dise_name: chronicDiseaseOf(q.diseaseCode)?.name.zh ?? q.diseaseCode,
    begndate: q.begin, enddate: q.end, ide_fixmedins_no: q.ideFixmedinsNo, ide_fixmedins_name: q.ideFixmedinsName,
    hosp_ide_date: q.hospIdeDate,
  }));
}

export const chronicQuery5301: TxDef = {
  infno: '5301', name: '人员慢特病备案查询', signIn: true,
  schema: z.looseObject({ data: z.looseObject({ psn_no: str(30), insutype: optStr(6) }) }),
  run(ctx, input: { data: { psn_no: string; insutype?: string | null } }) {
    const d = input.data;
    return { output: { feedetail: qualificationRows(personaOrFail(ctx, d.psn_no), d.insutype) } };
  },
};

/**
 * The accumulators of the insured place's current insurance year (the same ones 2207 / 2208 update,
 * seeded on first use), in the core's storage form; null when the row has no policy pack.
 */
async function currentYearToDate(ctx: TxContext, persona: Persona, insuplc?: string | null) {
  const row = insuRowOf(persona, null, insuplc);
  if (!row.policyPackId) return null;
  const { ytd } = ytdFor(ctx.state, persona, row, await policyFor(row), formatDate(ctx.now));
  return toStoredYearToDate(ytd);
}

/**
 * MX5505 慢特病资格查询 (extension, patient side, no sign-in, like MX5501): the same rows as 5301
 * by `psn_no` or `certno`, optionally for one `insuplc_admdvs`. For the patient PWA's "My chronic
 * conditions"; 5301 itself is an institution transaction. Our extension field `ytd`: this insurance
 * year's accumulators (`yibao.ytd`, core/STORAGE-FORMAT.md), so the phone can say what is left of
 * a disease's annual limit (DF-18).
 */
export const queryQualifications: TxDef = {
  infno: 'MX5505', name: '慢特病资格查询', signIn: false, extension: true,
  schema: z.looseObject({
    data: z.looseObject({ psn_no: optStr(30), certno: optStr(50), insuplc_admdvs: optStr(6) })
      .check(z.refine((d) => !!d.psn_no || !!d.certno, { path: ['psn_no'] })),
  }),
  async run(ctx, input: { data: { psn_no?: string | null; certno?: string | null; insuplc_admdvs?: string | null } }) {
    const d = input.data;
    const persona = (d.psn_no ? ctx.state.byPsnNo.get(d.psn_no) : ctx.state.personas.find((x) => x.certno === d.certno)) ?? fail('MOCK-E020');
    const feedetail = qualificationRows(persona, null, d.insuplc_admdvs);
    return { output: { feedetail, ytd: await currentYearToDate(ctx, persona, d.insuplc_admdvs) }, warn: '慢特病资格查询 MX5505 是模拟平台扩展，非国家接口' };
  },
};
