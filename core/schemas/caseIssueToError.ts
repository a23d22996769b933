import type * as z from 'zod/mini';
import { CoreError, type CoreErrorCode } from '../errors/index.ts';
import { REQUIRED } from './caseFields.ts';
import { zodIssuePath } from './zodIssuePath.ts';

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

const kindOf = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/**
 * Maps the first zod issue of a case to a CoreError with its JSON path (`claim.lines[2].amount`).
 * Leaf issues carry their code in `params.code`; an enum miss is UNKNOWN_CODE; anything else is
 * INVALID_INPUT. Messages name the path and the fix, never the offending value (it may be personal).
 * @param issue the zod issue.
 * @param input the value that was parsed, to tell a missing field from a wrongly typed one.
 */
export function caseIssueToError(issue: z.core.$ZodIssue, input: unknown): CoreError {
  if (typeof issue !== 'object' || issue === null || !Array.isArray(issue.path) || typeof issue.code !== 'string') {
    return new CoreError('INVALID_INPUT', 'not a zod issue: pass an entry of a failed safeParse result\'s error.issues', 'issue');
  }
  const at = valueAt(input, issue.path);
  const missing = at === undefined && issue.code !== 'unrecognized_keys' && issue.code !== 'custom';
  if (missing) {
    return new CoreError('INVALID_INPUT', REQUIRED, zodIssuePath(issue.path));
  }
  switch (issue.code) {
    case 'custom': {
      const code = (issue.params?.code as CoreErrorCode | undefined) ?? 'INVALID_INPUT';
      return new CoreError(code, issue.message, zodIssuePath(issue.path));
    }
    case 'invalid_value':
      return new CoreError(
        'UNKNOWN_CODE',
        `unknown code: use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        zodIssuePath(issue.path),
      );
    case 'unrecognized_keys':
      return new CoreError(
        'INVALID_INPUT',
        `${issue.message.startsWith('unknown field (did you mean') ? issue.message : 'unknown field'}: check its spelling against core/cli/CASE-FORMAT.md (names are camelCase) or remove it`,
        zodIssuePath([...issue.path, issue.keys[0]!]),
      );
    case 'invalid_type':
      return new CoreError('INVALID_INPUT', `expected ${issue.expected}, got ${kindOf(at)}`, zodIssuePath(issue.path));
    default:
      return new CoreError('INVALID_INPUT', `${issue.message}: see core/cli/CASE-FORMAT.md`, zodIssuePath(issue.path));
  }
}
