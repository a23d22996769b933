import { CoreError } from '../errors/index.ts';
import { EXIT, type CliIo } from './CliIo.ts';

interface MockServer {
  url: string;
  close(): Promise<void> | void;
}
type StartMockServer = (o: { port: number; host: string; seed: number }) => Promise<MockServer>;

/**
 * `yibao mock [--port 8787] [--host 127.0.0.1] [--seed N]`: starts the mock of the national
 * platform (mocks/server.ts) and runs until SIGINT or SIGTERM.
 */
export async function runMock(opts: { port: number; host: string; seed: number }, io: CliIo): Promise<number> {
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
  if (!start) throw new CoreError('INVALID_INPUT', 'the mock server (mocks/server.ts) is not installed in this checkout');
  const server = await start(opts);
  io.out(`yibao mock: listening on ${server.url} (seed ${opts.seed}); Ctrl-C stops it`);
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
  io.err('yibao mock: stopped');
  return EXIT.OK;
}
