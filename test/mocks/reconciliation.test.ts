import { describe, expect, it } from 'vitest';
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { readStoredZip } from '../../mocks/util/createZip.ts';
import { BASE, persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { prepareOutpatient } from './support/flows.ts';
import { CALL_SERVICE } from './support/platformClient.ts';
import type { PlatformClient } from './support/platformClient.ts';

const { platform } = useMockPlatform();

async function settleOne(c: PlatformClient) {
  const p = persona(platform, 'outpatient-employee');
  const prep = await prepareOutpatient(c, p);
  if ('failed' in prep) throw new Error('prep');
  const s = await c.call('2207', prep.settleInput, { insuplc: p.insuplc });
  return { p, prep, s, info: s.body.output.setlinfo };
}

const stmt = (t: { medfee: number; fund: number; acct: number; cnt: number }, extra: Record<string, unknown> = {}) => ({
  data: {
    insutype: '310', clr_type: '11', setl_optins: '310199', stmt_begndate: '2025-06-01', stmt_enddate: '2025-06-30',
    medfee_sumamt: t.medfee, fund_pay_sumamt: t.fund, acct_pay: t.acct, fixmedins_setl_cnt: t.cnt, ...extra,
  },
});

async function download(c: PlatformClient, fileQuryNo: string, filename: string) {
  const r = await fetch(`${BASE}${CALL_SERVICE}`, { method: 'POST', body: JSON.stringify(c.envelope('9102', { fsDownloadIn: { file_qury_no: fileQuryNo, filename, fixmedins_code: c.inst.fixmedins_code } })) });
  return { status: r.status, type: r.headers.get('content-type'), bytes: new Uint8Array(await r.arrayBuffer()) };
}

describe('3201 医药机构费用结算对总账', () => {
  it('balances (stmt_rslt 0) when the totals equal the committed settlements', async () => {
    const c = await signedClient();
    const a = await settleOne(c);
    const b = await settleOne(c);
    const sum = (k: string) => Math.round((a.info[k] + b.info[k]) * 100) / 100;
    const r = await c.call('3201', stmt({ medfee: sum('medfee_sumamt'), fund: sum('fund_pay_sumamt'), acct: sum('acct_pay'), cnt: 2 }));
    expect(r.body.output.stmtinfo).toEqual({ setl_optins: '310199', stmt_rslt: '0', stmt_rslt_dscr: '平' });
  });

  it('reports 不平 with the platform side when they differ; a revoke nets out and counts as a row', async () => {
    const c = await signedClient();
    const { p, prep, info } = await settleOne(c);
    await c.call('2208', { data: { setl_id: info.setl_id, mdtrt_id: prep.mdtrtId, psn_no: p.psn_no } }, { insuplc: p.insuplc });
    const r = await c.call('3201', stmt({ medfee: info.medfee_sumamt, fund: info.fund_pay_sumamt, acct: info.acct_pay, cnt: 1 }));
    expect(r.body.output.stmtinfo.stmt_rslt).toBe('1');
    expect(r.body.output.stmtinfo.stmt_rslt_dscr).toMatch(/^MOCK 不平：medfee_sumamt 中心 0\.00 机构 83\.8/);
    const ok = await c.call('3201', stmt({ medfee: 0, fund: 0, acct: 0, cnt: 2 }));
    expect(ok.body.output.stmtinfo.stmt_rslt).toBe('0');
  });

  it('names a bad stmt_begndate', async () => {
    const c = await signedClient();
    const r = await c.call('3201', stmt({ medfee: 0, fund: 0, acct: 0, cnt: 0 }, { stmt_begndate: '20250601' }));
    expect(r.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.stmt_begndate 格式错误，应为真实的日期 yyyy-MM-dd（可带时间）');
  });
});

describe('9101 / 3202 / 9102 对明细账', () => {
  it('compares an uploaded detail file and serves result.txt in a zip', async () => {
    const c = await signedClient();
    const { p, prep, info } = await settleOne(c);
    const file = `${info.setl_id}\t${prep.mdtrtId}\t${p.psn_no}\t${info.medfee_sumamt}\t${info.fund_pay_sumamt}\t${info.acct_pay}\t0\n`;
    const up = await c.call('9101', { fsUploadIn: { in: btoa(file), filename: 'detail.txt', fixmedins_code: c.inst.fixmedins_code } });
    expect(up.body.output).toMatchObject({ file_qury_no: expect.any(String), filename: 'detail.txt', dld_endtime: expect.any(String) });
    const r = await c.call('3202', { data: { setl_optins: '310199', file_qury_no: up.body.output.file_qury_no, stmt_begndate: '2025-06-16', stmt_enddate: '2025-06-16', clr_type: '11' } });
    const f = await download(c, r.body.output.fileinfo.file_qury_no, r.body.output.fileinfo.filename);
    expect(f.type).toBe('application/octet-stream');
    const [entry] = readStoredZip(f.bytes);
    expect(entry!.name).toBe('result.txt');
    const lines = entry!.text.trim().split('\n');
    expect(lines[0]).toBe('psn_no\tmdtrt_id\tsetl_id\tmsgid\tstmt_rslt\trefd_setl_flag\tmemo\tmedfee_sumamt\tfund_pay_sumamt\tacct_pay');
    expect(lines[1]!.split('\t').slice(0, 6)).toEqual([p.psn_no, prep.mdtrtId, info.setl_id, expect.any(String), '0', '0']);
  });

  it('accepts `in` as a byte array and flags rows missing on either side', async () => {
    const c = await signedClient();
    await settleOne(c);
    const bytes = [...new TextEncoder().encode('999\tM\tP\t1\t1\t0\t0\n')];
    const up = await c.call('9101', { fsUploadIn: { in: bytes, filename: 'd.txt', fixmedins_code: c.inst.fixmedins_code } });
    const r = await c.call('3202', { data: { setl_optins: '310199', file_qury_no: up.body.output.file_qury_no, stmt_begndate: '2025-06-01', stmt_enddate: '2025-06-30', clr_type: '11' } });
    const text = readStoredZip((await download(c, r.body.output.fileinfo.file_qury_no, 'result.zip')).bytes)[0]!.text;
    expect(text).toContain('MOCK 机构未上传');
    expect(text).toContain('MOCK 中心无此结算');
  });

  it('refuses an unknown file_qury_no (MOCK-E040)', async () => {
    const c = await signedClient();
    const r = await c.call('3202', { data: { setl_optins: '310199', file_qury_no: 'nope', stmt_begndate: '2025-06-01', stmt_enddate: '2025-06-30', clr_type: '11' } });
    expect(r.body.err_msg).toBe(`${errors.mock['MOCK-E040']}：file_qury_no`);
  });
});

describe('1301 目录下载', () => {
  it('answers flat file info and a zip with the seeded catalogue via 9102', async () => {
    const c = await signedClient();
    const r = await c.call('1301', { data: { ver: '0' } });
    expect(r.body.output).toMatchObject({ filename: 'plc', data_cn: 5, dld_end_time: expect.any(String) });
    const [entry] = readStoredZip((await download(c, r.body.output.file_qury_no, 'plc')).bytes);
    const rows = entry!.text.trim().split('\n').map((l) => l.split('\t'));
    expect(rows[0]).toEqual(['med_list_codg', 'name', 'list_type', 'chrgitm_lv', 'med_chrgitm_type', 'selfpay_prop', 'pric_uplmt_amt', 'ver']);
    expect(new Set(rows.slice(1).map((x) => x[3]))).toEqual(new Set(['01', '02', '03']));
  });

  it('answers nothing newer than the current version', async () => {
    const c = await signedClient();
    expect((await c.call('1301', { data: { ver: '20250101001' } })).body.output.data_cn).toBe(0);
    expect((await c.call('1305', { data: { ver: '0' } })).body.output.data_cn).toBe(5);
  });

  it('names a missing ver', async () => {
    const c = await signedClient();
    expect((await c.call('1301', { data: {} })).body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.ver 必填');
  });
});
