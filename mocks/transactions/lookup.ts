import { fail } from '../envelope/mockErrors.ts';
import type { InsuRow, Persona } from '../data/personas.ts';
import type { TxContext } from '../platform/types.ts';
import type { SettlementRecord, VisitRecord } from '../state/MockState.ts';
import { safeDetail } from '../envelope/safeDetail.ts';

/** The persona with this psn_no, or MOCK-E020. */
export function personaOrFail(ctx: TxContext, psnNo: string): Persona {
  return ctx.state.byPsnNo.get(psnNo) ?? fail('MOCK-E020', 'psn_no');
}

/**
 * The `insuinfo` row for `insutype`; the envelope's `insuplc_admdvs` must be given (MOCK-E022)
 * and name that row's 参保地 (else MOCK-E023).
 */
export function insuRowOrFail(ctx: TxContext, persona: Persona, insutype: string): InsuRow {
  const insuplc = ctx.env.insuplc_admdvs;
  if (!insuplc) fail('MOCK-E022');
  const row = persona.insuinfo.find((r) => r.insutype === insutype);
  if (!row) fail('MOCK-E023', `insutype ${safeDetail(insutype, 6)}`);
  if (row.insuplc_admdvs !== insuplc) fail('MOCK-E023', `insuplc_admdvs ${insuplc}`);
  return row;
}

/** The visit, checked against psn_no and the institution, or MOCK-E040. */
export function visitOrFail(ctx: TxContext, mdtrtId: string, psnNo: string): VisitRecord {
  const v = ctx.state.visits.get(mdtrtId);
  if (!v || v.psn_no !== psnNo || v.fixmedins_code !== ctx.env.fixmedins_code) fail('MOCK-E040', 'mdtrt_id');
  return v;
}

/** The settlement, checked against mdtrt_id / psn_no / institution, or MOCK-E040. */
export function settlementOrFail(ctx: TxContext, setlId: string, mdtrtId: string, psnNo: string): SettlementRecord {
  const s = ctx.state.settlements.get(setlId);
  if (!s || s.mdtrt_id !== mdtrtId || s.psn_no !== psnNo || s.fixmedins_code !== ctx.env.fixmedins_code) fail('MOCK-E040', 'setl_id');
  return s;
}
