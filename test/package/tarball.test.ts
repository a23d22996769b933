/**
 * The package as a stranger gets it from npm: `npm pack` of the built tree (dist/ comes from
 * `npm run build`, which `npm test` runs first), installed into a blank project, then used three ways:
 * a plain node ESM script, a strict NodeNext TypeScript consumer, and the `yibao` command.
 * The figures (tarball size, files, a core-only consumer's packages) go to test/artifacts/package.json.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = resolve(import.meta.dirname, '../..');
const NPM_CLI = process.env.npm_execpath && process.env.npm_execpath.endsWith('.js') ? process.env.npm_execpath : null;
const TSC = join(REPO, 'node_modules/typescript/bin/tsc');
const EXAMPLE = JSON.parse(readFileSync(join(REPO, 'core/cli/examples/example-4.json'), 'utf8')) as {
  expected: Record<string, string>;
};

/** npm through the same node, so the test does not depend on PATH. */
function npm(args: string[], cwd: string) {
  return NPM_CLI
    ? run(process.execPath, [NPM_CLI, ...args], { cwd, maxBuffer: 16 << 20 })
    : run('npm', args, { cwd, maxBuffer: 16 << 20 });
}

interface PackEntry { filename: string; size: number; unpackedSize: number; entryCount: number; files: { path: string }[] }

describe('the npm tarball', { timeout: 180_000 }, () => {
  let work = '';
  let consumer = '';
  let pack: PackEntry;

  beforeAll(async () => {
    if (!existsSync(join(REPO, 'dist/core/index.js'))) {
      throw new Error('dist/ is missing: run `npm run build` first (npm test does it)');
    }
    work = mkdtempSync(join(tmpdir(), 'yibao-pack-'));
    // --ignore-scripts: dist/ is already built; `prepare` would build it a second time.
    const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], REPO);
    pack = (JSON.parse(stdout) as PackEntry[])[0]!;
    consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
    await npm(['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, pack.filename)], consumer);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('ships the build and the docs, not the sources, tests or CI', () => {
    const paths = pack.files.map((f) => f.path);
    expect(paths).toContain('dist/core/index.js');
    expect(paths).toContain('dist/core/index.d.ts');
    expect(paths).toContain('bin/yibao.js');
    expect(paths.filter((p) => /^(test|\.ci|core\/(?!cli\/examples\/|cli\/[A-Z-]+\.md$|[A-Z-]+\.md$)|mocks\/(?!README\.md|public\/))/.test(p))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts'))).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { private?: boolean };
    expect(manifest.private).toBeUndefined();
  });

  it('installs for a core-only consumer without msw, tsx or a DOM library', () => {
    const installed = readdirSync(join(consumer, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(installed).not.toContain('msw');
    expect(installed).not.toContain('tsx');
    expect(installed.sort()).toEqual(['decimal.js', 'yibao-direct', 'zod']);
    mkdirSync(join(REPO, 'test/artifacts'), { recursive: true });
    writeFileSync(join(REPO, 'test/artifacts/package.json'), JSON.stringify({
      tarballBytes: pack.size, unpackedBytes: pack.unpackedSize, files: pack.entryCount, coreOnlyPackages: installed.length - 1,
    }, null, 2));
  });

  it('settles spec Example 4 to the fen from a plain node ESM script', async () => {
    writeFileSync(join(consumer, 'app.mjs'), `
      import { readFileSync } from 'node:fs';
      import { getPolicyPack, parseCase, settle, toWireSettlement } from 'yibao-direct/core';
      const file = new URL('./node_modules/yibao-direct/core/cli/examples/example-4.json', import.meta.url);
      const parsed = parseCase(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.ok) throw parsed.error;
      const { person, claim, ytd, policy } = parsed.value;
      const { settlement } = settle({ person, claim, ytd, policy: await getPolicyPack(policy.id) });
      const s = toWireSettlement(settlement).setlinfo;
      console.log(JSON.stringify({ hifp_pay: s.hifp_pay.toFixed(2), act_pay_dedc: s.act_pay_dedc.toFixed(2),
        inscp_scp_amt: s.inscp_scp_amt.toFixed(2), psn_part_amt: s.psn_part_amt.toFixed(2) }));
    `);
    const { stdout } = await run(process.execPath, ['app.mjs'], { cwd: consumer });
    expect(JSON.parse(stdout)).toEqual(EXAMPLE.expected);
  });

  it('type-checks a strict NodeNext consumer with 0 errors', async () => {
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true,
        exactOptionalPropertyTypes: true, noEmit: true, types: [],
      },
      include: ['app.ts'],
    }));
    writeFileSync(join(consumer, 'app.ts'), `
      import { CoreError, checkDirectSettlement, getPolicyPack, parseCase, settle, toWireSettlement } from 'yibao-direct/core';
      import type { Settlement, Verdict } from 'yibao-direct/core';
      export async function run(json: unknown): Promise<string> {
        const parsed = parseCase(json);
        if (!parsed.ok) return parsed.error.code;
        const { person, claim, ytd, policy } = parsed.value;
        const pack = 'id' in policy ? await getPolicyPack(policy.id) : null;
        if (!pack || !ytd) throw new CoreError('INVALID_INPUT', 'needs a shipped pack and the year-to-date');
        const verdict: Verdict = checkDirectSettlement({ person, claim });
        const out = settle({ person, claim, ytd, policy: pack });
        const s: Settlement | null = out.settlement;
        return s ? String(toWireSettlement(s).setlinfo.hifp_pay) : verdict.code;
      }
    `);
    const result = await run(process.execPath, [TSC, '-p', '.'], { cwd: consumer }).catch((e: { stdout: string }) => e);
    expect('stdout' in result ? result.stdout : '').toBe('');
  });

  it('serves the checkout SDK bundle, which loads in node without registering anything', async () => {
    expect(pack.files.map((f) => f.path)).toEqual(expect.arrayContaining(['dist/sdk/yibao-sdk.js', 'dist/sdk/index.d.ts', 'custom-elements.json']));
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e',
      "const m = await import('yibao-direct/sdk'); console.log([typeof m.defineAll, typeof m.formatYuan, typeof globalThis.customElements].join(' '))"],
    { cwd: consumer });
    expect(stdout.trim()).toBe('function function undefined');
  });

  it('runs `npx yibao settle` on a shipped example', async () => {
    const { stdout } = await npm(['exec', '--offline', '--', 'yibao', 'settle', 'node_modules/yibao-direct/core/cli/examples/example-4.json'], consumer);
    const out = JSON.parse(stdout) as { verdict: { settles: boolean }; setlinfo: Record<string, number> };
    expect(out.verdict.settles).toBe(true);
    expect(out.setlinfo.hifp_pay).toBe(42895);
  });
});
