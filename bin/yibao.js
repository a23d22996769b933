#!/usr/bin/env node
// The `yibao` command runs the compiled CLI entry from dist/ (npm run build; `npm ci` builds it
// through `prepare`). core/cli/bin.ts owns the process: stdio failures, exit codes, one-line errors.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/core/cli/bin.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('yibao: dist/ is missing. In a clone of the repository run `npm run build` (npm ci does it through prepare).');
  process.exit(70);
}
await import(entry.href);
