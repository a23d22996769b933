import * as z from 'zod/mini';
import { dateTime, optStr, str } from './fields.ts';

/** `infno`: national codes (digits, optional trailing letter) or the mock's `MX` + 4 digits. */
export const INFNO = /^(\d{4,5}[A-Z]?|MX\d{4})$/;

/** Request envelope 公共输入 (platform-api §2.1); unknown fields are ignored. */
export const requestEnvelopeSchema = z.looseObject({
  infno: z.string().check(z.maxLength(6), z.regex(INFNO)),
  msgid: str(30),
  mdtrtarea_admvs: z.string().check(z.regex(/^\d{6}$/)),
  insuplc_admdvs: z.optional(z.nullable(z.union([z.literal(''), z.string().check(z.regex(/^\d{6}$/))]))),
  recer_sys_code: str(10),
  dev_no: optStr(100),
  dev_safe_info: optStr(2000),
  cainfo: optStr(1024),
  signtype: optStr(10),
  infver: str(6),
  opter_type: z.string().check(z.minLength(1), z.maxLength(3)),
  opter: str(30),
  opter_name: str(50),
  inf_time: dateTime(),
  fixmedins_code: str(30),
  fixmedins_name: str(200),
  sign_no: optStr(30),
  input: z.record(z.string(), z.unknown()),
  enc_type: optStr(10),
});

export type RequestEnvelope = z.infer<typeof requestEnvelopeSchema>;

/** Strict `msgid` shape (option): institution code + yyyyMMddHHmmss + 4-digit sequence. */
export function checkStrictMsgid(msgid: string, fixmedinsCode: string): boolean {
  if (msgid.length !== 30 || !msgid.startsWith(fixmedinsCode) || fixmedinsCode.length !== 12) return false;
  return /^\d{14}\d{4}$/.test(msgid.slice(12));
}
