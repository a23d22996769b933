/**
 * A small client of the platform interface for tests and the bench: builds request envelopes
 * (platform-api §2.1) with msgid = institution code + yyyyMMddHHmmss + 4-digit sequence.
 */
import { SERVICE_PATHS } from '../../../mocks/envelope/routeTable.ts';

export const CALL_SERVICE = '/fsi/api/rsfComIfsService/callService';

export interface Institution {
  fixmedins_code: string;
  fixmedins_name: string;
  mdtrtarea_admvs: string;
}

export const HOSPITAL: Institution = { fixmedins_code: 'H31010600011', fixmedins_name: '模拟市第一人民医院', mdtrtarea_admvs: '310106' };
export const HOSPITAL_L2: Institution = { fixmedins_code: 'H31011500022', fixmedins_name: '模拟区中心医院', mdtrtarea_admvs: '310115' };
export const PHARMACY: Institution = { fixmedins_code: 'P31010600033', fixmedins_name: '模拟大药房', mdtrtarea_admvs: '310106' };
export const NON_NETWORKED: Institution = { fixmedins_code: 'H31011200044', fixmedins_name: '模拟社区门诊部', mdtrtarea_admvs: '310112' };

export interface CallOptions {
  insuplc?: string;
  msgid?: string;
  /** Post to the per-service path (Style B) instead of the single endpoint. */
  styleB?: boolean;
  headers?: Record<string, string>;
  signNo?: string;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
  msgid: string;
  envelope: Record<string, unknown>;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
function cst(now: number) {
  const t = new Date(now + 8 * 3600_000);
  return { d: `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`, t: `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}` };
}

/** Sequence shared by every client of the process, so two clients never build the same msgid. */
let sharedSeq = 0;

export class PlatformClient {
  signNo = '';

  constructor(
    readonly baseUrl: string,
    readonly inst: Institution = HOSPITAL,
    readonly opter = 'OP001',
    readonly fetchImpl?: typeof fetch,
    private readonly seqOffset = 0,
  ) {}

  nextMsgid(now = Date.now()): string {
    sharedSeq = (sharedSeq + 1) % 10000;
    const c = cst(now);
    return `${this.inst.fixmedins_code}${c.d.replace(/-/g, '')}${c.t.replace(/:/g, '')}${pad((sharedSeq + this.seqOffset) % 10000, 4)}`;
  }

  envelope(infno: string, input: Record<string, unknown>, o: CallOptions = {}): Record<string, unknown> {
    const c = cst(Date.now());
    return {
      infno, msgid: o.msgid ?? this.nextMsgid(), mdtrtarea_admvs: this.inst.mdtrtarea_admvs, insuplc_admdvs: o.insuplc ?? '',
      recer_sys_code: 'YBXT', dev_no: '', dev_safe_info: '', cainfo: '', signtype: '', infver: 'V1.0', opter_type: '1',
      opter: this.opter, opter_name: '测试收款员', inf_time: `${c.d} ${c.t}`, fixmedins_code: this.inst.fixmedins_code,
      fixmedins_name: this.inst.fixmedins_name, sign_no: o.signNo ?? this.signNo, input,
    };
  }

  async call(infno: string, input: Record<string, unknown>, o: CallOptions = {}): Promise<CallResult> {
    const envelope = this.envelope(infno, input, o);
    return this.post(o.styleB ? SERVICE_PATHS[infno]! : CALL_SERVICE, envelope, o.headers);
  }

  async post(path: string, envelope: Record<string, unknown>, headers: Record<string, string> = {}): Promise<CallResult> {
    const res = await (this.fetchImpl ?? globalThis.fetch)(`${this.baseUrl}${path}`, {
      method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(envelope),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      /* raw body (9102, faults) */
    }
    return { status: res.status, headers: res.headers, body, msgid: String(envelope.msgid), envelope };
  }

  async signIn(): Promise<string> {
    const r = await this.call('9001', { signIn: { opter_no: this.opter, mac: '00-00-00-00-00-00', ip: '127.0.0.1' } });
    if (r.body.infcode !== 0) throw new Error(`sign-in failed: ${r.body.err_msg}`);
    this.signNo = r.body.output.signinoutb.sign_no;
    return this.signNo;
  }
}
