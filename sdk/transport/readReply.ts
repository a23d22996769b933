import * as z from 'zod/mini';
import type { SdkError } from '../session/types.ts';
import { platformError, sdkError } from './sdkError.ts';

const replySchema = z.looseObject({
  infcode: z.union([z.number(), z.string()]),
  err_msg: z.optional(z.nullable(z.string())),
  output: z.optional(z.unknown()),
});

/** A platform reply read: success with its `output`, a refusal (`infcode` ≠ 0), or unreadable. */
export type ReadReply =
  | { ok: true; output: Record<string, unknown> }
  | { ok: false; error: SdkError; unreadable: boolean };

/** Reads a response envelope (platform-api §2.2): `infcode` as number or string, `output` an object. */
export function readReply(infno: string, reply: unknown): ReadReply {
  const r = replySchema.safeParse(reply);
  if (!r.success) return { ok: false, unreadable: true, error: sdkError('BAD_REPLY', true, `${infno}: the reply has no infcode`, { infno }) };
  if (String(r.data.infcode) !== '0') return { ok: false, unreadable: false, error: platformError(infno, r.data.err_msg) };
  const out = r.data.output;
  return { ok: true, output: out !== null && typeof out === 'object' && !Array.isArray(out) ? (out as Record<string, unknown>) : {} };
}
