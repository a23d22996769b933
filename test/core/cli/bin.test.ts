import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT, SPAWN_TIMEOUT, spawnYibao, work, yibao } from './support/yibao.ts';

/** A case with 3,000 fee lines: its settle output (about 700 kB) is far larger than a pipe's buffer. */
function bigCase(): string {
  const c = JSON.parse(readFileSync(join(EXAMPLES, 'example-4.json'), 'utf8'));
  const line = c.claim.lines[0];
  c.claim.lines = Array.from({ length: 3000 }, (_, i) => ({ ...line, lineId: `B${i}`, amount: '1.00' }));
  const file = join(work, 'big.json');
  writeFileSync(file, JSON.stringify(c));
  return file;
}

describe('bin', () => {
  it('stops quietly with the command\'s own code when the reader closes the pipe (| head -1, EPIPE)', { timeout: SPAWN_TIMEOUT }, async () => {
    const child = spawnYibao(['settle', bigCase()]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const firstChunk = await new Promise<string>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(d.toString())));
    child.stdout.destroy(); // what `head -1` does once it has its line
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(firstChunk.startsWith('{')).toBe(true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  describe.skipIf(!existsSync(join(ROOT, 'mocks/server.ts')))('mock', () => {
    it('starts the platform mock, serves it and stops on SIGTERM, in the language asked for', { timeout: SPAWN_TIMEOUT }, async () => {
      const child = spawnYibao(['mock', '--port', '0', '--seed', '7', '--lang', 'en']);
      const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
      let stderr = '';
      child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
      try {
        let out = '';
        const url = await new Promise<string>((resolve, reject) => {
          child.stdout.on('data', (d: Buffer) => {
            out += d.toString();
            const m = /^yibao mock: listening on (\S+) \(seed 7\); Ctrl-C stops it\.$/m.exec(out);
            if (m) resolve(m[1]!);
          });
          void exited.then((code) => reject(new Error(`mock exited early with ${code}: ${out}`)));
        });
        expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        const reply = await fetch(`${url}/no-such-transaction`, { method: 'POST', body: '{}' });
        expect(typeof (await reply.json())).toBe('object');
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
        expect(stderr).toBe('yibao mock: stopped.\n');
      } finally {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    });

    it('refuses a state file it cannot use in one line, exit 2', { timeout: SPAWN_TIMEOUT }, async () => {
      const state = join(mkdtempSync(join(tmpdir(), 'yibao-state-')), 'state.json');
      writeFileSync(state, 'not a state file');
      const r = await yibao(['mock', '--port', '0', '--state', state, '--lang', 'en']);
      expect(r.stderr).toBe(`yibao: cannot use the state file ${state} (damaged, or not a state file): check its path and content, or give a new file name (a missing file is created).\n`);
      expect(r.code).toBe(2);
    });
  });
});
