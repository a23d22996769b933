/** The PWA's `Send` straight into a MockPlatform (no HTTP), with an optional one-shot fault per call. */
import { MockPlatform } from '../../../mocks/platform/MockPlatform.ts';
import type { MockOptions } from '../../../mocks/platform/types.ts';
import type { Send } from '../../../pwa/store/api.ts';

export type Fault = 'no-reply' | 'lost-after-commit' | 'infcode' | 'http-5xx' | 'malformed-json' | null;

export function mockSend(options: MockOptions = {}): { platform: MockPlatform; send: Send; nextFault(f: Fault): void; offline(v: boolean): void; calls: () => number } {
  const platform = new MockPlatform({ seed: 1, ...options });
  let fault: Fault = null;
  let isOffline = false;
  let calls = 0;
  const send: Send = async (path, body) => {
    if (isOffline) throw new TypeError('Failed to fetch');
    calls++;
    const f = fault;
    fault = null;
    const reply = await platform.dispatch({ method: 'POST', url: path, header: (n) => (n === 'x-mock-fault' && f ? f : null), body });
    if (!reply || reply.kind === 'drop') throw new TypeError('Failed to fetch');
    return { status: reply.status, text: typeof reply.body === 'string' ? reply.body : new TextDecoder().decode(reply.body) };
  };
  return { platform, send, nextFault: (f) => (fault = f), offline: (v) => (isOffline = v), calls: () => calls };
}
