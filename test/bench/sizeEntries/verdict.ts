// What a filing-verdict screen carries: the S-0 decision alone.
export { checkDirectSettlement } from '../../../core/index.ts';
