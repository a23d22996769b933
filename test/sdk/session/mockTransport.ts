/**
 * Test support: a host `transport` over an in-process MockPlatform (mocks/README.md), the way a
 * host page would wrap its gateway. A dropped connection, an HTTP 5xx or unreadable JSON rejects.
 */
import { MockPlatform } from '../../../mocks/platform/MockPlatform.ts';
import type { MockOptions } from '../../../mocks/platform/types.ts';
import type { Transport } from '../../../sdk/session/types.ts';

export const CALL_SERVICE = '/fsi/api/rsfComIfsService/callService';
export const DECODE = '/fsi/api/hsecfc/localQrCodeQuery';

export interface MockTransport {
  platform: MockPlatform;
  transport: Transport;
  /** Messages sent, by infno (decode as 'decode'). */
  sent: Map<string, number>;
}

export function mockTransport(options: MockOptions = {}): MockTransport {
  const platform = new MockPlatform(options);
  const sent = new Map<string, number>();
  const transport: Transport = async (body, route) => {
    const key = route.service === 'ecDecode' ? 'decode' : route.infno;
    sent.set(key, (sent.get(key) ?? 0) + 1);
    const reply = await platform.dispatch({ method: 'POST', url: route.service === 'ecDecode' ? DECODE : CALL_SERVICE, header: () => null, body: JSON.stringify(body) });
    if (!reply || reply.kind === 'drop') throw new TypeError('fetch failed');
    if (reply.status >= 500) throw new Error(`HTTP ${reply.status}`);
    return JSON.parse(typeof reply.body === 'string' ? reply.body : new TextDecoder().decode(reply.body));
  };
  return { platform, transport, sent };
}

/** A persona of the seeded store by key (see mocks/README.md, Personas). */
export function persona(platform: MockPlatform, key: string) {
  const p = platform.state.personas.find((x) => x.key === key);
  if (!p) throw new Error(`no persona ${key}`);
  return p;
}
