/**
 * The patient PWA end to end in real Chromium at a phone viewport (390×844), built, with its
 * service worker, against the standalone mock (persona emergency-unfiled: 420106 / 310, no filing):
 * service worker ready → verdict check (NOT_FILED) → file while offline → reload → online →
 * accepted → verdict DIRECT → a direct settlement opens in <yb-breakdown> with the waterfall → a
 * manual claim from entry to paid (the mock's clock moved on) → hand-off by file into a fresh
 * browser profile. Every screen: axe-core 0 violations, a screenshot at the default and the
 * largest text size under test/artifacts/pwa/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServerHandle } from '../../../mocks/server.ts';
import { DECIDE_AFTER_MS, REVIEW_AFTER_MS } from '../../../mocks/transactions/claimExtensions.ts';
import { startPwaServer, type PwaServer } from '../../../pwa/serveBuilt.ts';
import { launchChromium } from '../../support/chromium.ts';
import { HOSPITAL, PlatformClient } from '../../mocks/support/platformClient.ts';
import { prepareOutpatient } from '../../mocks/support/flows.ts';
import { axeViolations } from '../../support/axe.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const SHOTS = join(REPO, 'test/artifacts/pwa');
// Persona emergency-unfiled (mocks/README.md): certno and person number as seeded.
const CERTNO = '420106199201150005';
const PSN = { psn_no: '42000000000000000050', insutype: '310', insuplc: '420106', certno: CERTNO };

let offset = 0;
let mock: MockServerHandle;
let pwa: PwaServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let dir: string;
const errors: string[] = [];

async function openContext(): Promise<{ context: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN', acceptDownloads: true });
  const p = await ctx.newPage();
  p.on('pageerror', (e) => errors.push(e.message));
  return { context: ctx, page: p };
}

/** axe over the page (the breakdown's shadow root included): 0 violations; then the screenshots. */
async function check(name: string, p: Page = page): Promise<void> {
  await p.waitForTimeout(150);
  const violations = await axeViolations(p);
  expect(violations, name).toEqual([]);
  // A full-page capture keeps fixed parts where the first viewport ended: put the tab bar at the end for the picture.
  await p.addStyleTag({ content: '.bottom { position: static !important; }' });
  expect(await p.evaluate(() => document.documentElement.scrollWidth), `${name}: no sideways scrolling`).toBeLessThanOrEqual(390);
  await p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  const size = p.locator('.top-actions button[aria-pressed]');
  await size.click();
  await p.locator('html.large').waitFor({ state: 'attached' });
  expect(await p.evaluate(() => document.documentElement.scrollWidth), `${name} (large): no sideways scrolling`).toBeLessThanOrEqual(390);
  await p.screenshot({ path: join(SHOTS, `${name}-large.png`), fullPage: true });
  await size.click();
  await p.locator('html:not(.large)').waitFor({ state: 'attached' });
}

const go = async (hash: string) => {
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForTimeout(100);
};

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'yibao-pwa-e2e-'));
  mock = await startMockServer({ port: 0, now: () => Date.now() + offset });
  pwa = await startPwaServer({ mockUrl: mock.url, dir });
  browser = await launchChromium();
  ({ context, page } = await openContext());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await pwa?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('patient PWA in Chromium at 390×844', { timeout: 60_000 }, () => {
  it('installs its service worker and starts with the first-run screen', async () => {
    await page.goto(`${pwa.url}/`);
    expect(await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state ?? null))).toMatch(/activat/);
    // The first visit installs it; the page is controlled once it has claimed the clients (or after a reload).
    if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js$/);
    await page.getByRole('heading', { name: '先说说您的医保' }).waitFor();
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
    await check('01-setup');
  });

  it('takes a sample person of the mock by ID number', async () => {
    await page.selectOption('#f-sample', CERTNO);
    await page.getByRole('button', { name: '用演示人员' }).click();
    await page.getByRole('heading', { name: '您好，想办什么事？' }).waitFor();
    await check('02-home');
  });

  it('asks one question per screen and names the filing with its documents (R-2, R-6)', async () => {
    await go('#/wizard');
    await page.getByLabel('打算去外省看病或长住').check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('长期住（半年以上）').check();
    await check('03-wizard-question');
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('退休了，搬去和子女住').check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByText('异地安置退休人员').waitFor();
    await page.getByText('个人承诺书', { exact: false }).first().waitFor();
    await check('04-wizard-result');
  });

  it('checks a visit offline with the core: not filed yet, with the fix-it hint', async () => {
    await go('#/check');
    await page.selectOption('#f-cprov', '31');
    await page.getByRole('button', { name: '查一查' }).click();
    await page.getByRole('heading', { name: /不能直接结算/ }).waitFor();
    expect(await page.locator('.verdict').innerText()).toContain('NOT_FILED');
    await check('05-check-not-filed');
  });

  it('files while offline, keeps it across a reload, and sends it once online: accepted', async () => {
    await context.setOffline(true);
    await go('#/file');
    await page.getByLabel('其他原因临时去外省看病').check();
    await page.selectOption('#f-tprov', '31');
    await page.getByLabel('联系电话').fill('1380013');
    await page.getByRole('button', { name: '保存并提交' }).click();
    await page.getByText('请填 11 位手机号').first().waitFor();
    await check('06-file-error');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByRole('button', { name: '保存并提交' }).click();
    await page.getByRole('heading', { name: '我的备案' }).waitFor();
    await page.getByText('已存在手机里，等待发送').waitFor();
    await check('07-filings-offline');
    await page.reload(); // offline: the service worker serves the shell
    await page.getByText('已存在手机里，等待发送').waitFor();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.locator('.card .state', { hasText: '已受理' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('.card').first().innerText()).toMatch(/还剩 \d+ 天到期/);
    await check('08-filings-accepted');
  });

  it('checks the same visit again: it settles directly now', async () => {
    await go('#/check');
    await page.selectOption('#f-cprov', '31');
    await page.getByRole('button', { name: '查一查' }).click();
    await page.getByRole('heading', { name: /能直接结算/ }).waitFor();
    await check('09-check-direct');
  });

  it('prints a large-print card with the filing id as a QR code', async () => {
    await go('#/filings');
    await page.getByRole('link', { name: '打印大字卡片' }).click();
    await page.locator('.qr svg').waitFor();
    await check('10-card');
  });

  it('opens a direct settlement from MX5511 in <yb-breakdown> with the explained waterfall', async () => {
    const c = new PlatformClient(mock.url, HOSPITAL);
    await c.signIn();
    const prep = await prepareOutpatient(c, PSN);
    expect('failed' in prep).toBe(false);
    const done = await c.call('2207', (prep as { settleInput: Record<string, unknown> }).settleInput, { insuplc: PSN.insuplc });
    expect(done.body.infcode).toBe(0);
    await go('#/reimb');
    await page.getByRole('link', { name: '看明细' }).click();
    const breakdown = page.locator('yb-breakdown');
    await breakdown.waitFor();
    await breakdown.locator('[part="waterfall-toggle"]').click();
    await breakdown.locator('[part="waterfall"]').waitFor();
    await expect.poll(() => breakdown.locator('[part="waterfall"]').innerText(), { timeout: 10_000 }).toMatch(/S-1/);
    await check('11-settlement-breakdown');
  });

  it('takes a manual claim from entry to paid, with the expected range first (R-12)', async () => {
    await go('#/claim');
    await page.selectOption('#f-mprov', '31');
    await page.getByLabel('在哪家医院或诊所').fill('模拟社区门诊部');
    await page.getByLabel('发票号码').fill('FP-0001');
    await page.getByLabel('1. 项目').fill('诊查费');
    await page.getByLabel('1. 金额（元）').fill('abc');
    await page.getByRole('button', { name: '保存并提交申请' }).click();
    await page.getByText('金额请填数字，最多两位小数').first().waitFor();
    await page.getByLabel('1. 金额（元）').fill('2800');
    await page.getByRole('button', { name: '再加一项' }).click();
    await page.getByLabel('2. 项目').fill('药品');
    await page.getByLabel('2. 金额（元）').fill('1200.50');
    await page.selectOption('#f-class1', '02');
    await page.getByRole('button', { name: '预计医保能报' }).click();
    await page.getByText('这是估计，因为：').waitFor();
    await check('12-claim-expected');
    await page.getByRole('button', { name: '保存并提交申请' }).click();
    await page.getByRole('heading', { name: '报销记录' }).waitFor();
    await page.locator('.card .state', { hasText: '已提交' }).waitFor({ timeout: 15_000 });
    offset += REVIEW_AFTER_MS;
    await page.getByRole('button', { name: '刷新进度' }).click();
    await page.locator('.card .state', { hasText: '正在审核' }).waitFor();
    offset += DECIDE_AFTER_MS - REVIEW_AFTER_MS;
    await page.getByRole('button', { name: '刷新进度' }).click();
    await page.locator('.card .state', { hasText: '已打款' }).waitFor();
    await page.getByText('估计和实际').waitFor();
    const card = await page.locator('.card', { hasText: '模拟社区门诊部' }).innerText();
    expect(card).toMatch(/医保付了：¥[\d,]+\.\d\d/);
    expect(card).toContain('估计和实际');
    await check('13-reimbursements-paid');
  });

  it('estimates a planned stay as a range with each assumption named', async () => {
    await go('#/estimate');
    await page.selectOption('#f-eprov', '31');
    await page.getByLabel('预计总费用（元）').fill('30000');
    await page.getByRole('button', { name: '算一算' }).click();
    await page.getByText('您大约要付', { exact: false }).first().waitFor();
    expect(await page.locator('.assumptions').innerText()).toContain('不知道您今年已经报销过多少');
    await check('14-estimate');
  });

  it('shows every screen in English too', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await go('#/filings');
    await page.getByRole('heading', { name: 'My filings' }).waitFor();
    await check('15-filings-en');
    await page.getByRole('button', { name: '中文' }).click();
  });

  it('hands everything to another phone by file, with no server', async () => {
    await go('#/more');
    await check('16-more');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '存成文件' }).click()]);
    const file = join(dir, 'handoff.json');
    await download.saveAs(file);
    const other = await openContext();
    await other.page.goto(`${pwa.url}/`);
    await other.page.getByRole('heading', { name: '先说说您的医保' }).waitFor();
    // The parent's phone: a first run, then More → import.
    await other.page.getByLabel('职工医保', { exact: false }).check();
    await other.page.getByLabel('退休职工').check();
    await other.page.getByRole('button', { name: '开始使用' }).click();
    await other.page.getByRole('heading', { name: '您好，想办什么事？' }).waitFor();
    await other.page.evaluate(() => (location.hash = '#/more'));
    await other.page.setInputFiles('#f-handoff', file);
    await other.page.getByText('已导入').waitFor();
    await other.page.evaluate(() => (location.hash = '#/filings'));
    await other.page.locator('.card', { hasText: '其他跨省临时外出就医人员' }).waitFor();
    await other.context.close();
  });

  it('deletes all data on request', async () => {
    await go('#/more');
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: '删除我的全部数据' }).last().click();
    await page.getByRole('heading', { name: '先说说您的医保' }).waitFor();
    expect(errors).toEqual([]);
  });
});
