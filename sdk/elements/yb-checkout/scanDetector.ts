/**
 * Tells a keyboard-wedge scanner from a person by timing: a scanner types a burst (every gap
 * under `maxGapMs`) of at least `minLength` characters ending in Enter. Pure: times are inputs.
 */
export interface ScanDetector {
  /** Feeds one key; returns the scanned text when this Enter ends a burst, else null. */
  key(key: string, at: number): string | null;
  reset(): void;
}

export function createScanDetector({ maxGapMs = 40, minLength = 8 }: { maxGapMs?: number; minLength?: number } = {}): ScanDetector {
  let buffer = '';
  let last = -Infinity;
  return {
    key(key, at) {
      const fast = at - last <= maxGapMs;
      last = at;
      if (key === 'Enter') {
        const text = fast && buffer.length >= minLength ? buffer : null;
        buffer = '';
        return text;
      }
      if (key.length !== 1) {
        buffer = '';
        return null;
      }
      // A slow key starts a new candidate burst: ordinary typing never accumulates.
      buffer = fast ? buffer + key : key;
      return null;
    },
    reset() {
      buffer = '';
      last = -Infinity;
    },
  };
}
