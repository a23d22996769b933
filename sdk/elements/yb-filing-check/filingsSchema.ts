import * as z from 'zod/mini';
import { FILING_CATEGORIES, type Filing } from '../../../core/index.ts';

const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'));

/** A host-supplied filing (the core's `Filing`, booleans defaulting to false). */
const filingSchema = z.object({
  id: z.string().check(z.minLength(1)),
  category: z.enum(FILING_CATEGORIES as [Filing['category'], ...Filing['category'][]]),
  targetAdmdvs: z.string().check(z.regex(/^\d{6}$/, '6 digits')),
  registeredAt: z.string().check(z.minLength(10)),
  validFrom: date,
  validTo: z.optional(z.nullable(date)),
  viaCommitment: z._default(z.boolean(), false),
  commitmentDocsCompleted: z._default(z.boolean(), false),
  cancelledAt: z.optional(z.nullable(z.string())),
});

export const filingsSchema = z.array(filingSchema);

/** Parses host filings; on failure names the first bad field, e.g. `filings[1].validFrom: YYYY-MM-DD`. */
export function parseFilings(value: unknown): { ok: true; value: Filing[] } | { ok: false; error: string } {
  const r = filingsSchema.safeParse(value);
  if (r.success) return { ok: true, value: r.data as Filing[] };
  const issue = r.error.issues[0]!;
  const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  return { ok: false, error: `filings${path}: ${issue.message}` };
}
