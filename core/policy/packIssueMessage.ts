import type * as z from 'zod/mini';
import { didYouMean } from '../schemas/nearestKey.ts';

type RawIssue = z.core.$ZodRawIssue;

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

const EXPECTED: Record<string, string> = {
  string: 'text (a JSON string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  record: 'an object',
  array: 'an array',
  null: 'null',
};

/** The keys an object or an enum-keyed record accepts, read from the schema that raised the issue. */
export function knownKeysOf(inst: unknown): string[] {
  const def = (inst as { _zod?: { def?: { type?: string; shape?: object; keyType?: { _zod?: { values?: Set<unknown> } } } } })?._zod?.def;
  if (def?.type === 'object' && def.shape) return Object.keys(def.shape);
  const values = def?.type === 'record' ? def.keyType?._zod?.values : undefined;
  return values ? [...values].map(String) : [];
}

/**
 * The message of one pack issue, saying what is expected (zod/mini has no locale: without this every
 * message would read "Invalid input"). Messages set on a schema win over this map.
 */
export function packIssueMessage(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `required: add this key, expected ${EXPECTED[issue.expected] ?? issue.expected}`;
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${kindOf(issue.input)}`;
    case 'invalid_value': {
      const got = typeof issue.input === 'string' ? didYouMean(issue.input, issue.values.map(String)) : '';
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${got}`;
    }
    case 'unrecognized_keys': {
      const key = issue.keys[0] ?? '';
      const known = knownKeysOf(issue.inst);
      const hint = didYouMean(key, known);
      const list = known.length > 0 ? `; known keys here: ${known.join(', ')}` : '';
      return `unknown key "${key.slice(0, 64)}"${hint}: packs are strict, correct its spelling or remove it${hint ? '' : list}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'must not be empty';
      if (issue.origin === 'array') return `expected at least ${String(issue.minimum)} entr${Number(issue.minimum) === 1 ? 'y' : 'ies'}`;
      return `expected at least ${String(issue.minimum)}`;
    case 'too_big':
      return `expected at most ${String(issue.maximum)}`;
    case 'invalid_format':
      return issue.pattern ? `expected text matching ${String(issue.pattern)}` : `expected a ${issue.format}`;
    case 'invalid_union':
      return 'does not match any allowed form of this parameter: see the pack format in core/policy/policyPackSchema.ts';
    case 'invalid_key':
      return 'this key is not allowed here';
    case 'invalid_element':
      return 'an element of this map is not valid';
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return 'not a valid value here: see the pack format in core/policy/policyPackSchema.ts';
  }
}
