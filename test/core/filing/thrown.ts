import { isCoreError } from '../../../core/errors/index.ts';
import type { CoreError } from '../../../core/errors/index.ts';

/** Runs `fn` and returns the CoreError it throws (fails the test otherwise). */
export function thrown(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (e) {
    if (isCoreError(e)) return e;
    throw e;
  }
  throw new Error('expected a CoreError');
}
