/**
 * The hand-off file ("prepare this for my parent"): the profile, filings and claims as one JSON
 * file, read back with zod/mini into a result. Plain JSON, not sealed: it is for another device,
 * whose own key seals it on import. It carries personal data, and the screen says so.
 */
import * as z from 'zod/mini';
import type { ClaimRecordView, FilingRecordView, Profile } from '../../store/types.ts';

export const HANDOFF_FORMAT = 'yibao.pwa-handoff';

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const code6 = z.string().check(z.regex(/^\d{6}$/));
const profile = z.object({
  insuplc: code6, insutype: z.enum(['310', '390']), status: z.enum(['IN_SERVICE', 'RETIRED', 'RESIDENT_ADULT', 'RESIDENT_MINOR', 'RESIDENT_ELDERLY']),
  birthYear: z.nullable(z.number().check(z.int())), psnNo: z.nullable(z.string()), certno: z.nullable(z.string()), policyPackId: z.nullable(z.string()), name: z.nullable(z.string()),
});
const status = z.enum(['pending', 'valid', 'cancelled', 'rejected', 'needs-action']);
const filing = z.object({
  id: z.string().check(z.regex(/^filing:/)), category: z.enum(['LT_RETIREE_RELOCATED', 'LT_RESIDENT', 'LT_POSTED_WORKER', 'TMP_REFERRAL', 'TMP_EMERGENCY', 'TMP_OTHER']),
  targetAdmdvs: code6, validFrom: date, validTo: z.nullable(date), viaCommitment: z.boolean(), docsCompleted: z.boolean(), contactPhone: z.string(), photos: z.number(),
  serverId: z.nullable(z.string()), registeredAt: z.nullable(z.string()), cancelledAt: z.nullable(z.string()), status, reason: z.nullable(z.string()), replaces: z.nullable(z.string()),
});
const money = z.string().check(z.regex(/^-?\d{1,14}(\.\d+)?$/));
const claim = z.object({
  id: z.string().check(z.regex(/^claim:/)), medType: z.enum(['11', '21']), mdtrtarea: code6, hospLv: z.enum(['PRIMARY', 'L1', 'L2', 'L3']), clinic: z.string(), invoiceNo: z.string(),
  begndate: date, enddate: date, total: money, photos: z.number(),
  lines: z.array(z.object({ lineNo: z.string(), itemName: z.string(), amount: money, chrgitmLv: z.enum(['01', '02', '03']) })),
  expected: z.nullable(z.object({ low: money, high: money, unknowns: z.array(z.string()) })), serverId: z.nullable(z.string()),
  serverStatus: z.nullable(z.enum(['SUBMITTED', 'UNDER_REVIEW', 'PAID', 'REJECTED'])), paid: z.nullable(money), status, reason: z.nullable(z.string()),
});
const handoff = z.object({ format: z.literal(HANDOFF_FORMAT), version: z.literal(1), savedAt: z.string(), profile: z.nullable(profile), filings: z.array(filing), claims: z.array(claim) });

export interface Handoff { profile: Profile | null; filings: FilingRecordView[]; claims: ClaimRecordView[] }

export function writeHandoff(p: Profile | null, filings: readonly FilingRecordView[], claims: readonly ClaimRecordView[], now: number): string {
  return JSON.stringify({ format: HANDOFF_FORMAT, version: 1, savedAt: new Date(now).toISOString(), profile: p, filings, claims }, null, 1);
}

export function readHandoff(text: string): { ok: true; value: Handoff } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: 'NOT_JSON' };
  }
  const r = handoff.safeParse(json);
  if (!r.success) return { ok: false, error: r.error.issues[0]?.path.join('.') || 'INVALID' };
  return { ok: true, value: { profile: r.data.profile as Profile | null, filings: r.data.filings as FilingRecordView[], claims: r.data.claims as ClaimRecordView[] } };
}
