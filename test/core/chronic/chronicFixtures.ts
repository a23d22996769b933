import { Dec, emptyYearToDate, type Claim, type OpspQualification, type Person, type YearToDate } from '../../../core/index.ts';

/**
 * Spec Example 1 (published case, 潍坊 page 2023): a 廊坊 retired employee settles 门诊慢特病 in
 * 北京 on 2022-07-01. L1 阿卡波糖片 甲类 32.52; L2 瑞格列奈片 乙类 31.77 with 先行自付 0.10 (就医地
 * catalogue); expected 基金 48.89, personal 15.40. The drugs are for 糖尿病 (M01600).
 */
export const EXAMPLE_1 = { medfee: '64.29', preselfpay: '3.18', inscp: '61.11', hifp: '48.89', psnPart: '15.40' } as const;

export function retiree(opspQualifications: readonly OpspQualification[], status: Person['status'] = 'RETIRED'): Person {
  return {
    insutype: '310', psnInsuStas: '1', status, age: 68, assistanceClass: null, acctBalance: new Dec('0'),
    filings: [{
      id: 'F1', category: 'LT_RETIREE_RELOCATED', targetAdmdvs: '110000', registeredAt: '2022-03-01T09:00:00+08:00',
      validFrom: '2022-03-01', validTo: null, viaCommitment: false, commitmentDocsCompleted: false, cancelledAt: null,
    }],
    opspQualifications,
  };
}

export function chronicClaim(opspDiseaseCode: string | undefined, serviceDate = '2022-07-01', lines = example1Lines()): Claim {
  return {
    medType: 'CHRONIC_OUTPATIENT', insuplcAdmdvs: '131000', mdtrtareaAdmvs: '110105', institutionLevel: 'L2',
    networkedMedTypes: ['INPATIENT', 'GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'PHARMACY'], emergencyFlag: false, acctUsed: false,
    serviceDate, settlementTime: `${serviceDate}T10:00:00+08:00`, lines,
    ...(opspDiseaseCode === undefined ? {} : { opspDiseaseCode }),
  };
}

export function example1Lines(): Claim['lines'] {
  return [
    { lineId: 'L1', amount: new Dec('32.52'), chrgitmLv: '01', selfpayProp: new Dec('0') },
    { lineId: 'L2', amount: new Dec('31.77'), chrgitmLv: '02', selfpayProp: new Dec('0.10') },
  ];
}

/** One 甲类 line of `amount` (no 先行自付). */
export function oneLine(amount: string): Claim['lines'] {
  return [{ lineId: 'L1', amount: new Dec(amount), chrgitmLv: '01', selfpayProp: new Dec('0') }];
}

export function year(start: string, patch: Partial<YearToDate> = {}): YearToDate {
  return { ...emptyYearToDate(start), ...patch };
}
