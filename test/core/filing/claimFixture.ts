import { Dec } from '../../../core/money/index.ts';
import { MED_TYPES } from '../../../core/types.ts';
import type { Claim, Filing, Person } from '../../../core/types.ts';

/** Example 10's person: employee insured in 110105 (北京 朝阳), no filings unless given. */
export function personFixture(overrides: Partial<Person> = {}): Person {
  return {
    insutype: '310',
    psnInsuStas: '1',
    status: 'IN_SERVICE',
    age: 45,
    assistanceClass: null,
    acctBalance: new Dec('1000.00'),
    filings: [],
    opspQualifications: [],
    ...overrides,
  };
}

/** An outpatient visit from 110105 to 320508 (苏州 姑苏) on 2025-06-02, networked for everything. */
export function claimFixture(overrides: Partial<Claim> = {}): Claim {
  return {
    medType: 'GENERAL_OUTPATIENT',
    insuplcAdmdvs: '110105',
    mdtrtareaAdmvs: '320508',
    serviceDate: '2025-06-02',
    settlementTime: '2025-06-02T10:00:00+08:00',
    institutionLevel: 'L3',
    networkedMedTypes: MED_TYPES,
    emergencyFlag: false,
    acctUsed: false,
    lines: [],
    ...overrides,
  };
}

/** An inpatient stay (admission/discharge dates, no service date). */
export function stayFixture(admissionDate: string, dischargeDate: string, settlementTime: string, overrides: Partial<Claim> = {}): Claim {
  const { serviceDate: _omit, ...base } = claimFixture(overrides);
  return { ...base, medType: 'INPATIENT', admissionDate, dischargeDate, settlementTime, ...overrides };
}

/** Example 10 F1: TMP_OTHER, target 320500, registered 2025-03-01, valid 2025-03-01..2025-08-31. */
export function filingFixture(overrides: Partial<Filing> = {}): Filing {
  return {
    id: 'F1',
    category: 'TMP_OTHER',
    targetAdmdvs: '320500',
    registeredAt: '2025-03-01T09:00:00+08:00',
    validFrom: '2025-03-01',
    validTo: '2025-08-31',
    viaCommitment: false,
    commitmentDocsCompleted: false,
    cancelledAt: null,
    ...overrides,
  };
}

/** A long-term filing (no end date). */
export function longTermFixture(overrides: Partial<Filing> = {}): Filing {
  return filingFixture({ id: 'LT1', category: 'LT_RETIREE_RELOCATED', validFrom: '2025-01-10', validTo: null, registeredAt: '2025-01-10T10:00:00+08:00', ...overrides });
}
