/**
 * The patient PWA: `npm run pwa:build` → pwa/dist (app shell precached by the service worker
 * pwa/sw.ts, injectManifest). Its public/ holds only the PWA's own files: the mock's MSW worker
 * never goes there (toolchain pitfall 9; the demo and the tests proxy the standalone mock instead).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: HERE,
  base: '/',
  publicDir: `${HERE}public`,
  logLevel: 'warn',
  build: { outDir: `${HERE}dist`, emptyOutDir: true, target: 'es2022', assetsInlineLimit: 0 },
  plugins: [
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: { globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'], maximumFileSizeToCacheInBytes: 3_000_000 },
      manifest: {
        name: '异地看病报销助手 · Out-of-province care helper',
        short_name: '异地看病',
        description: '异地就医备案、直接结算查询、报销记录与手工报销',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f9c',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512-maskable.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
});
