/**
 * Browser entry: msw `setupWorker` over the shared handler set. The worker script is generated
 * with `npm run mock:worker` into mocks/public/ (never the PWA's production public/): serve that
 * folder and start with `worker.start({ serviceWorker: { url: '/mockServiceWorker.js' } })`.
 */
import { setupWorker } from 'msw/browser';
import type { SetupWorker } from 'msw/browser';
import { createMockHandlers } from './handlers.ts';
import type { MockHandlersOptions } from './handlers.ts';
import type { MockPlatform } from './platform/MockPlatform.ts';

export function createBrowserMock(options: MockHandlersOptions = {}): { worker: SetupWorker; platform: MockPlatform } {
  const { handlers, platform } = createMockHandlers(options);
  return { worker: setupWorker(...handlers), platform };
}

export type { MockHandlersOptions };
