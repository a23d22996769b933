/**
 * "My chronic conditions" (门诊慢特病, R-13, D-7, DF-18) end to end in real Chromium at 390×844:
 * the built PWA with its service worker against the standalone mock. Persona chronic-langfang
 * (廊坊 retiree in 北京): 糖尿病 valid, 高血压 not enabled by the 参保地; the verdict DIRECT offline;
 * the page from the sealed cache offline. Persona chronic-lapsed: lapsed 20 days, what to do, the
 * visit refused. Persona chronic-limit: what is left of the 高血压 limit this year (MX5505's ytd,
 * DF-18). axe-core 0 violations, screenshots at the default and the largest text size
 * under test/artifacts/pwa/chronic-*.png, zh-CN and en.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMockServer, type MockServerHandle } from '../../../mocks/server.ts';
import { startPwaServer, type PwaServer } from '../../../pwa/serveBuilt.ts';
import { launchChromium } from '../../support/chromium.ts';
import { axeViolations } from '../../support/axe.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const SHOTS = join(REPO, 'test/artifacts/pwa');
// mocks/README.md personas: certno as seeded.
const LANGFANG = '131002195407010014';
const LAPSED = '131002195211110015';
const LIMIT = '420106196803030016';

let mock: MockServerHandle;
let pwa: PwaServer;
let browser: Browser;
let dir: string;
const errors: string[] = [];

async function openContext(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, locale: 'zh-CN' });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page };
}

/** axe 0 violations, no sideways scrolling, screenshots at both text sizes. */
async function check(p: Page, name: string): Promise<void> {
  await p.waitForTimeout(150);
  const violations = await axeViolations(p);
  expect(violations, name).toEqual([]);
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

/** First run with a sample person of the mock (Setup imports her filings), then My chronic conditions. */
async function asPersona(page: Page, certno: string): Promise<void> {
  await page.goto(`${pwa.url}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.getByRole('heading', { name: '先说说您的医保' }).waitFor();
  await page.selectOption('#f-sample', certno);
  await page.getByRole('button', { name: '用演示人员' }).click();
  await page.getByRole('heading', { name: '您好，想办什么事？' }).waitFor();
  await page.getByRole('link', { name: '我的门诊慢特病资格' }).click();
  await page.getByRole('heading', { level: 1, name: /我的门诊慢特病资格/ }).waitFor();
}

const cardOf = (page: Page, name: string) => page.locator('li.card', { has: page.getByRole('heading', { level: 2, name: new RegExp(name) }) });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'yibao-pwa-chronic-'));
  mock = await startMockServer({ port: 0 });
  pwa = await startPwaServer({ mockUrl: mock.url, dir });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await pwa?.close();
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('My chronic conditions in Chromium at 390×844', { timeout: 60_000 }, () => {
  it('shows the 廊坊 retiree her qualifications, settles a 糖尿病 visit offline (D-7) and works offline from the cache', async () => {
    const { context, page } = await openContext();
    await asPersona(page, LANGFANG);
    const diabetes = cardOf(page, '糖尿病');
    await diabetes.waitFor();
    expect(await diabetes.innerText()).toMatch(/有效[\s\S]*还剩 45 天到期/);
    expect(await cardOf(page, '高血压').innerText()).toContain('参保地还没开通这个病的跨省直接结算');
    expect(await page.evaluate(() => getComputedStyle(document.body).fontSize)).toBe('18px');
    const target = await page.getByRole('button', { name: '查一查' }).boundingBox();
    expect(target!.height).toBeGreaterThanOrEqual(48);
    await context.setOffline(true);
    await page.getByRole('button', { name: '查一查' }).click();
    await page.getByRole('heading', { level: 3, name: /能直接结算/ }).waitFor();
    expect(await page.locator('.verdict').first().innerText()).toContain('DIRECT');
    await page.getByLabel('这次门诊大约花多少钱（元）').fill('64.29');
    await page.getByRole('button', { name: '算一算' }).click();
    await page.getByText('参保地政策没有给出这个病的年度限额', { exact: false }).waitFor();
    await check(page, 'chronic-langfang');
    await page.reload();
    await page.getByText('没有网络，显示的是上次查到的资格', { exact: false }).waitFor();
    await cardOf(page, '糖尿病').waitFor();
    await check(page, 'chronic-langfang-offline');
    await context.setOffline(false);
    await page.getByText('没有网络，显示的是上次查到的资格', { exact: false }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: /My chronic conditions/ }).waitFor();
    await check(page, 'chronic-langfang-en');
    await context.close();
  });

  it('says the lapsed qualification plainly with what to do, and refuses the visit (D-7 LAPSED)', async () => {
    const { context, page } = await openContext();
    await asPersona(page, LAPSED);
    const diabetes = cardOf(page, '糖尿病');
    await diabetes.waitFor();
    expect(await diabetes.innerText()).toMatch(/已过期 20 天[\s\S]*申请复审/);
    await page.getByRole('button', { name: '查一查' }).click();
    await page.getByRole('heading', { level: 3, name: /不能直接结算/ }).waitFor();
    expect(await page.locator('.verdict').first().innerText()).toContain('CHRONIC_NOT_QUALIFIED/LAPSED');
    await check(page, 'chronic-lapsed');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Lapsed 20 days ago', { exact: false }).waitFor();
    await check(page, 'chronic-lapsed-en');
    await context.close();
  });

  it('says what is left of the 高血压 limit this year for chronic-limit: ¥50.00 of 3,000 (DF-18, MX5505 ytd)', async () => {
    const { context, page } = await openContext();
    await asPersona(page, LIMIT);
    await cardOf(page, '高血压').waitFor();
    await page.getByLabel('这次门诊大约花多少钱（元）').fill('100');
    await page.getByRole('button', { name: '算一算' }).click();
    await page.getByText('这个病今年医保还能付 ¥50.00').waitFor();
    expect(await page.locator('.verdict').last().innerText()).toMatch(/医保大约付：¥50\.00[\s\S]*已付 ¥2,950\.00/);
    await check(page, 'chronic-limit');
    await context.close();
    expect(errors).toEqual([]);
  });
});
