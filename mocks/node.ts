/**
 * Node entry: msw `setupServer` over the shared handler set (node tests).
 * @example
 * const { server, platform } = createNodeMock({ baseUrl: 'https://fsi.mock' });
 * beforeAll(() => server.listen()); afterEach(() => server.resetHandlers()); afterAll(() => server.close());
 */
import { setupServer } from 'msw/node';
import type { SetupServer } from 'msw/node';
import { createMockHandlers } from './handlers.ts';
import type { MockHandlersOptions } from './handlers.ts';
import type { MockPlatform } from './platform/MockPlatform.ts';

export function createNodeMock(options: MockHandlersOptions = {}): { server: SetupServer; platform: MockPlatform } {
  const { handlers, platform } = createMockHandlers(options);
  return { server: setupServer(...handlers), platform };
}

export { createMockHandlers };
export type { MockHandlersOptions };
