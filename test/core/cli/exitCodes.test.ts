import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT, EXIT_CODES } from '../../../core/cli/exitCodes.ts';
import { helpText } from '../../../core/cli/helpText.ts';
import { BIN, HAN, ROOT, SPAWN_TIMEOUT, yibao, type Run } from './support/yibao.ts';

let busy: Server;
let busyPort = 0;
beforeAll(async () => {
  busy = createServer();
  await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
  busyPort = (busy.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

/** Runs `yibao …` with its stdout written to /dev/full (every write fails with ENOSPC). */
function yibaoToDevFull(args: readonly string[]): Promise<Run> {
  const fd = openSync('/dev/full', 'w');
  const child = spawn(process.execPath, [...BIN, ...args], { cwd: ROOT, stdio: ['ignore', fd, 'pipe'] });
  closeSync(fd);
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => void (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code: code ?? -1, stdout: '', stderr })));
}

const support = (f: string): string => join(ROOT, 'test/core/cli/support', f);

/** One spawned scenario per exit code (and per way of reaching it), with the start of its stderr. */
const SCENARIOS: readonly { code: number; what: string; run: () => Promise<Run>; stderr: RegExp }[] = [
  { code: EXIT.OK, what: 'settle Example 4', run: () => yibao(['settle', 'core/cli/examples/example-4.json']), stderr: /^$/ },
  { code: EXIT.NOT_DIRECT, what: 'check an expired filing (D-6)', run: () => yibao(['check', 'core/cli/examples/not-filed.json']), stderr: /^$/ },
  {
    code: EXIT.BAD_INPUT,
    what: 'settle a bad amount',
    run: () => yibao(['settle', 'test/fixtures/cases/bad-amount.json', '--lang', 'en']),
    stderr: /^yibao: An amount is not valid \(INVALID_AMOUNT\) · at test\/fixtures\/cases\/bad-amount\.json → claim\.lines\[2\]\.amount\n/,
  },
  {
    code: EXIT.USAGE,
    what: 'a mistyped flag',
    run: () => yibao(['settle', 'core/cli/examples/example-4.json', '--explian']),
    stderr: /^yibao: 未知选项 --explian，是否想用 --explain？\n运行 yibao --help 查看用法。\n$/,
  },
  {
    code: EXIT.UNAVAILABLE,
    what: 'mock on a busy port (EADDRINUSE)',
    run: () => yibao(['mock', '--port', String(busyPort), '--lang', 'en']),
    stderr: /^yibao: port \d+ is already in use: choose another with --port \(--port 0 picks a free one\), or stop the program that holds it\.\n$/,
  },
  {
    code: EXIT.UNAVAILABLE,
    what: 'mock on a host that does not resolve',
    run: () => yibao(['mock', '--port', '0', '--host', 'nosuchhost.invalid', '--lang', 'en']),
    stderr: /^yibao: cannot resolve the host name nosuchhost\.invalid: use an address of this machine, e\.g\. --host 127\.0\.0\.1\.\n$/,
  },
  {
    code: EXIT.INTERNAL,
    what: 'an unexpected error inside main',
    run: () => yibao(['settle', 'core/cli/examples/example-4.json', '--lang', 'en'], { preload: support('breakStringify.mjs') }),
    stderr: /^yibao: internal error \(TypeError\): a bug in yibao; please report it with the command you ran\. YIBAO_DEBUG=1 shows the details\.\n$/,
  },
  {
    code: EXIT.INTERNAL,
    what: 'an error thrown outside main',
    run: () => yibao(['settle', 'core/cli/examples/example-4.json'], { preload: support('throwOutsideMain.mjs') }),
    stderr: /^yibao: 内部错误（RangeError）：这是 yibao 的缺陷，请带上所运行的命令报告；设置 YIBAO_DEBUG=1 可看到详细信息。\n$/,
  },
  {
    code: EXIT.OUTPUT,
    what: 'stdout to /dev/full (ENOSPC)',
    run: () => yibaoToDevFull(['settle', 'core/cli/examples/example-4.json', '--lang', 'en']),
    stderr: /^yibao: cannot write the output \(ENOSPC: no space left on the device\): free some space or redirect the output elsewhere\.\n$/,
  },
];

describe('EXIT_CODES', () => {
  it('has one row per exit code, each with a meaning in both languages', () => {
    expect(EXIT_CODES.map((r) => r.code)).toEqual(Object.values(EXIT));
    for (const row of EXIT_CODES) {
      expect(row.zh).toMatch(HAN);
      expect(row.en).not.toMatch(HAN);
    }
  });

  it('is printed by --help in each language', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const row of EXIT_CODES) expect(helpText(lang)).toContain(`${String(row.code).padStart(2)}  ${row[lang]}`);
    }
  });

  it('is the table in core/cli/README.md', () => {
    const readme = readFileSync(join(ROOT, 'core/cli/README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `(\d+)` \| (.+?) \| (.+?) \|$/gm)].map((m) => ({ code: Number(m[1]), en: m[2], zh: m[3] }));
    expect(rows).toEqual(EXIT_CODES.map(({ code, en, zh }) => ({ code, en, zh })));
  });

  it('is reached for every code by a scenario below', () => {
    expect([...new Set(SCENARIOS.map((s) => s.code))].sort((a, b) => a - b)).toEqual(EXIT_CODES.map((r) => r.code));
  });

  describe.each(SCENARIOS)('exit $code: $what', ({ code, run, stderr }) => {
    it.skipIf(code === EXIT.OUTPUT && !existsSync('/dev/full'))('exits with it, one message and no stack trace', { timeout: SPAWN_TIMEOUT }, async () => {
      const r = await run();
      expect(r.stderr).toMatch(stderr);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.code).toBe(code);
    });
  });
});
