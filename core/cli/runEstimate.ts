import { estimateSettlement } from '../index.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { EXIT } from './exitCodes.ts';
import { localizeUnknown } from './localizeUnknown.ts';
import { localizeVerdict } from './localizeVerdict.ts';
import { readCase } from './readCase.ts';
import { resolvePolicy } from './resolvePolicy.ts';
import { settlementJson } from './settlementJson.ts';
import { throwIfInputError } from './throwIfInputError.ts';

/**
 * `yibao estimate CASE.json [--lang zh|en]`: the range for partly unknown inputs (a missing ytd
 * is unknown here): verdict, best and worst settlement, what was unknown (`unknowns` as the core
 * gives them, `notes` in the language asked for).
 * @returns EXIT.OK, or EXIT.NOT_DIRECT when the verdict blocks direct settlement.
 */
export async function runEstimate(file: string, opts: { lang: Lang }, io: CliIo): Promise<number> {
  const c = await readCase(file);
  const policy = await resolvePolicy(c.policy);
  const e = estimateSettlement({ person: c.person, claim: c.claim, ytd: c.ytd, policy });
  throwIfInputError(e.verdict, c.claim);
  io.out(
    JSON.stringify(
      {
        verdict: localizeVerdict(e.verdict, opts.lang),
        unknowns: e.unknowns,
        notes: e.unknowns.map((u) => localizeUnknown(u, opts.lang)),
        best: e.best && settlementJson(e.best),
        worst: e.worst && settlementJson(e.worst),
      },
      null,
      2,
    ),
  );
  return e.verdict.settles ? EXIT.OK : EXIT.NOT_DIRECT;
}
