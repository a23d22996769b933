/**
 * The treatment place's (就医地) catalogue the mock serves through 1301-style downloads and uses to
 * split fee lines (R-8: 就医地目录). Seeded fixture data: codes have the shape of national codes but
 * the items and prices are invented.
 */
export interface CatalogueItem {
  med_list_codg: string;
  name: string;
  /** 101 西药中成药, 102 中药饮片, 201 医疗服务项目, 301 医用耗材 (set A, platform-api §6.12). */
  list_type: string;
  /** 01 甲类, 02 乙类, 03 丙类/自费. */
  chrgitm_lv: '01' | '02' | '03';
  med_chrgitm_type: string;
  /** Decimal string, 0 … 1. */
  selfpay_prop: string;
  /** Per-unit price cap; '999999' = no cap. */
  pric_uplmt_amt: string;
  /** Catalogue version the row belongs to (1301 `ver`). */
  ver: string;
}

export const CATALOGUE_VERSION = '20250101001';

export const CATALOGUE: readonly CatalogueItem[] = [
  { med_list_codg: 'XA10BAA001A001010100001', name: '二甲双胍片', list_type: '101', chrgitm_lv: '01', med_chrgitm_type: '09', selfpay_prop: '0', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  { med_list_codg: 'XC08CAA002A001010100002', name: '氨氯地平片', list_type: '101', chrgitm_lv: '02', med_chrgitm_type: '09', selfpay_prop: '0.1', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  { med_list_codg: 'XJ01DCA003A001010100003', name: '头孢呋辛酯片', list_type: '101', chrgitm_lv: '02', med_chrgitm_type: '09', selfpay_prop: '0.05', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  { med_list_codg: 'ZA04BAA004B002020100004', name: '感冒清热颗粒', list_type: '101', chrgitm_lv: '02', med_chrgitm_type: '11', selfpay_prop: '0.1', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  { med_list_codg: '001102000010000', name: '门诊诊查费', list_type: '201', chrgitm_lv: '01', med_chrgitm_type: '02', selfpay_prop: '0', pric_uplmt_amt: '30', ver: CATALOGUE_VERSION },
  { med_list_codg: '250101001000000', name: '血常规', list_type: '201', chrgitm_lv: '01', med_chrgitm_type: '04', selfpay_prop: '0', pric_uplmt_amt: '25', ver: CATALOGUE_VERSION },
  { med_list_codg: '210300001000000', name: 'X线计算机体层(CT)扫描', list_type: '201', chrgitm_lv: '02', med_chrgitm_type: '03', selfpay_prop: '0.1', pric_uplmt_amt: '300', ver: CATALOGUE_VERSION },
  { med_list_codg: '110900001000000', name: '床位费', list_type: '201', chrgitm_lv: '01', med_chrgitm_type: '01', selfpay_prop: '0', pric_uplmt_amt: '80', ver: CATALOGUE_VERSION },
  { med_list_codg: '330100001000000', name: '手术费', list_type: '201', chrgitm_lv: '02', med_chrgitm_type: '06', selfpay_prop: '0.05', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  { med_list_codg: 'C01010100100000000001', name: '一次性输液器', list_type: '301', chrgitm_lv: '02', med_chrgitm_type: '08', selfpay_prop: '0.2', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  { med_list_codg: 'XV99ZZZ010A001010100010', name: '营养补充剂（自费）', list_type: '101', chrgitm_lv: '03', med_chrgitm_type: '09', selfpay_prop: '1', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
];

const BY_CODE = new Map(CATALOGUE.map((i) => [i.med_list_codg, i]));

/** A catalogue row; codes not in the catalogue are split as 全自费 (丙类), with a memo. */
export function lookupCatalogue(medListCodg: string): { item: CatalogueItem; known: boolean } {
  const item = BY_CODE.get(medListCodg);
  if (item) return { item, known: true };
  return {
    known: false,
    item: { med_list_codg: medListCodg, name: medListCodg, list_type: '101', chrgitm_lv: '03', med_chrgitm_type: '14',
      selfpay_prop: '1', pric_uplmt_amt: '999999', ver: CATALOGUE_VERSION },
  };
}
