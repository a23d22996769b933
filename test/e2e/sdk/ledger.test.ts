/**
 * The back office (`/ledger.html`, `<yb-settlement-ledger>`) in real Chromium on the live demo, against
 * the standalone mock behind the same origin, under the strict CSP. The settlements are made first on
 * the demo's pharmacy page (the clerk's ledger is fed by them), with the mock and the browser pinned to
 * 2026-09-15 so the month's whole schedule lies inside the calendar data (2026-10-10, the deadline, is a
 * 调休 make-up working day). Every state is screenshotted to test/artifacts/sdk/ledger-*.png and checked
 * by axe-core (0 violations).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addWorkingDays, declarationDeadline, paymentDueDate } from '../../../core/index.ts';
import { startDemo, type DemoHandle } from '../../../sdk/demo/startDemo.ts';
import { CHROMIUM_PATH, launchChromium } from '../../support/chromium.ts';
import { axeViolations } from '../../support/axe.ts';

const REPO = resolve(import.meta.dirname, '../../..');
const ARTIFACTS = join(REPO, 'test/artifacts/sdk');
const skip = process.env.YIBAO_SKIP_BROWSER === '1';
/** 2026-09-15 10:00 CST, a Tuesday. */
const PINNED = Date.parse('2026-09-15T10:00:00+08:00');

describe.skipIf(skip)('<yb-settlement-ledger> in real Chromium (back-office demo page)', { timeout: 180_000 }, () => {
  let demo: DemoHandle;
  let browser: Browser;
  let context: BrowserContext;
  const started = Date.now();

  beforeAll(async () => {
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`apt-get install -y chromium\` (or YIBAO_SKIP_BROWSER=1)`);
    mkdirSync(ARTIFACTS, { recursive: true });
    demo = await startDemo({ port: 0, now: () => PINNED + (Date.now() - started) });
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1360, height: 1000 }, acceptDownloads: true });
    await context.clock.install({ time: PINNED });
  }, 180_000);

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await browser?.close();
    await demo?.close();
  });

  async function snap(page: Page, name: string): Promise<void> {
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(ARTIFACTS, `ledger-${name}.png`), fullPage: true });
    const violations = await axeViolations(page);
    expect(violations, name).toEqual([]);
  }

  /** Two outpatient settlements of the same person on the same day (the second duplicates items: AUD-DUP-SAME-DAY). */
  async function sellTwice(): Promise<void> {
    const page = await context.newPage();
    await page.goto(`${demo.url}/outpatient.html`);
    await page.locator('yb-checkout').waitFor();
    for (let i = 0; i < 2; i++) {
      await page.locator('button[data-persona="outpatient-employee"]').click();
      const checkout = page.locator('yb-checkout');
      await checkout.getByRole('button', { name: '预结算', exact: true }).click();
      await checkout.getByRole('button', { name: '确认结算', exact: true }).click();
      await expect.poll(() => checkout.locator('[part="result"] strong').textContent()).toMatch(/^结算成功/);
      await checkout.getByRole('button', { name: '下一位', exact: true }).click();
    }
    await page.close();
  }

  /** The ledger page for the hospital, looking ahead to `asOf` (null: the mock's today). */
  async function ledgerPage(o: { asOf?: string; drop?: boolean; lang?: string } = {}): Promise<{ page: Page; errors: string[]; csp: string[] }> {
    const page = await context.newPage();
    const errors: string[] = [];
    const csp: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) csp.push(m.text());
    });
    const q = new URLSearchParams({ inst: 'H31010600011', ...(o.asOf ? { as_of: o.asOf } : {}), ...(o.drop ? { drop: '1' } : {}), ...(o.lang ? { lang: o.lang } : {}) });
    const res = await page.goto(`${demo.url}/ledger.html?${q}`);
    expect(res?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await expect.poll(() => page.evaluate(() => document.body.dataset.loaded ?? ''), { timeout: 30_000 }).not.toBe('');
    expect(await page.evaluate(() => document.body.dataset.loaded)).not.toBe('error');
    return { page, errors, csp };
  }

  const ledger = (page: Page) => page.locator('yb-settlement-ledger');
  const statusOf = (page: Page, month: string) => ledger(page).locator('tr', { has: page.locator(`button[data-month="${month}"]`) }).locator('.pill');

  it('shows the month settling, settled, declared, audited with a deduction and its reason, and paid on the due date', async () => {
    await sellTwice();
    const deadline = declarationDeadline('2026-09');
    const auditCloses = addWorkingDays(deadline, 5);
    const due = paymentDueDate('2026-09');
    expect(deadline).toBe('2026-10-10');

    const s1 = await ledgerPage();
    expect(await statusOf(s1.page, '2026-09').textContent()).toBe('本月结算中');
    expect(await ledger(s1.page).locator('[part="figures"]').textContent()).toMatch(/2 笔（含撤销 0 笔）/);
    const chart = ledger(s1.page).locator('[part="chart"] svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await ledger(s1.page).locator('[part="chart"] desc').textContent()).toMatch(/统筹基金 ¥\d/);
    await snap(s1.page, '1-settling');

    const s2 = await ledgerPage({ asOf: '2026-10-01' });
    expect(await statusOf(s2.page, '2026-09').textContent()).toBe('待申报');
    // 2026-10-01 … 10-07 are the National Day holiday: 10-08, 10-09 and the 调休 Saturday 10-10 are working days.
    expect(await ledger(s2.page).locator('[part="steps"]').textContent()).toMatch(/2026-10-10 前申报 · 还有 3 个工作日/);
    await snap(s2.page, '2-settled');

    const s3 = await ledgerPage({ asOf: addWorkingDays(deadline, 1) });
    expect(await statusOf(s3.page, '2026-09').textContent()).toBe('已申报，审核中');
    expect(await ledger(s3.page).locator('[part="deductions"]').textContent()).toMatch(/审核尚未完成.*疑点（待人工审核，尚未扣款）.*同一参保人同日同一项目重复结算/);
    await snap(s3.page, '3-declared');

    const s4 = await ledgerPage({ asOf: auditCloses });
    expect(await statusOf(s4.page, '2026-09').textContent()).toBe('已审核，待拨付');
    const ded = await ledger(s4.page).locator('[part="deductions"]').textContent();
    expect(ded).toMatch(/同一参保人同日同一项目重复结算/);
    expect(await ledger(s4.page).locator('[part="payment"]').textContent()).toMatch(/审核扣款−¥\d/);
    await snap(s4.page, '4-audited');

    const s5 = await ledgerPage({ asOf: due });
    expect(await statusOf(s5.page, '2026-09').textContent()).toBe('已拨付');
    expect(await ledger(s5.page).locator('[part="payment"]').textContent()).toContain(`${due} · 按时到账`);
    expect(await ledger(s5.page).locator('[part="reconciliation"]').textContent()).toMatch(/明细全部一致/);
    await snap(s5.page, '5-paid');
    for (const s of [s1, s2, s3, s4, s5]) {
      expect(s.errors).toEqual([]);
      expect(s.csp).toEqual([]);
      await s.page.close();
    }
  });

  it('highlights a settlement our ledger missed in 3201 and 3202, moves by keyboard, announces, and exports CSV', async () => {
    const due = paymentDueDate('2026-09');
    const { page, errors } = await ledgerPage({ asOf: due, drop: true });
    const recon = ledger(page).locator('[part="reconciliation"]');
    expect(await recon.locator('.pill.bad').first().textContent()).toBe('不平');
    expect(await recon.textContent()).toMatch(/本地无此笔/);
    expect(await recon.locator('td.diff').count()).toBeGreaterThan(0);
    expect(await recon.textContent()).not.toMatch(/\d{18}|\d{17}X/);
    await snap(page, '6-reconciliation-differs');

    const first = ledger(page).locator('button[data-month]').first();
    await first.focus();
    await page.keyboard.press('End');
    expect(await ledger(page).locator('[role="status"]').textContent()).toMatch(/^显示 \d{4}-\d{2}：/);
    const download = page.waitForEvent('download');
    await ledger(page).getByRole('button', { name: '导出 CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ledger-H31010600011-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFFmonth,status,declaration_deadline/);
    expect(csv).toMatch(/\r\n2026-09,PAID,2026-10-10,/);
    expect(await ledger(page).locator('[role="status"]').textContent()).toMatch(/^已导出 ledger-/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reads in English, a payment 3 working days late highlighted', async () => {
    const due = paymentDueDate('2026-09');
    const setup = await ledgerPage();
    await setup.page.locator('#late').click();
    await expect.poll(() => setup.page.locator('#status').textContent()).toMatch(/晚 3 个工作日/);
    await setup.page.close();
    const { page } = await ledgerPage({ asOf: addWorkingDays(due, 3), lang: 'en' });
    expect(await ledger(page).locator('h2').textContent()).toBe('Medical-insurance settlement ledger');
    expect(await ledger(page).locator('[part="payment"] tr.diff').textContent()).toMatch(/3 working days after the due date/);
    await snap(page, '7-en-late');
    await page.close();
  });
});
