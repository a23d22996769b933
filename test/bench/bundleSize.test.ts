import { describe, expect, it } from 'vitest';
import { CEILING_GZIP, TARGET_GZIP, measureSdk, type SdkSizes } from './bundleSize.ts';

// One SDK build (entry, engine, the lazy bundles) in a scratch folder, shared by the tests: about 3 s.
let sizes: Promise<SdkSizes> | null = null;
const measured = (): Promise<SdkSizes> => (sizes ??= measureSdk());

describe('measureSdk', () => {
  it('keeps what a checkout loads before the first scan (entry + engine) at or under the ceiling, itself no lower than the 30 kB target', async () => {
    const s = await measured();
    expect(s.allIn.files).toEqual(expect.arrayContaining([s.entry.file, s.engine.file]));
    expect(s.allIn.gzip).toBeGreaterThanOrEqual(s.entry.gzip + s.engine.gzip);
    expect(s.allIn.gzip, `all-in ${s.allIn.gzip} B gzip -9 (npm run size lists its parts)`).toBeLessThanOrEqual(CEILING_GZIP);
    expect(CEILING_GZIP).toBeGreaterThanOrEqual(TARGET_GZIP);
  }, 60_000);

  it('leaves the pack loader, its zod schema, the packs and the settle engine out of the all-in files', async () => {
    const s = await measured();
    const heavy = s.allInModules.filter((m) =>
      /^core\/policy\/(loadPolicyPack|policyPackSchema|packRegistry)\.ts$|^core\/policy\/packs\/|^core\/settle\/(computeSettlement|settle)\.ts$/.test(m),
    );
    expect(heavy).toEqual([]);
    expect(s.allInModules).toContain('core/filing/checkDirectSettlementWithoutPolicy.ts');
  }, 60_000);

  it('loads the explanation, the ledger and the verdict with a host policy on demand, from files the build writes where the code looks for them', async () => {
    const s = await measured();
    const lazy = s.onDemand.map((f) => f.file);
    expect(lazy).toEqual(expect.arrayContaining(['yibao-explain.js', 'yibao-ledger.js', 'yibao-policy.js']));
    expect(s.lazyUrls.map((u) => u.file).sort()).toEqual(['yibao-explain.js', 'yibao-ledger.js', 'yibao-policy.js']);
    expect(s.lazyUrls.filter((u) => !u.exists)).toEqual([]);
  }, 60_000);
});
