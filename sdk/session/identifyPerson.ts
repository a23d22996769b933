import * as z from 'zod/mini';
import type { IdentifiedPerson, IdentifyInput, InsuranceRow, SdkError } from './types.ts';
import type { PlatformClient } from '../transport/createPlatformClient.ts';
import { maskCertNo, maskName } from '../flow/mask.ts';
import { sdkError } from '../transport/sdkError.ts';

/** What the session keeps about the person, never shown or emitted. */
export interface PersonSecrets {
  psn_no: string;
  certType: '01' | '02' | '03';
  /** mdtrt_cert_no: the ecToken (01), the ID number (02) or the card number (03). */
  certNo: string;
  cardSn?: string;
}

const amount = z.pipe(z.union([z.number(), z.string()]), z.transform((v) => String(v)));
const text = z.optional(z.nullable(z.union([z.string(), z.number()])));
const reply1101 = z.looseObject({
  baseinfo: z.looseObject({ psn_no: z.string().check(z.minLength(1)), certno: text, psn_name: text, age: z.optional(z.nullable(z.union([z.number(), z.string()]))) }),
  insuinfo: z.array(z.looseObject({
    insutype: z.string(), insuplc_admdvs: z.string(), psn_insu_stas: z.optional(z.nullable(z.string())),
    psn_type: z.optional(z.nullable(z.string())), balc: z.optional(z.nullable(amount)),
  })).check(z.minLength(1)),
});

const input = z.union([
  z.object({ certType: z.literal('01'), qrCode: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) }),
  z.object({ certType: z.literal('02'), certNo: z.string().check(z.trim(), z.regex(/^(\d{17}[\dXx]|\d{15})$/)) }),
  z.object({ certType: z.literal('03'), cardNo: z.string().check(z.trim(), z.minLength(1), z.maxLength(50)), cardSn: z.string().check(z.trim(), z.minLength(1), z.maxLength(32)) }),
]);

/** A key for "the same code again" (kept in memory only). */
export function identityKey(i: IdentifyInput): string {
  return i.certType === '01' ? `01|${i.qrCode.trim()}` : i.certType === '02' ? `02|${i.certNo.trim().toUpperCase()}` : `03|${i.cardNo.trim()}|${i.cardSn.trim()}`;
}

/** The row used by default: the first active 310 / 390 row, else the first (platform-api §4.2). */
function defaultRow(rows: readonly InsuranceRow[]): number {
  const i = rows.findIndex((r) => r.psn_insu_stas === '1' && (r.insutype === '310' || r.insutype === '390'));
  return i >= 0 ? i : 0;
}

/**
 * Identifies the patient: e-certificate decode for QR codes (§1.4), then 1101 (§4.2).
 * Returns the masked person for the UI and the secrets the later calls need.
 */
export async function identifyPerson(client: PlatformClient, raw: IdentifyInput): Promise<{ ok: true; person: IdentifiedPerson; secrets: PersonSecrets } | { ok: false; error: SdkError }> {
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, error: sdkError('INPUT_INVALID', false, `identify: ${parsed.error.issues[0]!.path.join('.') || 'input'} is not valid`) };
  const i = parsed.data;
  let certNo: string;
  let shownNo: string;
  let shownName = '';
  if (i.certType === '01') {
    const d = await client.decode(i.qrCode);
    if (!d.ok) return d;
    certNo = d.ecToken;
    shownNo = d.idNo;
    shownName = d.userName;
  } else {
    certNo = i.certType === '02' ? i.certNo.toUpperCase() : i.cardNo;
    shownNo = certNo;
  }
  const data: Record<string, unknown> = { mdtrt_cert_type: i.certType, mdtrt_cert_no: certNo, ...(i.certType === '03' ? { card_sn: i.cardSn } : {}) };
  const r = await client.call('1101', { data });
  if (!r.ok) return r;
  const o = reply1101.safeParse(r.output);
  if (!o.success) return { ok: false, error: sdkError('BAD_REPLY', true, `1101: ${o.error.issues[0]!.path.join('.')} missing or malformed`, { infno: '1101' }) };
  const b = o.data.baseinfo;
  const insurance: InsuranceRow[] = o.data.insuinfo.map((x) => ({
    insutype: x.insutype, insuplc_admdvs: x.insuplc_admdvs, psn_insu_stas: x.psn_insu_stas ?? '', psn_type: x.psn_type ?? '', balc: x.balc ?? '0',
  }));
  const person: IdentifiedPerson = {
    maskedCertNo: maskCertNo(String(b.certno ?? shownNo)),
    maskedName: maskName(String(b.psn_name ?? shownName)),
    certType: i.certType,
    age: Math.floor(Number(b.age ?? 0)) || 0,
    insurance,
    chosen: defaultRow(insurance),
  };
  return { ok: true, person, secrets: { psn_no: b.psn_no, certType: i.certType, certNo, ...(i.certType === '03' ? { cardSn: i.cardSn } : {}) } };
}
