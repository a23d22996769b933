/**
 * Throughput of the standalone platform mock: 2207 settlements over real HTTP on loopback.
 * The server runs in its own process (`mocks/cli.ts`, 127.0.0.1, free port) so that it has a core
 * of its own; `clients` concurrent clients each own one prepared outpatient batch and cycle
 * 2207 (measured) + 2208 (to free the batch). Bounded in time (`seconds`) and in count
 * (`maxSettlements`); it stops the server by its pid when done.
 */
import { spawn } from 'node:child_process';
import { Agent, request } from 'node:http';
import { fileURLToPath } from 'node:url';

export interface MockBenchResult {
  settlementsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  count: number;
  clients: number;
  seconds: number;
}

const CLI = fileURLToPath(new URL('../../mocks/cli.ts', import.meta.url));
const CALL = '/fsi/api/rsfComIfsService/callService';

function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('mock bench: server did not start within 20 s')); }, 20_000);
    child.once('exit', (code) => reject(new Error(`mock bench: server exited early (${code})`)));
    child.stdout!.once('data', (d: Buffer) => {
      clearTimeout(timer);
      const url = d.toString().trim();
      if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(url)) reject(new Error(`mock bench: refusing non-loopback URL ${url}`));
      resolve({
        url,
        stop: () => new Promise<void>((r) => {
          child.removeAllListeners('exit');
          child.once('exit', () => r());
          child.kill('SIGTERM');
        }),
      });
    });
  });
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function cstNow() {
  const t = new Date(Date.now() + 8 * 3600_000);
  return {
    compact: `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`,
    text: t.toISOString().slice(0, 19).replace('T', ' '),
  };
}

/** One bench client: its own institution code (so msgids never collide), its own batch. */
class Client {
  private seq = 0;
  signNo = '';
  constructor(private readonly base: URL, private readonly agent: Agent, readonly code: string) {}

  async post(infno: string, input: unknown, insuplc = ''): Promise<{ infcode: number; err_msg: string | null; output: Record<string, any> }> {
    return JSON.parse(await this.postRaw(this.body(infno, JSON.stringify(input), insuplc)));
  }

  /** The envelope as text around an already serialised input (the hot loop reuses it). */
  body(infno: string, inputJson: string, insuplc = ''): string {
    this.seq = (this.seq + 1) % 10000;
    const now = cstNow();
    return `{"infno":"${infno}","msgid":"${this.code}${now.compact}${pad(this.seq, 4)}","mdtrtarea_admvs":"310106","insuplc_admdvs":"${insuplc}",`
      + `"recer_sys_code":"YBXT","infver":"V1.0","opter_type":"1","opter":"BENCH","opter_name":"压测","inf_time":"${now.text}",`
      + `"fixmedins_code":"${this.code}","fixmedins_name":"压测机构","sign_no":"${this.signNo}","input":${inputJson}}`;
  }

  postRaw(body: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request({ host: this.base.hostname, port: this.base.port, path: CALL, method: 'POST', agent: this.agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      });
      req.on('error', reject);
      req.end(body);
    });
  }
}

async function must<T extends { infcode: number; err_msg: string | null }>(p: Promise<T>, what: string): Promise<T> {
  const r = await p;
  if (r.infcode !== 0) throw new Error(`mock bench: ${what} failed: ${r.err_msg}`);
  return r;
}

/** Prepares one batch (2201 → 2203 → 2204 → 2206) and returns the 2207 / 2208 inputs. */
async function prepare(c: Client, p: { psn_no: string; certno: string; insuplc_admdvs: string }) {
  const now = cstNow().text;
  await c.post('9001', { signIn: { opter_no: 'BENCH', ip: '127.0.0.1' } }).then((r) => { c.signNo = r.output.signinoutb.sign_no; });
  const reg = await must(c.post('2201', { data: { psn_no: p.psn_no, insutype: '310', begntime: now, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, ipt_otp_no: c.code, atddr_no: 'D', dr_name: '医生', dept_code: 'D1', dept_name: '内科', caty: 'A03' } }, p.insuplc_admdvs), '2201');
  const mdtrtId: string = reg.output.data.mdtrt_id;
  await must(c.post('2203', { mdtrtinfo: { mdtrt_id: mdtrtId, psn_no: p.psn_no, med_type: '11', begntime: now } }, p.insuplc_admdvs), '2203');
  const rows = [['XA10BAA001A001010100001', 12.5, 2], ['XC08CAA002A001010100002', 33.8, 1], ['001102000010000', 25, 1]] as const;
  const feedetail = rows.map(([code, pric, cnt], i) => ({
    feedetl_sn: `${mdtrtId}-${i}`, mdtrt_id: mdtrtId, psn_no: p.psn_no, chrg_bchno: 'B1', rx_circ_flag: '0', fee_ocur_time: now,
    med_list_codg: code, medins_list_codg: code, det_item_fee_sumamt: Math.round(pric * cnt * 100) / 100, cnt, pric,
    bilg_dept_codg: 'D1', bilg_dept_name: '内科', bilg_dr_codg: 'D', bilg_dr_name: '医生', hosp_appr_flag: '0',
  }));
  await must(c.post('2204', { feedetail }, p.insuplc_admdvs), '2204');
  const data = { psn_no: p.psn_no, mdtrt_cert_type: '02', mdtrt_cert_no: p.certno, med_type: '11', medfee_sumamt: 83.8, psn_setlway: '01', mdtrt_id: mdtrtId, chrg_bchno: 'B1', acct_used_flag: '1', insutype: '310' };
  const pre = await must(c.post('2206', { data }, p.insuplc_admdvs), '2206');
  const s = pre.output.setlinfo;
  return {
    insuplc: p.insuplc_admdvs, mdtrtId, psnNo: p.psn_no,
    settleJson: JSON.stringify({ data: { ...data, fulamt_ownpay_amt: s.fulamt_ownpay_amt, overlmt_selfpay: s.overlmt_selfpay, preselfpay_amt: s.preselfpay_amt, inscp_scp_amt: s.inscp_scp_amt } }),
  };
}

const percentile = (sorted: number[], q: number) => sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/**
 * Runs the bench. Defaults: 32 clients, 10 s, at most 1,000,000 settlements.
 * @returns settlements per second (2207 answered infcode 0), p50 / p99 of 2207 in ms.
 */
export async function benchMockServer(opts: { seconds?: number; clients?: number; maxSettlements?: number } = {}): Promise<MockBenchResult> {
  const seconds = opts.seconds ?? 10;
  const clients = opts.clients ?? 32;
  const maxSettlements = opts.maxSettlements ?? 1_000_000;
  const server = await startServer();
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  try {
    const base = new URL(server.url);
    const personas = (await (await fetch(`${server.url}/__mock__/personas`)).json()).personas as { key: string; psn_no: string; certno: string; insuplc_admdvs: string }[];
    const usable = personas.filter((p) => ['outpatient-employee', 'referral', 'low-balance'].includes(p.key));
    const cs = Array.from({ length: clients }, (_, i) => new Client(base, agent, `H310106${pad(i, 5)}`));
    const batches = await Promise.all(cs.map((c, i) => prepare(c, usable[i % usable.length]!)));
    const latencies: number[] = [];
    let count = 0;
    let errors = 0;
    const start = performance.now();
    const deadline = start + seconds * 1000;
    await Promise.all(cs.map(async (c, i) => {
      const b = batches[i]!;
      while (performance.now() < deadline && count < maxSettlements) {
        const body = c.body('2207', b.settleJson, b.insuplc);
        const t = performance.now();
        const text = await c.postRaw(body);
        latencies.push(performance.now() - t);
        // Full parse stays out of the hot loop: infcode and setl_id by position.
        const setlId = /"setl_id":"(\d+)"/.exec(text)?.[1];
        if (!text.startsWith('{"infcode":0,') || !setlId) { errors++; if (errors > 100) throw new Error(`mock bench: 2207 failing: ${text.slice(0, 300)}`); continue; }
        count++;
        const rv = await c.postRaw(c.body('2208', `{"data":{"setl_id":"${setlId}","mdtrt_id":"${b.mdtrtId}","psn_no":"${b.psnNo}"}}`, b.insuplc));
        if (!rv.startsWith('{"infcode":0,')) throw new Error(`mock bench: 2208 failed: ${rv.slice(0, 300)}`);
      }
    }));
    const elapsed = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    return {
      settlementsPerSecond: Math.round(count / elapsed),
      p50Ms: Math.round(percentile(latencies, 0.5) * 100) / 100,
      p99Ms: Math.round(percentile(latencies, 0.99) * 100) / 100,
      count, clients, seconds,
    };
  } finally {
    agent.destroy();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchMockServer({ seconds: Number(process.argv[2] ?? 10), clients: Number(process.argv[3] ?? 32) }));
}
