import { describe, expect, it } from 'vitest';
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { NON_NETWORKED } from './support/platformClient.ts';

const { platform } = useMockPlatform();

const check = (p: ReturnType<typeof persona>, medType: string, fixmedins = 'H31010600011') => ({
  data: { psn_no: p.psn_no, insutype: p.insutype, fixmedins_code: fixmedins, med_type: medType, begntime: '2025-06-16 10:00:00' },
});

describe('2001 人员待遇享受检查', () => {
  it('reports enjoyment for a long-term filer (core verdict DIRECT)', async () => {
    const c = await signedClient();
    const p = persona(platform, 'retiree-relocated');
    const r = await c.call('2001', check(p, '21'), { insuplc: p.insuplc });
    expect(r.body.output.trtinfo).toEqual([{
      psn_no: p.psn_no, trt_chk_type: 'MX01', fund_pay_type: '310100', trt_enjymnt_flag: '1', begndate: '2025-06-16',
      enddate: '2025-06-16', trt_chk_rslt: null,
    }]);
  });

  it('gives the core\'s hint when the filing expired', async () => {
    const c = await signedClient();
    const p = persona(platform, 'expired-other');
    const r = await c.call('2001', check(p, '11'), { insuplc: p.insuplc });
    expect(r.body.output.trtinfo[0].trt_enjymnt_flag).toBe('0');
    expect(r.body.output.trtinfo[0].trt_chk_rslt).toMatch(/^NOT_FILED /);
  });

  it('reports a non-networked institution', async () => {
    const c = await signedClient(NON_NETWORKED);
    const p = persona(platform, 'non-networked');
    const r = await c.call('2001', check(p, '11', NON_NETWORKED.fixmedins_code), { insuplc: p.insuplc });
    expect(r.body.output.trtinfo[0].trt_chk_rslt).toMatch(/^NOT_DIRECT_MANUAL_CLAIM /);
  });

  it('needs insuplc_admdvs in the envelope (MOCK-E022) and refuses an impossible begntime', async () => {
    const c = await signedClient();
    const p = persona(platform, 'referral');
    expect((await c.call('2001', check(p, '21'))).body.err_msg).toBe('MOCK-E022 参保地医保区划不能为空');
    const bad = await c.call('2001', { data: { ...check(p, '21').data, begntime: '2025-02-30 10:00:00' } }, { insuplc: p.insuplc });
    expect(bad.body.err_msg).toBe('MOCK-E004 交易输入校验失败：input.data.begntime 格式错误，应为真实的日期时间 yyyy-MM-dd HH:mm:ss（也接受 yyyy-MM-dd 与 ISO 8601）');
  });
});
