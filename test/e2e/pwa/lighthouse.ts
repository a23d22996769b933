/**
 * `npm run lighthouse:pwa` (a report, not part of npm test): builds the PWA, serves it against a
 * standalone mock, runs Lighthouse 12 (mobile profile, Debian's chromium) and prints the scores and
 * the first-load JS (gzip -9) of the entry and what index.html preloads. Report JSON under
 * test/artifacts/pwa/. Targets (issue 9): performance ≥ 95, accessibility 100, best practices 100,
 * first-load JS ≤ 60 kB gzip.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startMockServer } from '../../../mocks/server.ts';
import { startPwaServer } from '../../../pwa/serveBuilt.ts';
import { CHROMIUM_PATH } from '../../support/chromium.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
const OUT = join(ROOT, 'test/artifacts/pwa');

/** The JS a first visit loads: the entry script and its modulepreloads, gzip -9. */
export function firstLoadJs(dir: string): { files: string[]; bytes: number; gzip: number } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let bytes = 0;
  let gzip = 0;
  for (const f of files) {
    const b = readFileSync(join(dir, f));
    bytes += b.length;
    gzip += gzipSync(b, { level: 9 }).length;
  }
  return { files, bytes, gzip };
}

function run(cmd: string, args: string[]): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(cmd, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`lighthouse exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'yibao-pwa-lh-'));
  const mock = await startMockServer({ port: 0 });
  const pwa = await startPwaServer({ mockUrl: mock.url, dir });
  try {
    const report = join(OUT, 'lighthouse.json');
    // Async: the servers answering Lighthouse run in this process.
    await run(process.execPath, [
      join(ROOT, 'node_modules/lighthouse/cli/index.js'), `${pwa.url}/`, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync',
    ]);
    const lhr = JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number | null }>; audits: Record<string, { numericValue?: number }> };
    const js = firstLoadJs(dir);
    const score = (k: string) => Math.round((lhr.categories[k]?.score ?? 0) * 100);
    console.log(`Lighthouse (mobile) ${pwa.url}/`);
    console.log(`  performance    ${score('performance')}  (target ≥ 95)`);
    console.log(`  accessibility  ${score('accessibility')}  (target 100)`);
    console.log(`  best practices ${score('best-practices')}  (target 100)`);
    console.log(`  FCP ${Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0)} ms, LCP ${Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0)} ms, TBT ${Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0)} ms`);
    console.log(`  first-load JS  ${(js.gzip / 1024).toFixed(1)} kB gzip (${(js.bytes / 1024).toFixed(1)} kB) in ${js.files.join(', ')} (target ≤ 60 kB)`);
    console.log(`  report: ${report}`);
  } finally {
    await pwa.close();
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
