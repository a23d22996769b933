import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../../mocks/server.ts';
import type { MockServerHandle } from '../../../mocks/server.ts';
import { createSession } from '../../../sdk/session/createSession.ts';
import type { SessionConfig } from '../../../sdk/session/types.ts';
import { persona } from './mockTransport.ts';

// The standalone mock as the Style A endpoint, over real HTTP (fetch), as in the demos.
let server: MockServerHandle;
let db = 0;
beforeAll(async () => {
  server = await startMockServer({ seed: 11 });
});
afterAll(() => server.close());

const cfg = (o: Partial<SessionConfig> = {}): SessionConfig => ({
  mode: 'pharmacy', endpoint: `${server.url}/fsi/api/rsfComIfsService/callService`, fixmedins_code: 'P31010600033', opter: 'OP1',
  mdtrtarea_admvs: '310106', retryDelaysMs: [0, 50], timeoutMs: 3000, dbName: `http-${++db}`, ...o,
});
const scenario = (rules: unknown[]) => fetch(`${server.url}/__mock__/scenario`, { method: 'POST', body: JSON.stringify({ rules }) });
const active = () => [...server.platform.state.settlements.values()].filter((s) => s.status === 'ACTIVE').length;

describe('createSession over the standalone mock (endpoint, Style A)', () => {
  it('settles a pharmacy sale scanned from the QR, through the decode path beside the endpoint', async () => {
    const s = createSession(cfg());
    const p = persona(server.platform, 'pharmacy-ec');
    expect((await s.identify({ certType: '01', qrCode: p.ec_qr })).status).toBe('verdict');
    expect((await s.presettle([{ id: 'L1', listCode: 'XA10BAA001A001010100001', qty: 1, unitPrice: '12.5' }])).status).toBe('pre-settled');
    const before = active();
    expect(await s.confirm()).toMatchObject({ status: 'settled', settlement: { setlinfo: { medfee_sumamt: '12.5' } } });
    expect(active()).toBe(before + 1);
  });

  it('ends a reply lost after commit with exactly one settlement (re-sent msgid replayed)', async () => {
    const s = createSession(cfg());
    const p = persona(server.platform, 'low-balance');
    await s.identify({ certType: '02', certNo: p.certno });
    await s.presettle([{ id: 'L1', listCode: 'XC08CAA002A001010100002', qty: 2, unitPrice: '33.8' }]);
    await scenario([{ kind: 'lost-after-commit', infno: '2102', nth: 1 }]);
    const before = active();
    expect(await s.confirm()).toMatchObject({ status: 'settled' });
    expect(active()).toBe(before + 1);
    await scenario([]);
  });

  it('identifies by social-security card (03 with card_sn) and lets the cashier pick another insurance row (§4.2)', async () => {
    const s = createSession(cfg({ mode: 'outpatient', fixmedins_code: 'H31010600011' }));
    const p = persona(server.platform, 'suspended');
    const v = await s.identify({ certType: '03', cardNo: p.card_no, cardSn: p.card_sn });
    expect(v).toMatchObject({ status: 'verdict', person: { certType: '03', chosen: 0 }, verdict: { code: 'INSURANCE_INACTIVE', check: 'D-3', settles: false } });
    const other = await s.chooseInsurance(1);
    expect(other).toMatchObject({ status: 'verdict', person: { chosen: 1, insurance: [{ insutype: '310' }, { insutype: '390' }] }, verdict: { code: 'INSURANCE_INACTIVE' } });
    expect(await s.chooseInsurance(5)).toBe(other);
    expect(await s.identify({ certType: '03', cardNo: p.card_no, cardSn: 'WRONG' })).toMatchObject({ status: 'idle', error: { code: 'PLATFORM_REJECTED', platformCode: 'MOCK-E020' } });
  });
});
