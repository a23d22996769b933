export { CoreError, isCoreError } from './CoreError.ts';
export type { CoreErrorCode, CoreErrorData, Result } from './CoreError.ts';
export { describeError, ERROR_TEXTS } from './errorTexts.ts';
export type { ErrorText } from './errorTexts.ts';
