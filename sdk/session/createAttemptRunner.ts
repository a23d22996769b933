/**
 * The never-charge-twice transaction layer. A money-moving message is stored (msgid + exact
 * body) before it is sent; an unclear answer is resolved before anything else: re-send the same
 * msgid (the platform replays its stored answer) or reverse it with 2601 (platform-api §5.3, §5.5).
 */
import type { Envelope, PlatformSettlement, SdkError, SessionConfig } from './types.ts';
import type { Attempt } from '../store/Attempt.ts';
import type { AttemptStore } from '../store/openAttemptStore.ts';
import type { PlatformClient } from '../transport/createPlatformClient.ts';
import { readReply } from '../transport/readReply.ts';
import { sdkError } from '../transport/sdkError.ts';
import { ledgerRowOf, settlementOf } from './settlementOf.ts';

/** How an attempt ended. `unclear`: still unknown after the retries; it stays pending in the store. */
export type Resolution =
  | { kind: 'done'; shown: PlatformSettlement }
  | { kind: 'failed'; error: SdkError }
  | { kind: 'reversed' }
  | { kind: 'unclear'; error: SdkError };

export interface AttemptRunner {
  /** Stores a new attempt for `env` (throws the IndexedDB error if it cannot: then nothing is sent). */
  create(env: Envelope, kind: Attempt['kind'], meta: Pick<Attempt, 'psn_no' | 'insuplc' | 'group' | 'medfee_sumamt' | 'target'>): Promise<Attempt>;
  /** Sends a stored attempt for the first time and resolves whatever comes back. */
  run(a: Attempt): Promise<Resolution>;
  /** Resolves an attempt whose answer was lost (after a reload too). */
  resolve(a: Attempt): Promise<Resolution>;
  /** Reverses an attempt with 2601 (the cashier gave up waiting, or `unclearReply: 'reverse'`). */
  reverse(a: Attempt): Promise<Resolution>;
}

const DEFAULT_DELAYS = [0, 500, 1000, 2000, 4000];

interface LockManager {
  request<T>(name: string, options: { ifAvailable: boolean }, cb: (lock: unknown) => Promise<T>): Promise<T>;
}

const sleep = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());
const unknown = (why: string) => sdkError('OUTCOME_UNKNOWN', true, `outcome unknown: ${why}`);

export function createAttemptRunner(cfg: SessionConfig, client: PlatformClient, store: AttemptStore): AttemptRunner {
  const delays = cfg.retryDelaysMs ?? DEFAULT_DELAYS;
  const stamp = () => client.now().toISOString();

  async function finish(a: Attempt, r: Resolution): Promise<Resolution> {
    if (r.kind === 'unclear') return r;
    const done: Attempt = { ...a, body: '', updatedAt: stamp(), status: r.kind };
    if (r.kind === 'done') {
      done.shown = r.shown;
      done.row = ledgerRowOf(r.shown);
    }
    if (r.kind === 'failed') done.error = r.error;
    delete done.reversal;
    // The outcome is known even if it cannot be written; the pending record is resolved again later.
    await store.put(done).catch(() => undefined);
    Object.assign(a, done);
    return r;
  }

  /** One send of the stored body: the reply read, or null when nothing clear came back. */
  async function sendStored(a: Attempt): Promise<{ ok: true; output: Record<string, unknown> } | { ok: false; error: SdkError; clear: boolean }> {
    const out = await client.send(JSON.parse(a.body) as Envelope);
    if (out.kind === 'unclear') return { ok: false, error: out.error, clear: false };
    if (out.kind === 'refused') return { ok: false, error: out.error, clear: true };
    const r = readReply(a.infno, out.reply);
    return r.ok ? r : { ok: false, error: r.error, clear: !r.unreadable };
  }

  const doneOf = (a: Attempt, output: Record<string, unknown>): Resolution => ({ kind: 'done', shown: settlementOf(a.infno, a.msgid, output) });

  async function run(a: Attempt): Promise<Resolution> {
    const r = await sendStored(a);
    if (r.ok) return finish(a, doneOf(a, r.output));
    // A clear refusal of the first send: the platform did not take it (nothing moved).
    if (r.clear) return finish(a, { kind: 'failed', error: r.error });
    return resolve(a);
  }

  async function resolve(a: Attempt): Promise<Resolution> {
    if (a.reversal || cfg.unclearReply === 'reverse') return reverse(a);
    for (const ms of delays) {
      await sleep(ms);
      const known = await resolvedElsewhere(a);
      if (known) return known;
      const r = await sendStored(a);
      if (r.ok) return finish(a, doneOf(a, r.output));
      if (!r.clear) continue;
      // Busy (not processed, not stored): the same msgid may be sent again.
      if (r.error.platformCode === 'MOCK-E090') continue;
      // Any other refusal of the identical message is ambiguous (a replayed failure, or a platform
      // that refuses repeats, §5.5 UNVERIFIED): 2601 decides whether it had taken effect.
      return reverse(a);
    }
    return { kind: 'unclear', error: unknown(`${a.infno} unanswered after ${delays.length + 1} sends`) };
  }

  async function reverse(a: Attempt): Promise<Resolution> {
    for (const ms of [0, ...delays]) {
      await sleep(ms);
      const known = await resolvedElsewhere(a);
      if (known) return known;
      if (!a.reversal) {
        const env = await client.prepare('2601', { data: { psn_no: a.psn_no, omsgid: a.msgid, oinfno: a.infno } }, a.insuplc);
        if (!('msgid' in env)) continue;
        a.reversal = { msgid: env.msgid, body: JSON.stringify(env) };
        a.updatedAt = stamp();
        await store.put(a);
      }
      const out = await client.send(JSON.parse(a.reversal.body) as Envelope);
      if (out.kind === 'unclear') continue;
      const r = out.kind === 'reply' ? readReply('2601', out.reply) : { ok: false as const, error: out.error, unreadable: false };
      if (r.ok) return finish(a, { kind: 'reversed' });
      if (r.unreadable) continue;
      const code = r.error.platformCode;
      const msg = r.error.message;
      // E060: the platform never had the original; E061 "未成功": it had, and it failed. Nothing moved.
      if (code === 'MOCK-E060' || (code === 'MOCK-E061' && msg.includes('未成功'))) {
        return finish(a, { kind: 'failed', error: sdkError('PLATFORM_REJECTED', true, `${a.infno} did not take effect (2601: ${code})`, { infno: a.infno }) });
      }
      // E061 "已冲正" / "已撤销": undone already.
      if (code === 'MOCK-E061') return finish(a, { kind: 'reversed' });
      if (code === 'MOCK-E090') continue;
      if (code === 'MOCK-E010') {
        // Refused before it ran: a fresh 2601 with a new sign-in is safe.
        client.forgetSignIn();
        delete a.reversal;
        continue;
      }
      return { kind: 'unclear', error: { ...unknown(`2601 refused: ${msg}`), infno: '2601' } };
    }
    return { kind: 'unclear', error: unknown('2601 unanswered') };
  }

  /** What a resolved attempt (resolved by another tab, say) ended as. */
  function outcomeOf(a: Attempt): Resolution | null {
    if (a.status === 'done' && a.shown) return { kind: 'done', shown: a.shown };
    if (a.status === 'failed') return { kind: 'failed', error: a.error ?? sdkError('PLATFORM_REJECTED', false, `${a.infno} did not take effect`) };
    if (a.status === 'reversed') return { kind: 'reversed' };
    return null;
  }

  /** Re-reads the attempt: another tab (or an earlier, stalled call) may have resolved it meanwhile. */
  async function resolvedElsewhere(a: Attempt): Promise<Resolution | null> {
    const fresh = await store.get(a.msgid).catch(() => undefined);
    const known = fresh ? outcomeOf(fresh) : null;
    if (fresh) Object.assign(a, fresh);
    return known;
  }

  /**
   * One tab at a time per attempt (Web Locks where the browser has them): a tab that finds the
   * attempt busy elsewhere leaves it unclear; the holder re-reads it first, so an attempt another
   * tab already resolved is never sent or reversed again.
   */
  function exclusive(a: Attempt, fn: (a: Attempt) => Promise<Resolution>): Promise<Resolution> {
    const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
    const body = async (): Promise<Resolution> => (await resolvedElsewhere(a)) ?? fn(a);
    const run = locks
      ? locks.request(`yb-attempt-${a.msgid}`, { ifAvailable: true }, (lock) =>
        lock ? body() : Promise.resolve<Resolution>({ kind: 'unclear', error: unknown('another tab is resolving this attempt') }))
      : body();
    // Whatever breaks on the way (storage, a host transport throwing synchronously), the outcome is unknown, not failed.
    return run.catch((e: unknown) => ({ kind: 'unclear' as const, error: unknown(e instanceof Error ? e.name : 'internal error') }));
  }

  return {
    async create(env, kind, meta) {
      const t = stamp();
      const a: Attempt = {
        msgid: env.msgid, infno: env.infno, kind, status: 'pending', body: JSON.stringify(env), fixmedins_code: env.fixmedins_code,
        opter: env.opter, createdAt: t, updatedAt: t, ...meta,
      };
      await store.put(a);
      return a;
    },
    run: (a) => exclusive(a, run),
    resolve: (a) => exclusive(a, resolve),
    reverse: (a) => exclusive(a, reverse),
  };
}
