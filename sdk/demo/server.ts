/**
 * `npm start`: the live demo. Starts the standalone mock and the demo pages on one origin and
 * prints their URLs; Ctrl-C stops everything.
 *   node --import tsx sdk/demo/server.ts [--port 5180] [--host 127.0.0.1] [--seed 1]
 */
import { DEMO_PAGES, startDemo } from './startDemo.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};

const port = Number(arg('port') ?? process.env.PORT ?? 5180);
const seed = arg('seed');
console.log('正在构建 SDK 与演示页面… / Building the SDK and the demo pages…');
const demo = await startDemo({
  port, host: arg('host') ?? '127.0.0.1', ...(seed ? { seed: Number(seed) } : {}),
  // The PWA beside the checkout pages, on the next port (its own origin: its service worker wants scope /).
  pwa: true, pwaPort: port === 0 ? 0 : port + 1,
});

console.log(`\n医保跨省直接结算 SDK 演示 / Yibao Direct SDK live demo\n`);
console.log(`  ${demo.url}/  — 首页与演示参保人 / start page and personas`);
for (const p of DEMO_PAGES) console.log(`  ${demo.url}${p.path}  — ${p.title}`);
if (demo.pwa) console.log(`  ${demo.pwa.url}/  — 患者端 PWA（手机上打开，可安装、离线可用）/ patient PWA (installable, works offline)`);
console.log(`\n模拟医保平台 / mock platform: ${demo.mock.url} (同源代理 / proxied on the same origin: ${demo.url}/fsi/…)`);
console.log('按 Ctrl-C 停止 / Press Ctrl-C to stop.\n');

let stopping = false;
const stop = (): void => {
  if (stopping) return;
  stopping = true;
  void demo.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
