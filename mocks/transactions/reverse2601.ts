import * as z from 'zod/mini';
import { str } from '../envelope/fields.ts';
import { fail } from '../envelope/mockErrors.ts';
import type { TxDef } from '../platform/types.ts';
import { reapplySettlement, undoSettlement } from '../settlement/settlementEngine.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

/** Reversible originals (platform-api §5.3); 2102/2103 are the mock's extension of behaviour. */
export const REVERSIBLE = ['2207', '2207A', '2208', '2304', '2305', '2401', '2102', '2103'];

/**
 * 【2601】冲正交易: undoes the state change of (omsgid, oinfno) of the same institution.
 * Unknown original → MOCK-E060 (or a no-op with `reverseUnknown: 'noop'`); a second 2601, a
 * failed or non-reversible original → MOCK-E061.
 */
export const reverse2601: TxDef = {
  infno: '2601', name: '冲正交易', signIn: true,
  schema: z.looseObject({ data: z.looseObject({ psn_no: str(30), omsgid: str(30), oinfno: z.string().check(z.minLength(4), z.maxLength(6)) }) }),
  run(ctx, input: { data: { psn_no: string; omsgid: string; oinfno: string } }) {
    const d = input.data;
    const msg = ctx.state.messages.get(`${ctx.env.fixmedins_code}|${d.omsgid}`);
    if (!msg || msg.infno !== d.oinfno) {
      if (ctx.options.reverseUnknown === 'noop') return { output: {} };
      fail('MOCK-E060', 'omsgid');
    }
    if (!REVERSIBLE.includes(d.oinfno)) fail('MOCK-E061', `oinfno ${safeDetail(d.oinfno, 6)}`);
    if (msg.reversed) fail('MOCK-E061', '已冲正');
    const effect = msg.effect;
    if (!effect) fail('MOCK-E061', '原交易未成功，无需冲正');
    if (effect.kind === 'SETTLE') {
      const rec = ctx.state.settlements.get(effect.setl_id)!;
      if (rec.psn_no !== d.psn_no) fail('MOCK-E060', 'psn_no');
      if (rec.status !== 'ACTIVE') fail('MOCK-E061', '结算已撤销');
      undoSettlement(ctx, rec, 'REVERSED');
    } else if (effect.kind === 'REVOKE') {
      const rec = ctx.state.settlements.get(effect.setl_id)!;
      if (rec.psn_no !== d.psn_no) fail('MOCK-E060', 'psn_no');
      reapplySettlement(ctx, rec);
    } else {
      const v = ctx.state.visits.get(effect.mdtrt_id)!;
      if (v.psn_no !== d.psn_no) fail('MOCK-E060', 'psn_no');
      if ([...v.fees.values()].some((f) => f.settledBy !== null)) fail('MOCK-E061', '住院已结算');
      v.status = 'CANCELLED';
    }
    msg.reversed = true;
    return { output: {} };
  },
};
