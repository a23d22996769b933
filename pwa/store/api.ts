/**
 * The patient-side calls to the platform's extensions (filing MX5501–MX5504, settlements
 * MX5511/MX5512, manual claims MX5521/MX5522): one request envelope per call. Pure apart from
 * `fetch`: the envelope is built from its parts so the outbox can freeze it and resend it byte-equal.
 */
export const EXT_PATHS = {
  MX5501: '/ext/filing/query', MX5502: '/ext/filing/create', MX5503: '/ext/filing/change', MX5504: '/ext/filing/cancel',
  MX5511: '/ext/settlement/list', MX5512: '/ext/settlement/detail', MX5521: '/ext/claim/create', MX5522: '/ext/claim/query',
  MX5505: '/ext/chronic/query',
} as const;
export type ExtInfno = keyof typeof EXT_PATHS;

/** Who sends: the patient app, not an institution (the envelope still needs the fields). */
const SENDER = { fixmedins_code: 'PATIENT-APP', fixmedins_name: '患者端应用', opter_type: '3', opter: 'SELF', opter_name: '本人' } as const;

export interface Envelope {
  infno: ExtInfno;
  msgid: string;
  mdtrtarea_admvs: string;
  insuplc_admdvs: string;
  recer_sys_code: string;
  infver: string;
  opter_type: string;
  opter: string;
  opter_name: string;
  inf_time: string;
  fixmedins_code: string;
  fixmedins_name: string;
  sign_no: string;
  input: Record<string, unknown>;
}

/** China Standard Time `yyyy-MM-dd HH:mm:ss` of an instant. */
export function cstDateTime(ms: number): string {
  const t = new Date(ms + 8 * 3600_000).toISOString();
  return `${t.slice(0, 10)} ${t.slice(11, 19)}`;
}

/** A msgid (≤ 30 characters) unique enough for one device: time + random. */
export function newMsgid(now = Date.now()): string {
  const rnd = crypto.getRandomValues(new Uint32Array(2));
  return `PA${now.toString(36)}${rnd[0]!.toString(36)}${rnd[1]!.toString(36)}`.slice(0, 30).toUpperCase();
}

export function envelope(infno: ExtInfno, input: Record<string, unknown>, o: { msgid: string; now: number; insuplc: string; mdtrtarea: string }): Envelope {
  return {
    infno, msgid: o.msgid, mdtrtarea_admvs: o.mdtrtarea, insuplc_admdvs: o.insuplc, recer_sys_code: 'YBXT', infver: 'V1.0',
    ...SENDER, inf_time: cstDateTime(o.now), sign_no: '', input,
  };
}

/** The platform's answer, or why there is none. */
export type CallResult =
  | { kind: 'ok'; output: Record<string, unknown> }
  | { kind: 'refused'; code: string; message: string; retryable: boolean }
  | { kind: 'unreachable'; message: string };

/** How the app reaches the platform (fetch in the browser; the mock's dispatch in tests). */
export type Send = (path: string, body: string) => Promise<{ status: number; text: string }>;

export const fetchSend = (base = ''): Send => async (path, body) => {
  const r = await fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  return { status: r.status, text: await r.text() };
};

/** Refusals that a resend may fix (busy, internal): the rest are the platform's decision. */
const RETRYABLE = /^MOCK-E0(90|99)\b/;

/** Posts one frozen envelope and reads the answer; never throws. */
export async function callExt(send: Send, env: Envelope): Promise<CallResult> {
  let reply: { status: number; text: string };
  try {
    reply = await send(EXT_PATHS[env.infno], JSON.stringify(env));
  } catch {
    return { kind: 'unreachable', message: 'network' };
  }
  if (reply.status >= 500) return { kind: 'unreachable', message: `HTTP ${reply.status}` };
  let body: { infcode?: unknown; err_msg?: unknown; output?: unknown };
  try {
    body = JSON.parse(reply.text) as typeof body;
  } catch {
    return { kind: 'unreachable', message: 'malformed reply' };
  }
  if (body.infcode === 0) return { kind: 'ok', output: (body.output ?? {}) as Record<string, unknown> };
  const message = typeof body.err_msg === 'string' && body.err_msg ? body.err_msg : 'refused';
  const code = /^(MOCK-E\d{3})/.exec(message)?.[1] ?? 'REFUSED';
  return { kind: 'refused', code, message, retryable: RETRYABLE.test(message) };
}
