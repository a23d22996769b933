import type { LocalText, PolicySource } from '../types.ts';

/** The five nationally piloted groups of 门诊慢特病 settled across provinces. */
export type ChronicDiseaseGroup = 'HYPERTENSION' | 'DIABETES' | 'CANCER_TREATMENT' | 'DIALYSIS' | 'TRANSPLANT_ANTIREJECTION';

/** One national 门诊慢特病 code. */
export interface ChronicDisease {
  /** National 门诊慢特病 病种目录代码 (`opsp_dise_code` in 2503 / 5301, `dise_codg` in 2203 / 2204). */
  code: string;
  group: ChronicDiseaseGroup;
  /** The disease as the code list names it (zh) and in plain English. */
  name: LocalText;
}

/** Where the codes come from; every pack that enables a code cites it through this list. */
export const CHRONIC_DISEASES_SOURCE: PolicySource = Object.freeze({
  id: 'national-opsp-codes',
  docNo: '国家门诊慢特病病种目录代码 as seen in public hospital client code and a real 5301 response (issue 12; settlement-rules R-13)',
  issuer: '国家医疗保障局 (codes as used by the national platform)',
  status: 'PARTIAL',
  note:
    'The five nationally piloted diseases (R-13: count VERIFIED, list PARTIAL). Codes from integration code and one recorded 5301 ' +
    'reply (M03900), not from the published national code table; names follow that code. 尿毒症透析 has two codes (血透 / 腹透).',
});

/** The national list: 高血压, 糖尿病, 恶性肿瘤门诊放化疗, 尿毒症透析 (two codes), 器官移植术后抗排异治疗. */
export const CHRONIC_DISEASES: readonly ChronicDisease[] = Object.freeze(([
  { code: 'M03900', group: 'HYPERTENSION', name: { zh: '高血压病', en: 'Hypertension' } },
  { code: 'M01600', group: 'DIABETES', name: { zh: '糖尿病', en: 'Diabetes' } },
  { code: 'M00503', group: 'CANCER_TREATMENT', name: { zh: '恶性肿瘤放、化、介入或核素治疗', en: 'Cancer radiotherapy, chemotherapy, interventional or nuclide treatment' } },
  { code: 'M07803', group: 'DIALYSIS', name: { zh: '慢性肾功能不全（血透治疗）', en: 'Chronic renal failure (haemodialysis)' } },
  { code: 'M07804', group: 'DIALYSIS', name: { zh: '慢性肾功能不全（腹透治疗）', en: 'Chronic renal failure (peritoneal dialysis)' } },
  { code: 'M08300', group: 'TRANSPLANT_ANTIREJECTION', name: { zh: '器官移植抗排异治疗', en: 'Anti-rejection treatment after organ transplant' } },
] satisfies ChronicDisease[]).map((d) => Object.freeze({ ...d, name: Object.freeze(d.name) })));

const BY_CODE: ReadonlyMap<string, ChronicDisease> = new Map(CHRONIC_DISEASES.map((d) => [d.code, d]));

/**
 * The national 门诊慢特病 entry for a code.
 * @param code - a disease code such as `M01600`
 * @returns the entry, or undefined for a code outside the national cross-province list
 */
export function chronicDiseaseOf(code: unknown): ChronicDisease | undefined {
  return typeof code === 'string' ? BY_CODE.get(code) : undefined;
}
