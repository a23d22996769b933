import { settle } from '../index.ts';
import { EXIT, type CliIo, type Lang } from './CliIo.ts';
import { formatExplain } from './formatExplain.ts';
import { localizeVerdict } from './localizeVerdict.ts';
import { readCase } from './readCase.ts';
import { resolvePolicy } from './resolvePolicy.ts';
import { settlementJson } from './settlementJson.ts';
import { ytdForSettle } from './ytdForSettle.ts';

/**
 * `yibao settle CASE.json [--explain] [--lang zh|en]`: settles the case and prints the verdict with
 * the wire setlinfo / setldetail / result lines and ytdAfter as JSON, or the explained waterfall.
 * @returns EXIT.OK, or EXIT.NOT_SETTLED when the verdict blocks direct settlement.
 */
export async function runSettle(file: string, opts: { explain: boolean; lang: Lang }, io: CliIo): Promise<number> {
  const c = await readCase(file);
  const policy = await resolvePolicy(c.policy);
  const { ytd, assumed } = ytdForSettle(c.ytd, c.claim, policy);
  if (assumed) {
    io.err(
      opts.lang === 'zh'
        ? `yibao: 提示：未提供 ytd，按 ${ytd.insuranceYearStart} 起的保险年度内首笔结算计算`
        : `yibao: note: no ytd given; settled as the first claim of the insurance year from ${ytd.insuranceYearStart}`,
    );
  }
  const { verdict, settlement } = settle({ person: c.person, claim: c.claim, ytd, policy });
  const shownVerdict = localizeVerdict(verdict, opts.lang);
  if (!settlement) {
    io.out(opts.explain ? `${verdict.code}: ${shownVerdict.hint}` : JSON.stringify({ verdict: shownVerdict, settlement: null }, null, 2));
    return EXIT.NOT_SETTLED;
  }
  io.out(
    opts.explain
      ? formatExplain(settlement, verdict, policy, opts.lang)
      : JSON.stringify({ verdict: shownVerdict, ...settlementJson(settlement) }, null, 2),
  );
  return EXIT.OK;
}
