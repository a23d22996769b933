import { listPolicyPacks } from '../index.ts';
import type { CliIo, Lang } from './CliIo.ts';
import { CLI_TEXTS } from './cliTexts.ts';
import { EXIT } from './exitCodes.ts';
import { textTable } from './textTable.ts';

/** `yibao policies [--json] [--lang zh|en]`: the shipped policy packs, without loading any. */
export function runPolicies(opts: { json: boolean; lang: Lang }, io: CliIo): number {
  const packs = listPolicyPacks();
  if (opts.json) {
    io.out(JSON.stringify(packs, null, 2));
    return EXIT.OK;
  }
  io.out(
    textTable([
      CLI_TEXTS[opts.lang].policiesHead,
      ...packs.map((p) => [p.id, p.insutype, p.status, p.poolAdmdvs ?? '-', p.effectiveFrom, p.name]),
    ]),
  );
  return EXIT.OK;
}
