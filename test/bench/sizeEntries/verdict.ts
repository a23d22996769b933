// What a filing-verdict screen carries: the S-0 decision without a policy (the SDK's engine chunk).
export { checkDirectSettlementWithoutPolicy } from '../../../core/index.ts';
