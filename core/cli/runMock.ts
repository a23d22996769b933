import { CliError } from './CliError.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { CLI_TEXTS } from './cliTexts.ts';
import { EXIT } from './exitCodes.ts';

interface MockServer {
  url: string;
  close(): Promise<void> | void;
}
type StartMockServer = (o: { port: number; host: string; seed: number; stateFile?: string }) => Promise<MockServer>;

/** Options of `yibao mock`. */
export interface MockCommand {
  port: number;
  host: string;
  seed: number;
  /** Keep the mock's store in this file across restarts (mocks/server.ts `stateFile`). */
  state?: string;
  lang: Lang;
}

/** Why the mock could not start, as the CLI reports it (one line, exitCodes.ts). */
function startFailure(e: unknown, opts: MockCommand): CliError | undefined {
  const err = e as { name?: string; code?: string; syscall?: string; path?: string } | null;
  const code = typeof err?.code === 'string' ? err.code : undefined;
  if (err?.name === 'StateSnapshotError' && opts.state) {
    const file = opts.state;
    return new CliError(EXIT.BAD_INPUT, (t) => t.stateFileBad(file, code === 'STATE_VERSION' ? t.stateVersion : t.stateCorrupt));
  }
  if (err?.syscall === 'listen') {
    if (code === 'EADDRINUSE') return new CliError(EXIT.UNAVAILABLE, (t) => t.portInUse(opts.port));
    if (code === 'EACCES') return new CliError(EXIT.UNAVAILABLE, (t) => t.portNoPermission(opts.port));
    if (code === 'EADDRNOTAVAIL') return new CliError(EXIT.UNAVAILABLE, (t) => t.hostNotLocal(opts.host));
  }
  if (err?.syscall === 'getaddrinfo' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new CliError(EXIT.UNAVAILABLE, (t) => t.hostNotFound(opts.host));
  }
  if (opts.state && code && err?.path !== undefined && err.path.startsWith(opts.state)) {
    const file = opts.state;
    return new CliError(EXIT.BAD_INPUT, (t) => t.stateFileBad(file, code));
  }
  if (code && err?.syscall) return new CliError(EXIT.UNAVAILABLE, (t) => t.mockCannotStart(code));
  return undefined;
}

/**
 * `yibao mock [--port 8787] [--host 127.0.0.1] [--seed N] [--state FILE]`: starts the mock of the
 * national platform (mocks/server.ts) and runs until SIGINT or SIGTERM.
 * @throws CliError EXIT.UNAVAILABLE when the mock is not installed or cannot listen (port in use,
 *   unknown host); EXIT.BAD_INPUT for an unusable state file.
 */
export async function runMock(opts: MockCommand, io: CliIo): Promise<number> {
  const t = CLI_TEXTS[opts.lang];
  let start: StartMockServer | undefined;
  try {
    // A computed specifier: the mock lives outside core and is not part of its type graph.
    // From the sources it is mocks/server.ts; from the build (dist/core/cli) it is mocks/server.js.
    const ext = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
    const spec = new URL(`../../mocks/server.${ext}`, import.meta.url).href;
    start = ((await import(spec)) as { startMockServer?: StartMockServer }).startMockServer;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw e;
  }
  if (!start) throw new CliError(EXIT.UNAVAILABLE, (tt) => tt.mockMissing);
  let server: MockServer;
  try {
    server = await start({ port: opts.port, host: opts.host, seed: opts.seed, ...(opts.state ? { stateFile: opts.state } : {}) });
  } catch (e) {
    throw startFailure(e, opts) ?? e;
  }
  io.out(t.mockListening(server.url, opts.seed));
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  io.err(t.mockStopped);
  return EXIT.OK;
}
