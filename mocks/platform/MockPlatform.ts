/**
 * The environment-free core of the mock: one instance = one store, one fault plan, one clock.
 * `dispatch` takes a runtime-neutral request and answers it; msw handlers (node, browser) and
 * the standalone node:http server are thin adapters over it.
 */
import * as z from 'zod/mini';
import { CONTROL_PREFIX, DEFAULT_CALL_SERVICE_PATHS, EC_DECODE_PATHS, infnoForPath } from '../envelope/routeTable.ts';
import { checkStrictMsgid, requestEnvelopeSchema } from '../envelope/requestEnvelopeSchema.ts';
import type { RequestEnvelope } from '../envelope/requestEnvelopeSchema.ts';
import { describeIssue, typeName } from '../envelope/fields.ts';
import { EXTENSION_WARN, failureEnvelope, successEnvelope } from '../envelope/responseEnvelope.ts';
import { PlatformFailure, mockErrMsg } from '../envelope/mockErrors.ts';
import type { MockErrorCode } from '../envelope/mockErrors.ts';
import { FAULT_KINDS, FaultPlan, parseFaultHeader } from '../faults/FaultPlan.ts';
import type { ChosenFault, FaultConfig } from '../faults/FaultPlan.ts';
import { createMockState } from '../state/MockState.ts';
import type { MessageEffect, MessageRecord, MockState } from '../state/MockState.ts';
import { IdFactory } from '../state/IdFactory.ts';
import { PERSONA_SUMMARY } from '../data/personas.ts';
import { formatDate } from '../util/chinaTime.ts';
import { stableStringify } from '../util/stableStringify.ts';
import { safeDetail } from '../envelope/safeDetail.ts';
import { MAX_BODY_BYTES, MAX_JSON_DEPTH, DEFAULT_MAX_MESSAGE_BYTES, jsonDepthExceeds } from './limits.ts';
import { TRANSACTIONS } from '../transactions/registry.ts';
import { decodeEcQr } from '../transactions/ecDecode.ts';
import { ledgerTotals } from '../transactions/ledgerTotals.ts';
import { mapCoreError } from '../settlement/mapVerdict.ts';
import type { MockHttpReply, MockHttpRequest, MockOptions, ResolvedOptions, TxContext, TxResult } from './types.ts';

const JSON_TYPE = 'application/json;charset=UTF-8';
/** Recorded Hebei 2206 / 2207 / 2208 replies carry `expContent: null` beside `setlinfo` (platform-api §4.9). */
const EXP_CONTENT_INFNOS = new Set(['2206', '2206A', '2207', '2207A', '2208']);
const EXT = { 'x-mock-extension': '1' };
const sleep = (ms: number) => (ms > 0 ? new Promise<void>((r) => setTimeout(r, ms)) : Promise.resolve());

const faultConfigSchema = z.object({
  rules: z.optional(z.array(z.object({
    kind: z.enum(FAULT_KINDS), infno: z.optional(z.string()), psn_no: z.optional(z.string()),
    nth: z.optional(z.number().check(z.int(), z.minimum(1))), times: z.optional(z.number().check(z.int(), z.minimum(1))),
    delayMs: z.optional(z.number().check(z.minimum(0), z.maximum(60_000))),
    status: z.optional(z.number().check(z.int(), z.minimum(500), z.maximum(599))),
  }))),
  random: z.optional(z.nullable(z.object({
    rate: z.number().check(z.minimum(0), z.maximum(1)), kinds: z.array(z.enum(FAULT_KINDS)),
    infnos: z.optional(z.array(z.string())), delayMs: z.optional(z.number().check(z.minimum(0), z.maximum(60_000))),
  }))),
});

/** Finds the person a request is about (for fault rules): input.*.psn_no. */
function psnNoOf(input: Record<string, unknown>): string | undefined {
  for (const node of Object.values(input)) {
    const o = Array.isArray(node) ? node[0] : node;
    if (o && typeof o === 'object' && typeof (o as { psn_no?: unknown }).psn_no === 'string') return (o as { psn_no: string }).psn_no;
  }
  return undefined;
}

/** One mock of the national platform. */
export class MockPlatform {
  readonly options: ResolvedOptions;
  state: MockState;
  private ids: IdFactory;
  private readonly faults: FaultPlan;
  private queue: Promise<unknown> = Promise.resolve();
  private afterChange: (() => void) | null = null;

  constructor(options: MockOptions = {}) {
    this.options = {
      seed: options.seed ?? 1, now: options.now ?? Date.now, basePath: (options.basePath ?? '').replace(/\/$/, ''),
      callServicePaths: options.callServicePaths ?? DEFAULT_CALL_SERVICE_PATHS, duplicateMsgid: options.duplicateMsgid ?? 'replay',
      strictMsgid: options.strictMsgid ?? false, requireSignIn: options.requireSignIn ?? true,
      signInValidity: options.signInValidity ?? 'midnight', reverseUnknown: options.reverseUnknown ?? 'reject',
      replyShape: { emptyOutput: 'null', failure: 'recorded', expContent: true, ...options.replyShape },
      auth: options.auth ?? null, faults: options.faults, maxMessages: options.maxMessages ?? 200_000,
      maxMessageBytes: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    };
    this.state = createMockState(this.options.seed, formatDate(this.options.now()));
    this.ids = new IdFactory(this.state);
    this.faults = new FaultPlan(this.options.seed, options.faults);
  }

  /** Re-seeds the store (and the fault PRNG); fault rules are kept. */
  reset(seed = this.options.seed): void {
    this.options.seed = seed;
    this.state = createMockState(seed, formatDate(this.options.now()));
    this.ids = new IdFactory(this.state);
    this.faults.reseed(seed);
  }

  /** Replaces the store (a restored snapshot); ids continue from its serial. */
  replaceState(state: MockState): void {
    this.state = state;
    this.ids = new IdFactory(state);
  }

  /**
   * Calls `fn` after every change of the store, inside the transaction queue, before the reply
   * leaves (the standalone server persists `stateFile` there). `null` removes it.
   */
  onStateChange(fn: (() => void) | null): void {
    this.afterChange = fn;
  }

  /** Sets the instance's fault rules / random plan (same as POST /__mock__/scenario). */
  setFaults(config: FaultConfig): void {
    this.faults.configure(config);
  }

  /** Runs `fn` after every earlier transaction: state changes never interleave. */
  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private json(status: number, body: unknown, extension: boolean): MockHttpReply {
    return { kind: 'reply', status, headers: { 'content-type': JSON_TYPE, ...(extension ? EXT : {}) }, body: JSON.stringify(body) };
  }

  private fail(admdvs: string, received: number, code: MockErrorCode, detail?: string, extension = false): MockHttpReply {
    const env = failureEnvelope(this.failureRef(admdvs), received, this.options.now(), mockErrMsg(code, detail));
    if (extension) env.warn_msg = `${EXTENSION_WARN} 模拟平台扩展交易，非国家接口`;
    return this.json(200, env, true);
  }

  /** Applies `replyShape` to a success output: `null` when there are no output nodes, `expContent` for 2206–2208. */
  private shapeOutput(infno: string, output: Record<string, unknown>): Record<string, unknown> | null {
    const shape = this.options.replyShape;
    if (Object.keys(output).length === 0) return shape.emptyOutput === 'null' ? null : output;
    return shape.expContent && EXP_CONTENT_INFNOS.has(infno) ? { ...output, expContent: null } : output;
  }

  /** `inf_refmsgid` of a failure: null as recorded replies carry it, or a fresh id (`replyShape.failure: 'filled'`). */
  private failureRef(admdvs: string): string | null {
    if (this.options.replyShape.failure === 'recorded') return null;
    return this.ids.infRefmsgid(/^\d{6}$/.test(admdvs) ? admdvs : '000000', this.options.now());
  }

  /**
   * Answers one request. Returns null when the path is not the mock's (msw passes it through,
   * the standalone server answers 404). Never throws.
   */
  async dispatch(req: MockHttpRequest): Promise<MockHttpReply | null> {
    const received = this.options.now();
    // Path and query without a full URL parse (hot path); absolute URLs keep only their path.
    const q = req.url.indexOf('?');
    let path = q >= 0 ? req.url.slice(0, q) : req.url;
    const search = new URLSearchParams(q >= 0 ? req.url.slice(q + 1) : '');
    if (!path.startsWith('/')) {
      const at = path.indexOf('/', path.indexOf('//') + 2);
      path = at >= 0 ? path.slice(at) : '/';
    }
    const base = this.options.basePath;
    if (base) {
      if (!path.startsWith(`${base}/`)) return null;
      path = path.slice(base.length);
    }
    try {
      if (path.startsWith(CONTROL_PREFIX)) return this.control(req, path.slice(CONTROL_PREFIX.length), search);
      if (EC_DECODE_PATHS.includes(path)) {
        if (req.method !== 'POST') return this.json(405, { code: 405, success: false, message: mockErrMsg('MOCK-E002', req.method) }, true);
        return decodeEcQr(this.state, req.body, this.options.now());
      }
      const styleA = this.options.callServicePaths.includes(path);
      const pathInfno = styleA ? undefined : infnoForPath(path);
      if (!styleA && pathInfno === undefined) return null;
      return await this.business(req, received, pathInfno);
    } catch {
      // Last line of defence: bad input never yields HTTP 500, and no internal error name leaks.
      return this.fail('000000', received, 'MOCK-E099');
    }
  }

  private async business(req: MockHttpRequest, received: number, pathInfno: string | undefined): Promise<MockHttpReply> {
    if (req.method !== 'POST') return { ...this.fail('000000', received, 'MOCK-E002', `HTTP ${req.method}`), status: 405 } as MockHttpReply;
    const auth = this.options.auth;
    if (auth && req.header('apikey') !== auth.apikey) {
      return { ...this.fail('000000', received, 'MOCK-E011'), status: auth.status ?? 401 } as MockHttpReply;
    }
    if (req.body.length > MAX_BODY_BYTES) return this.tooLarge();
    let parsed: unknown;
    try {
      parsed = JSON.parse(req.body);
    } catch {
      return this.fail('000000', received, 'MOCK-E005');
    }
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
      return this.fail('000000', received, 'MOCK-E001', `请求报文应为 JSON 对象（收到${typeName(parsed)}）`);
    }
    if (jsonDepthExceeds(parsed, MAX_JSON_DEPTH)) return this.fail('000000', received, 'MOCK-E001', `报文嵌套超过 ${MAX_JSON_DEPTH} 层`);
    const envResult = requestEnvelopeSchema.safeParse(parsed);
    const rawAdmvs = (parsed as { mdtrtarea_admvs?: unknown }).mdtrtarea_admvs;
    const admvs = typeof rawAdmvs === 'string' && /^\d{6}$/.test(rawAdmvs) ? rawAdmvs : '000000';
    if (!envResult.success) {
      const issue = envResult.error.issues[0]!;
      const field = describeIssue(issue, '', parsed);
      return this.fail(admvs, received, issue.path[0] === 'input' ? 'MOCK-E004' : 'MOCK-E001', field);
    }
    const env = envResult.data;
    if (env.enc_type) return this.fail(admvs, received, 'MOCK-E002', `enc_type ${safeDetail(env.enc_type, 10)}（模拟平台不支持加密）`);
    if (pathInfno !== undefined && env.infno !== pathInfno) return this.fail(admvs, received, 'MOCK-E002', `${env.infno} 与服务路径 ${pathInfno} 不一致`);
    const tx = TRANSACTIONS.get(env.infno);
    if (!tx) return this.fail(admvs, received, 'MOCK-E002', env.infno);
    if (this.options.strictMsgid && !checkStrictMsgid(env.msgid, env.fixmedins_code)) return this.fail(admvs, received, 'MOCK-E001', 'msgid');

    const header = parseFaultHeader(req.header('x-mock-fault'));
    if (header === 'invalid') return this.fail(admvs, received, 'MOCK-E091', `x-mock-fault 可用：${FAULT_KINDS.join(', ')}[=毫秒或状态码]`);
    const fault = header ?? this.faults.choose(env.infno, psnNoOf(env.input));
    if (fault) {
      const early = await this.earlyFault(fault, env, received);
      if (early) return early;
    }
    const reply = await this.exclusive(() => this.transact(tx, env, parsed, req.body, received));
    if (fault?.kind === 'lost-after-commit') return { kind: 'drop' };
    return reply;
  }

  private async earlyFault(fault: ChosenFault, env: RequestEnvelope, received: number): Promise<MockHttpReply | null> {
    await sleep(fault.delayMs);
    switch (fault.kind) {
      case 'no-reply':
        return { kind: 'drop' };
      case 'infcode':
        return this.fail(env.mdtrtarea_admvs, received, 'MOCK-E090');
      case 'infcode-empty': {
        return this.json(200, failureEnvelope(this.failureRef(env.mdtrtarea_admvs), received, this.options.now(), ''), true);
      }
      case 'http-5xx':
        return { kind: 'reply', status: fault.status, headers: { 'content-type': 'text/html;charset=UTF-8', ...EXT }, body: `<html><body><h1>${fault.status} Bad Gateway</h1><!-- MOCK-E090 模拟网关故障 --></body></html>` };
      case 'malformed-json':
        return { kind: 'reply', status: 200, headers: { 'content-type': JSON_TYPE, ...EXT }, body: '{"infcode":0,"inf_refmsgid":"' };
      default:
        return null;
    }
  }

  private async transact(tx: NonNullable<ReturnType<typeof TRANSACTIONS.get>>, env: RequestEnvelope, parsed: unknown, rawBody: string, received: number): Promise<MockHttpReply> {
    const state = this.state;
    const now = this.options.now();
    const key = `${env.fixmedins_code}|${env.msgid}`;
    const prior = state.messages.get(key);
    if (prior) {
      // Same bytes, or the same JSON in another key order, is the same body.
      const same = prior.rawBody === rawBody || stableStringify(JSON.parse(prior.rawBody)) === stableStringify(parsed);
      // The msgid itself is not quoted: err_msg never echoes client values.
      if (!same || this.options.duplicateMsgid === 'reject') return this.fail(env.mdtrtarea_admvs, received, 'MOCK-E003', same ? '该 msgid 已使用' : '该 msgid 已用于另一报文');
      return { kind: 'reply', status: prior.status, headers: { ...prior.headers, 'x-mock-replay': '1' }, body: prior.reply };
    }
    if (tx.signIn && this.options.requireSignIn) {
      const s = env.sign_no ? state.signIns.get(env.sign_no) : undefined;
      if (!s || s.signedOut || s.until <= now || s.fixmedins_code !== env.fixmedins_code) return this.fail(env.mdtrtarea_admvs, received, 'MOCK-E010');
    }
    const inputResult = tx.schema.safeParse(env.input);
    if (!inputResult.success) return this.fail(env.mdtrtarea_admvs, received, 'MOCK-E004', describeIssue(inputResult.error.issues[0]!, 'input', env.input), !!tx.extension);

    let effect: MessageEffect | null = null;
    const ctx: TxContext = {
      env, infno: env.infno, msgid: env.msgid, now, state, ids: this.ids, options: this.options,
      setEffect: (e) => { effect = e; },
    };
    let result: TxResult;
    const ref = this.ids.infRefmsgid(env.mdtrtarea_admvs, now);
    let reply: MockHttpReply & { kind: 'reply' };
    try {
      result = await tx.run(ctx, inputResult.data as never);
      if ('raw' in result) {
        reply = { kind: 'reply', status: 200, headers: { 'content-type': result.contentType }, body: result.raw };
      } else {
        const warn = tx.extension ? `${EXTENSION_WARN} ${result.warn ?? tx.name}` : (result.warn ?? null);
        reply = this.json(200, successEnvelope(ref, received, this.options.now(), this.shapeOutput(env.infno, result.output), warn), !!tx.extension) as typeof reply;
      }
    } catch (e) {
      const failure = e instanceof PlatformFailure ? e : mapCoreError(e);
      const env2 = failureEnvelope(this.options.replyShape.failure === 'recorded' ? null : ref, received, this.options.now(), failure.errMsg);
      if (tx.extension) env2.warn_msg = `${EXTENSION_WARN} ${tx.name}是模拟平台扩展交易，非国家接口`;
      reply = this.json(200, env2, failure.invented || !!tx.extension) as typeof reply;
    }
    if (typeof reply.body === 'string') this.remember(key, { infno: env.infno, rawBody, reply: reply.body, status: reply.status, headers: reply.headers, effect, reversed: false });
    this.afterChange?.();
    return reply;
  }

  /**
   * Keeps a message for replay and 2601, evicting the oldest while the registry holds more than
   * `maxMessages` messages or `maxMessageBytes` of text (request + reply, 2 bytes a character).
   */
  private remember(key: string, m: MessageRecord): void {
    const state = this.state;
    const size = (r: MessageRecord) => 2 * (r.rawBody.length + r.reply.length);
    state.messages.set(key, m);
    state.messageBytes += size(m);
    for (const [k, old] of state.messages) {
      if (state.messages.size <= this.options.maxMessages && state.messageBytes <= this.options.maxMessageBytes) break;
      if (k === key && state.messages.size === 1) break;
      state.messages.delete(k);
      state.messageBytes -= size(old);
    }
  }

  /** The answer to a body past {@link MAX_BODY_BYTES}: an envelope, HTTP 413. */
  tooLarge(): MockHttpReply & { kind: 'reply' } {
    const r = this.fail('000000', this.options.now(), 'MOCK-E001', `报文超过 ${MAX_BODY_BYTES / 1024 / 1024} MB`) as MockHttpReply & { kind: 'reply' };
    return { ...r, status: 413 };
  }

  private control(req: MockHttpRequest, what: string, search: URLSearchParams): MockHttpReply {
    const body = (): unknown => {
      try {
        return req.body ? JSON.parse(req.body) : {};
      } catch {
        return undefined;
      }
    };
    const bad = (msg: string) => this.json(400, { ok: false, error: mockErrMsg('MOCK-E004', msg) }, true);
    switch (`${req.method} ${what}`) {
      case 'GET personas':
        return this.json(200, { ok: true, personas: PERSONA_SUMMARY(this.state.personas) }, true);
      case 'POST reset': {
        const b = body() as { seed?: unknown } | undefined;
        if (b === undefined) return bad('body 不是合法的JSON');
        const seed = typeof b.seed === 'number' && Number.isInteger(b.seed) ? b.seed : this.options.seed;
        this.reset(seed);
        this.afterChange?.();
        return this.json(200, { ok: true, seed, today: this.state.today }, true);
      }
      case 'GET scenario':
        return this.json(200, { ok: true, ...this.faults.describe() }, true);
      case 'POST scenario': {
        const b = body();
        const r = faultConfigSchema.safeParse(b);
        if (!r.success) return bad(describeIssue(r.error.issues[0]!, 'scenario', b));
        this.faults.configure(r.data as FaultConfig);
        return this.json(200, { ok: true, ...this.faults.describe() }, true);
      }
      case 'DELETE scenario':
        this.faults.configure({});
        return this.json(200, { ok: true, rules: [], random: null }, true);
      case 'GET ledger':
        return this.json(200, { ok: true, ...ledgerTotals(this.state, {
          fixmedins_code: search.get('fixmedins_code'), insutype: search.get('insutype'), clr_type: search.get('clr_type'),
        }) }, true);
      case 'GET state':
        return this.json(200, {
          ok: true, seed: this.state.seed, today: this.state.today, visits: this.state.visits.size,
          settlements: this.state.settlements.size, ledger: this.state.ledger.length, messages: this.state.messages.size,
          signIns: this.state.signIns.size, filings: this.state.filings.size,
        }, true);
      default:
        return this.json(404, { ok: false, error: `MOCK-E002 交易不支持：${req.method} ${CONTROL_PREFIX}${what}（see mocks/README.md "Fault controls"）` }, true);
    }
  }
}
