/**
 * The state file of the standalone server (node only): read once at start, rewritten after every
 * transaction by write-then-rename, so a crash or `kill -9` at any moment leaves the old file or
 * the new one, never a torn one.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { parseStateSnapshot } from './stateSnapshot.ts';
import type { MockState } from './MockState.ts';

const tmpOf = (file: string): string => `${file}.tmp`;

/**
 * The store kept in `file`, or null when there is none yet. A leftover `<file>.tmp` (a write cut
 * short) is removed: the file itself still holds the last complete state.
 * @throws {StateSnapshotError} for a corrupt file or one of another version (nothing is loaded).
 */
export function loadStateFile(file: string): MockState | null {
  rmSync(tmpOf(file), { force: true });
  if (!existsSync(file)) return null;
  return parseStateSnapshot(readFileSync(file, 'utf8'));
}

/** Writes `text` to `<file>.tmp`, flushes it to disk, then renames it over `file` (atomic on POSIX). */
export function saveStateFile(file: string, text: string): void {
  const tmp = tmpOf(file);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
}
