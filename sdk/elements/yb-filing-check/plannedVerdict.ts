import {
  checkDirectSettlementWithoutPolicy, isCoreError, toCstDate, ZERO, MED_TYPES, LEVELS,
  type Claim, type Filing, type Level, type MedType, type Person, type Verdict,
} from '../../../core/index.ts';
import { parseFilings } from './filingsSchema.ts';

/** Platform `med_type` codes the element also accepts (platform-api §6). */
const MED_TYPE_CODES: Record<string, MedType> = { '11': 'GENERAL_OUTPATIENT', '13': 'GENERAL_OUTPATIENT', '14': 'CHRONIC_OUTPATIENT', '21': 'INPATIENT', '41': 'PHARMACY' };

/** What `<yb-filing-check>` read from its attributes and properties (strings as given). */
export interface PlannedVisit {
  insuplcAdmdvs: string;
  mdtrtareaAdmvs: string;
  /** Parsed JSON, an array, or null (no filings). */
  filings: unknown;
  medType: string | null;
  institutionLevel: string | null;
  networked: string | null;
  date: string | null;
  emergency: boolean;
  insutype: string | null;
  insuranceStatus: string | null;
}

export type PlannedOutcome = { verdict: Verdict; error: null } | { verdict: null; error: string };

/**
 * The S-0 verdict (the core's `checkDirectSettlement`, without a policy) for a visit on a date with host filings,
 * judged as settled at noon of that day (China Standard Time). Bad input names its field.
 */
export function plannedVerdict(v: PlannedVisit): PlannedOutcome {
  let filings: Filing[] = [];
  if (v.filings !== null && v.filings !== undefined) {
    const parsed = parseFilings(v.filings);
    if (!parsed.ok) return { verdict: null, error: parsed.error };
    filings = parsed.value;
  }
  const medAttr = v.medType ?? 'GENERAL_OUTPATIENT';
  const medType = (MED_TYPE_CODES[medAttr] ?? medAttr) as MedType;
  if (!MED_TYPES.includes(medType)) return { verdict: null, error: `med-type: ${medAttr}` };
  const level = (v.institutionLevel ?? 'UNRATED') as Level;
  if (!LEVELS.includes(level)) return { verdict: null, error: `institution-level: ${level}` };
  const networked = (v.networked ?? MED_TYPES.join(' ')).split(/\s+/).filter(Boolean).map((m) => (MED_TYPE_CODES[m] ?? m) as MedType);
  const date = v.date ?? toCstDate(new Date().toISOString());
  const person: Person = {
    insutype: (v.insutype ?? '310') as Person['insutype'],
    psnInsuStas: v.insuranceStatus ?? '1',
    status: 'IN_SERVICE',
    age: 0,
    acctBalance: ZERO,
    filings,
    opspQualifications: [],
  };
  const claim: Claim = {
    medType,
    insuplcAdmdvs: v.insuplcAdmdvs,
    mdtrtareaAdmvs: v.mdtrtareaAdmvs,
    ...(medType === 'INPATIENT' ? { admissionDate: date } : { serviceDate: date }),
    settlementTime: `${date}T12:00:00+08:00`,
    institutionLevel: level,
    networkedMedTypes: networked,
    emergencyFlag: v.emergency,
    acctUsed: true,
    lines: [],
  };
  try {
    return { verdict: checkDirectSettlementWithoutPolicy({ person, claim }), error: null };
  } catch (e) {
    if (isCoreError(e)) return { verdict: null, error: `${e.path ?? ''} ${e.message}`.trim() };
    throw e;
  }
}
