/**
 * `npm run size [-- --json]`: builds the core with vite (vite.config.ts: library build of
 * core/index.ts into dist/size/core) and prints the main chunk's raw and gzip -9 size, the biggest
 * contributors, and whether the policy packs stay out of the main chunk (each its own chunk).
 *
 * 构建 core 并输出主包原始大小与 gzip -9 大小，以及政策包是否被拆分为独立 chunk。
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKS_DIR = `${ROOT}core/policy/packs/`;
const json = process.argv.includes('--json');

const gz = (code: string): number => gzipSync(Buffer.from(code), { level: 9 }).length;
const kB = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

/** Where a module comes from: a package name or a core folder. */
function ownerOf(id: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg) return pkg[1]!;
  const local = /\/core\/([^/]+)\//.exec(id);
  return local ? `core/${local[1]}` : id.replace(ROOT, '');
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

const result = (await build({ configFile: `${ROOT}vite.config.ts`, root: ROOT, logLevel: 'silent' })) as
  | Rolldown.RolldownOutput
  | Rolldown.RolldownOutput[];
const output = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
const chunks = output.filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
const main = chunks.find((c) => c.isEntry);
if (!main) throw new Error('the build produced no entry chunk: check vite.config.ts');

const byOwner = new Map<string, number>();
for (const [id, m] of Object.entries(main.modules)) byOwner.set(ownerOf(id), (byOwner.get(ownerOf(id)) ?? 0) + m.renderedLength);
const contributors = [...byOwner.entries()].sort((a, b) => b[1] - a[1]).map(([owner, bytes]) => ({ owner, bytes }));

const packChunks = chunks
  .filter((c) => !c.isEntry && Object.keys(c.modules).some((id) => id.includes('/core/policy/packs/')))
  .map((c) => ({ file: c.fileName, raw: c.code.length, gzip: gz(c.code) }));
const leaked = packMarkers().filter(({ marker }) => holdsLiteral(main.code, marker));
const packModulesInMain = Object.keys(main.modules).filter((id) => id.includes('/core/policy/packs/'));

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
  const entry = (Array.isArray(out) ? out : [out]).flatMap((r) => r.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!;
  return { name, raw: Buffer.byteLength(entry.code), gzip: gz(entry.code) };
}
const subsets = [await subsetSize('verdict'), await subsetSize('checkout')];

/** The SDK build (sdk/vite.config.ts) in a scratch folder: every file it writes, and the entry's parts. */
async function sdkSizes() {
  const out = mkdtempSync(join(tmpdir(), 'yibao-sdk-size-'));
  try {
    const { default: sdkConfig } = await import('../../sdk/vite.config.ts');
    const r = (await build({ ...sdkConfig, logLevel: 'silent', build: { ...sdkConfig.build, outDir: out } })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
    const entry = (Array.isArray(r) ? r : [r]).flatMap((x) => x.output).find((o): o is Rolldown.OutputChunk => o.type === 'chunk' && o.isEntry)!;
    const parts = new Map<string, number>();
    for (const [id, m] of Object.entries(entry.modules)) {
      const owner = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? id.replace(ROOT, '').split('/').slice(0, 2).join('/');
      parts.set(owner, (parts.get(owner) ?? 0) + m.renderedLength);
    }
    const files = [...readdirSync(out), ...readdirSync(join(out, 'chunks')).map((f) => `chunks/${f}`)]
      .filter((f) => f.endsWith('.js'))
      .map((file) => {
        const code = readFileSync(join(out, file), 'utf8');
        return { file, raw: Buffer.byteLength(code), gzip: gz(code) };
      })
      .sort((a, b) => (a.file === 'yibao-sdk.js' ? -1 : b.file === 'yibao-sdk.js' ? 1 : b.gzip - a.gzip));
    return { budgetGzip: 30 * 1024, files, entryParts: [...parts].sort((a, b) => b[1] - a[1]).map(([owner, bytes]) => ({ owner, bytes })) };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
const sdk = await sdkSizes();

const report = {
  sdk,
  main: { file: main.fileName, raw: Buffer.byteLength(main.code), gzip: gz(main.code) },
  subsets,
  contributors,
  packChunks,
  packsOutOfMain: leaked.length === 0 && packModulesInMain.length === 0,
  leakedPacks: [...new Set(leaked.map((l) => l.pack))],
};

if (json) {
  console.log(JSON.stringify(report));
} else {
  console.log(`core bundle ${report.main.file}: ${kB(report.main.raw)} raw, ${kB(report.main.gzip)} gzip -9`);
  console.log('biggest parts of the main chunk (rendered, before minify and gzip):');
  for (const c of contributors.slice(0, 10)) console.log(`  ${c.owner.padEnd(28)} ${kB(c.bytes)}`);
  for (const x of subsets) console.log(`tree-shaken "${x.name}" subset (test/bench/sizeEntries/${x.name}.ts): ${kB(x.raw)} raw, ${kB(x.gzip)} gzip -9`);
  console.log(`policy packs: ${packChunks.length} separate chunks (${packChunks.map((p) => `${p.file} ${kB(p.gzip)} gz`).join(', ')})`);
  const [entry, ...lazy] = sdk.files;
  console.log(`SDK entry dist/sdk/${entry!.file}: ${kB(entry!.raw)} raw, ${kB(entry!.gzip)} gzip -9 (budget ${kB(sdk.budgetGzip)}: ${entry!.gzip <= sdk.budgetGzip ? 'met' : 'NOT met'})`);
  console.log('biggest parts of the SDK entry (rendered, before minify and gzip):');
  for (const c of sdk.entryParts.slice(0, 12)) console.log(`  ${c.owner.padEnd(28)} ${kB(c.bytes)}`);
  console.log('lazy files beside the entry (loaded on demand):');
  for (const f of lazy) console.log(`  ${f.file.padEnd(40)} ${kB(f.raw)} raw, ${kB(f.gzip)} gzip -9`);
  console.log(
    report.packsOutOfMain
      ? 'policy packs stay out of the main chunk: yes'
      : `policy packs stay out of the main chunk: NO (${report.leakedPacks.join(', ') || packModulesInMain.join(', ')})`,
  );
}
