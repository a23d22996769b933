import { CoreError } from '../errors/index.ts';
import type { Dec, RoundingMode } from '../money/index.ts';
import { paramSource } from '../policy/paramSource.ts';
import type { Claim, ExplainStep, FilingCategory, LocalText, Person, PolicySet, YearToDate } from '../types.ts';

type Raw = Dec | string | number | null | (() => string);

/** A parameter read from the pack; its text and source are looked up only when the step is shown. */
export interface RawParam {
  path: string;
  raw: Raw;
}

/** A step as recorded on the hot path: values kept as they are, formatted on first read. */
interface RawStep {
  step: string;
  rules: readonly string[];
  title: LocalText;
  inputs: Record<string, Raw>;
  params: readonly RawParam[];
  result: Record<string, Raw>;
}

/** What every money step reads, and where it records its explanation. */
export interface SettleContext {
  policy: PolicySet;
  person: Person;
  claim: Claim;
  /** Accumulators of the claim's insurance year (already reset when a new year began). */
  ytd: YearToDate;
  mode: RoundingMode;
  category: FilingCategory | null;
  steps: RawStep[];
  warnings: string[];
}

/** A parameter read from the pack, for the explanation (source and status resolved when shown). */
export function param(_ctx: SettleContext, path: string, raw: Raw): RawParam {
  return { path, raw };
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
  inputs: Record<string, Raw>,
  params: readonly RawParam[],
  result: Record<string, Raw>,
): void {
  ctx.steps.push({ step, rules, title, inputs, params, result });
}

const text = (v: Raw): string =>
  v === null ? 'none' : typeof v === 'function' ? v() : typeof v === 'object' ? v.toFixed() : String(v);

function texts(o: Record<string, Raw>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k in o) out[k] = text(o[k]!);
  return out;
}

/** Formats the recorded steps, with each parameter's source and status from the pack. */
export function explainSteps(policy: PolicySet, steps: readonly RawStep[]): ExplainStep[] {
  return steps.map((s) => ({
    step: s.step,
    rules: s.rules,
    title: s.title,
    inputs: texts(s.inputs),
    params: s.params.map((p) => ({ path: p.path, value: text(p.raw), source: paramSource(policy, p.path) })),
    result: texts(s.result),
  }));
}
