import { defineConfig } from 'vite';

// Builds the core as a browser ES module to measure what it adds to the checkout element's budget.
export default defineConfig({
  build: {
    lib: { entry: 'core/index.ts', formats: ['es'], fileName: 'core' },
    outDir: 'dist/core',
    rolldownOptions: { output: { minify: true } },
  },
});
