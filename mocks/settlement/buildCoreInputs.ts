/**
 * Builds the core's `Person` and `Claim` from the mock's store (settlement-rules §4.3 shapes).
 */
import { Dec } from './coreBridge.ts';
import type { Claim, FeeLine, Filing, FilingCategory, MedType, Person } from './coreBridge.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { FilingRecord, FilingType, InsuRow, Persona } from '../data/personas.ts';
import type { Institution } from '../data/institutions.ts';
import type { FeeRecord, MockState } from '../state/MockState.ts';
import { filingsOf } from '../state/MockState.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

const CATEGORY: Record<FilingType, FilingCategory> = {
  'LT-RETIRED': 'LT_RETIREE_RELOCATED', 'LT-RESIDENT': 'LT_RESIDENT', 'LT-WORK': 'LT_POSTED_WORKER',
  'TMP-REFERRAL': 'TMP_REFERRAL', 'TMP-EMERGENCY': 'TMP_EMERGENCY', 'TMP-OTHER': 'TMP_OTHER',
};

/** `yyyy-MM-dd HH:mm:ss` (CST) → ISO 8601 with offset. */
export const cstToIso = (s: string): string => `${s.replace(' ', 'T')}+08:00`;

/** Care type and emergency flag from `med_type` (platform-api §6.2 core codes). */
export function careOf(medType: string): { medType: MedType; emergency: boolean; clrType: string } {
  if (medType === '11' || medType === '12') return { medType: 'GENERAL_OUTPATIENT', emergency: false, clrType: '11' };
  if (medType === '13') return { medType: 'GENERAL_OUTPATIENT', emergency: true, clrType: '11' };
  if (medType.startsWith('14')) return { medType: 'CHRONIC_OUTPATIENT', emergency: false, clrType: '11' };
  if (medType === '24') return { medType: 'INPATIENT', emergency: true, clrType: '21' };
  if (/^2[1-9]$/.test(medType)) return { medType: 'INPATIENT', emergency: false, clrType: '21' };
  if (medType === '41') return { medType: 'PHARMACY', emergency: false, clrType: '41' };
  return fail('MOCK-E031', `med_type ${safeDetail(medType, 6)} 不支持跨省直接结算`);
}

export function toCoreFiling(f: FilingRecord): Filing {
  return {
    id: f.filing_id, category: CATEGORY[f.filing_type], targetAdmdvs: f.mdtrtarea_admdvs, registeredAt: cstToIso(f.registered_at),
    validFrom: f.begndate, validTo: f.enddate, viaCommitment: f.commitment_signed, commitmentDocsCompleted: f.docs_completed,
    cancelledAt: f.cancelled_at ? cstToIso(f.cancelled_at) : null,
  };
}

/** Whole years between birth and `date` (both yyyy-MM-dd). */
export function ageOn(brdy: string, date: string): number {
  let age = Number(date.slice(0, 4)) - Number(brdy.slice(0, 4));
  if (date.slice(5) < brdy.slice(5)) age -= 1;
  return age;
}

/**
 * `age` as the platform sends it (number 4,1: `35.0`, `50.2` in recorded replies): completed years
 * plus the elapsed share of the current year of life, cut to tenths.
 */
export function ageYearsOn(brdy: string, date: string): number {
  const years = ageOn(brdy, date);
  const last = Date.UTC(Number(brdy.slice(0, 4)) + years, Number(brdy.slice(5, 7)) - 1, Number(brdy.slice(8, 10)));
  const next = Date.UTC(Number(brdy.slice(0, 4)) + years + 1, Number(brdy.slice(5, 7)) - 1, Number(brdy.slice(8, 10)));
  const today = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  const tenths = Math.min(9, Math.floor(((today - last) * 10) / (next - last)));
  return (years * 10 + tenths) / 10;
}

export function buildPerson(state: MockState, persona: Persona, row: InsuRow, date: string): Person {
  return {
    insutype: row.insutype as Person['insutype'], psnInsuStas: row.psn_insu_stas, status: row.status, age: ageOn(persona.brdy, date),
    assistanceClass: persona.assistanceClass, acctBalance: new Dec(state.balances.get(`${persona.psn_no}|${row.insutype}`) ?? '0'),
    filings: filingsOf(state, persona.psn_no).map(toCoreFiling),
    opspQualifications: persona.opsp.map((q) => ({ diseaseCode: q.diseaseCode, begin: q.begin, end: q.end })),
  };
}

/** A fee record as the core's FeeLine (就医地 catalogue data, R-8), cached on the record. */
export function toFeeLine(f: FeeRecord): FeeLine {
  const cap = f.item.pric_uplmt_amt;
  return f.line ??= {
    lineId: f.feedetl_sn, amount: new Dec(f.amount), qty: new Dec(f.cnt), unitPrice: new Dec(f.pric), chrgitmLv: f.item.chrgitm_lv,
    selfpayProp: new Dec(f.item.selfpay_prop), priceCap: cap === '999999' ? null : new Dec(cap),
  };
}

export interface ClaimParts {
  medType: string;
  emergency: boolean;
  insuplcAdmdvs: string;
  mdtrtareaAdmvs: string;
  institution: Institution;
  serviceDate?: string;
  admissionDate?: string;
  dischargeDate?: string;
  settlementTime: string;
  acctUsed: boolean;
  lines: readonly FeeRecord[];
  opspDiseaseCode?: string;
}

export function buildClaim(p: ClaimParts): Claim {
  const care = careOf(p.medType);
  const claim: Claim = {
    medType: care.medType, insuplcAdmdvs: p.insuplcAdmdvs, mdtrtareaAdmvs: p.mdtrtareaAdmvs, settlementTime: p.settlementTime,
    institutionLevel: p.institution.level, networkedMedTypes: p.institution.networkedMedTypes,
    emergencyFlag: p.emergency || care.emergency, acctUsed: p.acctUsed, lines: p.lines.map(toFeeLine),
  };
  if (p.serviceDate) claim.serviceDate = p.serviceDate;
  if (p.admissionDate) claim.admissionDate = p.admissionDate;
  if (p.dischargeDate) claim.dischargeDate = p.dischargeDate;
  if (p.opspDiseaseCode) claim.opspDiseaseCode = p.opspDiseaseCode;
  return claim;
}
