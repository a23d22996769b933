/**
 * Hostile input over real HTTP (standalone server, 127.0.0.1, free port): oversized bodies get an
 * envelope the client actually receives; unknown paths are not echoed raw.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../mocks/platform/limits.ts';
import { startMockServer } from '../../mocks/server.ts';
import type { MockServerHandle } from '../../mocks/server.ts';
import { CALL_SERVICE, HOSPITAL, PlatformClient } from './support/platformClient.ts';

describe('startMockServer (oversized bodies)', () => {
  let h: MockServerHandle;
  beforeAll(async () => {
    h = await startMockServer({ port: 0 });
  });
  afterAll(() => h.close());

  it.each([9, 13, 40])('answers a %d MB body with an envelope (HTTP 413) the client receives', async (mb) => {
    const body = `{"infno":"1101","pad":"${'x'.repeat(mb * 1024 * 1024)}"}`;
    const r = await fetch(`${h.url}${CALL_SERVICE}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(r.status).toBe(413);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await r.json()).toMatchObject({ infcode: -1, output: null, err_msg: `MOCK-E001 报文格式错误：报文超过 ${MAX_BODY_BYTES / 1024 / 1024} MB` });
  }, 30_000);

  it('escapes and bounds the path of an unknown route in its 404', async () => {
    const r = await fetch(`${h.url}/<script>${'a'.repeat(500)}`, { method: 'POST', body: '{}' });
    const text = (await r.json()).err_msg as string;
    expect(text).not.toMatch(/<script>/);
    expect(text.length).toBeLessThan(150);
  });

  it('keeps serving after hostile input', async () => {
    const c = new PlatformClient(h.url, HOSPITAL);
    await expect(c.signIn()).resolves.toMatch(/^\d{30}$/);
  });
});
