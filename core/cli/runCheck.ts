import { checkDirectSettlement } from '../index.ts';
import { EXIT, type CliIo, type Lang } from './CliIo.ts';
import { localizeVerdict } from './localizeVerdict.ts';
import { readCase } from './readCase.ts';
import { resolvePolicy } from './resolvePolicy.ts';

/** `yibao check CASE.json [--lang zh|en]`: prints the S-0 verdict as JSON (hint in one language). */
export async function runCheck(file: string, opts: { lang: Lang }, io: CliIo): Promise<number> {
  const c = await readCase(file);
  const policy = await resolvePolicy(c.policy);
  const verdict = checkDirectSettlement({ person: c.person, claim: c.claim, policy });
  io.out(JSON.stringify(localizeVerdict(verdict, opts.lang), null, 2));
  return EXIT.OK;
}
