import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * Serves the test page with the MSW worker from mocks/public/ (never the PWA's public/, toolchain
 * pitfall 9). By hand: `npm run mock:worker && npx vite test/e2e/mock-browser`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../../mocks/public', import.meta.url)),
  build: { chunkSizeWarningLimit: 4096 },
});
