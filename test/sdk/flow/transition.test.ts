import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../core/index.ts';
import { canStart, initialState, transition } from '../../../sdk/flow/transition.ts';
import type { FlowEvent } from '../../../sdk/flow/transition.ts';
import type { IdentifiedPerson, PlatformSettlement, SessionState, Settled } from '../../../sdk/session/types.ts';
import { sdkError } from '../../../sdk/transport/sdkError.ts';

const person: IdentifiedPerson = {
  maskedCertNo: '3411**********0012', maskedName: '测*', certType: '01', age: 42, chosen: 0,
  insurance: [{ insutype: '310', insuplc_admdvs: '341102', psn_insu_stas: '1', psn_type: '1101', balc: '800' }],
};
const verdict = (settles: boolean): Verdict => ({
  code: settles ? 'DIRECT' : 'NOT_FILED', check: settles ? null : 'D-6', rules: ['R-2'], settles, reductionPoints: null,
  twoWayBenefit: false, warnings: [], hint: { zh: '提示', en: 'hint' },
});
const pre: PlatformSettlement = { infno: '2101', msgid: 'M1', setlinfo: { medfee_sumamt: '25' }, setldetail: [], lines: [] };
const settled: Settled = { ...pre, infno: '2102', msgid: 'M2', setl_id: 'S1', mdtrt_id: 'D1' };
const attempt = { msgid: 'M2', infno: '2102', medfee_sumamt: '25', unclear: false };
const err = sdkError('NETWORK', true, 'down');

/** Runs events from idle; each must change the state. */
function run(...events: FlowEvent[]): SessionState {
  return events.reduce((s, e) => {
    const next = transition(s, e);
    expect(next, `event ${e.type} from ${s.status}/${s.busy}`).not.toBe(s);
    return next;
  }, initialState);
}
const toVerdict = (settles = true): FlowEvent[] => [{ type: 'BEGIN', command: 'identify' }, { type: 'IDENTIFIED', person }, { type: 'VERDICT', verdict: verdict(settles) }];
const toPre: FlowEvent[] = [...toVerdict(), { type: 'BEGIN', command: 'presettle' }, { type: 'PRESETTLED', preSettlement: pre }];
const toSettling: FlowEvent[] = [...toPre, { type: 'BEGIN', command: 'confirm' }, { type: 'SENDING', attempt }];
const toSettled: FlowEvent[] = [...toSettling, { type: 'SETTLED', settlement: settled }];

describe('transition', () => {
  it('walks idle → identified → verdict → pre-settled → settling → settled', () => {
    const states = [...toSettled].reduce<SessionState[]>((acc, e) => [...acc, transition(acc.at(-1)!, e)], [initialState]);
    expect([...new Set(states.map((s) => s.status))]).toEqual(['idle', 'identified', 'verdict', 'pre-settled', 'settling', 'settled']);
    expect(states.at(-1)).toMatchObject({ status: 'settled', busy: null, settlement: { setl_id: 'S1' }, recovered: false, revoking: null });
  });

  it('ignores a second confirm while settling (a double click sends nothing)', () => {
    const s = run(...toSettling);
    expect(transition(s, { type: 'BEGIN', command: 'confirm' })).toBe(s);
    expect(transition(s, { type: 'SENDING', attempt: { ...attempt, msgid: 'M3' } })).toBe(s);
  });

  it('ignores a rescan of the same code once identified (sameIdentity)', () => {
    for (const events of [toVerdict(), toPre, toSettled]) {
      const s = run(...events);
      expect(transition(s, { type: 'BEGIN', command: 'identify', sameIdentity: true })).toBe(s);
    }
  });

  it('retries the same code when the verdict could not be computed (identified with an error)', () => {
    const s = run({ type: 'BEGIN', command: 'identify' }, { type: 'IDENTIFIED', person }, { type: 'FAIL', error: err });
    expect(s).toMatchObject({ status: 'identified', busy: null });
    expect(transition(s, { type: 'BEGIN', command: 'identify', sameIdentity: true })).toMatchObject({ busy: 'identify' });
  });

  it('drops the previous patient when a new code cannot be identified', () => {
    expect(run(...toPre, { type: 'BEGIN', command: 'identify' }, { type: 'IDENTIFY_FAILED', error: err })).toEqual({ status: 'idle', busy: null, error: err });
  });

  it('accepts a new code after a settlement (the next patient)', () => {
    expect(transition(run(...toSettled), { type: 'BEGIN', command: 'identify' })).toMatchObject({ status: 'settled', busy: 'identify' });
  });

  it('keeps an unclear settlement until it is resolved: no reset, no identify, no presettle', () => {
    const s = run(...toSettling, { type: 'UNCLEAR', error: err });
    expect(s).toMatchObject({ status: 'settling', busy: null, attempt: { unclear: true } });
    expect(transition(s, { type: 'RESET' })).toBe(s);
    for (const c of ['identify', 'presettle', 'confirm', 'recover'] as const) expect(canStart(s, c)).toBe(false);
    expect(canStart(s, 'resolve')).toBe(true);
    expect(canStart(s, 'cancel')).toBe(true);
  });

  it('ends a settlement that did not take effect in failed with charged false, retryable by confirm', () => {
    const s = run(...toSettling, { type: 'NOT_CHARGED', error: err });
    expect(s).toMatchObject({ status: 'failed', charged: false, preSettlement: pre, error: { code: 'NETWORK' } });
    expect(canStart(s, 'confirm')).toBe(true);
    expect(canStart({ ...s, error: sdkError('PLATFORM_REJECTED', false, 'no') } as SessionState, 'confirm')).toBe(false);
  });

  it('ends a 2601-reversed settlement in reversed (how reversal)', () => {
    expect(run(...toSettling, { type: 'UNCLEAR', error: err }, { type: 'BEGIN', command: 'cancel' }, { type: 'REVERSED', how: 'reversal', settlement: null, reversal: null }))
      .toMatchObject({ status: 'reversed', how: 'reversal' });
  });

  it('revokes a settlement: settled(revoking) → reversed (how revoke)', () => {
    const s = run(...toSettled, { type: 'BEGIN', command: 'cancel' }, { type: 'SENDING', attempt: { ...attempt, msgid: 'M4', infno: '2103' } });
    expect(s).toMatchObject({ status: 'settled', revoking: { infno: '2103' } });
    expect(transition(s, { type: 'RESET' })).toBe(s);
    expect(transition(s, { type: 'REVERSED', how: 'revoke', settlement: settled, reversal: pre })).toMatchObject({ status: 'reversed', how: 'revoke', settlement: { setl_id: 'S1' } });
  });

  it('returns to settled when a revoke does not take effect', () => {
    const s = run(...toSettled, { type: 'BEGIN', command: 'cancel' }, { type: 'SENDING', attempt }, { type: 'REVOKE_FAILED', error: err });
    expect(s).toMatchObject({ status: 'settled', revoking: null, error: { code: 'NETWORK' } });
  });

  it('keeps the state and shows the error when a command fails clearly', () => {
    const s = run(...toVerdict(), { type: 'BEGIN', command: 'presettle' }, { type: 'FAIL', error: err });
    expect(s).toMatchObject({ status: 'verdict', busy: null, error: { code: 'NETWORK' } });
  });

  it('refuses to pre-settle when the verdict does not settle (R-12, D-6)', () => {
    const s = run(...toVerdict(false));
    expect(canStart(s, 'presettle')).toBe(false);
    expect(transition(s, { type: 'BEGIN', command: 'presettle' })).toBe(s);
  });

  it('recovers an attempt from an earlier page into settling, then its outcome with recovered true', () => {
    const s = run({ type: 'BEGIN', command: 'recover' }, { type: 'RECOVERING', attempt }, { type: 'SETTLED', settlement: settled, recovered: true });
    expect(s).toMatchObject({ status: 'settled', recovered: true, person: null });
  });

  it('goes back to idle on cancel before settling and on reset after', () => {
    expect(run(...toPre, { type: 'BEGIN', command: 'cancel' }, { type: 'CANCELLED' })).toBe(initialState);
    expect(run(...toSettled, { type: 'RESET' })).toBe(initialState);
  });

  it('ignores outcome events outside settling', () => {
    const s = run(...toPre);
    for (const e of [{ type: 'SETTLED', settlement: settled }, { type: 'UNCLEAR', error: err }, { type: 'NOT_CHARGED', error: err }] as FlowEvent[]) {
      expect(transition(s, e)).toBe(s);
    }
  });
});
