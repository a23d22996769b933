/**
 * The environment-free msw handler set of the platform mock. `node.ts` (setupServer),
 * `browser.ts` (setupWorker) and `server.ts` (node:http) are thin entries over the same
 * {@link MockPlatform}.
 */
import { http, HttpResponse } from 'msw';
import type { RequestHandler } from 'msw';
import { MockPlatform } from './platform/MockPlatform.ts';
import type { MockOptions } from './platform/types.ts';

export interface MockHandlersOptions extends MockOptions {
  /**
   * Where the mock answers, e.g. `https://fsi.mock` or `http://gw.example/ebus/rio_fsi`. Its path
   * becomes the gateway base path. Without it the handlers match any origin (in browsers,
   * relative to `location.origin`).
   */
  baseUrl?: string;
}

/** msw handlers over an existing platform instance. Unknown paths pass through. */
export function handlersFor(platform: MockPlatform, baseUrl?: string): RequestHandler[] {
  const pattern = baseUrl ? `${baseUrl.replace(/\/$/, '')}/*` : '*';
  return [
    http.all(pattern, async ({ request }) => {
      const body = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
      const reply = await platform.dispatch({ method: request.method, url: request.url, header: (n) => request.headers.get(n), body });
      if (!reply) return undefined;
      if (reply.kind === 'drop') return HttpResponse.error();
      return new HttpResponse(reply.body as BodyInit, { status: reply.status, headers: reply.headers });
    }),
  ];
}

/**
 * Creates a platform instance and its handlers.
 * @example
 * const { handlers, platform } = createMockHandlers({ baseUrl: 'https://fsi.mock', seed: 7 });
 */
export function createMockHandlers(options: MockHandlersOptions = {}): { handlers: RequestHandler[]; platform: MockPlatform } {
  const { baseUrl, ...rest } = options;
  const basePath = rest.basePath ?? (baseUrl ? new URL(baseUrl, 'http://mock.invalid').pathname.replace(/\/$/, '') : '');
  const platform = new MockPlatform({ ...rest, basePath });
  return { handlers: handlersFor(platform, baseUrl), platform };
}

export { MockPlatform };
export type { MockOptions };
