import { listPolicyPacks } from '../index.ts';
import { EXIT, type CliIo } from './CliIo.ts';
import { textTable } from './textTable.ts';

/** `yibao policies [--json]`: the shipped policy packs, without loading any. */
export function runPolicies(opts: { json: boolean }, io: CliIo): number {
  const packs = listPolicyPacks();
  if (opts.json) {
    io.out(JSON.stringify(packs, null, 2));
    return EXIT.OK;
  }
  io.out(
    textTable([
      ['id', 'insutype', 'status', 'pool', 'from', 'name'],
      ...packs.map((p) => [p.id, p.insutype, p.status, p.poolAdmdvs ?? '-', p.effectiveFrom, p.name]),
    ]),
  );
  return EXIT.OK;
}
