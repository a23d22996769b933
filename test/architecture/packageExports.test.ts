import { describe, expect, it } from 'vitest';

describe('package exports', () => {
  it('serves the core and the mock runtimes under the package name', async () => {
    const core = await import('yibao-direct/core');
    const handlers = await import('yibao-direct/mocks');
    const node = await import('yibao-direct/mocks/node');
    const server = await import('yibao-direct/mocks/server');
    expect([typeof core.settle, typeof core.checkDirectSettlement, typeof core.getPolicyPack]).toEqual(['function', 'function', 'function']);
    expect([typeof handlers.createMockHandlers, typeof node.createNodeMock, typeof server.startMockServer]).toEqual(['function', 'function', 'function']);
  });
});
