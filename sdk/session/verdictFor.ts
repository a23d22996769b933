import * as z from 'zod/mini';
import { Dec, checkDirectSettlementWithoutPolicy, isCoreError } from '../../core/index.ts';
import type { Claim, Filing, FilingCategory, Person, PersonStatus, PolicySet, Verdict } from '../../core/index.ts';
import type { IdentifiedPerson, SdkError, SessionConfig } from './types.ts';
import type { PlatformClient } from '../transport/createPlatformClient.ts';
import { formatDate, formatIsoCst } from '../transport/chinaTime.ts';
import { sdkError } from '../transport/sdkError.ts';
import { loadPolicyVerdict } from './loadPolicyVerdict.ts';
import { isChronicVisit, toOpspQualifications } from './qualificationsFor.ts';

// The project's filing_type codes (platform-api §7.2, extension; national codes UNVERIFIED, §6.14).
const CATEGORY: Record<string, FilingCategory> = {
  'LT-RETIRED': 'LT_RETIREE_RELOCATED', 'LT-RESIDENT': 'LT_RESIDENT', 'LT-WORK': 'LT_POSTED_WORKER',
  'TMP-REFERRAL': 'TMP_REFERRAL', 'TMP-EMERGENCY': 'TMP_EMERGENCY', 'TMP-OTHER': 'TMP_OTHER',
};
const cstIso = (s: string) => `${s.replace(' ', 'T')}+08:00`;
const optText = z.optional(z.nullable(z.string()));
const filingRow = z.looseObject({
  filing_id: z.string(), filing_type: z.string(), mdtrtarea_admdvs: z.string(), begndate: z.string(), enddate: optText,
  registered_at: z.string(), cancelled_at: optText, commitment_signed: z.optional(z.boolean()), docs_completed: z.optional(z.boolean()),
});
const mx5501 = z.looseObject({ filinginfo: z.array(filingRow) });

/** The person's filings through the mock's MX5501 extension (no national transaction exists, §3.2). */
async function filingsByExtension(client: PlatformClient, psnNo: string, insuplc: string): Promise<readonly Filing[] | SdkError> {
  const r = await client.call('MX5501', { data: { psn_no: psnNo, insuplc_admdvs: insuplc } }, insuplc);
  if (!r.ok) return r.error;
  const o = mx5501.safeParse(r.output);
  if (!o.success) return sdkError('BAD_REPLY', true, 'MX5501: filinginfo missing or malformed', { infno: 'MX5501' });
  return o.data.filinginfo.filter((f) => CATEGORY[f.filing_type]).map((f) => ({
    id: f.filing_id, category: CATEGORY[f.filing_type]!, targetAdmdvs: f.mdtrtarea_admdvs, registeredAt: cstIso(f.registered_at),
    validFrom: f.begndate, validTo: f.enddate ?? null, viaCommitment: f.commitment_signed ?? false,
    commitmentDocsCompleted: f.docs_completed ?? false, cancelledAt: f.cancelled_at ? cstIso(f.cancelled_at) : null,
  }));
}

/**
 * psn_type is an opaque regional code (platform-api §6.5): this reading is the SDK's assumption —
 * 310 with psn_type 12xx / 1102 retired, else in service; 390 by age (minor < 18, elderly ≥ 60).
 * The S-0 decision does not depend on it; settlement amounts are the platform's.
 */
function statusOf(insutype: string, psnType: string, age: number): PersonStatus {
  if (insutype === '310') return psnType === '1102' || psnType.startsWith('12') ? 'RETIRED' : 'IN_SERVICE';
  return age < 18 ? 'RESIDENT_MINOR' : age >= 60 ? 'RESIDENT_ELDERLY' : 'RESIDENT_ADULT';
}

/**
 * The S-0 verdict with the core's `checkDirectSettlement` for the chosen 1101 row, today, at this
 * institution (a planned claim with no lines): without a host policy `checkDirectSettlementWithoutPolicy`
 * in the engine, with one the lazy `yibao-policy.js`. A core error (e.g. an insutype the core does
 * not settle) becomes VERDICT_FAILED.
 */
export async function verdictFor(
  cfg: SessionConfig, client: PlatformClient, person: IdentifiedPerson, psnNo: string, emergency: boolean,
): Promise<{ ok: true; verdict: Verdict } | { ok: false; error: SdkError }> {
  const row = person.insurance[person.chosen]!;
  const filings = cfg.filings
    ? await cfg.filings({ psn_no: psnNo, insuplc_admdvs: row.insuplc_admdvs }).catch(() => sdkError('VERDICT_FAILED', true, 'the host filings() rejected'))
    : await filingsByExtension(client, psnNo, row.insuplc_admdvs);
  if (!Array.isArray(filings)) return { ok: false, error: filings as SdkError };
  const policy: PolicySet | undefined = cfg.policy ? await cfg.policy(row.insuplc_admdvs, row.insutype).catch(() => undefined) : undefined;
  const pharmacy = cfg.mode === 'pharmacy';
  // R-13, D-7: a 门诊慢特病 visit (med_type 14) is decided with its disease code and the 5301 qualifications.
  const chronic = isChronicVisit(cfg);
  const medType = pharmacy ? 'PHARMACY' : chronic ? 'CHRONIC_OUTPATIENT' : 'GENERAL_OUTPATIENT';
  const inst = cfg.institution ?? { level: 'UNRATED', networkedMedTypes: [medType] };
  const now = client.now();
  const p: Person = {
    insutype: row.insutype as Person['insutype'], psnInsuStas: row.psn_insu_stas, status: statusOf(row.insutype, row.psn_type, person.age),
    age: person.age, acctBalance: new Dec(/^-?\d+(\.\d+)?$/.test(row.balc) ? row.balc : '0'), filings,
    opspQualifications: toOpspQualifications(person.qualifications),
  };
  const claim: Claim = {
    medType, insuplcAdmdvs: row.insuplc_admdvs, mdtrtareaAdmvs: cfg.mdtrtarea_admvs,
    serviceDate: formatDate(now), settlementTime: formatIsoCst(now), institutionLevel: inst.level, networkedMedTypes: inst.networkedMedTypes,
    emergencyFlag: emergency, acctUsed: cfg.acctUsed ?? true, lines: [],
    ...(chronic && cfg.visit?.dise_codg ? { opspDiseaseCode: cfg.visit.dise_codg } : {}),
  };
  const failed = (code: string, path: string | undefined) => ({ ok: false as const, error: sdkError('VERDICT_FAILED', false, `verdict: ${code} at ${path ?? 'input'}`) });
  if (policy) {
    const check = await loadPolicyVerdict().catch(() => null);
    if (!check) return { ok: false, error: sdkError('VERDICT_FAILED', true, 'the policy verdict (yibao-policy.js) did not load') };
    const r = check({ person: p, claim, policy });
    return r.ok ? r : failed(r.code, r.path);
  }
  try {
    return { ok: true, verdict: checkDirectSettlementWithoutPolicy({ person: p, claim }) };
  } catch (e) {
    if (!isCoreError(e)) throw e;
    return failed(e.code, e.path);
  }
}
