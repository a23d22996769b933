import { settle } from '../index.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { CLI_TEXTS } from './cliTexts.ts';
import { EXIT } from './exitCodes.ts';
import { formatExplain } from './formatExplain.ts';
import { localizeVerdict } from './localizeVerdict.ts';
import { readCase } from './readCase.ts';
import { resolvePolicy } from './resolvePolicy.ts';
import { rulesReference } from './rulesReference.ts';
import { settlementJson } from './settlementJson.ts';
import { throwIfInputError } from './throwIfInputError.ts';
import { ytdForSettle } from './ytdForSettle.ts';

/**
 * `yibao settle CASE.json [--explain] [--lang zh|en]`: settles the case and prints the verdict with
 * the wire setlinfo / setldetail / result lines and ytdAfter as JSON, or the explained waterfall
 * ending with a pointer to the rules reference.
 * @returns EXIT.OK, or EXIT.NOT_DIRECT when the verdict blocks direct settlement.
 */
export async function runSettle(file: string, opts: { explain: boolean; lang: Lang }, io: CliIo): Promise<number> {
  const t = CLI_TEXTS[opts.lang];
  const c = await readCase(file);
  const policy = await resolvePolicy(c.policy);
  const { ytd, assumed } = ytdForSettle(c.ytd, c.claim, policy);
  const { verdict, settlement } = settle({ person: c.person, claim: c.claim, ytd, policy });
  throwIfInputError(verdict, c.claim);
  const shownVerdict = localizeVerdict(verdict, opts.lang);
  const pointer = `\n\n${t.rulesPointer(rulesReference())}`;
  if (!settlement) {
    const rules = [verdict.check, ...verdict.rules].filter(Boolean).join(' ');
    io.out(
      opts.explain
        ? `${t.verdictNotDirect(verdict.code, rules)}\n${shownVerdict.hint}${pointer}`
        : JSON.stringify({ verdict: shownVerdict, settlement: null }, null, 2),
    );
    return EXIT.NOT_DIRECT;
  }
  if (assumed) io.err(`${t.prefix}: ${t.noYtd(ytd.insuranceYearStart)}`);
  io.out(
    opts.explain
      ? `${formatExplain(settlement, verdict, policy, opts.lang)}${pointer}`
      : JSON.stringify({ verdict: shownVerdict, ...settlementJson(settlement) }, null, 2),
  );
  return EXIT.OK;
}
