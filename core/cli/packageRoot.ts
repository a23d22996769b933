import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: { root: string; version: string } | undefined;

/**
 * The folder of the yibao-direct package this CLI runs from, and its version: the sources
 * (core/cli/) and the build (dist/core/cli/) sit at different depths, so it is looked up.
 */
export function packageRoot(): { root: string; version: string } {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'yibao-direct') return (cached = { root: dir, version: pkg.version ?? '0.0.0' });
    } catch {
      // no package.json here: look further up
    }
    const up = dirname(dir);
    if (up === dir) throw new Error('yibao: package.json of yibao-direct not found above the CLI');
    dir = up;
  }
}
