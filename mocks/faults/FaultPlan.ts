/**
 * Fault injection (platform-api §7.5, project features). A fault comes from, in order: the
 * request header `x-mock-fault`, the instance's rules (set via options or POST /__mock__/scenario),
 * then the seeded random plan. Same seed and same request order ⇒ same faults.
 */
import { mulberry32 } from '../util/mulberry32.ts';

export const FAULT_KINDS = [
  'latency', 'no-reply', 'lost-after-commit', 'infcode', 'infcode-empty', 'http-5xx', 'malformed-json',
] as const;
/**
 * - `latency`: answer normally after `delayMs`.
 * - `no-reply`: nothing is processed; after `delayMs` the connection is dropped (network error).
 * - `lost-after-commit`: processed and committed, then the reply is dropped (client must re-query,
 *   retry the same msgid, or send 2601).
 * - `infcode` / `infcode-empty`: `infcode -1` with `MOCK-E090 …` / with `err_msg ""` (the shape of
 *   a recorded 2401 failure); nothing processed.
 * - `http-5xx`: HTTP `status` (default 502) with a small gateway body; nothing processed.
 * - `malformed-json`: HTTP 200 with a truncated JSON body; nothing processed.
 */
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  kind: FaultKind;
  /** Only for this infno. */
  infno?: string;
  /** Only for requests about this person (input `psn_no`). */
  psn_no?: string;
  /** Fire on the nth matching call (1-based); without it every matching call is eligible. */
  nth?: number;
  /** How many times the rule fires (default: 1 with `nth`, unlimited without). */
  times?: number;
  delayMs?: number;
  status?: number;
}

export interface RandomFaults {
  /** Probability per business request, 0 … 1. */
  rate: number;
  kinds: readonly FaultKind[];
  /** Restrict to these infnos. */
  infnos?: readonly string[];
  delayMs?: number;
}

export interface FaultConfig {
  rules?: FaultRule[];
  random?: RandomFaults | null;
}

export interface ChosenFault {
  kind: FaultKind;
  delayMs: number;
  status: number;
  source: 'header' | 'rule' | 'random';
}

/**
 * Parses `x-mock-fault: kind[=number]` (number = delay ms, or HTTP status for http-5xx); an unknown
 * kind or a number that is not one is `'invalid'` (answered MOCK-E091, never ignored).
 */
export function parseFaultHeader(value: string | null | undefined): ChosenFault | 'invalid' | null {
  if (!value) return null;
  const [kindRaw, numRaw, extra] = value.trim().split('=');
  const kind = kindRaw as FaultKind;
  if (!FAULT_KINDS.includes(kind) || extra !== undefined || (numRaw !== undefined && !/^\d{1,6}$/.test(numRaw))) return 'invalid';
  const num = numRaw === undefined ? Number.NaN : Number(numRaw);
  const n = Number.isFinite(num) && num >= 0 ? Math.min(num, 60_000) : Number.NaN;
  return {
    kind, source: 'header',
    delayMs: kind === 'http-5xx' ? 0 : Number.isNaN(n) ? (kind === 'latency' ? 200 : 0) : n,
    status: kind === 'http-5xx' && !Number.isNaN(n) && n >= 500 && n <= 599 ? n : 502,
  };
}

/** Per-instance fault plan; deterministic by seed. */
export class FaultPlan {
  private rules: (FaultRule & { seen: number; fired: number })[] = [];
  private random: RandomFaults | null = null;
  private rng: () => number;

  constructor(seed: number, config?: FaultConfig) {
    this.rng = mulberry32(seed ^ 0x5eed);
    this.configure(config ?? {});
  }

  /** Replaces rules and the random plan; the PRNG keeps its position. */
  configure(config: FaultConfig): void {
    this.rules = (config.rules ?? []).map((r) => ({ ...r, seen: 0, fired: 0 }));
    this.random = config.random ?? null;
  }

  reseed(seed: number): void {
    this.rng = mulberry32(seed ^ 0x5eed);
  }

  describe(): FaultConfig {
    return { rules: this.rules.map(({ seen: _s, fired: _f, ...r }) => r), random: this.random };
  }

  /** Picks the fault for one business request, or null. */
  choose(infno: string, psnNo: string | undefined): ChosenFault | null {
    for (const r of this.rules) {
      if (r.infno !== undefined && r.infno !== infno) continue;
      if (r.psn_no !== undefined && r.psn_no !== psnNo) continue;
      r.seen += 1;
      const limit = r.times ?? (r.nth !== undefined ? 1 : Number.POSITIVE_INFINITY);
      if (r.fired >= limit) continue;
      if (r.nth !== undefined && r.seen < r.nth) continue;
      r.fired += 1;
      return { kind: r.kind, delayMs: r.delayMs ?? (r.kind === 'latency' ? 200 : 0), status: r.status ?? 502, source: 'rule' };
    }
    const rnd = this.random;
    if (!rnd || rnd.rate <= 0 || rnd.kinds.length === 0) return null;
    if (rnd.infnos && !rnd.infnos.includes(infno)) return null;
    const draw = this.rng();
    const pick = this.rng();
    if (draw >= rnd.rate) return null;
    const kind = rnd.kinds[Math.floor(pick * rnd.kinds.length)]!;
    return { kind, delayMs: rnd.delayMs ?? (kind === 'latency' ? 50 : 0), status: 502, source: 'random' };
  }
}
