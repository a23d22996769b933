/**
 * Seed personas (platform-api §7.8; settlement-rules R-2 … R-16). All data is fake: names are
 * 测试 placeholders, ID numbers end in zeros and fail no check because nothing checks them.
 * Dates are relative to the day the instance is seeded, so "valid" and "expired" stay true
 * whatever the clock says. The table in mocks/README.md mirrors {@link PERSONA_SUMMARY}.
 */
import type { AssistanceClass, PersonStatus } from '../settlement/coreBridge.ts';
import { addDays } from '../util/chinaTime.ts';

/** Project filing type codes (platform-api §7.2), deliberately not two-digit numbers. */
export type FilingType = 'LT-RETIRED' | 'LT-RESIDENT' | 'LT-WORK' | 'TMP-REFERRAL' | 'TMP-EMERGENCY' | 'TMP-OTHER';
export const FILING_TYPES: readonly FilingType[] = ['LT-RETIRED', 'LT-RESIDENT', 'LT-WORK', 'TMP-REFERRAL', 'TMP-EMERGENCY', 'TMP-OTHER'];

/** A cross-province filing as the mock stores it (§7.2 data model, extension). */
export interface FilingRecord {
  filing_id: string;
  psn_no: string;
  insuplc_admdvs: string;
  mdtrtarea_admdvs: string;
  filing_type: FilingType;
  begndate: string;
  enddate: string | null;
  fixmedins_code: string[];
  status: 'valid' | 'expired' | 'cancelled';
  commitment_signed: boolean;
  /** Commitment route: documents supplied later (R-6). */
  docs_completed: boolean;
  /** `yyyy-MM-dd HH:mm:ss` when the filing took effect (R-7). */
  registered_at: string;
  cancelled_at: string | null;
}

/** A 门诊慢特病 qualification (R-13): the core's fields plus who recognised it (2503 / 5301 fields). */
export interface OpspRecord {
  diseaseCode: string;
  begin: string;
  end: string | null;
  /** ide_fixmedins_no / ide_fixmedins_name: the institution that recognised it (认定机构). */
  ideFixmedinsNo: string;
  ideFixmedinsName: string;
  /** hosp_ide_date: the day the institution recognised it. */
  hospIdeDate: string;
}

/** One `insuinfo` row plus what the core needs about it. */
export interface InsuRow {
  insutype: string;
  insuplc_admdvs: string;
  psn_type: string;
  psn_insu_stas: string;
  psn_insu_date: string;
  paus_insu_date: string | null;
  cvlserv_flag: string;
  emp_name: string | null;
  /** Opening personal-account balance, decimal string. */
  balc: string;
  /** Core policy pack used for this row; null = no pack (the mock cannot settle it). */
  policyPackId: string | null;
  status: PersonStatus;
}

export interface Persona {
  key: string;
  who: string;
  demonstrates: string;
  psn_no: string;
  psn_cert_type: string;
  certno: string;
  psn_name: string;
  gend: string;
  naty: string;
  brdy: string;
  card_no: string;
  card_sn: string;
  /** 电子凭证 token (`mdtrt_cert_type 01`) and the QR string that decodes to it. */
  ec_token: string;
  ec_qr: string;
  assistanceClass: AssistanceClass | null;
  insuinfo: InsuRow[];
  filings: FilingRecord[];
  /** 门诊慢特病 qualifications recognised by the 参保地 (R-13), as 5301 answers them. */
  opsp: OpspRecord[];
  /** Year-to-date seeds on top of an empty accumulator (decimal strings). */
  ytdSeed?: { outpatientDeductibleUsed?: string; majorIllnessBelowDeductibleBy?: string; chronicFundPaidByDisease?: Readonly<Record<string, string>> };
  /** The institution this persona is meant to be used with. */
  homeInstitution: string;
  /** Care type the persona is meant for (med_type), for docs and tests. */
  medType: string;
}

const row = (r: Partial<InsuRow> & Pick<InsuRow, 'insutype' | 'insuplc_admdvs' | 'policyPackId' | 'status'>): InsuRow => ({
  psn_type: r.insutype === '390' ? '1501' : r.status === 'RETIRED' ? '1102' : '1101',
  psn_insu_stas: '1', psn_insu_date: '2010-01-01', paus_insu_date: null, cvlserv_flag: '0',
  emp_name: r.insutype === '310' ? '模拟单位' : null, balc: r.insutype === '310' ? '2000.00' : '0', ...r,
});

interface FilingSeed { type: FilingType; to: string; from: string; until: string | null; commitment?: boolean; docs?: boolean; status?: FilingRecord['status'] }

/** Builds the seed personas for an instance seeded on `today` (`yyyy-MM-dd`). */
export function buildPersonas(today: string): Persona[] {
  let n = 0;
  const filing = (psnNo: string, insuplc: string, f: FilingSeed): FilingRecord => ({
    filing_id: `MXBA${psnNo.slice(-6)}${String(++n).padStart(4, '0')}`, psn_no: psnNo, insuplc_admdvs: insuplc,
    mdtrtarea_admdvs: f.to, filing_type: f.type, begndate: f.from, enddate: f.until, fixmedins_code: [],
    status: f.status ?? (f.until !== null && f.until < today ? 'expired' : 'valid'), commitment_signed: f.commitment ?? false,
    docs_completed: f.docs ?? true, registered_at: `${f.from} 09:00:00`, cancelled_at: null,
  });
  const person = (
    i: number, p: Omit<Persona, 'psn_no' | 'certno' | 'card_no' | 'card_sn' | 'ec_token' | 'ec_qr' | 'psn_cert_type' | 'naty' | 'filings'>,
    filings: FilingSeed[],
  ): Persona => {
    const insuplc = p.insuinfo[0]!.insuplc_admdvs;
    const nn = String(i).padStart(2, '0');
    const psnNo = `${insuplc.slice(0, 2)}000000000000000${nn}0`.slice(0, 20);
    return {
      ...p, psn_no: psnNo, psn_cert_type: '01', naty: '01',
      certno: `${insuplc}${p.brdy.replace(/-/g, '')}00${nn}`,
      card_no: `MX${insuplc}00000${nn}`, card_sn: `${insuplc.slice(0, 2)}CARDSN00${nn}`,
      ec_token: `${insuplc.slice(0, 2)}0000${`ecmock${psnNo}`.padEnd(32, '0')}`,
      ec_qr: `${'6'.repeat(18)}000000${nn}0`.padEnd(28, '0'),
      filings: filings.map((f) => filing(psnNo, insuplc, f)),
    };
  };
  const ago = (d: number) => addDays(today, -d);
  const ahead = (d: number) => addDays(today, d);

  return [
    person(1, { key: 'retiree-relocated', who: '内蒙古（呼和浩特）职工退休人员，异地安置到上海', demonstrates: 'LT-RETIRED 长期备案（材料齐全）：住院直接结算，不降比例，双向享受',
      gend: '1', brdy: '1950-03-01', psn_name: '测试退休甲', assistanceClass: null, medType: '21', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '150102', policyPackId: 'nmg-310-2025', status: 'RETIRED', balc: '3200.00' })], opsp: [] },
    [{ type: 'LT-RETIRED', to: '310000', from: ago(730), until: null }]),
    person(2, { key: 'resident-commitment', who: '城乡居民，承诺制长期居住备案，材料未补齐', demonstrates: 'LT-RESIDENT 承诺制：可直接结算，但双向享受待遇尚未生效 (R-6, R-10)',
      gend: '2', brdy: '1985-07-12', psn_name: '测试居民乙', assistanceClass: null, medType: '21', homeInstitution: 'H31011500022',
      insuinfo: [row({ insutype: '390', insuplc_admdvs: '510104', policyPackId: 'synthetic-390-examples', status: 'RESIDENT_ADULT' })], opsp: [] },
    [{ type: 'LT-RESIDENT', to: '310100', from: ago(90), until: null, commitment: true, docs: false }]),
    person(3, { key: 'posted-worker', who: '北京职工，常驻上海工作', demonstrates: 'LT-WORK 常驻异地工作备案到上海市（市级备案覆盖所有区）',
      gend: '1', brdy: '1988-11-02', psn_name: '测试职工丙', assistanceClass: null, medType: '21', homeInstitution: 'H31011500022',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '110105', policyPackId: 'bj-310-2025', status: 'IN_SERVICE', balc: '5000.00' })], opsp: [] },
    [{ type: 'LT-WORK', to: '310100', from: ago(200), until: null }]),
    person(4, { key: 'referral', who: '职工（SYNTHETIC 参保地），转诊到上海三级医院', demonstrates: 'TMP-REFERRAL 临时备案：比例降低 10 个百分点 (R-9)',
      gend: '2', brdy: '1970-05-20', psn_name: '测试转诊丁', assistanceClass: null, medType: '21', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '420106', policyPackId: 'synthetic-310-examples', status: 'IN_SERVICE', balc: '1500.00' })], opsp: [] },
    [{ type: 'TMP-REFERRAL', to: '310000', from: ago(30), until: ahead(150) }]),
    person(5, { key: 'emergency-unfiled', who: '职工（SYNTHETIC 参保地），出差上海急诊，未备案', demonstrates: '急诊视同已备案 (R-5)：med_type 13 直接结算；同一人普通门诊 11 被拒 (MOCK-E030)',
      gend: '1', brdy: '1992-01-15', psn_name: '测试急诊戊', assistanceClass: null, medType: '13', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '420106', policyPackId: 'synthetic-310-examples', status: 'IN_SERVICE', balc: '900.00' })], opsp: [],
      ytdSeed: { outpatientDeductibleUsed: '800' } },
    []),
    person(6, { key: 'expired-other', who: '城乡居民，其他临时外出就医备案已过期', demonstrates: 'TMP-OTHER 备案 10 天前到期：预结算/结算被拒 MOCK-E030（提示重新备案）',
      gend: '2', brdy: '1979-09-09', psn_name: '测试过期己', assistanceClass: null, medType: '11', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '390', insuplc_admdvs: '510104', policyPackId: 'synthetic-390-examples', status: 'RESIDENT_ADULT' })], opsp: [] },
    [{ type: 'TMP-OTHER', to: '310000', from: ago(193), until: ago(10) }]),
    person(7, { key: 'major-illness-edge', who: '城乡居民，大病保险累计差 50 元达到起付线', demonstrates: '大病保险 (R-15)：一次住院越过起付线，hifmi_pay > 0',
      gend: '1', brdy: '1962-02-28', psn_name: '测试大病庚', assistanceClass: null, medType: '21', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '390', insuplc_admdvs: '510104', policyPackId: 'synthetic-390-examples', status: 'RESIDENT_ADULT' })], opsp: [],
      ytdSeed: { majorIllnessBelowDeductibleBy: '50' } },
    [{ type: 'LT-RESIDENT', to: '310000', from: ago(400), until: null }]),
    person(8, { key: 'dibao-assistance', who: '城乡居民低保对象', demonstrates: '医疗救助 (R-16) 一站式结算：maf_pay > 0；大病倾斜',
      gend: '2', brdy: '1958-12-01', psn_name: '测试低保辛', assistanceClass: 'DIBAO', medType: '21', homeInstitution: 'H31011500022',
      insuinfo: [row({ insutype: '390', insuplc_admdvs: '510104', policyPackId: 'synthetic-390-examples', status: 'RESIDENT_ELDERLY' })], opsp: [] },
    [{ type: 'LT-RESIDENT', to: '310000', from: ago(300), until: null }]),
    person(9, { key: 'low-balance', who: '职工，个人账户余额仅 12.34 元', demonstrates: '个人账户不足：acct_pay = 12.34，其余现金 (S-9)',
      gend: '1', brdy: '1990-06-06', psn_name: '测试余额壬', assistanceClass: null, medType: '11', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '420106', policyPackId: 'synthetic-310-examples', status: 'IN_SERVICE', balc: '12.34' })], opsp: [],
      ytdSeed: { outpatientDeductibleUsed: '800' } },
    [{ type: 'LT-WORK', to: '310000', from: ago(100), until: null }]),
    person(10, { key: 'non-networked', who: '职工，长期备案有效，但就诊机构未联网', demonstrates: '在 H31011200044 就诊：MOCK-E031 NOT_DIRECT_MANUAL_CLAIM (R-12)',
      gend: '2', brdy: '1975-04-04', psn_name: '测试未联网癸', assistanceClass: null, medType: '11', homeInstitution: 'H31011200044',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '420106', policyPackId: 'synthetic-310-examples', status: 'IN_SERVICE' })], opsp: [] },
    [{ type: 'LT-RESIDENT', to: '310000', from: ago(500), until: null }]),
    person(11, { key: 'outpatient-employee', who: '职工，常驻上海工作，本年门诊起付线已用完', demonstrates: 'README 的 curl 走查：2201 → 2204 → 2206 → 2207 → 2208，统筹 + 个账',
      gend: '1', brdy: '1986-08-18', psn_name: '测试门诊子', assistanceClass: null, medType: '11', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '420106', policyPackId: 'synthetic-310-examples', status: 'IN_SERVICE', balc: '2000.00' })], opsp: [],
      ytdSeed: { outpatientDeductibleUsed: '800' } },
    [{ type: 'LT-WORK', to: '310000', from: ago(365), until: null }]),
    person(12, { key: 'pharmacy-ec', who: '滁州职工，常驻上海，用医保电子凭证在定点药店购药', demonstrates: '电子凭证解码 → 1101 (type 01) → 2101 / 2102 / 2103，med_type 41；参保地不开放跨省药店统筹 (R-14)：基金 0，个账支付',
      gend: '2', brdy: '1983-10-10', psn_name: '测试购药丑', assistanceClass: null, medType: '41', homeInstitution: 'P31010600033',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '341102', policyPackId: 'cz-310-2022', status: 'IN_SERVICE', balc: '800.00' })], opsp: [] },
    [{ type: 'LT-WORK', to: '310000', from: ago(365), until: null }]),
    person(13, { key: 'suspended', who: '北京职工，职工医保暂停参保，另有终止的居民险种行', demonstrates: 'psn_insu_stas 2 / 4：1101 照常返回，结算 MOCK-E021',
      gend: '1', brdy: '1980-01-01', psn_name: '测试暂停寅', assistanceClass: null, medType: '21', homeInstitution: 'H31010600011',
      insuinfo: [
        row({ insutype: '310', insuplc_admdvs: '110105', policyPackId: 'bj-310-2025', status: 'IN_SERVICE', psn_insu_stas: '2', paus_insu_date: ago(60), balc: '100.00' }),
        row({ insutype: '390', insuplc_admdvs: '110105', policyPackId: null, status: 'RESIDENT_ADULT', psn_insu_stas: '4', paus_insu_date: '2015-12-31' }),
      ], opsp: [] },
    [{ type: 'LT-WORK', to: '310000', from: ago(365), until: null }]),
    person(14, { key: 'chronic-langfang', who: '河北廊坊职工退休人员，异地安置到北京，糖尿病门诊慢特病资格有效（另有高血压资格）',
      demonstrates: '门诊慢特病 med_type 14 (R-13)：5301 查询资格；糖尿病 M01600 在北京结算复现 Example 1（基金 48.89 / 个人 15.40）；高血压 M03900 参保地未开通跨省 → CHRONIC_DISEASE_NOT_ENABLED',
      gend: '2', brdy: '1954-07-01', psn_name: '测试慢病卯', assistanceClass: null, medType: '14', homeInstitution: 'H11010500055', // not seeded: the mock's lenient default, a networked 二级 hospital at the envelope's place
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '131002', policyPackId: 'lf-310-2022', status: 'RETIRED', balc: '1500.00' })],
      opsp: [
        { diseaseCode: 'M01600', begin: ago(900), end: ahead(45), ideFixmedinsNo: 'H13100200066', ideFixmedinsName: '模拟廊坊市人民医院', hospIdeDate: ago(905) },
        { diseaseCode: 'M03900', begin: ago(400), end: null, ideFixmedinsNo: 'H13100200066', ideFixmedinsName: '模拟廊坊市人民医院', hospIdeDate: ago(402) },
      ] },
    [{ type: 'LT-RETIRED', to: '110000', from: ago(1000), until: null }]),
    person(15, { key: 'chronic-lapsed', who: '河北廊坊职工退休人员，异地安置到北京，糖尿病门诊慢特病资格 20 天前到期',
      demonstrates: '资格过期 (R-13, D-7)：2206 被拒 MOCK-E031 CHRONIC_NOT_QUALIFIED/LAPSED（提示向参保地申请复审）',
      gend: '1', brdy: '1952-11-11', psn_name: '测试过期辰', assistanceClass: null, medType: '14', homeInstitution: 'H11010500055',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '131002', policyPackId: 'lf-310-2022', status: 'RETIRED', balc: '900.00' })],
      opsp: [{ diseaseCode: 'M01600', begin: ago(750), end: ago(20), ideFixmedinsNo: 'H13100200066', ideFixmedinsName: '模拟廊坊市人民医院', hospIdeDate: ago(752) }] },
    [{ type: 'LT-RETIRED', to: '110000', from: ago(1000), until: null }]),
    person(16, { key: 'chronic-limit', who: '职工（SYNTHETIC 参保地），常驻上海，高血压门诊慢特病本年基金已付 2,950 元',
      demonstrates: '病种年度限额 (DF-18)：高血压 M03900 年限额 3,000（SYNTHETIC），本年剩余 50；一次结算即达限额，其余个人负担',
      gend: '1', brdy: '1968-03-03', psn_name: '测试限额巳', assistanceClass: null, medType: '14', homeInstitution: 'H31010600011',
      insuinfo: [row({ insutype: '310', insuplc_admdvs: '420106', policyPackId: 'synthetic-310-examples', status: 'IN_SERVICE', balc: '600.00' })],
      opsp: [{ diseaseCode: 'M03900', begin: ago(500), end: null, ideFixmedinsNo: 'H42010600077', ideFixmedinsName: '模拟武汉市第一医院', hospIdeDate: ago(501) }],
      ytdSeed: { chronicFundPaidByDisease: { M03900: '2950' } } },
    [{ type: 'LT-WORK', to: '310000', from: ago(365), until: null }]),
  ];
}

/** Who each persona is and what it demonstrates (for docs and GET /__mock__/personas). */
export const PERSONA_SUMMARY = (personas: readonly Persona[]) => personas.map((p) => ({
  key: p.key, psn_no: p.psn_no, certno: p.certno, card_no: p.card_no, card_sn: p.card_sn, ec_qr: p.ec_qr, who: p.who, demonstrates: p.demonstrates, med_type: p.medType,
  insutype: p.insuinfo[0]!.insutype, insuplc_admdvs: p.insuinfo[0]!.insuplc_admdvs, policy: p.insuinfo[0]!.policyPackId,
  fixmedins_code: p.homeInstitution, filings: p.filings.map((f) => `${f.filing_type}→${f.mdtrtarea_admdvs} ${f.status}`),
}));
