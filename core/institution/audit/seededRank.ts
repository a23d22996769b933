import { expectInt, expectString } from '../../guards/expect.ts';

/**
 * A reproducible pseudo-random number in [0, 2^32) for a seed and a key: FNV-1a over the key's
 * UTF-16 units, seeded, then the murmur3 finaliser. No `Math.random`, no clock.
 */
export function seededRank(seed: number, key: string): number {
  expectInt(seed, 'seed', 0, 2 ** 32 - 1);
  expectString(key, 'key');
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
