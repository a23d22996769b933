import { describe, expect, it } from 'vitest';
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import paths from '../fixtures/platform/service-paths.json' with { type: 'json' };
import { BASE, persona, signedClient, useMockPlatform } from './support/mockEnv.ts';

const { platform } = useMockPlatform();

const decode = (ecQrCode: string, extra: Record<string, unknown> = {}) => fetch(`${BASE}${paths.ecDecodePath.path}`, {
  method: 'POST',
  body: JSON.stringify({ data: { orgId: 'H31010600011', businessType: '01101', operatorId: 'OP001', operatorName: '测试', officeId: 'D01', officeName: '内科', ecQrCode, ...extra } }),
});

describe('1101 人员信息获取', () => {
  it('finds a person by ID card (02) with baseinfo, insuinfo[] and idetinfo[]', async () => {
    const c = await signedClient();
    const p = persona(platform, 'outpatient-employee');
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: p.certno } });
    const { baseinfo, insuinfo, idetinfo } = r.body.output;
    expect(baseinfo).toMatchObject({ psn_no: p.psn_no, psn_cert_type: '01', certno: p.certno, gend: '1', naty: '01', exp_content: null });
    expect(typeof baseinfo.age).toBe('number');
    expect(insuinfo).toEqual([{
      balc: 2000, insutype: '310', psn_type: '1101', psn_insu_stas: '1', psn_insu_date: '2010-01-01', cvlserv_flag: '0',
      insuplc_admdvs: '420106', emp_name: '模拟单位', paus_insu_date: null,
    }]);
    expect(idetinfo).toEqual([]);
  });

  it('finds a person by social-security card (03) only with the right card_sn', async () => {
    const c = await signedClient();
    const p = persona(platform, 'retiree-relocated');
    const ok = await c.call('1101', { data: { mdtrt_cert_type: '03', mdtrt_cert_no: p.cardNo, card_sn: p.cardSn } });
    expect(ok.body.output.baseinfo.psn_no).toBe(p.psn_no);
    const missing = await c.call('1101', { data: { mdtrt_cert_type: '03', mdtrt_cert_no: p.cardNo } });
    expect(missing.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.card_sn 格式错误');
    const wrong = await c.call('1101', { data: { mdtrt_cert_type: '03', mdtrt_cert_no: p.cardNo, card_sn: 'X' } });
    expect(wrong.body.err_msg).toBe(`${errors.mock['MOCK-E020']}：card_sn`);
  });

  it('finds a person by e-certificate token (01)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'pharmacy-ec');
    const r = await c.call('1101', { data: { mdtrt_cert_type: '01', mdtrt_cert_no: p.ecToken } });
    expect(r.body.output.baseinfo.psn_no).toBe(p.psn_no);
  });

  it('lists suspended and terminated rows as they are', async () => {
    const c = await signedClient();
    const r = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: persona(platform, 'suspended').certno } });
    expect(r.body.output.insuinfo.map((x: { psn_insu_stas: string }) => x.psn_insu_stas)).toEqual(['2', '4']);
  });

  it('answers MOCK-E020 for an unknown certificate and MOCK-E004 for a bad cert type', async () => {
    const c = await signedClient();
    const unknown = await c.call('1101', { data: { mdtrt_cert_type: '02', mdtrt_cert_no: '110101190001010000' } });
    expect(unknown.body.err_msg).toBe(errors.mock['MOCK-E020']);
    const bad = await c.call('1101', { data: { mdtrt_cert_type: '09', mdtrt_cert_no: 'x' } });
    expect(bad.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.mdtrt_cert_type 取值不在字典范围（可用：01, 02, 03）');
  });
});

describe('e-certificate decode (localQrCodeQuery)', () => {
  it('decodes a persona QR to its ecToken in the decode envelope', async () => {
    const p = persona(platform, 'pharmacy-ec');
    const body = await (await decode(p.ecQr)).json();
    expect(body).toMatchObject({ code: 0, type: 'success', message: '成功', data: { ecToken: p.ecToken, idType: '01', insuOrg: p.insuplc } });
    expect(body.data.ecToken).toHaveLength(38);
  });

  it('answers the recorded real text for something that is not an e-certificate QR', async () => {
    const r = await decode('https://example.com/not-a-qr');
    expect(await r.json()).toEqual(errors.real.ecDecodeNotEcQr);
    expect(r.headers.get('x-mock-extension')).toBeNull();
  });

  it('answers MOCK-E070 for an unknown or expired QR', async () => {
    const r = await decode('1'.repeat(28));
    expect(await r.json()).toEqual({ message: errors.mock['MOCK-E070'], success: false, code: 500159 });
    expect(r.headers.get('x-mock-extension')).toBe('1');
  });

  it('names a missing request field', async () => {
    const body = await (await decode(persona(platform, 'pharmacy-ec').ecQr, { orgId: undefined })).json();
    expect(body.message).toBe('MOCK-E004 交易输入校验失败：data.orgId');
  });
});
