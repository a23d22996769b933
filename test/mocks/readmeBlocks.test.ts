/**
 * mocks/README.md's code blocks, extracted from the Markdown itself (test/docs/markdownBlocks.ts):
 * every `sh` block runs in order, in one bash, against a standalone mock on a free port (URL set, as
 * the blocks default to http://127.0.0.1:8787); every `ts` block runs with tsx through the package's
 * own exports; every `json` block is a reply envelope the mock gave.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCodeBlocks } from '../docs/markdownBlocks.ts';
import { startMockServer } from '../../mocks/server.ts';
import type { MockServerHandle } from '../../mocks/server.ts';
import { runProcess } from './support/runProcess.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BLOCKS = readCodeBlocks(join(ROOT, 'mocks/README.md'));
const at = (line: number) => `mocks/README.md:${line}`;

let h: MockServerHandle;
beforeAll(async () => {
  h = await startMockServer({ port: 0 });
});
afterAll(() => h.close());

describe('mocks/README.md code blocks', () => {
  it('has only sh, ts and json blocks, and skips only the command that starts the mock', () => {
    for (const b of BLOCKS) expect(['sh', 'ts', 'json'], at(b.line)).toContain(b.lang);
    expect(BLOCKS.filter((b) => b.skip).map((b) => b.code.trim())).toEqual([
      'npm run mock -- --port 8787     # prints http://127.0.0.1:8787; add --state mock-state.json to keep the store',
    ]);
  });

  it('runs every sh block in order, pasted into one bash, each step accepted', async () => {
    const sh = BLOCKS.filter((b) => b.lang === 'sh' && !b.skip);
    expect(sh.length).toBeGreaterThanOrEqual(9);
    const script = sh.map((b) => `echo "@@ ${at(b.line)}"\n${b.code}`).join('\n');
    const r = await runProcess('bash', ['-euo', 'pipefail', '-c', script], { URL: h.url });
    expect(r.status, `${r.stderr}\n${r.stdout.slice(-2000)}`).toBe(0);
    // Each walk-through step printed an accepted reply; the fault-control block ran to its reset.
    expect(r.stdout.match(/"infcode": 0/g)).toHaveLength(8);
    expect(r.stdout).toMatch(/"ok":true,"seed":7/);
    expect(h.platform.state.seed).toBe(7);
  }, 60_000);

  it('shows only reply envelopes in its json blocks', () => {
    const json = BLOCKS.filter((b) => b.lang === 'json');
    expect(json.length).toBeGreaterThanOrEqual(8);
    for (const b of json) {
      const env = JSON.parse(b.code) as Record<string, unknown>;
      expect(Object.keys(env).slice(0, 2), at(b.line)).toEqual(['infcode', 'inf_refmsgid']);
      expect(env.infcode, at(b.line)).toBe(0);
    }
  });

  it('runs every ts block with tsx through the package exports', async () => {
    const ts = BLOCKS.filter((b) => b.lang === 'ts' && !b.skip);
    expect(ts.length).toBeGreaterThanOrEqual(1);
    // Inside the repository, so `yibao-direct/…` resolves through package.json `exports` (dist/: npm test builds first).
    const scratch = mkdtempSync(join(ROOT, 'test/mocks/.readme-run-'));
    try {
      for (const b of ts) {
        const file = join(scratch, `block-${b.line}.ts`);
        writeFileSync(file, b.code);
        const r = await runProcess(process.execPath, ['--import', 'tsx', file]);
        expect(r.stderr, at(b.line)).toBe('');
        expect(r.status, at(b.line)).toBe(0);
        expect(r.stdout.trim(), at(b.line)).not.toBe('');
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 60_000);
});
