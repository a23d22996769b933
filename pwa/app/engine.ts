/**
 * Everything the PWA asks the settlement core, loaded on demand (its own chunk: decimal.js, zod/mini,
 * the packs) so the first screen carries none of it. Imports the core through its public entry only.
 * Pure apart from the pack loading: dates and "now" are passed in.
 */
import {
  Dec, cancelFiling, changeFiling, checkDirectSettlement, createFiling, emptyYearToDate, estimateSettlement, findPolicyPack, getPolicyPack,
  insuranceYearDateOf, insuranceYearStartOf, isCoreError, parseStoredSettlement,
} from '../../core/index.ts';
import type { Claim, FeeLine, Filing, FilingCategory, FilingInput, LocalText, MedType, Person, PolicySet, Settlement, Verdict } from '../../core/index.ts';
import type { ClaimLineInput, FilingRecordView, Profile } from '../store/types.ts';

export type Care = 'outpatient' | 'inpatient' | 'emergency';

/** A filing the platform accepted, as the core reads it (R-7: registeredAt = when it took effect). */
export function toCoreFiling(f: FilingRecordView): Filing | null {
  if (!f.serverId || f.status === 'rejected' || f.status === 'pending' || f.status === 'needs-action') return null;
  const reg = f.registeredAt ? `${f.registeredAt.replace(' ', 'T')}${f.registeredAt.includes('+') || f.registeredAt.endsWith('Z') ? '' : '+08:00'}` : `${f.validFrom}T00:00:00+08:00`;
  return {
    id: f.serverId, category: f.category, targetAdmdvs: f.targetAdmdvs, registeredAt: reg, validFrom: f.validFrom, validTo: f.validTo,
    viaCommitment: f.viaCommitment, commitmentDocsCompleted: f.docsCompleted, cancelledAt: f.cancelledAt ? `${f.cancelledAt.replace(' ', 'T').slice(0, 19)}+08:00` : null,
  };
}

function ageOn(p: Profile, date: string): number {
  return p.birthYear ? Math.max(0, Number(date.slice(0, 4)) - p.birthYear) : 60;
}

function person(p: Profile, filings: readonly FilingRecordView[], date: string): Person {
  return {
    insutype: p.insutype, psnInsuStas: '1', status: p.status, age: ageOn(p, date), acctBalance: new Dec(0),
    filings: filings.map(toCoreFiling).filter((f): f is Filing => f !== null), opspQualifications: [],
  };
}

/** The 参保地 pack: the profile's (a demo persona's) or the real one serving the place; null if none. */
export async function policyFor(p: Profile, date: string): Promise<PolicySet | null> {
  try {
    return p.policyPackId ? await getPolicyPack(p.policyPackId) : await findPolicyPack({ insuplcAdmdvs: p.insuplc, insutype: p.insutype, date });
  } catch (e) {
    if (isCoreError(e)) return null;
    throw e;
  }
}

const MED: Record<Care, MedType> = { outpatient: 'GENERAL_OUTPATIENT', inpatient: 'INPATIENT', emergency: 'GENERAL_OUTPATIENT' };

function claimFor(p: Profile, q: { date: string; place: string; care: Care; networked: boolean; lines?: readonly FeeLine[]; endDate?: string; level?: Claim['institutionLevel'] }): Claim {
  const medType = MED[q.care];
  const end = q.endDate ?? q.date;
  return {
    medType, insuplcAdmdvs: p.insuplc, mdtrtareaAdmvs: q.place, settlementTime: `${end}T12:00:00+08:00`, institutionLevel: q.level ?? 'L2',
    networkedMedTypes: q.networked ? [medType] : [], emergencyFlag: q.care === 'emergency', acctUsed: false, lines: q.lines ?? [],
    ...(medType === 'INPATIENT' ? { admissionDate: q.date, dischargeDate: end } : { serviceDate: q.date }),
  };
}

/** "Will a visit on date X at place Y for care Z settle directly?" — the core's S-0 verdict, offline. */
export async function checkVisit(p: Profile, filings: readonly FilingRecordView[], q: { date: string; place: string; care: Care; networked: boolean }): Promise<Verdict> {
  const policy = await policyFor(p, q.date);
  const input = { person: person(p, filings, q.date), claim: claimFor(p, q) };
  return checkDirectSettlement(policy ? { ...input, policy } : input);
}

export type Gate = { ok: true } | { ok: false; hint: LocalText; rules: readonly string[]; earliestDate?: string };

const context = async (p: Profile, filings: readonly FilingRecordView[], now: number) => {
  const today = new Date(now + 8 * 3600_000).toISOString().slice(0, 10);
  const policy = await policyFor(p, today);
  const existing = filings.map(toCoreFiling).filter((f): f is Filing => f !== null);
  return { existing, now: new Date(now).toISOString(), ...(policy ? { policy } : {}) };
};

const gateOf = (r: { ok: true } | { ok: false; hint: LocalText; rules: readonly string[]; earliestDate?: string }): Gate =>
  r.ok ? { ok: true } : { ok: false, hint: r.hint, rules: r.rules, ...(r.earliestDate ? { earliestDate: r.earliestDate } : {}) };

/** R-2, R-3a, R-3c, R-3e before the filing is sent: what the platform would refuse, said offline. */
export async function checkCreate(p: Profile, filings: readonly FilingRecordView[], input: Omit<FilingInput, 'id'>, now: number): Promise<Gate> {
  return gateOf(createFiling({ ...input, id: 'LOCAL-NEW' }, await context(p, filings, now)));
}

/** R-3b: a change of a long-term filing inside the 参保地's lock is refused here, before anything is sent. */
export async function checkChange(p: Profile, filings: readonly FilingRecordView[], old: FilingRecordView, next: Omit<FilingInput, 'id'>, now: number): Promise<Gate> {
  if (!old.serverId) return { ok: true };
  return gateOf(changeFiling(old.serverId, { ...next, id: 'LOCAL-NEW' }, await context(p, filings, now)));
}

/** R-3b for a cancellation. */
export async function checkCancel(p: Profile, filings: readonly FilingRecordView[], old: FilingRecordView, now: number): Promise<Gate> {
  if (!old.serverId) return { ok: true };
  return gateOf(cancelFiling(old.serverId, await context(p, filings, now)));
}

export interface EstimateView {
  verdict: Verdict;
  /** Personal share (what she pays) and fund share, lowest and highest, as decimal text. */
  low: { personal: string; fund: string } | null;
  high: { personal: string; fund: string } | null;
  unknowns: string[];
  best: Settlement | null;
  policyName: string | null;
}

const shares = (s: Settlement | null) => (s ? { personal: s.amounts.psnPartAmt.toFixed(2), fund: s.amounts.fundPaySumamt.toFixed(2) } : null);

/** Parses the patient's decimal text (digits, at most 2 decimals); null when it is not an amount. */
export function parseAmount(text: string): string | null {
  const t = text.trim().replace(/[,，]/g, '');
  return /^\d{1,12}(\.\d{1,2})?$/.test(t) ? t : null;
}

/** Lines of a bill as the core's fee lines: 甲 0 %, 乙 10 % (UNVERIFIED default; the 就医地 sets it, R-8), 丙 100 %. */
export function toFeeLines(lines: readonly ClaimLineInput[]): FeeLine[] {
  const prop = { '01': '0', '02': '0.1', '03': '1' } as const;
  return lines.map((l) => ({ lineId: l.lineNo, amount: new Dec(l.amount), chrgitmLv: l.chrgitmLv, selfpayProp: new Dec(prop[l.chrgitmLv]) }));
}

/**
 * Her out-of-pocket cost for a planned stay or a paid bill: `estimateSettlement` over the pack, as
 * a range when the year-to-date figures are unknown, with each assumption named. `networked: true`
 * for a manual claim computes it as the direct settlement it would have been (R-12, 参保地 rules).
 */
export async function estimate(p: Profile, filings: readonly FilingRecordView[], q: {
  date: string; endDate?: string; place: string; care: Care; lines: readonly ClaimLineInput[]; level?: Claim['institutionLevel'];
  /** She knows this is the first settlement of the insurance year: no range for the year-to-date figures. */
  firstThisYear?: boolean;
}): Promise<EstimateView | { error: string }> {
  const policy = await policyFor(p, q.date);
  if (!policy) return { error: 'NO_POLICY' };
  try {
    const claim = claimFor(p, { ...q, networked: true, lines: toFeeLines(q.lines) });
    const ytd = q.firstThisYear ? emptyYearToDate(insuranceYearStartOf(insuranceYearDateOf(claim, policy), policy)) : null;
    const r = estimateSettlement({ person: person(p, filings, q.date), claim, policy, ytd });
    return { verdict: r.verdict, low: shares(r.best), high: shares(r.worst), unknowns: [...r.unknowns], best: r.best, policyName: policy.id };
  } catch (e) {
    if (isCoreError(e)) return { error: e.code };
    throw e;
  }
}

/**
 * Estimate against actual: which step made the difference. Within the range, the unknown
 * year-to-date figures (S-2 deductible already used this year); outside it, the bill's lines were
 * classed differently by the 就医地 catalogue (S-1) or another ratio applied (S-3).
 */
export function explainDifference(e: { low: { fund: string } | null; high: { fund: string } | null }, paidFund: string): 'SAME' | 'S-2' | 'S-1/S-3' {
  if (!e.low || !e.high) return 'S-1/S-3';
  const paid = new Dec(paidFund);
  const hi = Dec.max(e.low.fund, e.high.fund);
  const lo = Dec.min(e.low.fund, e.high.fund);
  if (paid.eq(lo) && paid.eq(hi)) return 'SAME';
  return paid.gte(lo) && paid.lte(hi) ? 'S-2' : 'S-1/S-3';
}

/** Difference paid − estimate (highest estimate of the fund), as signed decimal text. */
export function difference(e: { low: { fund: string } | null }, paidFund: string): string {
  return e.low ? new Dec(paidFund).minus(e.low.fund).toFixed(2) : '0.00';
}

/** The sum of the bill's lines as decimal text (decimal arithmetic, never floats). */
export function sumAmounts(amounts: readonly string[]): string {
  return amounts.reduce((s, a) => s.plus(a), new Dec(0)).toFixed(2);
}

/** A planned stay as lines: the covered part (甲类) and the self-pay part she knows of (丙类). */
export function plannedLines(total: string, selfPay: string | null): ClaimLineInput[] {
  const own = new Dec(selfPay ?? '0');
  const covered = new Dec(total).minus(own);
  const lines: ClaimLineInput[] = [{ lineNo: 'P1', itemName: 'covered', amount: Dec.max(covered, 0).toFixed(2), chrgitmLv: '01' }];
  if (own.gt(0)) lines.push({ lineNo: 'P2', itemName: 'self-pay', amount: own.toFixed(2), chrgitmLv: '03' });
  return lines;
}

/** A settlement in the core's storage form (MX5512, or the sealed cache) read back for `<yb-breakdown>`. */
export const readStoredSettlement = (json: unknown) => parseStoredSettlement(json);

export const CATEGORY_LONG_TERM = (c: FilingCategory): boolean => c.startsWith('LT_');
