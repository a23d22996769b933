/**
 * `node --import tsx mocks/cli.ts [--port 8787] [--host 127.0.0.1] [--seed 1] [--state FILE]`: starts
 * the standalone mock and prints its URL. Stops on SIGINT / SIGTERM.
 */
import { StateSnapshotError, startMockServer } from './server.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const port = Number(arg('port') ?? 8787);
const seed = Number(arg('seed') ?? 1);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error('yibao mock: --port must be an integer 0-65535, e.g. --port 8787');
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error('yibao mock: --seed must be an integer, e.g. --seed 1');
  process.exit(2);
}
const stateFile = arg('state');
let handle;
try {
  handle = await startMockServer({ port, host: arg('host') ?? '127.0.0.1', seed, ...(stateFile ? { stateFile } : {}) });
} catch (e) {
  if (!(e instanceof StateSnapshotError)) throw e;
  console.error(`yibao mock: --state ${stateFile}: ${e.message}`);
  process.exit(2);
}
console.log(handle.url);
const stop = () => void handle.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
