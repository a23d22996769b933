/** Public schemas of the core: case files and their error mapping. A plain export list. */
export { caseSchema, parseCase } from './caseSchema.ts';
export type { Case, CasePolicyRef } from './caseSchema.ts';
export { caseIssueToError } from './caseIssueToError.ts';
