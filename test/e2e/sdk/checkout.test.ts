/**
 * The SDK's elements in real Chromium on the live demo (`npm start`: sdk/demo/startDemo.ts), against
 * the standalone mock behind the same origin. Every state is screenshotted to test/artifacts/sdk/
 * and checked by axe-core (0 violations). Chromium is Debian's /usr/bin/chromium; without it the
 * suite fails, unless YIBAO_SKIP_BROWSER=1 asks to skip it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startDemo, type DemoHandle } from '../../../sdk/demo/startDemo.ts';
import { PHARMACY, PlatformClient } from '../../mocks/support/platformClient.ts';
import { axeViolations } from '../../support/axe.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const ARTIFACTS = join(REPO, 'test/artifacts/sdk');
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = process.env.YIBAO_SKIP_BROWSER === '1';

const cstToday = (): string => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

describe.skipIf(skip)('checkout SDK in real Chromium (live demo pages)', { timeout: 120_000 }, () => {
  let demo: DemoHandle;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const screenshots: string[] = [];

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` (or set YIBAO_SKIP_BROWSER=1 to skip the browser tests on purpose)`);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await startDemo({ port: 0 });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await demo?.close();
  });

  /** A fresh profile (its own IndexedDB) with the page errors collected. */
  async function open(path: string, o: { bypassCSP?: boolean } = {}): Promise<{ page: Page; errors: string[]; console: string[]; sent: string[] }> {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 1000 }, ...(o.bypassCSP ? { bypassCSP: true } : {}) });
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    const console: string[] = [];
    const sent: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => console.push(`${m.type()}: ${m.text()}`));
    page.on('request', (r) => {
      if (!r.url().includes('/fsi/api/')) return;
      const body = r.postData() ?? '';
      const infno = /"infno":"(\d{4})"/.exec(body)?.[1];
      if (infno) sent.push(`${infno} ${/"msgid":"([^"]+)"/.exec(body)?.[1] ?? ''}`);
    });
    await page.goto(`${demo.url}${path}`);
    await page.locator('yb-checkout, yb-filing-check').first().waitFor();
    return { page, errors, console, sent };
  }

  /** Screenshot of the state, then axe over the whole page (shadow roots included): 0 violations. */
  async function snap(page: Page, name: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    const file = join(ARTIFACTS, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true });
    screenshots.push(file);
    const violations = await axeViolations(page);
    expect(violations, name).toEqual([]);
  }

  const verdictTitle = (page: Page) => page.locator('yb-checkout [part="verdict-title"]');
  const resultTitle = (page: Page) => page.locator('yb-checkout [part="result"] strong');
  const button = (page: Page, name: string) => page.locator('yb-checkout').getByRole('button', { name, exact: true });

  /** The platform's own reconciliation (3201) for today: the ledger holds exactly `cnt` rows with these totals. */
  async function reconcile(inst: typeof PHARMACY, clrType: string, t: { medfee: number; fund: number; acct: number; cnt: number }) {
    const c = new PlatformClient(demo.mock.url, inst);
    await c.signIn();
    const r = await c.call('3201', {
      data: {
        insutype: '310', clr_type: clrType, setl_optins: '310199', stmt_begndate: cstToday(), stmt_enddate: cstToday(),
        medfee_sumamt: t.medfee, fund_pay_sumamt: t.fund, acct_pay: t.acct, fixmedins_setl_cnt: t.cnt,
      },
    });
    return (r.body as { output: { stmtinfo: { stmt_rslt: string } } }).output.stmtinfo.stmt_rslt;
  }
  const ledger = async (code: string) =>
    ((await (await fetch(`${demo.mock.url}/__mock__/ledger?fixmedins_code=${code}`)).json()) as { totals: { fixmedins_setl_cnt: number } }).totals;
  const resetMock = async () => {
    await fetch(`${demo.mock.url}/__mock__/reset`, { method: 'POST', body: '{}' });
    await fetch(`${demo.mock.url}/__mock__/scenario`, { method: 'DELETE' });
  };

  it('settles a pharmacy sale: scan → verdict → pre-settle (2101) → waterfall → confirm (2102), once in 3201', async () => {
    await resetMock();
    const { page, errors } = await open('/pharmacy.html');
    await snap(page, '01-pharmacy-idle');
    await page.locator('button[data-persona="pharmacy-ec"]').click();
    await expect.poll(() => verdictTitle(page).textContent()).toBe('可直接结算');
    await snap(page, '02-pharmacy-verdict-direct');
    await button(page, '预结算').click();
    await button(page, '确认结算').waitFor();
    await expect.poll(() => page.locator('yb-checkout .cash-due').textContent()).toMatch(/^请收取现金 ¥\d/);
    await snap(page, '03-pharmacy-presettled');
    await page.locator('yb-checkout').getByRole('button', { name: '查看完整计算过程' }).click();
    await page.locator('yb-checkout [part="waterfall"]').waitFor();
    expect(await page.locator('yb-checkout [part="waterfall"]').textContent()).toMatch(/滁州.*S-1/s);
    await snap(page, '04-pharmacy-waterfall');
    await button(page, '确认结算').dblclick();
    await expect.poll(() => resultTitle(page).textContent()).toMatch(/^结算成功，结算号 \d{12}$/);
    await snap(page, '05-pharmacy-settled');
    const log = await page.locator('#log').textContent();
    expect(log?.match(/yb-settled/g)).toHaveLength(1);
    expect(log).not.toMatch(/341102198310100012/);
    const settled = JSON.parse(/yb-settled (\{.*\})/.exec(log!)![1]!) as { medfeeSumamt: string; fundPaySumamt: string; acctPay: string };
    expect(await reconcile(PHARMACY, '41', { medfee: Number(settled.medfeeSumamt), fund: Number(settled.fundPaySumamt), acct: Number(settled.acctPay), cnt: 1 })).toBe('0');
    await button(page, '撤销结算').click();
    await expect.poll(() => resultTitle(page).textContent()).toMatch(/^已撤销，结算号 \d{12}$/);
    await snap(page, '06-pharmacy-revoked');
    expect(errors).toEqual([]);
  });

  it('shows an expired filing with its reason and fix in outpatient mode (D-6, R-3)', async () => {
    const { page } = await open('/outpatient.html');
    await page.locator('button[data-persona="expired-other"]').click();
    await expect.poll(() => verdictTitle(page).textContent()).toBe('备案已过期 10 天');
    expect(await page.locator('yb-checkout [part="verdict-hint"]').textContent()).toMatch(/备案已于 10 天前过期。请在就诊前续办备案/);
    expect(await button(page, '预结算').count()).toBe(0);
    await snap(page, '07-outpatient-expired-filing');
  });

  it('settles an outpatient visit 2201 → 2203 → 2204 → 2206 → 2207 with a low account balance (S-9)', async () => {
    await resetMock();
    const { page, errors } = await open('/outpatient.html');
    await page.locator('button[data-persona="low-balance"]').click();
    await expect.poll(() => verdictTitle(page).textContent()).toBe('可直接结算');
    await button(page, '预结算').click();
    await button(page, '确认结算').waitFor();
    expect(await page.locator('yb-checkout yb-breakdown [data-amount="acctPay"]').textContent()).toBe('¥12.34');
    await snap(page, '08-outpatient-presettled-low-balance');
    await button(page, '确认结算').click();
    await expect.poll(() => resultTitle(page).textContent()).toMatch(/^结算成功/);
    await snap(page, '09-outpatient-settled');
    const setlId = await page.evaluate(() => (document.getElementById('checkout') as HTMLElement & { value: string }).value);
    expect(setlId).toMatch(/^\d{12}$/);
    // Form association (ElementInternals): the value is the settlement id, valid once settled; reset starts over.
    await page.locator('#his-save').click();
    await expect.poll(() => page.locator('#his-result').textContent()).toBe(`已保存 / saved: setl_id=${setlId}`);
    await page.locator('#his-reset').click();
    await expect.poll(() => page.evaluate(() => (document.getElementById('checkout') as HTMLElement & { state: { status: string } }).state.status)).toBe('idle');
    expect(await page.evaluate(() => (document.getElementById('his-form') as HTMLFormElement).checkValidity())).toBe(false);
    expect(await page.evaluate(() => new FormData(document.getElementById('his-form') as HTMLFormElement).get('setl_id'))).toBeNull();
    expect(errors).toEqual([]);
  });

  it('sends a patient of a not-networked institution to a manual claim (D-4, R-12)', async () => {
    const { page } = await open('/outpatient.html');
    await page.selectOption('#institution', 'H31011200044');
    await page.locator('button[data-persona="non-networked"]').click();
    await expect.poll(() => verdictTitle(page).textContent()).toBe('机构未联网：回参保地手工报销');
    await snap(page, '10-outpatient-not-networked');
    // Windows high contrast and reduced motion: still readable, still 0 axe violations.
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await snap(page, '10b-outpatient-not-networked-forced-colors');
  });

  it('resolves a reply lost after commit by re-sending the same msgid: exactly one settlement in 3201', async () => {
    await resetMock();
    const { page, sent } = await open('/pharmacy.html');
    await page.locator('#fault-lost').click();
    await expect.poll(() => page.locator('#fault-status').textContent()).toMatch(/已设置/);
    await page.locator('button[data-persona="pharmacy-ec"]').click();
    await button(page, '预结算').click();
    await button(page, '确认结算').click();
    await expect.poll(() => resultTitle(page).textContent(), { timeout: 20_000 }).toMatch(/^结算成功/);
    await snap(page, '11-pharmacy-lost-reply-settled-once');
    // The lost reply was resolved by sending the same 2102 again (the platform replays its answer), or by 2601.
    expect(sent.filter((i) => i.startsWith("2102 ") || i.startsWith("2601 ")).length, sent.join("; ")).toBeGreaterThanOrEqual(2);
    const log = (await page.locator('#log').textContent())!;
    const settled = JSON.parse(/yb-settled (\{.*\})/.exec(log)![1]!) as { medfeeSumamt: string; fundPaySumamt: string; acctPay: string };
    expect(await reconcile(PHARMACY, '41', { medfee: Number(settled.medfeeSumamt), fund: Number(settled.fundPaySumamt), acct: Number(settled.acctPay), cnt: 1 })).toBe('0');
  });

  it('resolves a reload during settlement on the next load, with exactly one settlement', async () => {
    await resetMock();
    const { page, sent } = await open('/pharmacy.html');
    await page.locator('#fault-slow').click();
    await expect.poll(() => page.locator('#fault-status').textContent()).toMatch(/已设置/);
    await page.locator('button[data-persona="pharmacy-ec"]').click();
    await button(page, '预结算').click();
    const medfee = Number((await page.locator('yb-checkout yb-breakdown [data-amount="medfee"]').textContent())!.replace(/[¥,]/g, ''));
    await button(page, '确认结算').click();
    await page.waitForTimeout(500);
    await page.reload();
    await expect.poll(() => resultTitle(page).textContent(), { timeout: 20_000 }).toMatch(/^结算成功/);
    expect(await page.locator('yb-checkout [part="result"]').textContent()).toMatch(/上次未完成的结算已处理：已结算/);
    await snap(page, '12-pharmacy-reload-recovered');
    // Sent before the reload and again to resolve it: always the same msgid (the platform replays its answer).
    const settles = sent.filter((i) => i.startsWith('2102 '));
    expect(settles.length).toBeGreaterThanOrEqual(2);
    expect(new Set(settles).size, settles.join("; ")).toBe(1);
    const log = (await page.locator('#log').textContent())!;
    expect(log).toMatch(/"recovered":true/);
    const settled = JSON.parse(/yb-settled (\{.*\})/.exec(log)![1]!) as { medfeeSumamt: string; fundPaySumamt: string; acctPay: string };
    expect(Number(settled.medfeeSumamt)).toBe(medfee);
    expect(await reconcile(PHARMACY, '41', { medfee, fund: Number(settled.fundPaySumamt), acct: Number(settled.acctPay), cnt: 1 })).toBe('0');
  });

  it('treats a rescan and a double click as harmless', async () => {
    await resetMock();
    const { page } = await open('/pharmacy.html');
    const qr = page.locator('button[data-persona="pharmacy-ec"]');
    await qr.click();
    await qr.click();
    await expect.poll(() => verdictTitle(page).textContent()).toBe('可直接结算');
    await button(page, '预结算').dblclick();
    await button(page, '确认结算').waitFor();
    await qr.click(); // the same patient again: ignored, the pre-settlement stays
    await button(page, '确认结算').dblclick();
    await expect.poll(() => resultTitle(page).textContent()).toMatch(/^结算成功/);
    await page.waitForTimeout(300);
    const log = (await page.locator('#log').textContent())!;
    expect(log.match(/yb-settled/g)).toHaveLength(1);
    expect((await ledger('P31010600033')).fixmedins_setl_cnt).toBe(1);
  });

  it('runs the whole flow from the keyboard: type the ID, Enter, Enter, Enter; Enter held down does not settle', async () => {
    await resetMock();
    const { page } = await open('/outpatient.html');
    const who = (await (await fetch(`${demo.mock.url}/__mock__/personas`)).json()) as { personas: { key: string; certno: string }[] };
    const certno = who.personas.find((p) => p.key === 'outpatient-employee')!.certno;
    await page.locator('yb-checkout #cert-no').focus();
    await page.keyboard.type(certno);
    await page.keyboard.press('Enter');
    await expect.poll(() => verdictTitle(page).textContent()).toBe('可直接结算');
    await expect.poll(() => page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.textContent)).toBe('预结算');
    await snap(page, '13-keyboard-verdict-focus');
    await page.keyboard.press('Enter');
    await button(page, '确认结算').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement?.shadowRoot?.activeElement as HTMLElement | null)?.textContent)).toBe('确认结算');
    // Held down: the auto-repeats are ignored; the first press was the pre-settle.
    await page.keyboard.down('Enter');
    await page.evaluate(() => {
      const target = document.activeElement!.shadowRoot!.activeElement!;
      for (let i = 0; i < 5; i++) target.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', repeat: true, bubbles: true, composed: true, cancelable: true }));
    });
    await page.keyboard.up('Enter');
    await expect.poll(() => resultTitle(page).textContent()).toMatch(/^结算成功/);
    await snap(page, '14-keyboard-settled');
    expect((await page.locator('#log').textContent())!.match(/yb-settled/g)).toHaveLength(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.getElementById('checkout') as HTMLElement & { state: { status: string } }).state.status)).toBe('idle');
  });

  it('runs under a strict Content-Security-Policy with zero violations', async () => {
    await resetMock();
    const { page, console } = await open('/strict.html');
    await page.locator('button[data-persona="pharmacy-ec"]').click();
    await button(page, '预结算').click();
    await page.locator('yb-checkout').getByRole('button', { name: '查看完整计算过程' }).click();
    await page.locator('yb-checkout [part="waterfall"]').waitFor();
    await button(page, '确认结算').click();
    await expect.poll(() => resultTitle(page).textContent()).toMatch(/^结算成功/);
    expect(await page.locator('#csp-violations').textContent()).toBe('0');
    expect(console.filter((m) => /Content Security Policy|Refused to/i.test(m))).toEqual([]);
    const file = join(ARTIFACTS, '15-strict-csp-settled.png');
    await page.screenshot({ path: file, fullPage: true });
    screenshots.push(file);
  });

  it('works in a React 19 host: properties and native custom-event listeners', async () => {
    await resetMock();
    const { page, errors } = await open('/react.html');
    await page.locator('button[data-persona="pharmacy-ec"]').click();
    await expect.poll(() => page.locator('#react-last').textContent()).toMatch(/^yb-verdict \{"code":"DIRECT"/);
    await button(page, '预结算').click();
    await button(page, '确认结算').click();
    await expect.poll(() => page.locator('#react-last').textContent()).toMatch(/^yb-settled /);
    await snap(page, '16-react-host-settled');
    expect(errors).toEqual([]);
  });

  it('checks a planned visit at the admission desk and shows a receipt alone', async () => {
    const { page } = await open('/desk.html');
    await expect.poll(() => page.locator('yb-filing-check [part="verdict-title"]').textContent()).toBe('备案已过期 4 天');
    await snap(page, '17-desk-planned-visit-expired');
    await page.locator('yb-breakdown').getByRole('button', { name: '查看完整计算过程' }).click();
    await expect.poll(() => page.locator('yb-breakdown [part="platform-only"]').textContent()).toMatch(/没有计算所需的输入|未收录/);
    await snap(page, '18-desk-receipt-platform-only');
    await page.evaluate(() => document.querySelectorAll('yb-filing-check, yb-breakdown').forEach((e) => e.setAttribute('lang', 'en')));
    await expect.poll(() => page.locator('yb-filing-check [part="verdict-title"]').textContent()).toBe('Filing expired 4 days ago');
    expect(await page.locator('yb-breakdown [data-amount="cashPay"]').textContent()).toBe('¥0.00');
    await snap(page, '18b-desk-english');
  });

  it('names a bad cart line set by the host', async () => {
    const { page } = await open('/pharmacy.html');
    await page.evaluate(() => {
      (document.getElementById('checkout') as HTMLElement & { lines: unknown }).lines = [{ id: 'L1', listCode: 'XA10BAA001A001010100001', qty: 'two', unitPrice: '12.5' }];
    });
    await page.locator('button[data-persona="pharmacy-ec"]').click();
    await expect.poll(() => page.locator('yb-checkout [part="cart"]').textContent()).toMatch(/第 1 行（L1）/);
    await snap(page, '19-pharmacy-bad-cart-line');
  });

  it('keeps a screenshot of every state', () => {
    expect(screenshots.length).toBeGreaterThanOrEqual(20);
    for (const f of screenshots) expect(existsSync(f), f).toBe(true);
  });
});


