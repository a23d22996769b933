import type { ChrgitmLv, ExplainStep, Filing, Insutype, Level, MedType, OpspQualification, PersonStatus } from '../../../core/index.ts';

/**
 * What the lazy explanation needs to recompute a platform settlement with the core (JSON-friendly:
 * amounts as decimal strings or numbers). Year-to-date totals are unknown to a cashier: the
 * explanation is the core's estimate with this year's deductible assumed met, and says so.
 */
export interface ExplainRequest {
  /** A shipped pack id; absent: the pack serving the insured place (SYNTHETIC packs only by id). */
  policyId?: string;
  person: {
    insutype: Insutype;
    status?: PersonStatus;
    age: number;
    psnInsuStas?: string;
    acctBalance: string | number;
    filings: readonly Filing[];
    /** 门诊慢特病 qualifications, for a CHRONIC_OUTPATIENT claim. */
    opspQualifications?: readonly OpspQualification[];
  };
  claim: {
    medType: MedType;
    insuplcAdmdvs: string;
    mdtrtareaAdmvs: string;
    serviceDate: string;
    /** ISO 8601 instant. */
    settlementTime: string;
    institutionLevel: Level;
    networkedMedTypes: readonly MedType[];
    emergencyFlag?: boolean;
    acctUsed: boolean;
    /** CHRONIC_OUTPATIENT: the disease code (R-13, D-7; per-disease limit DF-18). */
    opspDiseaseCode?: string;
    lines: readonly {
      lineId: string;
      amount: string | number;
      chrgitmLv: ChrgitmLv;
      selfpayProp: string | number;
      priceCap?: string | number | null;
      qty?: string | number;
      unitPrice?: string | number;
    }[];
  };
}

/** The waterfall to show: the core's steps, or why only the platform's figures can be shown. */
export type Explanation =
  | { kind: 'steps'; steps: readonly ExplainStep[]; pack: string; status: string; estimate: boolean }
  | { kind: 'platform-only'; reason: 'NO_PACK' | 'NO_INPUT'; detail?: string };
