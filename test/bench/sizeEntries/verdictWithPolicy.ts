// The S-0 decision with a policy: a hand-built PolicySet is validated like a pack (the loader's zod schema).
export { checkDirectSettlement } from '../../../core/index.ts';
