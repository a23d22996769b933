import type * as z from 'zod/mini';
import { CoreError, type Result } from '../errors/index.ts';
import { expectObject } from '../guards/expect.ts';
import { packIssueMessage } from '../policy/packIssueMessage.ts';
import { zodIssuePath } from '../schemas/zodIssuePath.ts';

/** The version of every stored form this release writes and reads (core/STORAGE-FORMAT.md). */
export const STORAGE_VERSION = 1;

export type StoredKind = 'yibao.settlement' | 'yibao.filing' | 'yibao.ytd';

/** `{ format, version }` then the body, in one JSON object. */
export type Stored<K extends StoredKind, B> = { format: K; version: typeof STORAGE_VERSION } & B;

/**
 * Reads a stored form: checks `format` and `version`, then the body with `schema`.
 * @returns a Result: `UNSUPPORTED_VERSION` for another version, `INVALID_INPUT` / `INVALID_AMOUNT` at
 *   the path of a bad field
 */
export function parseStored<T>(json: unknown, format: StoredKind, schema: z.ZodMiniType<T, unknown>, post: (v: T) => T = (v) => v): Result<T> {
  try {
    const o = expectObject(json, '(root)');
    if (o.format !== format) {
      return { ok: false, error: new CoreError('INVALID_INPUT', `expected a stored form with "format": "${format}"`, 'format') };
    }
    if (o.version !== STORAGE_VERSION) {
      return {
        ok: false,
        error: new CoreError('UNSUPPORTED_VERSION', `this release reads version ${STORAGE_VERSION} of ${format}; see core/STORAGE-FORMAT.md`, 'version'),
      };
    }
    const { format: _f, version: _v, ...body } = o;
    const r = schema.safeParse(body, { error: packIssueMessage });
    if (!r.success) {
      const issue = r.error.issues[0]!;
      const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
      const amount = issue.message.startsWith('expected a decimal string');
      return { ok: false, error: new CoreError(amount ? 'INVALID_AMOUNT' : 'INVALID_INPUT', issue.message, zodIssuePath(path)) };
    }
    return { ok: true, value: post(r.data) };
  } catch (e) {
    if (e instanceof CoreError) return { ok: false, error: e };
    throw e;
  }
}
