import { Dec } from '../../../core/money/index.ts';
import type { PolicySet } from '../../../core/types.ts';

type CrossProvince = PolicySet['crossProvince'];

/** Overrides a test may give; only crossProvince, pharmacy and chronic matter to S-0. */
export interface PolicyOverrides {
  crossProvince?: Partial<CrossProvince>;
  pharmacy?: PolicySet['pharmacy'];
  chronic?: PolicySet['chronic'];
  insutype?: PolicySet['insutype'];
  effectiveFrom?: string;
}

/**
 * A SYNTHETIC PolicySet for S-0 tests (not a real regional figure): reductions 0.10 / 0.10 / 0.20,
 * 6-month lock and validity, one place at a time, account FILED_ONLY, no pharmacy pooling,
 * chronic list 高血压 M03900 and 糖尿病 E11900.
 */
export function policyFixture(overrides: PolicyOverrides = {}): PolicySet {
  const crossProvince: CrossProvince = {
    reductionPoints: { TMP_REFERRAL: new Dec('0.10'), TMP_EMERGENCY: new Dec('0.10'), TMP_OTHER: new Dec('0.20') },
    reductionAppliesTo: { basic: true, majorIllness: false, largeExpense: false },
    filingWaived: {},
    ltMinMonthsBeforeChange: 6,
    tmpValidityMonths: 6,
    maxConcurrentFilings: 1,
    returnHomeLevel: 'REFERRAL_LEVEL',
    acctUseCrossProvince: 'FILED_ONLY',
    acctScope: 'ALL',
    ...overrides.crossProvince,
  };
  return {
    id: 'synthetic-filing-tests',
    name: 'SYNTHETIC S-0 tests',
    poolAdmdvs: null,
    insuredAdmdvs: [],
    anyRegion: true,
    insutype: overrides.insutype ?? '310',
    effectiveFrom: overrides.effectiveFrom ?? '2025-01-01',
    effectiveTo: null,
    status: 'SYNTHETIC',
    sources: { syn: { id: 'syn', docNo: 'SYNTHETIC (filing tests)', issuer: 'tests', status: 'SYNTHETIC' } },
    defaultSource: 'syn',
    paramSources: {},
    insuranceYear: { startMonth: 1, startDay: 1 },
    pharmacy: overrides.pharmacy ?? {
      pooling: true,
      crossProvincePooling: false,
      ratioMode: 'PRIMARY_LEVEL',
      sharesOutpatientLimits: true,
    },
    chronic: overrides.chronic ?? {
      diseases: ['M03900', 'E11900'],
      deductible: { RETIRED: new Dec(0) },
      ratio: { RETIRED: { L3: new Dec('0.85') } },
    },
    crossProvince,
    assistanceInCrossProvinceDirect: false,
    fundPaySumamtIncludesAcct: false,
    rounding: { mode: 'HALF_UP', perLinePreselfpay: true, perBand: false },
  };
}
