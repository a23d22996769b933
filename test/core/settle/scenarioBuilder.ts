import {
  Dec, emptyYearToDate, type Claim, type FeeLine, type Person, type YearToDate,
} from '../../../core/index.ts';

/** A 职工 in service with a long-term filing to 苏州 (320500), treated in 320508: settles directly. */
export function employee(over: Partial<Person> = {}): Person {
  return {
    insutype: '310', psnInsuStas: '1', status: 'IN_SERVICE', age: 45, assistanceClass: null, acctBalance: new Dec('5000'),
    filings: [{
      id: 'F1', category: 'LT_RESIDENT', targetAdmdvs: '320500', registeredAt: '2025-01-02T09:00:00+08:00',
      validFrom: '2025-01-02', validTo: null, viaCommitment: false, commitmentDocsCompleted: false, cancelledAt: null,
    }],
    opspQualifications: [],
    ...over,
  };
}

export function resident(over: Partial<Person> = {}): Person {
  return employee({ insutype: '390', status: 'RESIDENT_ADULT', acctBalance: new Dec(0), ...over });
}

export function line(amount: string, over: Partial<FeeLine> = {}): FeeLine {
  return { lineId: `L-${amount}`, amount: new Dec(amount), chrgitmLv: '01', selfpayProp: new Dec(0), ...over };
}

export function inpatient(lines: FeeLine[], over: Partial<Claim> = {}): Claim {
  return {
    medType: 'INPATIENT', insuplcAdmdvs: '410102', mdtrtareaAdmvs: '320508', admissionDate: '2025-06-01', dischargeDate: '2025-06-10',
    settlementTime: '2025-06-10T10:00:00+08:00', institutionLevel: 'L3',
    networkedMedTypes: ['INPATIENT', 'GENERAL_OUTPATIENT', 'CHRONIC_OUTPATIENT', 'PHARMACY'], emergencyFlag: false, acctUsed: false, lines, ...over,
  };
}

export function outpatient(lines: FeeLine[], over: Partial<Claim> = {}): Claim {
  const { admissionDate: _a, dischargeDate: _d, ...rest } = inpatient(lines, { medType: 'GENERAL_OUTPATIENT', institutionLevel: 'L1' });
  return { ...rest, serviceDate: '2025-06-10', ...over };
}

export const year2025 = (over: Partial<YearToDate> = {}): YearToDate => ({ ...emptyYearToDate('2025-01-01'), ...over });
