import type { Level, MedType } from '../settlement/coreBridge.ts';

/** A seeded 定点医药机构 at the treatment place (就医地). */
export interface Institution {
  fixmedins_code: string;
  fixmedins_name: string;
  /** 1 定点医疗机构, 2 定点零售药店 (platform-api §6.12). */
  fixmedins_type: '1' | '2';
  admdvs: string;
  level: Level;
  /** Care types networked for cross-province settlement; empty = not networked. */
  networkedMedTypes: readonly MedType[];
  demonstrates: string;
}

/** Seeded institutions, all in 上海 (31xxxx). Names are fictitious. */
export const INSTITUTIONS: readonly Institution[] = [
  { fixmedins_code: 'H31010600011', fixmedins_name: '模拟市第一人民医院', fixmedins_type: '1', admdvs: '310106', level: 'L3',
    networkedMedTypes: ['GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'INPATIENT'], demonstrates: '三级医院，门诊、门慢特、住院均已跨省联网' },
  { fixmedins_code: 'H31011500022', fixmedins_name: '模拟区中心医院', fixmedins_type: '1', admdvs: '310115', level: 'L2',
    networkedMedTypes: ['GENERAL_OUTPATIENT', 'INPATIENT'], demonstrates: '二级医院，门诊和住院已跨省联网' },
  { fixmedins_code: 'P31010600033', fixmedins_name: '模拟大药房', fixmedins_type: '2', admdvs: '310106', level: 'PRIMARY',
    networkedMedTypes: ['PHARMACY'], demonstrates: '跨省联网定点零售药店' },
  { fixmedins_code: 'H31011200044', fixmedins_name: '模拟社区门诊部', fixmedins_type: '1', admdvs: '310112', level: 'PRIMARY',
    networkedMedTypes: [], demonstrates: '未开通跨省直接结算的定点机构（R-12 手工报销）' },
];

/** The seeded institution, or a networked L2 hospital at the envelope's place (lenient default). */
export function findInstitution(code: string, mdtrtareaAdmvs: string): Institution {
  return INSTITUTIONS.find((i) => i.fixmedins_code === code) ?? {
    fixmedins_code: code, fixmedins_name: code, fixmedins_type: code.startsWith('P') ? '2' : '1', admdvs: mdtrtareaAdmvs,
    level: 'L2', networkedMedTypes: ['GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'INPATIENT', 'PHARMACY'],
    demonstrates: 'not seeded: treated as a networked 二级 institution',
  };
}
