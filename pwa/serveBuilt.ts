/**
 * The built patient PWA on its own origin (its service worker wants scope `/`), with the mock's
 * patient-side paths (`/ext/…`, `/__mock__/…`) proxied to a running mock. Node only: used by
 * `npm start` (sdk/demo), the e2e tests and `npm run lighthouse:pwa`.
 *
 * ```ts
 * const pwa = await startPwaServer({ mockUrl: mock.url });   // builds pwa/dist first unless told not to
 * console.log(pwa.url); … await pwa.close();
 * ```
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where `npm run pwa:build` writes the PWA. */
export const PWA_DIST = fileURLToPath(new URL('./dist', import.meta.url));
const CONFIG = fileURLToPath(new URL('./vite.config.ts', import.meta.url));

/** Builds the PWA (vite + vite-plugin-pwa) into `outDir` (default pwa/dist). */
export async function buildPwa(outDir = PWA_DIST): Promise<string> {
  // A production build even from a test runner (NODE_ENV=test would give a development service worker).
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: CONFIG, mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
  }
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
};
const TO_MOCK = /^\/(ext|__mock__|fsi)\//;

export interface PwaServer {
  url: string;
  close(): Promise<void>;
}

function forward(req: IncomingMessage, res: ServerResponse, mock: URL): void {
  const up = request({ hostname: mock.hostname, port: mock.port, method: req.method, path: req.url, headers: { ...req.headers, host: mock.host } }, (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  // A dropped socket (fault no-reply) reaches the app as a gateway error, not as a browser retry.
  up.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502, { 'content-type': 'text/plain' }).end('mock closed the connection')));
  req.pipe(up);
}

/**
 * Serves the built PWA and proxies the mock. Unknown paths get index.html (the app routes by hash;
 * the service worker answers navigations offline). `sw.js` and `index.html` are never cached by HTTP.
 */
export async function startPwaServer(o: { mockUrl: string; port?: number; host?: string; dir?: string; build?: boolean }): Promise<PwaServer> {
  const dir = o.dir ?? PWA_DIST;
  if (o.build !== false || !existsSync(join(dir, 'index.html'))) await buildPwa(dir);
  const mock = new URL(o.mockUrl);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (TO_MOCK.test(path)) return forward(req, res, mock);
    let file = join(dir, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) file = join(dir, 'index.html');
    const immutable = file.includes(`${join(dir, 'assets')}`);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
    createReadStream(file).pipe(res);
  });
  const host = o.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, host, () => resolve());
  });
  return {
    url: `http://${host}:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
