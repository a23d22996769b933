import { defineConfig } from 'vite';

// Builds the core as a browser ES module to measure what it adds to the checkout element's budget
// (npm run size). Its own folder: dist/core is the published build (npm run build).
export default defineConfig({
  build: {
    lib: { entry: 'core/index.ts', formats: ['es'], fileName: 'core' },
    outDir: 'dist/size/core',
    rolldownOptions: { output: { minify: true } },
  },
});
