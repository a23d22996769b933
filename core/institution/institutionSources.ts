import type { PolicySource } from '../types.ts';

/**
 * The documents behind the institution side (spec ), as `PolicySource` records. Every
 * parameter of `core/institution` names one of these ids, with its own status.
 */
export const INSTITUTION_SOURCES = {
  'nhsa-2025-1': {
    id: 'nhsa-2025-1',
    docNo: '医保办发〔2025〕1号 《关于推进基本医保基金即时结算改革的通知》',
    issuer: '国家医疗保障局办公室',
    status: 'VERIFIED',
    note: 'R-18: three routes (shortened monthly settlement; per-transaction declaration and payment; monthly pre-payment with per-transaction booking). Several reports; number from the 2025-07 规程 preamble.',
  },
  'nhsa-2025-rules': {
    id: 'nhsa-2025-rules',
    docNo: '《基本医保基金即时结算经办规程（试行）》 2025-07-25',
    issuer: '(issuing office to confirm)',
    status: 'VERIFIED',
    note: 'R-18: definition of instant settlement; funds covered; institutions join on application. First articles only.',
  },
  'nhsa-2025-10': {
    id: 'nhsa-2025-10',
    docNo: '《国家医疗保障局办公室关于全面推进医保基金即时结算改革扩面提质的通知》 2025-10',
    issuer: '国家医疗保障局办公室',
    status: 'VERIFIED',
    note: 'R-18: declare by the 10th of the next month; pay within 20 working days from the day after the deadline, aiming for the end of the next month; ≥ 80 % of monthly funds and ≥ 80 % of institutions (all 二级及以上) by end-2026. Xinhua 2025-10-16, 人民日报 2025-10-27.',
  },
  'nhsa-2025-10-review': {
    id: 'nhsa-2025-10-review',
    docNo: '《国家医疗保障局办公室关于全面推进医保基金即时结算改革扩面提质的通知》 2025-10 (review clauses)',
    issuer: '国家医疗保障局办公室',
    status: 'UNVERIFIED',
    note: 'R-18, O-8: smart audit of every upload, manual review of suspicious data, random sampling, monthly deduction, risk warning and suspension are known from headings and summaries only.',
  },
  'nhsa-2022-two-bases': {
    id: 'nhsa-2022-two-bases',
    docNo: '国家医保局 两库 (intelligent-review knowledge base and rule base) rules, 2022 (title to confirm)',
    issuer: '国家医疗保障局',
    status: 'PARTIAL',
    note: 'R-18: suspicious items go 初审 → 复审 → 申诉 → 调查核实 → 违规处理.',
  },
  'nhsa-2024-101': {
    id: 'nhsa-2024-101',
    docNo: '医保办函〔2024〕101号 《关于做好医保基金预付工作的通知》 2024-11-11',
    issuer: '国家医疗保障局办公室、财政部办公厅',
    status: 'VERIFIED',
    note: 'R-19: employee pool ≥ 12 months of payments, resident fund ≥ 6 months, no deficit last year or projected; size about one month of the average monthly spending of the previous 1–3 years; annual clearing and recovery. Xinhua; official interpretation copy.',
  },
  'gs-2025-11': {
    id: 'gs-2025-11',
    docNo: '甘医保发〔2025〕11号 (prepayment), as forwarded by 张掖',
    issuer: '甘肃省医疗保障局',
    status: 'PARTIAL',
    note: 'R-19: an institution that does not repay in full at year end gets no prepayment next year; unpaid amounts may be offset against settlements. Secondary copy.',
  },
  'yn-xz-prepay': {
    id: 'yn-xz-prepay',
    docNo: '云南、西藏 prepayment 办法 / 暂行办法',
    issuer: '云南省医疗保障局; 西藏自治区医疗保障局',
    status: 'PARTIAL',
    note: 'R-19: institution conditions — a full settlement year under the agreement, no suspension or termination in the last agreement year, sound finances. Secondary copies.',
  },
  'project-default': {
    id: 'project-default',
    docNo: 'yibao-direct project default (no national text fixes this choice)',
    issuer: 'yibao-direct',
    status: 'UNVERIFIED',
    note: 'A reading or a threshold the project chose where the national text is silent or unread; configurable, check against the regional rules before use.',
  },
} as const satisfies Record<string, PolicySource>;

/** Id of a document in `INSTITUTION_SOURCES`. */
export type InstitutionSourceId = keyof typeof INSTITUTION_SOURCES;

/** A number or a reading of the institution side, with the document it comes from. */
export interface InstitutionParam<T> {
  value: T;
  source: InstitutionSourceId;
  /** The status of this value (may be weaker than its document's, e.g. a project reading). */
  status: PolicySource['status'];
  /** Rule ids, e.g. `['R-18']`. */
  rules: readonly string[];
}
