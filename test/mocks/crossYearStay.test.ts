import { beforeAll, describe, expect, it } from 'vitest';
import { persona, signedClient, useMockPlatform } from './support/mockEnv.ts';
import { prepareInpatient, setFlowClock } from './support/flows.ts';

let clock = Date.parse('2026-01-05T10:00:00+08:00');
const { platform } = useMockPlatform({ now: () => clock++ });
beforeAll(() => setFlowClock(() => clock));

async function settleStay(key: string) {
  const c = await signedClient();
  const p = persona(platform, key);
  const prep = await prepareInpatient(c, p);
  if (!prep.settleInput) throw new Error(`${key}: ${(prep.failed ?? prep.pre).body.err_msg}`);
  const s = await c.call('2304', prep.settleInput, { insuplc: p.insuplc });
  expect(s.body.err_msg).toBeNull();
  return s.body.output.setlinfo as Record<string, number>;
}

describe('2304 住院结算 across the year end (DF-6, E-1)', () => {
  it('keeps a stay discharged in the new year in the new year\'s accumulators, so the next stay is the second', async () => {
    // 内蒙古 pack: 起付 1,200 for the first stay of the year, 600 for later ones.
    const first = await settleStay('retiree-relocated'); // admitted 2025-12-30, discharged 2026-01-04
    expect(first.act_pay_dedc).toBe(1200);
    clock = Date.parse('2026-01-25T10:00:00+08:00');
    const second = await settleStay('retiree-relocated'); // admitted 2026-01-19
    expect(second.act_pay_dedc).toBe(600);
    const years = [...platform.state.ytd.keys()].filter((k) => k.startsWith(persona(platform, 'retiree-relocated').psn_no));
    expect(years.map((k) => k.split('|')[2])).toEqual(['2026-01-01']);
  });
});
