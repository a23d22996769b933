/**
 * axe-core over the whole page, shadow roots included: the violations as `id: targets` lines, so a
 * test can `expect(await axeViolations(page)).toEqual([])`. axe is evaluated through the DevTools
 * protocol, not as an injected <script>, so it also runs on pages under a strict CSP.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

type Axe = { run(c: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };

export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
}
