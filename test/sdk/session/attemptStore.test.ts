import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Attempt } from '../../../sdk/store/Attempt.ts';
import { ledgerOf } from '../../../sdk/store/ledgerOf.ts';
import { openAttemptStore } from '../../../sdk/store/openAttemptStore.ts';

let n = 0;
const attempt = (o: Partial<Attempt>): Attempt => ({
  msgid: `M${++n}`, infno: '2102', kind: 'settle', status: 'pending', body: '{}', fixmedins_code: 'P1', opter: 'OP1', psn_no: 'X',
  insuplc: '341102', group: { insutype: '310', clr_type: '41' }, medfee_sumamt: '10', createdAt: `2026-06-15T00:00:0${n % 10}Z`, updatedAt: '', ...o,
});
const row = (m: string, f: string, a: string) => ({ insutype: '310', clr_type: '41', setl_optins: '310199', medfee_sumamt: m, fund_pay_sumamt: f, acct_pay: a });

describe('openAttemptStore', () => {
  it('lists pending attempts of one institution, oldest first, and keeps sign-ins in meta', async () => {
    const s = await openAttemptStore('store-test-1');
    await s.put(attempt({ msgid: 'B', createdAt: '2026-06-15T00:00:02Z' }));
    await s.put(attempt({ msgid: 'A', createdAt: '2026-06-15T00:00:01Z' }));
    await s.put(attempt({ msgid: 'C', status: 'done' }));
    await s.put(attempt({ msgid: 'D', fixmedins_code: 'P2' }));
    expect((await s.pending('P1')).map((a) => a.msgid)).toEqual(['A', 'B']);
    await s.setMeta('sign|P1|OP1|2026-06-15', 'S1');
    expect(await s.getMeta('sign|P1|OP1|2026-06-15')).toBe('S1');
    s.close();
    const again = await openAttemptStore('store-test-1');
    expect((await again.get('A'))?.status).toBe('pending');
    again.close();
  });
});

describe('ledgerOf', () => {
  it('sums done settlements and revokes per 3201 group, to the fen, with a row count', () => {
    const t = ledgerOf([
      attempt({ status: 'done', row: row('58.80', '0.00', '58.80') }),
      attempt({ status: 'done', row: row('0.10', '0.00', '0.10') }),
      attempt({ status: 'done', kind: 'revoke', infno: '2103', row: row('-0.10', '0', '-0.10') }),
      attempt({ status: 'failed' }),
      attempt({ status: 'pending' }),
    ]);
    expect(t).toEqual([{ ...row('58.80', '0.00', '58.80'), fixmedins_setl_cnt: 3 }]);
  });

  it('counts a reversed attempt as two rows that cancel, in its group (or the pool code when never seen)', () => {
    expect(ledgerOf([attempt({ status: 'reversed' })], '310199')).toEqual([{ ...row('0.00', '0.00', '0.00'), fixmedins_setl_cnt: 2 }]);
    const t = ledgerOf([attempt({ status: 'done', row: { ...row('1', '0', '1'), setl_optins: '310100' } }), attempt({ status: 'reversed' })], '310199');
    expect(t).toEqual([{ ...row('1.00', '0.00', '1.00'), setl_optins: '310100', fixmedins_setl_cnt: 3 }]);
  });
});
