import * as z from 'zod/mini';
import type { Envelope, SdkError, SessionConfig } from '../session/types.ts';
import { buildEnvelope } from './buildEnvelope.ts';
import { formatDate } from './chinaTime.ts';
import { createMsgid } from './createMsgid.ts';
import { readReply } from './readReply.ts';
import { redact, sdkError } from './sdkError.ts';
import { sendBody } from './sendBody.ts';
import type { Outcome } from './sendBody.ts';

export type CallResult = { ok: true; output: Record<string, unknown>; msgid: string } | { ok: false; error: SdkError };

/** Where the day's sign_no survives a reload (the attempt store's meta table). */
export interface SignInMemory {
  getMeta(key: string): Promise<string | undefined>;
  setMeta(key: string, value: string): Promise<void>;
}

export interface PlatformClient {
  /** A call that moves no money: signs in if needed, fresh msgid; no clear reply → NETWORK. Re-signs once on MOCK-E010. */
  call(infno: string, input: Record<string, unknown>, insuplc?: string): Promise<CallResult>;
  /** The envelope for a money-moving message, signed in, not sent (the caller stores it first). */
  prepare(infno: string, input: Record<string, unknown>, insuplc: string): Promise<Envelope | SdkError>;
  /** Sends a stored body exactly as it is. */
  send(body: Envelope): Promise<Outcome>;
  /** 医保电子凭证 decode (platform-api §1.4) → the ecToken for mdtrt_cert_type 01. */
  decode(qrCode: string): Promise<{ ok: true; ecToken: string; idNo: string; userName: string } | { ok: false; error: SdkError }>;
  /** Forgets the cached sign_no (after the platform refused it). */
  forgetSignIn(): void;
  now(): Date;
}

const signInSchema = z.looseObject({ signinoutb: z.looseObject({ sign_no: z.string().check(z.minLength(1)) }) });
const decodeSchema = z.looseObject({
  code: z.optional(z.union([z.number(), z.string()])),
  message: z.optional(z.nullable(z.string())),
  data: z.optional(z.nullable(z.looseObject({ ecToken: z.string(), idNo: z.optional(z.nullable(z.string())), userName: z.optional(z.nullable(z.string())) }))),
});

/**
 * The SDK's transport layer over `endpoint` or the host `transport`: envelopes (§2.1), 9001 sign-in
 * once per operator and CST day (§5.1) unless the config gives `sign_no`, replies read (§2.2).
 */
export function createPlatformClient(cfg: SessionConfig, memory?: SignInMemory): PlatformClient {
  const now = cfg.now ?? (() => new Date());
  let cached: { key: string; signNo: string } | null = cfg.sign_no ? { key: '*', signNo: cfg.sign_no } : null;
  let inflight: Promise<string | SdkError> | null = null;
  // The remembered sign_no of this key was refused: ask 9001 for a new one.
  let refusedKey = '';
  const keyFor = () => `sign|${cfg.fixmedins_code}|${cfg.opter}|${formatDate(now())}`;

  async function signIn(): Promise<string | SdkError> {
    const key = keyFor();
    if (cached && (cached.key === '*' || cached.key === key)) return cached.signNo;
    const stored = refusedKey === key ? undefined : await memory?.getMeta(key).catch(() => undefined);
    if (stored) {
      cached = { key, signNo: stored };
      return stored;
    }
    const env = buildEnvelope(cfg, {
      infno: '9001', msgid: createMsgid(cfg.fixmedins_code, now()), now: now(), signNo: '', insuplc: '',
      input: { signIn: { opter_no: cfg.opter, mac: '00-00-00-00-00-00', ip: '0.0.0.0' } },
    });
    const out = await sendBody(cfg, env, { service: 'callService', infno: '9001' });
    if (out.kind !== 'reply') return sdkError('SIGN_IN_FAILED', true, `9001: ${out.error.message}`, { infno: '9001' });
    const r = readReply('9001', out.reply);
    if (!r.ok) return { ...r.error, code: 'SIGN_IN_FAILED' };
    const s = signInSchema.safeParse(r.output);
    if (!s.success) return sdkError('SIGN_IN_FAILED', true, '9001: the reply has no signinoutb.sign_no', { infno: '9001' });
    cached = { key, signNo: s.data.signinoutb.sign_no };
    await memory?.setMeta(key, cached.signNo).catch(() => undefined);
    return cached.signNo;
  }

  function signNo(): Promise<string | SdkError> {
    inflight ??= signIn().finally(() => {
      inflight = null;
    });
    return inflight;
  }

  async function prepare(infno: string, input: Record<string, unknown>, insuplc: string): Promise<Envelope | SdkError> {
    const sign = await signNo();
    if (typeof sign !== 'string') return sign;
    const t = now();
    return buildEnvelope(cfg, { infno, msgid: createMsgid(cfg.fixmedins_code, t), now: t, signNo: sign, insuplc, input });
  }

  const send = (body: Envelope) => sendBody(cfg, body, { service: 'callService', infno: body.infno });

  async function call(infno: string, input: Record<string, unknown>, insuplc = '', retried = false): Promise<CallResult> {
    const env = await prepare(infno, input, insuplc);
    if (!('msgid' in env)) return { ok: false, error: env };
    const out = await send(env);
    if (out.kind !== 'reply') return { ok: false, error: { ...out.error, infno } };
    const r = readReply(infno, out.reply);
    if (r.ok) return { ok: true, output: r.output, msgid: env.msgid };
    if (!retried && r.error.platformCode === 'MOCK-E010' && !cfg.sign_no) {
      client.forgetSignIn();
      return call(infno, input, insuplc, true);
    }
    return { ok: false, error: r.error };
  }

  async function decode(qrCode: string) {
    const body = {
      data: {
        orgId: cfg.fixmedins_code, businessType: '01101', operatorId: cfg.opter, operatorName: cfg.opter_name ?? cfg.opter,
        officeId: cfg.office?.id ?? 'CASHIER', officeName: cfg.office?.name ?? '收费处', ecQrCode: qrCode,
      },
    };
    const out = await sendBody(cfg, body, { service: 'ecDecode' });
    if (out.kind !== 'reply') return { ok: false as const, error: { ...out.error, infno: 'ecDecode' } };
    const r = decodeSchema.safeParse(out.reply);
    if (r.success && String(r.data.code) === '0' && r.data.data) {
      const d = r.data.data;
      return { ok: true as const, ecToken: d.ecToken, idNo: d.idNo ?? '', userName: d.userName ?? '' };
    }
    const msg = r.success ? redact(String(r.data.message ?? '').slice(0, 300)) : '';
    const code = r.success && r.data.code !== undefined ? String(r.data.code) : undefined;
    return {
      ok: false as const,
      error: sdkError('PLATFORM_REJECTED', false, `ecDecode: ${msg || 'refused'}`, {
        infno: 'ecDecode', ...(code ? { platformCode: code } : {}),
        text: msg ? { zh: msg, en: 'The code is not a valid 医保电子凭证 QR code; ask the patient to show it again' } : { zh: '电子凭证解码失败', en: 'The e-certificate could not be decoded' },
      }),
    };
  }

  const client: PlatformClient = {
    call: (infno, input, insuplc) => call(infno, input, insuplc),
    prepare, send, decode, now,
    forgetSignIn() {
      if (cached?.key === '*') return;
      cached = null;
      refusedKey = keyFor();
    },
  };
  return client;
}
