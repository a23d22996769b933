import type { DecodeRequest, Envelope, Route, SessionConfig, SdkError } from '../session/types.ts';
import { sdkError } from './sdkError.ts';

/** What came back: a parsed JSON reply, a clear refusal before the platform, or nothing clear. */
export type Outcome =
  | { kind: 'reply'; reply: unknown }
  | { kind: 'refused'; error: SdkError }
  | { kind: 'unclear'; error: SdkError };

const CALL_SERVICE = '/fsi/api/rsfComIfsService/callService';
const DECODE = '/fsi/api/hsecfc/localQrCodeQuery';

/** The decode URL: configured, or the endpoint's origin (and gateway base) + the gateway path (§1.4). */
export function decodeUrl(cfg: SessionConfig): string {
  if (cfg.decodeEndpoint) return cfg.decodeEndpoint;
  const ep = cfg.endpoint ?? '';
  const at = ep.indexOf('/fsi/api/');
  if (at >= 0) return `${ep.slice(0, at)}${DECODE}`;
  const m = ep.indexOf(CALL_SERVICE);
  return m >= 0 ? `${ep.slice(0, m)}${DECODE}` : new URL(DECODE, ep).href;
}

async function post(url: string, body: string, timeoutMs: number): Promise<Outcome> {
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: ctl.signal });
    const text = await res.text();
    if (res.status >= 400 && res.status < 500) {
      return { kind: 'refused', error: sdkError('HTTP', false, `HTTP ${res.status} from the gateway`) };
    }
    if (res.status !== 200) return { kind: 'unclear', error: sdkError('HTTP', true, `HTTP ${res.status} from the gateway`) };
    try {
      return { kind: 'reply', reply: JSON.parse(text) };
    } catch {
      return { kind: 'unclear', error: sdkError('BAD_REPLY', true, 'the reply is not JSON') };
    }
  } catch (e) {
    const what = e instanceof Error && e.name === 'AbortError' ? `no reply within ${timeoutMs} ms` : 'no reply (network error)';
    return { kind: 'unclear', error: sdkError('NETWORK', true, what) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends one body: to the Style A `endpoint` (or the decode URL) with fetch, or through the host's
 * `transport`. A rejected host promise, a timeout (`timeoutMs`, both ways), an HTTP 5xx or
 * unreadable JSON is `unclear`:
 * the platform may or may not have processed it.
 */
export async function sendBody(cfg: SessionConfig, body: Envelope | DecodeRequest, route: Route): Promise<Outcome> {
  if (cfg.transport) {
    const ms = cfg.timeoutMs ?? 15_000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), ms);
      });
      const reply = await Promise.race([cfg.transport(body, route), late]);
      if (reply === null || typeof reply !== 'object') return { kind: 'unclear', error: sdkError('BAD_REPLY', true, 'the host transport resolved with no object') };
      return { kind: 'reply', reply };
    } catch {
      return { kind: 'unclear', error: sdkError('NETWORK', true, `the host transport rejected or gave no reply within ${ms} ms`) };
    } finally {
      clearTimeout(timer);
    }
  }
  const url = route.service === 'ecDecode' ? decodeUrl(cfg) : cfg.endpoint!;
  return post(url, JSON.stringify(body), cfg.timeoutMs ?? 15_000);
}
