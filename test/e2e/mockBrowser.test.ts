/**
 * The mock's browser runtime (msw `setupWorker`, mocks/browser.ts) in real Chromium: a production
 * build of test/e2e/mock-browser/ is served by `vite preview` with the MSW worker from
 * mocks/public/ (never the PWA's public/, toolchain pitfall 9), and the test drives the page the
 * way a person would. Chromium is Debian's /usr/bin/chromium; without it the test fails, unless
 * YIBAO_SKIP_BROWSER=1 asks to skip it. The tests share one page and run in order (a session:
 * 1101 before sign-in, sign-in, 1101, unknown certificate).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, Page, Response } from 'playwright-core';
import { build, preview } from 'vite';
import type { PreviewServer } from 'vite';
import pageConfig from './mock-browser/vite.config.ts';
import { buildPersonas } from '../../mocks/data/personas.ts';
import errors from '../fixtures/platform/error-texts.json' with { type: 'json' };
import { CALL_SERVICE } from '../mocks/support/platformClient.ts';

const REPO = resolve(import.meta.dirname, '../..');
const WORKER_DIR = join(REPO, 'mocks/public');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** npm 11 skips msw's postinstall (pitfall 2): write the worker when it is missing or from another msw version. */
function ensureWorkerScript(): void {
  const file = join(WORKER_DIR, 'mockServiceWorker.js');
  const want = (JSON.parse(readFileSync(join(REPO, 'node_modules/msw/package.json'), 'utf8')) as { version: string }).version;
  if (existsSync(file) && readFileSync(file, 'utf8').includes(`PACKAGE_VERSION = '${want}'`)) return;
  execFileSync(process.execPath, [join(REPO, 'node_modules/msw/cli/index.js'), 'init', 'mocks/public', '--no-save'], { cwd: REPO, stdio: 'pipe' });
}

const skip = process.env.YIBAO_SKIP_BROWSER === '1';
/** 北京职工 posted to 上海 (fake data): insuinfo 310 @ 110105. */
const PERSONA = buildPersonas('2025-06-16').find((x) => x.key === 'posted-worker')!;

describe.skipIf(skip)('mock platform in real Chromium (msw setupWorker)', { timeout: 60_000 }, () => {
  let outDir = '';
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let origin = '';
  const apiResponses: Response[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set YIBAO_SKIP_BROWSER=1 to skip the browser tests on purpose)`);
    }
    ensureWorkerScript();
    outDir = mkdtempSync(join(tmpdir(), 'yibao-mock-browser-'));
    expect(pageConfig.publicDir).toBe(WORKER_DIR);
    await build({ ...pageConfig, configFile: false, logLevel: 'warn', build: { ...pageConfig.build, outDir, emptyOutDir: true } });
    server = await preview({ ...pageConfig, configFile: false, logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false } });
    const address = server.httpServer.address();
    if (!address || typeof address === 'string') throw new Error('vite preview has no TCP address');
    origin = `http://127.0.0.1:${address.port}`;

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ locale: 'zh-CN' });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('response', (r) => {
      if (new URL(r.url()).pathname === CALL_SERVICE) apiResponses.push(r);
    });
    await page.goto(`${origin}/`);
    const state = page.locator('#mock-state:not([data-state="starting"])');
    await state.waitFor({ timeout: 20_000 });
    expect(await state.getAttribute('data-state'), (await state.textContent()) ?? '').toBe('ready');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** Does what a person does (the action), then reads the response JSON shown in the <output>. */
  async function shown(action: () => Promise<void>): Promise<{ infcode: number; err_msg: string | null; output: Record<string, any> }> {
    const before = apiResponses.length;
    await action();
    const output = page.getByRole('status', { name: /响应/ });
    await page.locator('#result[aria-busy="false"]').waitFor();
    expect(apiResponses.length).toBe(before + 1);
    return JSON.parse((await output.textContent()) ?? '');
  }

  const signIn = () => page.getByRole('button', { name: '签到 / Sign in' }).click();
  async function query(certNo: string): Promise<void> {
    await page.getByLabel(/凭证号码/).fill(certNo);
    await page.getByRole('button', { name: /查询/ }).click();
  }

  it('the page is controlled by the MSW worker served from mocks/public', async () => {
    const controller = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null);
    expect(controller).toBe(`${origin}/mockServiceWorker.js`);
  });

  it('rejects 1101 before sign-in with infcode -1 and MOCK-E010', async () => {
    const body = await shown(() => query(PERSONA.certno));
    expect(body.infcode).toBe(-1);
    expect(body.err_msg).toBe(errors.mock['MOCK-E010']);
  });

  it('signs in (9001), then finds a persona by ID card (1101) with its insuinfo', async () => {
    const signed = await shown(signIn);
    expect(signed.infcode).toBe(0);
    expect(signed.output.signinoutb.sign_no).toMatch(/\S/);

    const found = await shown(() => query(PERSONA.certno));
    expect(found.infcode).toBe(0);
    expect(found.output.baseinfo.psn_no).toBe(PERSONA.psn_no);
    expect(found.output.insuinfo).toMatchObject([{ insutype: '310', insuplc_admdvs: '110105', balc: 5000 }]);
  });

  it('answers an unknown certificate with infcode -1 and MOCK-E020', async () => {
    const body = await shown(() => query('000000000000000000'));
    expect(body.infcode).toBe(-1);
    expect(body.err_msg).toBe(errors.mock['MOCK-E020']);
  });

  it('every answer came from the service worker; the server itself does not serve the platform path', async () => {
    expect(apiResponses.length).toBe(4);
    for (const r of apiResponses) {
      expect(r.fromServiceWorker()).toBe(true);
      expect(r.headers()['content-type']).toBe('application/json;charset=UTF-8');
    }
    const direct = await fetch(`${origin}${CALL_SERVICE}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(direct.status).toBe(404);
    expect(await direct.text()).not.toContain('infcode');
    expect(pageErrors).toEqual([]);
  });
});
