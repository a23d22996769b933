import { isAbsolute, join, relative } from 'node:path';
import { packageRoot } from './packageRoot.ts';

/** Where the rules reference (docs/rules.md, shipped in the package) is, as a user can open it from here. */
export function rulesReference(cwd = process.cwd()): string {
  const file = join(packageRoot().root, 'docs', 'rules.md');
  const rel = relative(cwd, file);
  return rel.startsWith('..') || isAbsolute(rel) ? file : rel;
}
