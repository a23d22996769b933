import * as z from 'zod/mini';
import type { OpspQualification } from '../../core/index.ts';
import type { ChronicQualification, IdentifiedPerson, SdkError, SessionConfig } from './types.ts';
import type { PlatformClient } from '../transport/createPlatformClient.ts';
import { sdkError } from '../transport/sdkError.ts';

const DATE = /^\d{4}-\d{2}-\d{2}/;
const optText = z.optional(z.nullable(z.string()));
const row = z.looseObject({
  opsp_dise_code: z.string().check(z.minLength(1)), opsp_dise_name: optText, begndate: z.string().check(z.regex(DATE)),
  enddate: z.optional(z.nullable(z.string().check(z.regex(DATE)))), ide_fixmedins_name: optText,
});
const reply = z.looseObject({ feedetail: z.array(row) });

/** A chronic visit: outpatient mode with `visit.med_type` 14 (门诊慢特病, R-13). */
export const isChronicVisit = (cfg: Pick<SessionConfig, 'mode' | 'visit'>): boolean =>
  cfg.mode === 'outpatient' && (cfg.visit?.med_type ?? '').startsWith('14');

/**
 * The patient's 门诊慢特病 qualifications for the chosen 1101 row: the host's
 * `qualifications()`, else the platform's 5301 人员慢特病备案查询 (`feedetail[]`, 2503 field names).
 * Dates are cut to `YYYY-MM-DD`.
 */
export async function qualificationsFor(
  cfg: SessionConfig, client: PlatformClient, person: IdentifiedPerson, psnNo: string,
): Promise<{ ok: true; qualifications: readonly ChronicQualification[] } | { ok: false; error: SdkError }> {
  const r0 = person.insurance[person.chosen]!;
  if (cfg.qualifications) {
    try {
      const q = await cfg.qualifications({ psn_no: psnNo, insuplc_admdvs: r0.insuplc_admdvs, insutype: r0.insutype });
      return { ok: true, qualifications: q };
    } catch {
      return { ok: false, error: sdkError('VERDICT_FAILED', true, 'the host qualifications() rejected') };
    }
  }
  const r = await client.call('5301', { data: { psn_no: psnNo, insutype: r0.insutype } }, r0.insuplc_admdvs);
  if (!r.ok) return r;
  const o = reply.safeParse(r.output);
  if (!o.success) return { ok: false, error: sdkError('BAD_REPLY', true, `5301: ${o.error.issues[0]!.path.join('.') || 'feedetail'} missing or malformed`, { infno: '5301' }) };
  return {
    ok: true,
    qualifications: o.data.feedetail.map((q) => ({
      diseaseCode: q.opsp_dise_code, diseaseName: q.opsp_dise_name ?? q.opsp_dise_code, begin: q.begndate.slice(0, 10),
      end: q.enddate ? q.enddate.slice(0, 10) : null, recognisedBy: q.ide_fixmedins_name ?? null,
    })),
  };
}

/** The qualifications as the core's S-0 reads them (D-7). */
export const toOpspQualifications = (q: readonly ChronicQualification[] | undefined): OpspQualification[] =>
  (q ?? []).map((x) => ({ diseaseCode: x.diseaseCode, begin: x.begin, end: x.end }));
