export { CoreError, isCoreError } from './CoreError.ts';
export type { CoreErrorCode, CoreErrorData, Result } from './CoreError.ts';
