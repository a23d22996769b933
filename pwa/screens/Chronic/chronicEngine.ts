/**
 * What "My chronic conditions" asks the core (loaded on demand like app/engine.ts): the 5301 rows
 * read as qualifications, each one's state on a day, the D-7 verdict of a chronic visit,
 * the per-disease annual limit (DF-18) and the estimate of a visit. Imports the core through its
 * public entry only; dates and "now" are passed in.
 */
import {
  Dec, checkDirectSettlement, chronicDiseaseOf, chronicLimitLeft, daysBetween, emptyYearToDate, estimateSettlement, insuranceYearDateOf,
  insuranceYearStartOf, isCoreError, parseStoredYearToDate,
} from '../../../core/index.ts';
import type { Claim, Filing, LocalText, OpspQualification, Person, PolicySet, Verdict, YearToDate } from '../../../core/index.ts';
import { policyFor, toCoreFiling } from '../../app/engine.ts';
import type { FilingRecordView, Profile } from '../../store/types.ts';

/** Days before the end at which the reminder shows (as on "My filings"). */
export const REMIND_DAYS = 30;

/** One 5301 row as the app keeps it (MX5505 `feedetail[]`). */
export interface QualificationRow {
  code: string;
  /** The name the platform gave (official zh). */
  officialName: string;
  begin: string;
  end: string | null;
  institution: string | null;
  recognisedOn: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const day = (v: unknown): string | null => (typeof v === 'string' && DATE.test(v.slice(0, 10)) ? v.slice(0, 10) : null);

/** MX5505 / 5301 `feedetail[]` → rows; a row without a code or a begin date is dropped, never guessed. */
export function readQualificationRows(feedetail: unknown): QualificationRow[] {
  if (!Array.isArray(feedetail)) return [];
  const out: QualificationRow[] = [];
  for (const r of feedetail as Record<string, unknown>[]) {
    const code = typeof r?.opsp_dise_code === 'string' ? r.opsp_dise_code : '';
    const begin = day(r?.begndate);
    if (!code || !begin) continue;
    out.push({
      code, officialName: typeof r.opsp_dise_name === 'string' ? r.opsp_dise_name : code, begin, end: day(r.enddate),
      institution: typeof r.ide_fixmedins_name === 'string' ? r.ide_fixmedins_name : null, recognisedOn: day(r.hosp_ide_date),
    });
  }
  return out;
}

export type QualificationState =
  | { kind: 'valid'; daysLeft: number | null; soon: boolean }
  | { kind: 'not-yet' }
  | { kind: 'lapsed'; daysSince: number };

/** A qualification's state on `today` (end inclusive, R-13): valid (with the days left), not yet valid, or lapsed. */
export function stateOn(q: QualificationRow, today: string): QualificationState {
  if (daysBetween(q.begin, today) < 0) return { kind: 'not-yet' };
  if (q.end === null) return { kind: 'valid', daysLeft: null, soon: false };
  const left = daysBetween(today, q.end);
  if (left < 0) return { kind: 'lapsed', daysSince: -left };
  return { kind: 'valid', daysLeft: left, soon: left <= REMIND_DAYS };
}

export interface QualificationView extends QualificationRow {
  name: LocalText;
  state: QualificationState;
  /** The insured place's pack enables the disease across provinces (null: the pack does not say or there is none). */
  enabled: boolean | null;
}

/** The rows with their national names, states on `today` and whether the 参保地 enables each. */
export async function viewQualifications(p: Profile, rows: readonly QualificationRow[], today: string): Promise<QualificationView[]> {
  const policy = await policyFor(p, today);
  const list = policy?.chronic?.diseases;
  return rows.map((q) => ({
    ...q, name: chronicDiseaseOf(q.code)?.name ?? { zh: q.officialName, en: q.officialName }, state: stateOn(q, today),
    enabled: list === undefined || list === null ? null : list.includes(q.code),
  }));
}

const qualificationsOf = (rows: readonly QualificationRow[]): OpspQualification[] => rows.map((q) => ({ diseaseCode: q.code, begin: q.begin, end: q.end }));

function personOf(p: Profile, filings: readonly FilingRecordView[], rows: readonly QualificationRow[], date: string): Person {
  return {
    insutype: p.insutype, psnInsuStas: '1', status: p.status, age: p.birthYear ? Math.max(0, Number(date.slice(0, 4)) - p.birthYear) : 60, acctBalance: new Dec(0),
    filings: filings.map(toCoreFiling).filter((f): f is Filing => f !== null), opspQualifications: qualificationsOf(rows),
  };
}

export interface ChronicVisit {
  date: string;
  place: string;
  diseaseCode: string;
  /** Expected cost of the visit (decimal text), for the estimate. */
  amount?: string;
}

function claimOf(p: Profile, v: ChronicVisit): Claim {
  return {
    medType: 'CHRONIC_OUTPATIENT', insuplcAdmdvs: p.insuplc, mdtrtareaAdmvs: v.place, settlementTime: `${v.date}T12:00:00+08:00`, institutionLevel: 'L2',
    networkedMedTypes: ['CHRONIC_OUTPATIENT'], emergencyFlag: false, acctUsed: false, serviceDate: v.date, opspDiseaseCode: v.diseaseCode,
    lines: v.amount ? [{ lineId: 'C1', amount: new Dec(v.amount), chrgitmLv: '01', selfpayProp: new Dec(0) }] : [],
  };
}

/** D-7 for a chronic visit, offline: the core's verdict with its hint, the qualification found or why none applies. */
export async function checkChronicVisit(p: Profile, filings: readonly FilingRecordView[], rows: readonly QualificationRow[], v: ChronicVisit): Promise<Verdict> {
  const policy = await policyFor(p, v.date);
  const input = { person: personOf(p, filings, rows, v.date), claim: claimOf(p, v) };
  return checkDirectSettlement(policy ? { ...input, policy } : input);
}

/**
 * DF-18 as the screen says it: a limit (decimal text) with what is left of it this year (`left`,
 * `used`; null when this year's accumulators are not known on the phone), none by the source, or
 * not in the pack.
 */
export type LimitView = { kind: 'limit'; limit: string; left: string | null; used: string | null } | { kind: 'none' } | { kind: 'unknown' };

/**
 * MX5505's `ytd` (the core's `yibao.ytd` storage form, kept with the cached qualifications) read
 * back; null when absent or not valid (never guessed).
 */
export function readYearToDate(stored: unknown): YearToDate | null {
  if (stored === null || stored === undefined) return null;
  const r = parseStoredYearToDate(stored);
  return r.ok ? r.value : null;
}

/** The accumulators of the claim's insurance year, if those known are of that year (else null: unknown). */
function ytdOfClaimYear(policy: PolicySet, claim: Claim, known: YearToDate | null): { start: string; ytd: YearToDate | null } {
  const start = insuranceYearStartOf(insuranceYearDateOf(claim, policy), policy);
  return { start, ytd: known && known.insuranceYearStart === start ? known : null };
}

/** The annual limit of the claim's disease in the pack and, with this year's accumulators, what is left (the core's chronicLimitLeft). */
export function limitOf(policy: PolicySet, claim: Claim, known: YearToDate | null = null): LimitView {
  const { start, ytd } = ytdOfClaimYear(policy, claim, known);
  const left = chronicLimitLeft({ ytd: ytd ?? emptyYearToDate(start), policy, diseaseCode: claim.opspDiseaseCode ?? '' });
  if (!left.known) return { kind: 'unknown' };
  if (left.limit === null) return { kind: 'none' };
  return { kind: 'limit', limit: left.limit.toFixed(2), left: ytd ? left.remaining!.toFixed(2) : null, used: ytd ? left.used.toFixed(2) : null };
}

export interface ChronicEstimate {
  verdict: Verdict;
  /** Personal and fund shares, lowest and highest (a range when the year-to-date is unknown), as decimal text. */
  low: { personal: string; fund: string } | null;
  high: { personal: string; fund: string } | null;
  unknowns: string[];
  limit: LimitView;
  policyName: string;
}

/**
 * The estimate of a chronic visit (estimateSettlement over the 参保地 pack) with the disease's
 * annual limit and what is left of it (DF-18), from this year's accumulators when known
 * (`storedYtd`: MX5505's `ytd`); otherwise the estimate assumes the limit is not used up.
 */
export async function estimateChronicVisit(
  p: Profile, filings: readonly FilingRecordView[], rows: readonly QualificationRow[], v: ChronicVisit & { amount: string }, storedYtd: unknown = null,
): Promise<ChronicEstimate | { error: string }> {
  const policy = await policyFor(p, v.date);
  if (!policy) return { error: 'NO_POLICY' };
  try {
    const claim = claimOf(p, v);
    const known = readYearToDate(storedYtd);
    const r = estimateSettlement({ person: personOf(p, filings, rows, v.date), claim, policy, ytd: ytdOfClaimYear(policy, claim, known).ytd });
    const shares = (s: typeof r.best) => (s ? { personal: s.amounts.psnPartAmt.toFixed(2), fund: s.amounts.fundPaySumamt.toFixed(2) } : null);
    return { verdict: r.verdict, low: shares(r.best), high: shares(r.worst), unknowns: [...r.unknowns], limit: limitOf(policy, claim, known), policyName: policy.id };
  } catch (e) {
    if (isCoreError(e)) return { error: e.code };
    throw e;
  }
}
