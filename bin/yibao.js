#!/usr/bin/env node
// The `yibao` command runs the compiled CLI from dist/ (npm run build; `npm ci` builds it through `prepare`).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/core/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('yibao: dist/ is missing. In a clone of the repository run `npm run build` (npm ci does it through prepare).');
  process.exit(70);
}
const { main } = await import(entry.href);
process.exitCode = await main(process.argv.slice(2));
