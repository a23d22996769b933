import * as z from 'zod/mini';
import { optStr } from '../envelope/fields.ts';
import type { TxDef } from '../platform/types.ts';
import { INSTITUTIONS } from '../data/institutions.ts';

/** Project `hosp_lv` codes: the national 医院等级 list is UNVERIFIED (platform-api §4.17). */
const HOSP_LV: Record<string, string> = { L3: 'MXL3', L2: 'MXL2', L1: 'MXL1', PRIMARY: 'MXL1' };

interface Query1201 { fixmedins_type?: string | null; fixmedins_code?: string | null; fixmedins_name?: string | null }

/**
 * 【1201】医药机构信息获取 (platform-api §4.17, nodes single source): the seeded institutions
 * matching `fixmedins_type` and `fixmedins_code` exactly and `fixmedins_name` as a substring; no
 * filter lists all. `uscc` is a SYNTHETIC placeholder, `hosp_lv` a project code (`MXL1`–`MXL3`),
 * null for pharmacies.
 */
export const institutionQuery1201: TxDef = {
  infno: '1201', name: '医药机构信息获取', signIn: true,
  schema: z.looseObject({
    medinsinfo: z.looseObject({ fixmedins_type: optStr(6), fixmedins_code: optStr(30), fixmedins_name: optStr(200) }),
  }),
  run(_ctx, input: { medinsinfo: Query1201 }) {
    const q = input.medinsinfo;
    const rows = INSTITUTIONS.filter((i) => (!q.fixmedins_type || i.fixmedins_type === q.fixmedins_type)
      && (!q.fixmedins_code || i.fixmedins_code === q.fixmedins_code) && (!q.fixmedins_name || i.fixmedins_name.includes(q.fixmedins_name)));
    return {
      output: {
        medinsinfo: rows.map((i) => ({
          fixmedins_code: i.fixmedins_code, fixmedins_name: i.fixmedins_name, uscc: `MOCK${i.fixmedins_code}`.slice(0, 18),
          fixmedins_type: i.fixmedins_type, hosp_lv: i.fixmedins_type === '2' ? null : HOSP_LV[i.level] ?? null,
        })),
      },
    };
  },
};
