import { CoreError } from '../../errors/index.ts';
import { expectInt } from '../../guards/expect.ts';
import { Dec, type Ratio } from '../../money/index.ts';
import { seededRank } from './seededRank.ts';

/**
 * A reproducible random sample for manual review (R-18: a share of uploads is sampled at random):
 * `ceil(n × share)` ids, those ranking lowest by `seededRank(seed, id)`. The same ids, share and seed
 * always give the same sample, whatever the order of `ids`.
 * @param share the sampled share, 0 … 1 (a pooling-area parameter)
 * @param seed a whole number 0 … 2^32 − 1, recorded with the sample so it can be redrawn
 * @returns the sampled ids, sorted
 * @throws CoreError `INVALID_INPUT` for a share outside 0 … 1, a bad seed or repeated ids
 */
export function sampleForReview(ids: readonly string[], share: Ratio, seed: number): string[] {
  if (!Dec.isDecimal(share) || !share.isFinite() || share.isNegative() || share.gt(1)) {
    throw new CoreError('INVALID_INPUT', 'give the sampled share as a Dec from 0 to 1, e.g. new Dec("0.05")', 'share');
  }
  expectInt(seed, 'seed', 0, 2 ** 32 - 1);
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw new CoreError('INVALID_INPUT', 'give the settlement ids as a list of text', 'ids');
  const unique = [...new Set(ids)];
  if (unique.length !== ids.length) throw new CoreError('INVALID_INPUT', 'a settlement id is listed twice: give each id once', 'ids');
  const k = new Dec(unique.length).times(share).ceil().toNumber();
  const ranked = unique.map((id) => ({ id, rank: seededRank(seed, id) })).sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : 1));
  return ranked.slice(0, k).map((r) => r.id).sort();
}
