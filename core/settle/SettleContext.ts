import { CoreError } from '../errors/index.ts';
import type { Dec, RoundingMode } from '../money/index.ts';
import { paramSource } from '../policy/paramSource.ts';
import type { Claim, ExplainStep, FilingCategory, LocalText, ParamUse, Person, PolicySet, YearToDate } from '../types.ts';

/** What every money step reads, and where it writes its explanation. */
export interface SettleContext {
  policy: PolicySet;
  person: Person;
  claim: Claim;
  /** Accumulators of the claim's insurance year (already reset when a new year began). */
  ytd: YearToDate;
  mode: RoundingMode;
  category: FilingCategory | null;
  steps: ExplainStep[];
  warnings: string[];
}

/** A parameter read from the pack, with its source and status, for the explanation. */
export function param(ctx: SettleContext, path: string, value: Dec | string | number | null): ParamUse {
  return { path, value: value === null ? 'none' : typeof value === 'object' ? value.toFixed() : String(value), source: paramSource(ctx.policy, path) };
}

/** A required parameter: present, or POLICY_INCOMPLETE naming its path (the engine never guesses). */
export function need<T>(ctx: SettleContext, value: T | undefined, path: string): T {
  if (value === undefined) {
    throw new CoreError(
      'POLICY_INCOMPLETE',
      `pack "${ctx.policy.id}" has no ${path}; this claim needs it. Add it with its source, or estimate without it`,
      path,
    );
  }
  return value;
}

export function addStep(
  ctx: SettleContext,
  step: string,
  rules: readonly string[],
  title: LocalText,
  inputs: Record<string, Dec | string | number>,
  params: ParamUse[],
  result: Record<string, Dec | string | number>,
): void {
  ctx.steps.push({ step, rules, title, inputs: show(inputs), params, result: show(result) });
}

function show(o: Record<string, Dec | string | number>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in o) {
    const v = o[k]!;
    out[k] = typeof v === 'object' ? v.toFixed() : String(v);
  }
  return out;
}
