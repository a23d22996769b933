import { execFile, spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../../../core/cli/CliIo.ts';
import { main } from '../../../../core/cli/main.ts';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'core/cli/examples');
export const FIXTURES = join(ROOT, 'test/fixtures/cases');
/** Spawned runs start node with tsx: slow on a busy 2-core machine. */
export const SPAWN_TIMEOUT = 60_000;

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The process entry from the sources, as the compiled bin runs it (bin/yibao.js needs a build). */
export const BIN = ['--import', 'tsx', 'core/cli/bin.ts'] as const;

/** Runs `node --import tsx core/cli/bin.ts …` as a user would run `yibao …`; `preload` adds an `--import` first. */
export function yibao(args: readonly string[], opts: { preload?: string; env?: Record<string, string> } = {}): Promise<Run> {
  const node = [...(opts.preload ? ['--import', opts.preload] : []), ...BIN, ...args];
  return new Promise((resolve) => {
    execFile(process.execPath, node, { cwd: ROOT, timeout: SPAWN_TIMEOUT, env: { ...process.env, ...opts.env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Starts `yibao …` with piped stdout and stderr, for tests that act on the running process. */
export function spawnYibao(args: readonly string[]): ChildProcessByStdio<null, Readable, Readable> {
  return spawn(process.execPath, [...BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Runs the CLI in this process (fast), capturing its output. */
export async function yibaoInProcess(...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { out: (t) => void (stdout += `${t}\n`), err: (t) => void (stderr += `${t}\n`) };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

/** A scratch folder in the OS temp folder for changed copies of the examples. */
export const work = mkdtempSync(join(tmpdir(), 'yibao-cli-'));

/** Writes a changed copy of an example case and returns its path. */
export function writeCase(name: string, change: (c: Record<string, any>) => void, from = 'example-4.json'): string {
  const c = JSON.parse(readFileSync(join(EXAMPLES, from), 'utf8'));
  change(c);
  const file = join(work, name);
  writeFileSync(file, JSON.stringify(c));
  return file;
}

/** Writes raw bytes or text as a file in the scratch folder and returns its path. */
export function writeRaw(name: string, content: string | Uint8Array): string {
  const file = join(work, name);
  writeFileSync(file, content);
  return file;
}

/** Han characters (CJK unified ideographs and punctuation), to check that English output has none. */
export const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;
