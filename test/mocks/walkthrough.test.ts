/**
 * mocks/scripts/walkthrough.sh against a standalone mock on 127.0.0.1 and a free port: it captures
 * sign_no, mdtrt_id and setl_id itself and ends well; without a mock it says what to start.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer } from '../../mocks/server.ts';
import type { MockServerHandle } from '../../mocks/server.ts';
import { runProcess } from './support/runProcess.ts';

const SCRIPT = 'mocks/scripts/walkthrough.sh';
let h: MockServerHandle;
beforeAll(async () => {
  h = await startMockServer({ port: 0 });
});
afterAll(() => h.close());

describe('walkthrough.sh', () => {
  it('runs 9001 → 1101 → 2201 → 2203 → 2204 → 2206 → 2207 → 2208 and prints each request and reply as markdown', async () => {
    const r = await runProcess('bash', [SCRIPT], { URL: h.url });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^walkthrough: done — mdtrt_id \d{12} settled as setl_id \d{12} and revoked \(8 steps against http:\/\/127\.0\.0\.1:\d+\)\n$/);
    expect(r.stdout.match(/^#### \d\. /gm)).toHaveLength(8);
    const replies = [...r.stdout.matchAll(/Reply:\n\n```json\n([^]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as { infcode: number; output: Record<string, { setl_id?: string }> });
    expect(replies.map((x) => x.infcode)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(replies[7]!.output.setlinfo!.setl_id).toBe(replies[6]!.output.setlinfo!.setl_id);
    expect(h.platform.state.settlements.size).toBe(1);
    expect([...h.platform.state.settlements.values()][0]!.status).toBe('REVOKED');
  }, 60_000);

  it('exits 1 with what to start when no mock answers at URL', async () => {
    const closed = await startMockServer({ port: 0 });
    const url = closed.url;
    await closed.close();
    const r = await runProcess('bash', [SCRIPT], { URL: url });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`walkthrough: no mock answers at ${url} — start one with \`npm run mock -- --port 8787\` or set URL=\n`);
  });
});
