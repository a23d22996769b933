import { fileURLToPath } from 'node:url';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = `${ROOT}dist/sdk`;
const JSX = { jsx: { runtime: 'automatic', importSource: 'preact' } } as const;
/** Vite library builds in `es` format are not minified unless the output says so (toolchain pitfall 3). */
const OUTPUT = { minify: true, chunkFileNames: 'chunks/[name]-[hash].js' } as const;

/**
 * The lazy explanation (core settle engine, zod policy-pack schema, one chunk per pack) as its
 * own bundle beside the entry, `dist/sdk/yibao-explain.js`, and the verdict with a host policy
 * (`yibao-policy.js`, the core's pack-validating `checkDirectSettlement`), the core they share in a
 * chunk. Built apart so that the entry's and the engine's tree-shaking does not take in what only
 * these use: the engine decides without a policy and carries no pack loader.
 */
export const explainConfig: InlineConfig = {
  configFile: false,
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  oxc: JSX,
  build: {
    target: 'es2022',
    outDir: OUT,
    emptyOutDir: false,
    lib: {
      entry: { 'yibao-explain': `${ROOT}sdk/elements/yb-breakdown/explain.ts`, 'yibao-policy': `${ROOT}sdk/session/policyVerdict.ts` },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: { output: OUTPUT },
  },
};

/**
 * The back office's `<yb-settlement-ledger>` and `loadLedger` as their own bundle beside the entry,
 * `dist/sdk/yibao-ledger.js`, imported when a page has the tag. Built apart so that the zod schemas
 * and transport code it uses are not merged into the chunks a checkout loads (npm run size).
 */
export const ledgerConfig: InlineConfig = {
  ...explainConfig,
  define: { __YB_BUNDLE__: 'true' },
  build: {
    ...explainConfig.build,
    lib: { entry: `${ROOT}sdk/elements/yb-settlement-ledger/ledgerBundle.ts`, formats: ['es'], fileName: () => 'yibao-ledger.js' },
  },
};

/** Builds the explanation and ledger bundles beside the entry (same outDir) once the entry is written. */
function explainBundle(): Plugin {
  let outDir = OUT;
  return {
    name: 'yibao-lazy-bundles',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    async writeBundle() {
      for (const config of [explainConfig, ledgerConfig]) await build({ ...config, build: { ...config.build, outDir } });
    },
  };
}

/**
 * The SDK as one ES module for `<script type="module">`: `dist/sdk/yibao-sdk.js`; the
 * explanation engine and the policy packs are lazy files beside it, found from `import.meta.url`.
 */
export default defineConfig({
  root: ROOT,
  publicDir: false,
  logLevel: 'warn',
  oxc: JSX,
  define: { __YB_BUNDLE__: 'true' },
  plugins: [explainBundle()],
  build: {
    target: 'es2022',
    outDir: OUT,
    emptyOutDir: true,
    lib: { entry: `${ROOT}sdk/index.ts`, formats: ['es'], fileName: () => 'yibao-sdk.js' },
    // allow-extension: anything the entry shares with a lazy chunk stays in the entry (one file).
    rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: OUTPUT },
  },
});
