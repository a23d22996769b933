import { MockPlatform } from './platform/MockPlatform.ts';
import { PlatformClient, HOSPITAL } from '../test/mocks/support/platformClient.ts';
import { prepareOutpatient } from '../test/mocks/support/flows.ts';
const p = new MockPlatform({});
const fetchVia = (async (url: string, init?: RequestInit) => { const r = await p.dispatch({ method: 'POST', url, header: () => null, body: String(init!.body) }); return new Response((r as any).body, { status: 200 }); }) as typeof fetch;
const c = new PlatformClient('http://x', HOSPITAL, 'OP', fetchVia);
await c.signIn();
const pr = p.state.personas.find((x) => x.key === 'outpatient-employee')!;
const ref = { psn_no: pr.psn_no, insutype: '310', insuplc: pr.insuinfo[0]!.insuplc_admdvs, certno: pr.certno };
const prep: any = await prepareOutpatient(c, ref);
const N = Number(process.argv[2] ?? 3000);
for (let w = 0; w < 3; w++) {
  const t = performance.now();
  for (let i = 0; i < N; i++) {
    const env = c.envelope('2207', prep.settleInput, { insuplc: ref.insuplc, msgid: `M${w}-${i}` });
    const r = await p.dispatch({ method: 'POST', url: '/fsi/api/rsfComIfsService/callService', header: () => null, body: JSON.stringify(env) });
    const setl = /"setl_id":"(\d+)"/.exec((r as any).body)![1];
    const env2 = c.envelope('2208', { data: { setl_id: setl, mdtrt_id: prep.mdtrtId, psn_no: ref.psn_no } }, { insuplc: ref.insuplc, msgid: `R${w}-${i}` });
    await p.dispatch({ method: 'POST', url: '/fsi/api/rsfComIfsService/callService', header: () => null, body: JSON.stringify(env2) });
  }
  const dt = performance.now() - t;
  console.log('cycles/s', Math.round(N / dt * 1000), 'µs per cycle', Math.round(dt / N * 1000));
}
