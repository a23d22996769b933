/**
 * Standalone HTTP server (node only) for non-JS clients: node:http with the platform's own
 * dispatch (the same core the msw handlers use). Binds to 127.0.0.1 by default.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockPlatform } from './platform/MockPlatform.ts';
import type { MockOptions } from './platform/types.ts';
import { MAX_BODY_BYTES } from './platform/limits.ts';
import { loadStateFile, saveStateFile } from './state/stateFile.ts';
import { writeStateSnapshot } from './state/stateSnapshot.ts';
import { safeDetail } from './envelope/safeDetail.ts';

export interface StartMockServerOptions extends Omit<MockOptions, 'seed'> {
  /** 0 = a free port [0]. */
  port?: number;
  /** ['127.0.0.1'] */
  host?: string;
  seed?: number;
  /**
   * Keeps the store in this file: restored at start, rewritten (write, then rename) after every
   * transaction before its reply leaves. A file of another version is refused with
   * {@link StateSnapshotError} and left untouched [none: in memory only].
   */
  stateFile?: string;
}

export interface MockServerHandle {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  platform: MockPlatform;
  close(): Promise<void>;
}

/** Bodies past {@link MAX_BODY_BYTES} are read up to this much more, so the client gets the envelope; beyond, the socket closes. */
const DRAIN_LIMIT = 64 * 1024 * 1024;

/**
 * Starts the mock on node:http.
 * @throws the listen error (e.g. EADDRINUSE) as node reports it; {@link StateSnapshotError} for an
 *   unusable `stateFile`.
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServerHandle> {
  const { port = 0, host = '127.0.0.1', stateFile, ...rest } = options;
  const platform = new MockPlatform(rest);
  if (stateFile) {
    const restored = loadStateFile(stateFile);
    if (restored) platform.replaceState(restored);
    let warned = false;
    platform.onStateChange(() => {
      try {
        saveStateFile(stateFile, writeStateSnapshot(platform.state, new Date().toISOString()));
      } catch (e) {
        if (!warned) console.error(`yibao mock: cannot write the state file (${(e as NodeJS.ErrnoException).code ?? 'error'}); the state stays in memory only`);
        warned = true;
      }
    });
  }
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    const send = (reply: Exclude<Awaited<ReturnType<MockPlatform['dispatch']>>, null>) => {
      if (reply.kind === 'drop') {
        req.socket.destroy();
      } else if (typeof reply.body === 'string') {
        // A string body lets node send headers and body in one write (a Buffer costs a writev).
        res.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) }).end(reply.body);
      } else {
        res.writeHead(reply.status, { ...reply.headers, 'content-length': String(reply.body.length) }).end(reply.body);
      }
    };
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        tooLarge = true;
        chunks.length = 0;
        if (size > MAX_BODY_BYTES + DRAIN_LIMIT && !res.headersSent) {
          send({ ...platform.tooLarge(), headers: { ...platform.tooLarge().headers, connection: 'close' } } as never);
          req.socket.end();
          setTimeout(() => req.socket.destroy(), 200).unref();
        }
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.headersSent) return;
      if (tooLarge) return send(platform.tooLarge());
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (n: string): string | null => {
        const v = req.headers[n];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      void platform.dispatch({ method: req.method ?? 'GET', url: req.url ?? '/', header, body }).then((reply) => {
        if (res.headersSent) return;
        if (!reply) {
          const msg = JSON.stringify({ infcode: -1, err_msg: `MOCK-E002 交易不支持：${safeDetail(req.method ?? '', 10)} ${safeDetail((req.url ?? '').split('?')[0]!, 80)}（see mocks/README.md）` });
          res.writeHead(404, { 'content-type': 'application/json;charset=UTF-8', 'x-mock-extension': '1' }).end(msg);
        } else send(reply);
      });
    });
    req.on('error', () => req.socket.destroy());
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${actual}`,
    port: actual,
    platform,
    close: () => new Promise<void>((resolve) => {
      platform.onStateChange(null);
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}

export { StateSnapshotError } from './state/stateSnapshot.ts';
