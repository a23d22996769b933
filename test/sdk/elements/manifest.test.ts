import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiPage } from '../../../sdk/docs/writeApiPage.ts';
import { YbBreakdown } from '../../../sdk/elements/yb-breakdown/YbBreakdown.tsx';
import { YbCheckout } from '../../../sdk/elements/yb-checkout/YbCheckout.tsx';
import { YbFilingCheck } from '../../../sdk/elements/yb-filing-check/YbFilingCheck.tsx';

const ROOT = resolve(import.meta.dirname, '../../..');
type Manifest = Parameters<typeof apiPage>[0] & { modules: { declarations?: { tagName: string; attributes?: { name: string }[]; events?: { name: string }[] }[] }[] };
const committed = JSON.parse(readFileSync(join(ROOT, 'custom-elements.json'), 'utf8')) as Manifest;
const byTag = (tag: string) => committed.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag)!;

describe('apiPage', () => {
  it('keeps custom-elements.json and sdk/API.md current with the sources (npm run cem)', () => {
    const out = mkdtempSync(join(tmpdir(), 'yibao-cem-'));
    try {
      execFileSync(process.execPath, [join(ROOT, 'node_modules/@custom-elements-manifest/analyzer/cem.js'), 'analyze', '--config', 'sdk/cem.config.mjs'], { cwd: ROOT, stdio: 'pipe', env: { ...process.env, CEM_OUTDIR: relative(ROOT, out) } });
      expect(JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'))).toEqual(committed);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
    expect(readFileSync(join(ROOT, 'sdk/API.md'), 'utf8')).toBe(apiPage(committed));
  });

  it.each([
    ['yb-checkout', YbCheckout, ['yb-verdict', 'yb-presettled', 'yb-settled', 'yb-reversed', 'yb-error']],
    ['yb-filing-check', YbFilingCheck, ['yb-verdict', 'yb-error']],
    ['yb-breakdown', YbBreakdown, ['yb-error']],
  ] as const)('documents every observed attribute and event of <%s>', (tag, cls, events) => {
    const d = byTag(tag);
    expect(d.attributes?.map((a) => a.name).sort()).toEqual(expect.arrayContaining([...cls.observedAttributes].sort()));
    expect(d.events?.map((e) => e.name).sort()).toEqual([...events].sort());
  });
});
