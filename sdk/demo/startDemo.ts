/**
 * The live demo (`npm start`): the standalone mock with its seeded personas, and the demo pages
 * served from the same origin, the platform paths proxied to the mock (so no CORS is needed).
 * Builds the SDK (`sdk/vite.config.ts`) and the pages (React 19 host included) into a temporary
 * folder first. Node only.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderSVG } from 'uqr';
import { build, mergeConfig, type InlineConfig } from 'vite';
import { startMockServer, type MockServerHandle } from '../../mocks/server.ts';
import { startPwaServer, type PwaServer } from '../../pwa/serveBuilt.ts';
import sdkConfig from '../vite.config.ts';
import { STRICT_CSP } from './strictCsp.ts';

export { STRICT_CSP };

const HERE = fileURLToPath(new URL('.', import.meta.url));
const PAGES = join(HERE, 'pages');

/** The platform's paths (Style A/B, decode, extensions, mock control): proxied to the mock. */
const PROXIED = /^\/(fsi|mbs|localcfc|ext|__mock__)\//;

/** Pages and what they show. */
export const DEMO_PAGES = [
  { path: '/pharmacy.html', title: '药店收银（纯 HTML）/ Pharmacy checkout (plain HTML)' },
  { path: '/outpatient.html', title: '门诊收费 / Outpatient cashier' },
  { path: '/chronic.html', title: '门诊慢特病收费（廊坊参保，北京就医）/ Chronic-disease cashier' },
  { path: '/react.html', title: 'React 19 宿主页 / React 19 host page' },
  { path: '/strict.html', title: '严格 CSP 页 / Strict-CSP page' },
  { path: '/desk.html', title: '备案核验与结算单 / Admission desk: filing check and breakdown' },
  { path: '/ledger.html', title: '财务后台：医保结算台账 / Back office: settlement ledger' },
] as const;


const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.json': 'application/json', '.map': 'application/json',
};

export interface DemoHandle {
  /** e.g. http://127.0.0.1:5180 */
  url: string;
  mock: MockServerHandle;
  /** The patient PWA against the same mock, on its own origin (its service worker wants scope `/`); with `pwa: true`. */
  pwa: PwaServer | null;
  close(): Promise<void>;
}

export interface DemoOptions {
  port?: number;
  host?: string;
  /** Mock seed (personas and ids are deterministic by seed). */
  seed?: number;
  /** The mock's clock in epoch ms (tests pin a day; default Date.now). */
  now?: () => number;
  /** Also build and serve the patient PWA (`npm start` does; the SDK tests do not need it). */
  pwa?: boolean;
  /** The PWA's port [0 = a free one]. */
  pwaPort?: number;
}

/** Builds the SDK bundle and the pages into `out` (sdk under /sdk/, pages at the root). */
export async function buildDemo(out: string): Promise<void> {
  await build(mergeConfig(sdkConfig, { logLevel: 'error', build: { outDir: join(out, 'sdk') } }) as InlineConfig);
  await build({
    configFile: false,
    root: PAGES,
    base: '/',
    publicDir: false,
    logLevel: 'error',
    build: {
      outDir: join(out, 'pages'),
      emptyOutDir: true,
      target: 'es2022',
      // No inline scripts or data: URLs in the pages (the strict-CSP page shares the build).
      assetsInlineLimit: 0,
      modulePreload: { polyfill: false },
      rolldownOptions: { input: Object.fromEntries(['index', 'pharmacy', 'outpatient', 'chronic', 'react', 'desk', 'ledger'].map((n) => [n, join(PAGES, `${n}.html`)])) },
    },
  });
}

function sendFile(res: ServerResponse, file: string, headers: Record<string, string>): void {
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store', ...headers });
  createReadStream(file).pipe(res);
}

function proxy(req: IncomingMessage, res: ServerResponse, target: URL): void {
  const up = request(
    { hostname: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host } },
    (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    },
  );
  // The mock drops the socket for `no-reply` / `lost-after-commit`: answer 502 as a gateway would
  // (a dropped socket would let the browser retry the POST by itself, hiding the fault from the SDK).
  up.on('error', () => {
    if (res.headersSent) res.destroy();
    else res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end('upstream closed the connection');
  });
  req.pipe(up);
}

/** Starts the mock and the demo server; `close()` stops both and removes the build. */
export async function startDemo(options: DemoOptions = {}): Promise<DemoHandle> {
  const out = mkdtempSync(join(tmpdir(), 'yibao-demo-'));
  await buildDemo(out);
  const mock = await startMockServer({ ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.now ? { now: options.now } : {}) });
  const target = new URL(mock.url);
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    if (PROXIED.test(path)) return proxy(req, res, target);
    if (path === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const qr = /^\/qr\/(\d{1,200})\.svg$/.exec(path);
    if (qr) {
      res.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' }).end(renderSVG(qr[1]!, { border: 2 }));
      return;
    }
    // The strict-CSP page is the pharmacy page under the documented policy.
    const strict = path === '/strict.html';
    const rel = path === '/' ? '/index.html' : strict ? '/pharmacy.html' : path;
    const file = rel.startsWith('/sdk/') ? join(out, normalize(rel)) : join(out, 'pages', normalize(rel));
    if (!file.startsWith(out) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    // The back office runs under the strict policy too.
    sendFile(res, file, strict || path === '/ledger.html' ? { 'content-security-policy': STRICT_CSP } : {});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const pwa = options.pwa ? await startPwaServer({ mockUrl: mock.url, host: options.host ?? '127.0.0.1', port: options.pwaPort ?? 0 }) : null;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    mock,
    pwa,
    async close() {
      await pwa?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await mock.close();
      rmSync(out, { recursive: true, force: true });
    },
  };
}
