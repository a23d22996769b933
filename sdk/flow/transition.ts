/**
 * The checkout flow as a pure state machine: idle → identified → verdict → pre-settled →
 * settling → settled | reversed | failed. No DOM, no storage, no network, no clock: the session
 * feeds it events and runs the effects. An event that does not apply returns the SAME state
 * object, which is how double clicks, rescans and Enter held down become no-ops.
 */
import type { Verdict } from '../../core/index.ts';
import type { AttemptInfo, Command, IdentifiedPerson, PlatformSettlement, SdkError, SessionState, Settled } from '../session/types.ts';

export type FlowEvent =
  /** A command starts; `sameIdentity`: identify with the code already identified. */
  | { type: 'BEGIN'; command: Command; sameIdentity?: boolean }
  /** The running command ended with a clear failure: state kept, error shown. */
  | { type: 'FAIL'; error: SdkError }
  | { type: 'IDENTIFIED'; person: IdentifiedPerson }
  /** The code could not be identified: the previous patient is no longer on screen. */
  | { type: 'IDENTIFY_FAILED'; error: SdkError }
  | { type: 'VERDICT'; verdict: Verdict }
  | { type: 'PRESETTLED'; preSettlement: PlatformSettlement }
  /** The settlement (confirm) or the revoke (cancel after settling) is stored and about to be sent. */
  | { type: 'SENDING'; attempt: AttemptInfo }
  /** No clear answer: the attempt stays, being resolved; nothing else may start. */
  | { type: 'UNCLEAR'; error: SdkError }
  | { type: 'SETTLED'; settlement: Settled; recovered?: boolean }
  | { type: 'REVERSED'; how: 'revoke' | 'reversal'; settlement: Settled | null; reversal: PlatformSettlement | null; recovered?: boolean }
  /** The attempt did not take effect: nothing was charged. */
  | { type: 'NOT_CHARGED'; error: SdkError; recovered?: boolean }
  /** A revoke did not take effect (or was reversed): still settled. */
  | { type: 'REVOKE_FAILED'; error: SdkError }
  /** Recovery found an unfinished attempt from an earlier page. */
  | { type: 'RECOVERING'; attempt: AttemptInfo }
  /** Back to idle: cancel before settling, reset, or nothing to recover. */
  | { type: 'CANCELLED' }
  | { type: 'RESET' };

const IDLE: SessionState = { status: 'idle', busy: null, error: null };

/** Whether `command` may start now. Pure; the session asks before doing anything. */
export function canStart(s: SessionState, command: Command, sameIdentity = false): boolean {
  if (s.busy !== null) return false;
  switch (command) {
    case 'identify':
      if (s.status === 'settling' || (s.status === 'settled' && s.revoking)) return false;
      // The same code again is a no-op once it gave a verdict; after a failure it is the retry.
      return !(sameIdentity && s.status !== 'idle' && s.status !== 'failed' && s.status !== 'identified');
    case 'presettle':
      return (s.status === 'verdict' || s.status === 'pre-settled' || s.status === 'failed') && !!verdictOf(s)?.settles && personOf(s) !== null;
    case 'confirm':
      return s.status === 'pre-settled' || (s.status === 'failed' && s.error.retryable && s.preSettlement !== null && s.person !== null);
    case 'cancel':
      return s.status === 'identified' || s.status === 'verdict' || s.status === 'pre-settled'
        || (s.status === 'settled' && s.revoking === null) || (s.status === 'settling' && s.attempt.unclear)
        || (s.status === 'settled' && !!s.revoking?.unclear);
    case 'recover':
      return s.status === 'idle';
    case 'resolve':
      return (s.status === 'settling' && s.attempt.unclear) || (s.status === 'settled' && !!s.revoking?.unclear);
  }
}

const verdictOf = (s: SessionState): Verdict | null =>
  s.status === 'verdict' || s.status === 'pre-settled' || s.status === 'failed' || s.status === 'settling' ? s.verdict : null;
const personOf = (s: SessionState): IdentifiedPerson | null => ('person' in s ? s.person : null);
const preOf = (s: SessionState): PlatformSettlement | null =>
  s.status === 'pre-settled' || s.status === 'settling' || s.status === 'failed' ? s.preSettlement : null;

/** The next state. Events that do not apply to `s` return `s` itself. */
export function transition(s: SessionState, e: FlowEvent): SessionState {
  switch (e.type) {
    case 'BEGIN':
      return canStart(s, e.command, e.sameIdentity) ? { ...s, busy: e.command } as SessionState : s;
    case 'FAIL':
      if (s.busy === null) return s;
      return s.status === 'failed' ? { ...s, busy: null, error: e.error } : { ...s, busy: null, error: e.error } as SessionState;
    case 'IDENTIFIED':
      return s.busy === 'identify' ? { status: 'identified', busy: 'identify', error: null, person: e.person } : s;
    case 'IDENTIFY_FAILED':
      return s.busy === 'identify' ? { status: 'idle', busy: null, error: e.error } : s;
    case 'VERDICT':
      return s.status === 'identified' && s.busy === 'identify' ? { status: 'verdict', busy: null, error: null, person: s.person, verdict: e.verdict } : s;
    case 'PRESETTLED': {
      const v = verdictOf(s);
      const p = personOf(s);
      if (s.busy !== 'presettle' || !v || !p) return s;
      return { status: 'pre-settled', busy: null, error: null, person: p, verdict: v, preSettlement: e.preSettlement };
    }
    case 'SENDING':
      if (s.busy === 'confirm' && (s.status === 'pre-settled' || s.status === 'failed')) {
        return { status: 'settling', busy: 'confirm', error: null, person: s.person, verdict: s.verdict, preSettlement: s.preSettlement, attempt: e.attempt };
      }
      if (s.busy === 'cancel' && s.status === 'settled' && s.revoking === null) return { ...s, error: null, revoking: e.attempt };
      return s;
    case 'UNCLEAR':
      if (s.status === 'settling') return { ...s, busy: null, error: e.error, attempt: { ...s.attempt, unclear: true } };
      if (s.status === 'settled' && s.revoking) return { ...s, busy: null, error: e.error, revoking: { ...s.revoking, unclear: true } };
      return s;
    case 'SETTLED':
      if (s.status !== 'settling') return s;
      return { status: 'settled', busy: null, error: null, person: s.person, settlement: e.settlement, recovered: e.recovered ?? false, revoking: null };
    case 'REVERSED':
      if (s.status !== 'settling' && !(s.status === 'settled' && s.revoking)) return s;
      return {
        status: 'reversed', busy: null, error: null, person: s.person, settlement: e.settlement, how: e.how, reversal: e.reversal,
        recovered: e.recovered ?? (s.status === 'settled' ? s.recovered : false),
      };
    case 'NOT_CHARGED':
      if (s.status !== 'settling') return s;
      return { status: 'failed', busy: null, error: e.error, person: s.person, verdict: s.verdict, preSettlement: s.preSettlement, charged: false, recovered: e.recovered ?? false };
    case 'REVOKE_FAILED':
      return s.status === 'settled' && s.revoking ? { ...s, busy: null, error: e.error, revoking: null } : s;
    case 'RECOVERING':
      return s.status === 'idle' && s.busy === 'recover'
        ? { status: 'settling', busy: 'recover', error: null, person: null, verdict: null, preSettlement: null, attempt: e.attempt }
        : s;
    case 'CANCELLED':
      return s.busy === 'cancel' || s.busy === 'recover' ? IDLE : s;
    case 'RESET':
      if (s.busy !== null || s.status === 'settling' || (s.status === 'settled' && s.revoking)) return s;
      return s.status === 'idle' && s.error === null ? s : IDLE;
  }
}

/** The state a session starts in. */
export const initialState: SessionState = IDLE;
export { preOf as preSettlementOf };
