import { expect } from 'vitest';
import fixture from '../../fixtures/platform/settlement-output.json' with { type: 'json' };

const fen = (x: number) => Math.round(x * 100);

/** Asserts the §5.7 identities 1–5 (to the fen) and the §4.9 field set of a settlement output. */
export function expectSettlementShape(output: { setlinfo: Record<string, number | string | null>; setldetail: Record<string, unknown>[] }): void {
  const s = output.setlinfo as Record<string, number>;
  for (const f of fixture.setlinfoFields) expect(s, f).toHaveProperty(f);
  for (const f of fixture.amountFields) expect(typeof s[f], f).toBe('number');
  for (const row of output.setldetail) expect(Object.keys(row).sort()).toEqual([...fixture.setldetailFields].sort());
  expect(fen(s.inscp_scp_amt!)).toBe(fen(s.medfee_sumamt!) - fen(s.fulamt_ownpay_amt!) - fen(s.overlmt_selfpay!) - fen(s.preselfpay_amt!));
  expect(fen(s.medfee_sumamt!)).toBe(fen(s.fund_pay_sumamt!) + fen(s.psn_part_amt!) + fen(s.hosp_part_amt!));
  expect(fen(s.psn_part_amt!)).toBe(fen(s.acct_pay!) + fen(s.psn_cash_pay!) + fen(s.acct_mulaid_pay!));
  expect(fen(s.fund_pay_sumamt!)).toBe(['hifp_pay', 'cvlserv_pay', 'hifes_pay', 'hifmi_pay', 'hifob_pay', 'maf_pay', 'oth_pay'].reduce((a, k) => a + fen(s[k]!), 0));
  expect(output.setldetail.reduce((a, r) => a + fen(r.fund_payamt as number), 0)).toBe(fen(s.fund_pay_sumamt!) + fen(s.acct_pay!) + fen(s.hosp_part_amt!));
}
