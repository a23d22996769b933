/**
 * `npm run size [-- --json]`: the checkout SDK as a page loads it and the core's browser bundle.
 *
 * - SDK (sdk/vite.config.ts, built in a scratch folder): the entry `yibao-sdk.js`, the engine chunk
 *   it requests as soon as the first element connects, and their sum, the **all-in** figure (what a
 *   checkout loads before and at the first scan), against issue 8's target of 30 kB gzip; then each
 *   file loaded on demand (the explanation bundle, the policy packs).
 * - Core (vite.config.ts: library build of core/index.ts into dist/size/core): the main chunk, its
 *   biggest contributors, tree-shaken subsets, and whether the policy packs stay out of it.
 *
 * Exits 1 when the all-in figure is over `CEILING_GZIP` (a ratchet: lower it as the SDK shrinks, down
 * to `TARGET_GZIP`); test/bench/bundleSize.test.ts holds the same line in `npm test`.
 *
 * 输出 SDK 入口与首次扫码前加载的引擎 chunk 的 gzip 大小（合计对照 30 kB 目标），以及 core 主包大小。
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKS_DIR = `${ROOT}core/policy/packs/`;
/** The module behind the engine chunk (sdk/elements/loadEngine.ts imports it when an element connects). */
const ENGINE_MODULE = `${ROOT}sdk/elements/engine.ts`;

/** Issue 8: what a checkout needs before and at the first scan, gzip -9. */
export const TARGET_GZIP = 30 * 1024;
/** The all-in figure may not grow past this (bytes, gzip -9); lower it with every saving. */
export const CEILING_GZIP = 65 * 1024;

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}
export interface Part {
  owner: string;
  bytes: number;
}
export interface SdkSizes {
  entry: FileSize;
  engine: FileSize;
  /** The entry, the engine chunk and every chunk either imports statically. */
  allIn: { files: string[]; raw: number; gzip: number };
  /** Files a page loads only on demand (the explanation bundle, the policy packs). */
  onDemand: FileSize[];
  entryParts: Part[];
  engineParts: Part[];
  /** Modules of the all-in files, relative to the project root. */
  allInModules: string[];
  /** Every `new URL('….js', import.meta.url)` in the all-in files, resolved against the file it is in. */
  lazyUrls: { from: string; url: string; file: string; exists: boolean }[];
}

const gz = (code: string): number => gzipSync(Buffer.from(code), { level: 9 }).length;
const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
const chunksOf = (r: Rolldown.RolldownOutput | Rolldown.RolldownOutput[]): Rolldown.OutputChunk[] =>
  (Array.isArray(r) ? r : [r]).flatMap((x) => x.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');

/** Where a module comes from: a package name, a core folder, or a project path. */
function ownerOf(id: string, depth: 'folder' | 'file'): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const rel = id.replace(ROOT, '');
  return depth === 'folder' ? rel.split('/').slice(0, 2).join('/') : rel;
}

function partsOf(chunk: Rolldown.OutputChunk, depth: 'folder' | 'file'): Part[] {
  const parts = new Map<string, number>();
  for (const [id, m] of Object.entries(chunk.modules)) parts.set(ownerOf(id, depth), (parts.get(ownerOf(id, depth)) ?? 0) + m.renderedLength);
  return [...parts].sort((a, b) => b[1] - a[1]).map(([owner, bytes]) => ({ owner, bytes }));
}

/** Builds the SDK (sdk/vite.config.ts) in a scratch folder and sizes what a page loads, and when. */
export async function measureSdk(): Promise<SdkSizes> {
  const out = mkdtempSync(join(tmpdir(), 'yibao-sdk-size-'));
  // What `npm run build` ships, also under vitest (NODE_ENV=test would keep Preact's and others' development code).
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const { default: sdkConfig } = await import('../../sdk/vite.config.ts');
    const chunks = chunksOf(
      (await build({ ...sdkConfig, mode: 'production', logLevel: 'silent', build: { ...sdkConfig.build, outDir: out } })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[],
    );
    const byFile = new Map(chunks.map((c) => [c.fileName, c]));
    const entry = chunks.find((c) => c.isEntry);
    const engine = chunks.find((c) => c.facadeModuleId === ENGINE_MODULE);
    if (!entry || !engine) throw new Error('the SDK build has no entry or no engine chunk: check sdk/vite.config.ts and sdk/elements/loadEngine.ts');
    const sizeOf = (file: string): FileSize => {
      const code = readFileSync(join(out, file), 'utf8');
      return { file, raw: Buffer.byteLength(code), gzip: gz(code) };
    };
    // The entry, the engine and their static imports, transitively.
    const allInFiles = new Set<string>();
    const visit = (file: string): void => {
      if (allInFiles.has(file)) return;
      allInFiles.add(file);
      for (const f of byFile.get(file)?.imports ?? []) visit(f);
    };
    visit(entry.fileName);
    visit(engine.fileName);
    const allInSizes = [...allInFiles].map(sizeOf);
    const written = [...readdirSync(out), ...readdirSync(join(out, 'chunks')).map((f) => `chunks/${f}`)].filter((f) => f.endsWith('.js'));
    const lazyUrls = [...allInFiles].flatMap((from) =>
      [...readFileSync(join(out, from), 'utf8').matchAll(/new URL\((?:\s|\/\*[^*]*\*\/)*[`"']([^`"']+\.js)[`"']\s*,\s*import\.meta\.url\s*\)/g)].map(([, url]) => {
        const file = new URL(url!, `file:///${from}`).pathname.slice(1);
        return { from, url: url!, file, exists: written.includes(file) };
      }),
    );
    return {
      entry: sizeOf(entry.fileName),
      engine: sizeOf(engine.fileName),
      allIn: {
        files: [...allInFiles],
        raw: allInSizes.reduce((n, f) => n + f.raw, 0),
        gzip: allInSizes.reduce((n, f) => n + f.gzip, 0),
      },
      onDemand: written.filter((f) => !allInFiles.has(f)).map(sizeOf).sort((a, b) => b.gzip - a.gzip),
      entryParts: partsOf(entry, 'folder'),
      engineParts: partsOf(engine, 'file'),
      allInModules: [...allInFiles].flatMap((f) => Object.keys(byFile.get(f)?.modules ?? {})).map((id) => id.replace(ROOT, '')),
      lazyUrls,
    };
  } finally {
    if (env === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = env;
    rmSync(out, { recursive: true, force: true });
  }
}

/** Strings found only inside pack files: their sources' notes, long and specific to each pack. */
function packMarkers(): { pack: string; marker: string }[] {
  return readdirSync(PACKS_DIR)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => {
      const pack = JSON.parse(readFileSync(PACKS_DIR + f, 'utf8')) as { id: string; sources: Record<string, { note?: string }> };
      return Object.values(pack.sources).flatMap((s) => (s.note && s.note.length >= 40 ? [{ pack: pack.id, marker: s.note }] : []));
    });
}

/** True when `code` holds `text` as a whole string literal (any quote style). */
const holdsLiteral = (code: string, text: string): boolean =>
  ['"', "'", '`'].some((q) => code.includes(q + text + q)) || code.includes(JSON.stringify(text));

/** Tree-shaken subsets: what an element that imports only these would ship (minified, gzip -9). */
async function subsetSize(name: string): Promise<{ name: string; raw: number; gzip: number }> {
  const out = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: `${ROOT}test/bench/sizeEntries/${name}.ts`, formats: ['es'], fileName: name },
      rolldownOptions: { output: { minify: true } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const entry = chunksOf(out).find((o) => o.isEntry)!;
  return { name, raw: Buffer.byteLength(entry.code), gzip: gz(entry.code) };
}

/** The core as one browser module (vite.config.ts), its tree-shaken subsets and its pack chunks. */
async function measureCore() {
  const chunks = chunksOf((await build({ configFile: `${ROOT}vite.config.ts`, root: ROOT, logLevel: 'silent' })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]);
  const main = chunks.find((c) => c.isEntry);
  if (!main) throw new Error('the build produced no entry chunk: check vite.config.ts');
  const packChunks = chunks
    .filter((c) => !c.isEntry && Object.keys(c.modules).some((id) => id.includes('/core/policy/packs/')))
    .map((c) => ({ file: c.fileName, raw: c.code.length, gzip: gz(c.code) }));
  const leaked = packMarkers().filter(({ marker }) => holdsLiteral(main.code, marker));
  const packModulesInMain = Object.keys(main.modules).filter((id) => id.includes('/core/policy/packs/'));
  return {
    main: { file: main.fileName, raw: Buffer.byteLength(main.code), gzip: gz(main.code) },
    subsets: [await subsetSize('verdict'), await subsetSize('verdictWithPolicy'), await subsetSize('checkout')],
    contributors: partsOf(main, 'folder'),
    packChunks,
    packsOutOfMain: leaked.length === 0 && packModulesInMain.length === 0,
    leakedPacks: [...new Set(leaked.map((l) => l.pack))],
  };
}

async function main(json: boolean): Promise<number> {
  const sdk = await measureSdk();
  const core = await measureCore();
  const overCeiling = sdk.allIn.gzip > CEILING_GZIP;
  if (json) {
    console.log(JSON.stringify({ sdk: { ...sdk, targetGzip: TARGET_GZIP, ceilingGzip: CEILING_GZIP }, ...core }));
    return overCeiling ? 1 : 0;
  }
  const line = (f: FileSize, label: string) => console.log(`${label.padEnd(44)} ${kB(f.raw).padStart(9)} raw ${kB(f.gzip).padStart(8)} gzip -9`);
  line(sdk.entry, `SDK entry dist/sdk/${sdk.entry.file}`);
  line(sdk.engine, `engine (on first connect) ${sdk.engine.file}`);
  line({ file: '', ...sdk.allIn }, `all-in before the first scan (${sdk.allIn.files.length} files)`);
  console.log(
    `  target ${kB(TARGET_GZIP)}: ${sdk.allIn.gzip <= TARGET_GZIP ? 'met' : `NOT met (${kB(sdk.allIn.gzip - TARGET_GZIP)} over)`}; ` +
      `ceiling ${kB(CEILING_GZIP)}: ${overCeiling ? 'EXCEEDED' : 'held'}`,
  );
  console.log('biggest parts of the SDK entry (rendered, before minify and gzip):');
  for (const c of sdk.entryParts.slice(0, 8)) console.log(`  ${c.owner.padEnd(42)} ${kB(c.bytes)}`);
  console.log('biggest parts of the engine chunk (rendered, before minify and gzip):');
  for (const c of sdk.engineParts.slice(0, 14)) console.log(`  ${c.owner.padEnd(42)} ${kB(c.bytes)}`);
  console.log('loaded on demand (the waterfall, a policy pack):');
  for (const f of sdk.onDemand) line(f, `  ${f.file}`);
  console.log(`core bundle ${core.main.file}: ${kB(core.main.raw)} raw, ${kB(core.main.gzip)} gzip -9`);
  console.log('biggest parts of the core bundle (rendered, before minify and gzip):');
  for (const c of core.contributors.slice(0, 10)) console.log(`  ${c.owner.padEnd(42)} ${kB(c.bytes)}`);
  for (const x of core.subsets) console.log(`tree-shaken "${x.name}" subset (test/bench/sizeEntries/${x.name}.ts): ${kB(x.raw)} raw, ${kB(x.gzip)} gzip -9`);
  console.log(`policy packs: ${core.packChunks.length} separate chunks (${core.packChunks.map((p) => `${p.file} ${kB(p.gzip)} gz`).join(', ')})`);
  console.log(
    core.packsOutOfMain
      ? 'policy packs stay out of the main chunk: yes'
      : `policy packs stay out of the main chunk: NO (${core.leakedPacks.join(', ')})`,
  );
  if (overCeiling) console.error(`npm run size: the all-in figure ${kB(sdk.allIn.gzip)} is over the ceiling ${kB(CEILING_GZIP)} (test/bench/bundleSize.ts)`);
  return overCeiling ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.includes('--json'));
}
