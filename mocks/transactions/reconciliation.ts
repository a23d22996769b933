/**
 * Reconciliation and files: 【3201】对总账, 【3202】对明细账, 【9101】文件上传, 【9102】文件下载
 * (platform-api §4.16–§4.17). The mock's file formats (UTF-8, tab-separated) are its own choice.
 */
import * as z from 'zod/mini';
import { date, decStr, optStr, signedMoney, str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxContext, TxDef } from '../platform/types.ts';
import { Dec } from '../settlement/coreBridge.ts';
import { formatDateTime } from '../util/chinaTime.ts';
import { createZip, readStoredZip } from '../util/createZip.ts';
import { ledgerRows, sumRows } from './ledgerTotals.ts';

const cnt = () => z.union([z.number().check(z.int(), z.minimum(0)), z.string().check(z.regex(/^\d{1,10}$/))]);

interface Stmt3201 {
  insutype: string; clr_type: string; setl_optins: string; stmt_begndate: string; stmt_enddate: string;
  medfee_sumamt: number | string; fund_pay_sumamt: number | string; acct_pay: number | string; fixmedins_setl_cnt: number | string;
  refd_setl_flag?: string | null;
}

/**
 * 【3201】医药机构费用结算对总账 → stmtinfo { setl_optins, stmt_rslt, stmt_rslt_dscr }.
 * The platform side sums this institution's ledger (settlements +, revokes/reversals −, each row
 * counted in fixmedins_setl_cnt); `stmt_rslt` 0 平 / 1 不平 (INFERRED for 3201).
 */
export const statementTotal3201: TxDef = {
  infno: '3201', name: '医药机构费用结算对总账', signIn: true,
  schema: z.looseObject({
    data: z.looseObject({
      insutype: str(6), clr_type: str(6), setl_optins: str(6), stmt_begndate: date(), stmt_enddate: date(),
      // Totals may be negative when refunds outweigh settlements in the period.
      medfee_sumamt: signedMoney(), fund_pay_sumamt: signedMoney(), acct_pay: signedMoney(),
      fixmedins_setl_cnt: cnt(), refd_setl_flag: optStr(3),
    }),
  }),
  run(ctx, input: { data: Stmt3201 }) {
    const d = input.data;
    const t = sumRows(ledgerRows(ctx.state, {
      fixmedins_code: ctx.env.fixmedins_code, insutype: d.insutype, clr_type: d.clr_type, setl_optins: d.setl_optins,
      begndate: d.stmt_begndate, enddate: d.stmt_enddate, refd_setl_flag: d.refd_setl_flag ?? null,
    }));
    const diffs: string[] = [];
    const cmp = (name: string, platform: Dec, sent: number | string) => {
      if (!platform.eq(decStr(sent))) diffs.push(`${name} 中心 ${platform.toFixed(2)} 机构 ${decStr(sent)}`);
    };
    cmp('medfee_sumamt', t.medfee_sumamt, d.medfee_sumamt);
    cmp('fund_pay_sumamt', t.fund_pay_sumamt, d.fund_pay_sumamt);
    cmp('acct_pay', t.acct_pay, d.acct_pay);
    if (t.fixmedins_setl_cnt !== Number(d.fixmedins_setl_cnt)) diffs.push(`fixmedins_setl_cnt 中心 ${t.fixmedins_setl_cnt} 机构 ${d.fixmedins_setl_cnt}`);
    return {
      output: {
        stmtinfo: {
          setl_optins: d.setl_optins, stmt_rslt: diffs.length ? '1' : '0',
          stmt_rslt_dscr: diffs.length ? `MOCK 不平：${diffs.join('；')}`.slice(0, 200) : '平',
        },
      },
    };
  },
};

function storeFile(ctx: TxContext, bytes: Uint8Array, filename: string): { file_qury_no: string; filename: string; dld_endtime: string } {
  const fileQuryNo = ctx.ids.fileQuryNo(ctx.now);
  const expires = ctx.now + 24 * 3600_000;
  ctx.state.files.set(fileQuryNo, { bytes, filename, expires });
  return { file_qury_no: fileQuryNo, filename, dld_endtime: formatDateTime(expires) };
}

/** 【9101】文件上传: `in` as Base64 string or byte array (encoding UNVERIFIED, both accepted). */
export const upload9101: TxDef = {
  infno: '9101', name: '文件上传', signIn: true,
  schema: z.looseObject({
    fsUploadIn: z.looseObject({
      in: z.union([z.string().check(z.maxLength(4_000_000)), z.array(z.number().check(z.int(), z.minimum(0), z.maximum(255)))]),
      filename: str(200), fixmedins_code: str(30),
    }),
  }),
  run(ctx, input: { fsUploadIn: { in: string | number[]; filename: string } }) {
    const raw = input.fsUploadIn.in;
    let bytes: Uint8Array;
    if (typeof raw === 'string') {
      try {
        bytes = Uint8Array.from(atob(raw), (c) => c.charCodeAt(0));
      } catch {
        return fail('MOCK-E004', 'input.fsUploadIn.in 不是合法的Base64');
      }
    } else bytes = Uint8Array.from(raw);
    return { output: storeFile(ctx, bytes, input.fsUploadIn.filename) };
  },
};

/** 【9102】文件下载: answers the raw zip bytes (not JSON). */
export const download9102: TxDef = {
  infno: '9102', name: '文件下载', signIn: true,
  schema: z.looseObject({ fsDownloadIn: z.looseObject({ file_qury_no: str(100), filename: str(200), fixmedins_code: str(30) }) }),
  run(ctx, input: { fsDownloadIn: { file_qury_no: string } }) {
    const f = ctx.state.files.get(input.fsDownloadIn.file_qury_no);
    if (!f || f.expires < ctx.now) fail('MOCK-E040', 'file_qury_no');
    return { raw: f.bytes, contentType: 'application/octet-stream' };
  },
};

/** Text of an uploaded detail file: a stored zip's first entry, or the bytes as UTF-8. */
function fileText(bytes: Uint8Array): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    try {
      return readStoredZip(bytes)[0]?.text ?? '';
    } catch {
      return fail('MOCK-E004', 'file_qury_no 仅支持未压缩（stored）zip 或纯文本');
    }
  }
  return new TextDecoder().decode(bytes);
}

interface Stmt3202 { setl_optins: string; file_qury_no: string; stmt_begndate: string; stmt_enddate: string; clr_type?: string | null; refd_setl_flag?: string | null }

/**
 * `file_qury_no` as clients send it: the reference says 30 characters, real platforms hand out
 * FastDFS-like paths (`M00/00/00/…`, 44 characters); up to 100 are accepted.
 */
const fileQuryNo = () => str(100);

/**
 * 【3202】医药机构费用结算对明细账: compares an uploaded detail file (rows `setl_id mdtrt_id psn_no
 * medfee_sumamt fund_pay_sumamt acct_pay refd_setl_flag`, tab-separated) with the ledger;
 * `fileinfo` names a zip with `result.txt` (columns per §4.16), fetched with 9102.
 */
export const statementDetail3202: TxDef = {
  infno: '3202', name: '医药机构费用结算对明细账', signIn: true,
  schema: z.looseObject({
    data: z.looseObject({
      setl_optins: str(6), file_qury_no: fileQuryNo(), stmt_begndate: date(), stmt_enddate: date(), medfee_sumamt: z.optional(signedMoney()),
      fund_pay_sumamt: z.optional(signedMoney()), cash_payamt: z.optional(signedMoney()), fixmedins_setl_cnt: z.optional(cnt()),
      // None of three real clients sends clr_type: absent or null compares every clearing type.
      clr_type: optStr(6), refd_setl_flag: optStr(3),
    }),
  }),
  run(ctx, input: { data: Stmt3202 }) {
    const d = input.data;
    const file = ctx.state.files.get(d.file_qury_no);
    if (!file) fail('MOCK-E040', 'file_qury_no');
    const sent = new Map<string, string[]>();
    for (const line of fileText(file.bytes).split(/\r?\n/)) {
      const cols = line.split('\t');
      if (cols.length >= 7 && /^\d/.test(cols[0]!)) sent.set(`${cols[0]}|${cols[6]}`, cols);
    }
    const rows = ledgerRows(ctx.state, {
      fixmedins_code: ctx.env.fixmedins_code, clr_type: d.clr_type || null, setl_optins: d.setl_optins, begndate: d.stmt_begndate,
      enddate: d.stmt_enddate, refd_setl_flag: d.refd_setl_flag ?? null,
    });
    const out: string[] = ['psn_no\tmdtrt_id\tsetl_id\tmsgid\tstmt_rslt\trefd_setl_flag\tmemo\tmedfee_sumamt\tfund_pay_sumamt\tacct_pay'];
    for (const e of rows) {
      const key = `${e.setl_id}|${e.refd_setl_flag}`;
      const c = sent.get(key);
      sent.delete(key);
      const same = !!c && new Dec(c[3] || 'NaN').eq(e.medfee_sumamt) && new Dec(c[4] || 'NaN').eq(e.fund_pay_sumamt) && new Dec(c[5] || 'NaN').eq(e.acct_pay);
      const memo = !c ? 'MOCK 机构未上传' : same ? '' : 'MOCK 金额不符';
      out.push([e.psn_no, e.mdtrt_id, e.setl_id, e.msgid, same ? '0' : '1', e.refd_setl_flag, memo, e.medfee_sumamt.toFixed(2), e.fund_pay_sumamt.toFixed(2), e.acct_pay.toFixed(2)].join('\t'));
    }
    for (const c of sent.values()) out.push([c[2], c[1], c[0], '', '1', c[6], 'MOCK 中心无此结算', c[3], c[4], c[5]].join('\t'));
    const info = storeFile(ctx, createZip([{ name: 'result.txt', text: `${out.join('\n')}\n` }]), 'result.zip');
    return { output: { fileinfo: info } };
  },
};

export { storeFile };
