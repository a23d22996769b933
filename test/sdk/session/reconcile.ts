/**
 * Test support: the SDK's own record (attempts in IndexedDB → ledgerOf) against the platform —
 * 3201 per group (stmt_rslt 0 = 平) and the mock's ledger rows, to the fen.
 */
import { Dec } from '../../../core/index.ts';
import type { MockPlatform } from '../../../mocks/platform/MockPlatform.ts';
import { openAttemptStore } from '../../../sdk/store/openAttemptStore.ts';
import { ledgerOf } from '../../../sdk/store/ledgerOf.ts';
import type { LedgerTotal } from '../../../sdk/store/ledgerOf.ts';
import { createPlatformClient } from '../../../sdk/transport/createPlatformClient.ts';
import type { SessionConfig } from '../../../sdk/session/types.ts';

export interface Reconciliation {
  sdk: LedgerTotal[];
  /** The mock's ledger rows of this institution, summed the same way. */
  platform: LedgerTotal[];
  /** 3201 answers per SDK group. */
  stmt: { group: string; stmt_rslt: string; dscr: string }[];
  pending: number;
}

const key = (t: { insutype: string; clr_type: string; setl_optins: string }) => `${t.insutype}|${t.clr_type}|${t.setl_optins}`;

export function platformTotals(platform: MockPlatform, code: string): LedgerTotal[] {
  const g = new Map<string, { t: LedgerTotal; m: Dec; f: Dec; a: Dec }>();
  for (const e of platform.state.ledger) {
    if (e.fixmedins_code !== code) continue;
    const k = key(e);
    const x = g.get(k) ?? { t: { insutype: e.insutype, clr_type: e.clr_type, setl_optins: e.setl_optins, medfee_sumamt: '', fund_pay_sumamt: '', acct_pay: '', fixmedins_setl_cnt: 0 }, m: new Dec(0), f: new Dec(0), a: new Dec(0) };
    x.m = x.m.plus(e.medfee_sumamt);
    x.f = x.f.plus(e.fund_pay_sumamt);
    x.a = x.a.plus(e.acct_pay);
    x.t.fixmedins_setl_cnt += 1;
    g.set(k, x);
  }
  return [...g.values()].map((x) => ({ ...x.t, medfee_sumamt: x.m.toFixed(2), fund_pay_sumamt: x.f.toFixed(2), acct_pay: x.a.toFixed(2) })).sort((a, b) => key(a).localeCompare(key(b)));
}

/** Reconciles one institution: reads the SDK store `dbName`, asks 3201 for each group. */
export async function reconcile(platform: MockPlatform, cfg: SessionConfig, dbName: string, date: string): Promise<Reconciliation> {
  const store = await openAttemptStore(dbName);
  const attempts = await store.all();
  store.close();
  const sdk = ledgerOf(attempts, `${cfg.mdtrtarea_admvs.slice(0, 4)}99`).sort((a, b) => key(a).localeCompare(key(b)));
  const client = createPlatformClient(cfg);
  const stmt: Reconciliation['stmt'] = [];
  for (const t of sdk) {
    const r = await client.call('3201', {
      data: {
        insutype: t.insutype, clr_type: t.clr_type, setl_optins: t.setl_optins, stmt_begndate: date, stmt_enddate: date,
        medfee_sumamt: Number(t.medfee_sumamt), fund_pay_sumamt: Number(t.fund_pay_sumamt), acct_pay: Number(t.acct_pay), fixmedins_setl_cnt: t.fixmedins_setl_cnt,
      },
    });
    const info = r.ok ? (r.output.stmtinfo as { stmt_rslt: string; stmt_rslt_dscr: string }) : { stmt_rslt: 'ERR', stmt_rslt_dscr: r.error.message };
    stmt.push({ group: key(t), stmt_rslt: info.stmt_rslt, dscr: info.stmt_rslt_dscr });
  }
  return { sdk, platform: platformTotals(platform, cfg.fixmedins_code), stmt, pending: attempts.filter((a) => a.status === 'pending').length };
}

/** The platform's settlements by the msgid that made them: ACTIVE / REVOKED (charged, maybe refunded) or REVERSED (2601). */
export function settlementsByMsgid(platform: MockPlatform, code: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const s of platform.state.settlements.values()) if (s.fixmedins_code === code) m.set(s.msgid, s.status);
  return m;
}
