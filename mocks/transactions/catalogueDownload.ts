import * as z from 'zod/mini';
import { str } from '../envelope/fields.ts';
import type { TxDef } from '../platform/types.ts';
import { CATALOGUE } from '../data/catalogue.ts';
import { createZip } from '../util/createZip.ts';
import { storeFile } from './reconciliation.ts';

const LIST_TYPE: Record<string, string> = { '1301': '101', '1305': '201', '1306': '301' };
const COLUMNS = ['med_list_codg', 'name', 'list_type', 'chrgitm_lv', 'med_chrgitm_type', 'selfpay_prop', 'pric_uplmt_amt', 'ver'] as const;

/**
 * 【1301】【1305】【1306】目录下载 (platform-api §4.17): rows newer than `ver` of the seeded
 * treatment-place catalogue → flat { file_qury_no, filename "plc", dld_end_time, data_cn }; the
 * file (zip with a tab-separated `plc.txt`, the mock's own format) comes from 9102.
 */
function catalogueTx(infno: '1301' | '1305' | '1306', name: string): TxDef {
  return {
    infno, name, signIn: true,
    schema: z.looseObject({ data: z.looseObject({ ver: str(20) }) }),
    run(ctx, input: { data: { ver: string } }) {
      const rows = CATALOGUE.filter((i) => i.list_type === LIST_TYPE[infno] && i.ver > input.data.ver);
      const text = [COLUMNS.join('\t'), ...rows.map((r) => COLUMNS.map((c) => r[c]).join('\t'))].join('\n');
      const f = storeFile(ctx, createZip([{ name: 'plc.txt', text: `${text}\n` }]), 'plc');
      return { output: { file_qury_no: f.file_qury_no, filename: 'plc', dld_end_time: f.dld_endtime, data_cn: rows.length } };
    },
  };
}

export const catalogue1301 = catalogueTx('1301', '西药中成药目录下载');
export const catalogue1305 = catalogueTx('1305', '医疗服务项目目录下载');
export const catalogue1306 = catalogueTx('1306', '医用耗材目录下载');
