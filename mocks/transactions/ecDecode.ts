/**
 * 医保电子凭证 decode (platform-api §1.4): its own envelope, no national request envelope.
 * QR strings map to persona tokens; other strings get the recorded failure text.
 */
import * as z from 'zod/mini';
import { str } from '../envelope/fields.ts';
import { mockErrMsg } from '../envelope/mockErrors.ts';
import type { MockHttpReply } from '../platform/types.ts';
import type { MockState } from '../state/MockState.ts';

const schema = z.looseObject({
  data: z.looseObject({
    orgId: str(40), businessType: str(5), operatorId: str(20), operatorName: str(30), officeId: str(20), officeName: str(30),
    ecQrCode: str(200),
  }),
});

const reply = (status: number, body: unknown, ext: boolean): MockHttpReply => ({
  kind: 'reply', status, headers: { 'content-type': 'application/json;charset=UTF-8', ...(ext ? { 'x-mock-extension': '1' } : {}) },
  body: JSON.stringify(body),
});

export function decodeEcQr(state: MockState, body: string, _now: number): MockHttpReply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return reply(200, { message: mockErrMsg('MOCK-E005'), success: false, code: 500159 }, true);
  }
  const r = schema.safeParse(parsed);
  if (!r.success) {
    const path = r.error.issues[0]!.path.join('.');
    return reply(200, { message: mockErrMsg('MOCK-E004', path), success: false, code: 500159 }, true);
  }
  const qr = r.data.data.ecQrCode;
  // Recorded real failure text for a code that is not an e-certificate QR (platform-api §1.4).
  if (!/^\d{28}$/.test(qr)) return reply(200, { message: '请使用医保电子凭证二维码', success: false, code: 500159 }, false);
  const p = state.personas.find((x) => x.ec_qr === qr);
  if (!p) return reply(200, { message: mockErrMsg('MOCK-E070'), success: false, code: 500159 }, true);
  return reply(200, {
    code: 0, type: 'success', message: '成功',
    data: {
      userName: p.psn_name, idNo: p.certno, idType: p.psn_cert_type, insuOrg: p.insuinfo[0]!.insuplc_admdvs,
      ecIndexNo: `${p.psn_no}${'0'.repeat(12)}`, ecToken: p.ec_token, gender: null, birthday: null, nationality: null, email: null,
      chnlId: '0'.repeat(32), ecQrCode: qr, authNo: null,
    },
  }, false);
}
