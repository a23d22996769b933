import { describe, expect, it } from 'vitest';
import { Dec, reverseSettlement, settle, toWireSettlement } from '../../../core/index.ts';
import { thrown } from '../filing/thrown.ts';
import { packWith } from '../settle/fixtures.ts';
import { employee, inpatient, line, year2025 } from '../settle/scenarioBuilder.ts';

const syn310 = packWith('synthetic-310-examples');
const settled = () => settle({ person: employee(), claim: inpatient([line('20000.00')]), ytd: year2025(), policy: syn310 }).settlement!;

describe('settle (API edges)', () => {
  it.each([['a string', '5000.00'], ['a number', 5000]])('refuses %s amount with INVALID_AMOUNT at the line, never a TypeError', (_k, amount) => {
    const claim = inpatient([{ ...line('1'), amount: amount as unknown as Dec }]);
    const e = thrown(() => settle({ person: employee(), claim, ytd: year2025(), policy: syn310 }));
    expect([e.code, e.path]).toEqual(['INVALID_AMOUNT', 'claim.lines[0].amount']);
    expect(e.message).toContain('new Dec');
  });
  it('refuses a missing ytd, a string balance and a non-object input by path', () => {
    expect(thrown(() => settle({ person: employee(), claim: inpatient([line('1')]), policy: syn310 } as never)).path).toBe('ytd');
    expect(thrown(() => settle({ person: employee({ acctBalance: '1' as never }), claim: inpatient([line('1')]), ytd: year2025(), policy: syn310 })).path)
      .toBe('person.acctBalance');
    expect(thrown(() => settle(null as never)).code).toBe('INVALID_INPUT');
  });
  it('refuses a hand-made pack with a text ratio only if it is not a valid pack; a valid hand-made pack settles like the loaded one', () => {
    const copy = JSON.parse(JSON.stringify(syn310)) as Record<string, unknown>;
    const a = settle({ person: employee(), claim: inpatient([line('20000.00')]), ytd: year2025(), policy: copy as never }).settlement!;
    expect(a.amounts.hifpPay.toFixed(2)).toBe(settled().amounts.hifpPay.toFixed(2));
    const broken = { ...copy, crossProvince: 'x' };
    expect(thrown(() => settle({ person: employee(), claim: inpatient([line('1')]), ytd: year2025(), policy: broken as never })).code).toBe('POLICY_INVALID');
  });
});

describe('reverseSettlement (API edges)', () => {
  it('refuses a settlement read back from JSON with what to do, never x.negated is not a function', () => {
    const s = settled();
    const back = JSON.parse(JSON.stringify(s));
    const e = thrown(() => reverseSettlement(back, s.ytdAfter));
    expect([e.code, e.path]).toEqual(['INVALID_INPUT', 'original.amounts']);
    expect(e.message).toContain('parseStoredSettlement');
  });
});

describe('toWireSettlement (API edges)', () => {
  it('refuses a settlement whose fund row lost its amount', () => {
    const s = settled();
    const e = thrown(() => toWireSettlement({ ...s, funds: [{ ...s.funds[0]!, fundPayamt: undefined as never }] }));
    expect([e.code, e.path]).toEqual(['INVALID_AMOUNT', 'settlement.funds[0].fundPayamt']);
  });
});
