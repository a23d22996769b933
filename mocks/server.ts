/**
 * Standalone HTTP server (node only) for non-JS clients: node:http with the platform's own
 * dispatch (the same core the msw handlers use). Binds to 127.0.0.1 by default.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MockPlatform } from './platform/MockPlatform.ts';
import type { MockOptions } from './platform/types.ts';

export interface StartMockServerOptions extends Omit<MockOptions, 'seed'> {
  /** 0 = a free port [0]. */
  port?: number;
  /** ['127.0.0.1'] */
  host?: string;
  seed?: number;
}

export interface MockServerHandle {
  /** e.g. `http://127.0.0.1:8787` */
  url: string;
  port: number;
  platform: MockPlatform;
  close(): Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

/**
 * Starts the mock on node:http.
 * @throws the listen error (e.g. EADDRINUSE) as node reports it.
 */
export async function startMockServer(options: StartMockServerOptions = {}): Promise<MockServerHandle> {
  const { port = 0, host = '127.0.0.1', ...rest } = options;
  const platform = new MockPlatform(rest);
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        res.writeHead(413, { 'content-type': 'text/plain', 'x-mock-extension': '1', connection: 'close' }).end('MOCK-E001 报文格式错误：body too large');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (res.writableEnded) return;
      const body = Buffer.concat(chunks).toString('utf8');
      const header = (n: string): string | null => {
        const v = req.headers[n];
        return Array.isArray(v) ? (v[0] ?? null) : (v ?? null);
      };
      void platform.dispatch({ method: req.method ?? 'GET', url: req.url ?? '/', header, body }).then((reply) => {
        if (!reply) {
          const msg = JSON.stringify({ infcode: -1, err_msg: `MOCK-E002 交易不支持：${req.method} ${(req.url ?? '').split('?')[0]}（see mocks/README.md）` });
          res.writeHead(404, { 'content-type': 'application/json;charset=UTF-8', 'x-mock-extension': '1' }).end(msg);
        } else if (reply.kind === 'drop') {
          req.socket.destroy();
        } else if (typeof reply.body === 'string') {
          // A string body lets node send headers and body in one write (a Buffer costs a writev).
          res.writeHead(reply.status, { ...reply.headers, 'content-length': String(Buffer.byteLength(reply.body)) }).end(reply.body);
        } else {
          res.writeHead(reply.status, { ...reply.headers, 'content-length': String(reply.body.length) }).end(reply.body);
        }
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
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
