/**
 * Request bodies for whole flows (outpatient, inpatient, pharmacy), built from the seeded
 * catalogue codes. Used by the contract tests, the HTTP flow tests and the bench.
 */
import type { PlatformClient } from './platformClient.ts';

export interface PersonRef {
  psn_no: string;
  insutype: string;
  insuplc: string;
  certno: string;
}

export const DRUG_A = { code: 'XA10BAA001A001010100001', pric: 12.5 };
export const DRUG_B = { code: 'XC08CAA002A001010100002', pric: 33.8 };
export const EXAM = { code: '001102000010000', pric: 25 };
export const SELF_PAY = { code: 'XV99ZZZ010A001010100010', pric: 58 };
export const BED = { code: '110900001000000', pric: 90 };
export const SURGERY = { code: '330100001000000', pric: 4200 };

let flowClock: () => number = Date.now;
/** Visit times follow the mock's clock (contract tests pin it; HTTP flows use the real one). */
export function setFlowClock(clock: () => number): void {
  flowClock = clock;
}

const nowStr = (offsetDays = 0) => {
  const t = new Date(flowClock() + offsetDays * 86_400_000 + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)}`;
};

export function feeRow(p: PersonRef, mdtrtId: string, sn: string, item: { code: string; pric: number }, cnt: number, chrgBchno?: string) {
  return {
    feedetl_sn: sn, mdtrt_id: mdtrtId, psn_no: p.psn_no, ...(chrgBchno ? { chrg_bchno: chrgBchno } : {}), rx_circ_flag: '0',
    fee_ocur_time: nowStr(), med_list_codg: item.code, medins_list_codg: `HOSP-${item.code.slice(0, 8)}`,
    det_item_fee_sumamt: Math.round(item.pric * cnt * 100) / 100, cnt, pric: item.pric, bilg_dept_codg: 'D01', bilg_dept_name: '内科',
    bilg_dr_codg: 'DR01', bilg_dr_name: '测试医生', hosp_appr_flag: '0',
  };
}

export async function register(c: PlatformClient, p: PersonRef, o: { certType?: string; certNo?: string } = {}) {
  return c.call('2201', {
    data: {
      psn_no: p.psn_no, insutype: p.insutype, begntime: nowStr(), mdtrt_cert_type: o.certType ?? '02', mdtrt_cert_no: o.certNo ?? p.certno,
      ipt_otp_no: `OTP${Date.now()}`, atddr_no: 'DR01', dr_name: '测试医生', dept_code: 'D01', dept_name: '内科', caty: 'A03',
    },
  }, { insuplc: p.insuplc });
}

export async function uploadVisit(c: PlatformClient, p: PersonRef, mdtrtId: string, medType = '11') {
  return c.call('2203', {
    mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: p.psn_no, med_type: medType, begntime: nowStr() },
    diseinfo: [{ diag_type: '1', diag_srt_no: '1', diag_code: 'J06.900', diag_name: '急性上呼吸道感染', diag_dept: '内科', dise_dor_no: 'DR01', dise_dor_name: '测试医生', diag_time: nowStr(), vali_flag: '1' }],
  }, { insuplc: p.insuplc });
}

export function settleData(p: PersonRef, mdtrtId: string, chrgBchno: string, medfee: number, medType = '11', acct = '1') {
  return {
    psn_no: p.psn_no, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, med_type: medType, medfee_sumamt: medfee, psn_setlway: '01',
    mdtrt_id: mdtrtId, chrg_bchno: chrgBchno, acct_used_flag: acct, insutype: p.insutype,
  };
}

/** The four split amounts 2207 echoes from 2206's output. */
export const echoSplit = (setlinfo: Record<string, number>) => ({
  fulamt_ownpay_amt: setlinfo.fulamt_ownpay_amt, overlmt_selfpay: setlinfo.overlmt_selfpay,
  preselfpay_amt: setlinfo.preselfpay_amt, inscp_scp_amt: setlinfo.inscp_scp_amt,
});

/** 2201 → 2203 → 2204 → 2206; returns what 2207 needs. */
export async function prepareOutpatient(c: PlatformClient, p: PersonRef, rows = [[DRUG_A, 2], [DRUG_B, 1], [EXAM, 1]] as [typeof DRUG_A, number][], medType = '11') {
  const reg = await register(c, p);
  if (reg.body.infcode !== 0) return { failed: reg };
  const mdtrtId: string = reg.body.output.data.mdtrt_id;
  const v = await uploadVisit(c, p, mdtrtId, medType);
  if (v.body.infcode !== 0) return { failed: v };
  const chrgBchno = `B${mdtrtId}`;
  const feedetail = rows.map(([item, cnt], i) => feeRow(p, mdtrtId, `${mdtrtId}-${i + 1}`, item, cnt, chrgBchno));
  const up = await c.call('2204', { feedetail }, { insuplc: p.insuplc });
  if (up.body.infcode !== 0) return { failed: up };
  const medfee = Math.round(feedetail.reduce((s, r) => s + Math.round(r.det_item_fee_sumamt * 100), 0)) / 100;
  const pre = await c.call('2206', { data: settleData(p, mdtrtId, chrgBchno, medfee, medType) }, { insuplc: p.insuplc });
  if (pre.body.infcode !== 0) return { failed: pre };
  return { mdtrtId, chrgBchno, medfee, upload: up, pre, settleInput: { data: { ...settleData(p, mdtrtId, chrgBchno, medfee, medType), ...echoSplit(pre.body.output.setlinfo) } } };
}

export function admitInput(p: PersonRef, medType = '21', begntime = nowStr(-6)) {
  return {
    mdtrtinfo: {
      psn_no: p.psn_no, insutype: p.insutype, begntime, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, med_type: medType,
      ipt_no: `IPT${Date.now()}`, atddr_no: 'DR01', chfpdr_name: '测试主任', adm_diag_dscr: '肺炎', adm_dept_codg: 'D02',
      adm_dept_name: '呼吸科', adm_bed: '12', dscg_maindiag_code: 'J18.900', dscg_maindiag_name: '肺炎',
    },
    diseinfo: [{ psn_no: p.psn_no, diag_type: '1', maindiag_flag: '1', diag_srt_no: '1', diag_code: 'J18.900', diag_name: '肺炎', diag_dept: '呼吸科', dise_dor_no: 'DR01', dise_dor_name: '测试医生', diag_time: begntime }],
  };
}

export function dischargeInput(p: PersonRef, mdtrtId: string, endtime = nowStr(-1)) {
  return {
    dscginfo: { mdtrt_id: mdtrtId, psn_no: p.psn_no, insutype: p.insutype, endtime, dscg_dept_codg: 'D02', dscg_dept_name: '呼吸科', dscg_way: '1' },
    diseinfo: [],
  };
}

export function inpatientSettleData(p: PersonRef, mdtrtId: string, medfee: number, mid = '0') {
  return { psn_no: p.psn_no, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, medfee_sumamt: medfee, psn_setlway: '01', mdtrt_id: mdtrtId, acct_used_flag: '1', insutype: p.insutype, mid_setl_flag: mid };
}

/** 2401 → 2301 (bed × 5, surgery, drug) → 2402 → 2303; returns what 2304 needs. */
export async function prepareInpatient(c: PlatformClient, p: PersonRef, rows = [[BED, 5], [SURGERY, 1], [DRUG_B, 10]] as [typeof BED, number][]) {
  const adm = await c.call('2401', admitInput(p), { insuplc: p.insuplc });
  if (adm.body.infcode !== 0) return { failed: adm };
  const mdtrtId: string = adm.body.output.result.mdtrt_id;
  const feedetail = rows.map(([item, cnt], i) => feeRow(p, mdtrtId, `${mdtrtId}-${i + 1}`, item, cnt));
  const up = await c.call('2301', { feedetail }, { insuplc: p.insuplc });
  if (up.body.infcode !== 0) return { failed: up };
  const dscg = await c.call('2402', dischargeInput(p, mdtrtId), { insuplc: p.insuplc });
  if (dscg.body.infcode !== 0) return { failed: dscg };
  const medfee = feedetail.reduce((s, r) => s + Math.round(r.det_item_fee_sumamt * 100), 0) / 100;
  const pre = await c.call('2303', { data: { ...inpatientSettleData(p, mdtrtId, medfee), ...echoSplit(pre0(0)) } }, { insuplc: p.insuplc });
  return { mdtrtId, medfee, admit: adm, upload: up, pre, settleInput: pre.body.infcode === 0 ? { data: { ...inpatientSettleData(p, mdtrtId, medfee), ...echoSplit(pre.body.output.setlinfo) } } : null };
}

const pre0 = (v: number) => ({ fulamt_ownpay_amt: v, overlmt_selfpay: v, preselfpay_amt: v, inscp_scp_amt: v });

export function pharmacyInput(p: PersonRef & { ecToken: string }, rows = [[DRUG_A, 2], [DRUG_B, 1]] as [typeof DRUG_A, number][]) {
  const drugdetail = rows.map(([item, cnt], i) => {
    const { mdtrt_id: _m, psn_no: _p, ...r } = feeRow(p, '', `D${i + 1}`, item, cnt);
    return r;
  });
  const medfee = drugdetail.reduce((s, r) => s + Math.round(r.det_item_fee_sumamt * 100), 0) / 100;
  return {
    druginfo: {
      psn_no: p.psn_no, mdtrt_cert_type: '01', mdtrt_cert_no: p.ecToken, begntime: nowStr(), medfee_sumamt: medfee, insutype: p.insutype,
      acct_used_flag: '1', med_type: '41',
    },
    drugdetail,
  };
}
