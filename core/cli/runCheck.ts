import { checkDirectSettlement } from '../index.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { EXIT } from './exitCodes.ts';
import { localizeVerdict } from './localizeVerdict.ts';
import { readCase } from './readCase.ts';
import { resolvePolicy } from './resolvePolicy.ts';
import { throwIfInputError } from './throwIfInputError.ts';

/**
 * `yibao check CASE.json [--lang zh|en]`: prints the S-0 verdict as JSON (hint in one language).
 * @returns EXIT.OK when the claim settles directly, EXIT.NOT_DIRECT when the verdict blocks it.
 */
export async function runCheck(file: string, opts: { lang: Lang }, io: CliIo): Promise<number> {
  const c = await readCase(file);
  const policy = await resolvePolicy(c.policy);
  const verdict = checkDirectSettlement({ person: c.person, claim: c.claim, policy });
  throwIfInputError(verdict, c.claim);
  io.out(JSON.stringify(localizeVerdict(verdict, opts.lang), null, 2));
  return verdict.settles ? EXIT.OK : EXIT.NOT_DIRECT;
}
