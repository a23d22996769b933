/**
 * Stable error codes of the core. A code never changes meaning; the message says what to do.
 * Messages never carry personal data (ID numbers, names): only paths, codes and amounts.
 */
export type CoreErrorCode =
  /** A value does not have the documented shape (JSON path in `path`). */
  | 'INVALID_INPUT'
  /** An amount is negative where it may not be, not a number, or has more than 2 decimals. */
  | 'INVALID_AMOUNT'
  /** A date is malformed, or two dates are out of order. */
  | 'INVALID_DATE'
  /** A code outside the closed set the core understands (med type, level, category, …). */
  | 'UNKNOWN_CODE'
  /** A division code that is not 6 digits or has no known province prefix. */
  | 'INVALID_DIVISION_CODE'
  /** A policy pack failed validation (national limits, shape, missing source). */
  | 'POLICY_INVALID'
  /** No policy pack with that id, or none in force on the date. */
  | 'POLICY_NOT_FOUND'
  /** The pack lacks a number this claim needs; the engine never guesses. */
  | 'POLICY_INCOMPLETE'
  /**
   * The pack does not fit the person or the claim: its 险种 differs from `person.insutype`, the
   * person's status belongs to the other 险种, the claim's insured place is outside the pack's
   * region (R-1 place-code rules), or the settlement date is outside the pack's validity.
   */
  | 'POLICY_MISMATCH'
  /** `settle` was asked for a claim whose verdict is not DIRECT. */
  | 'NOT_DIRECT'
  /**
   * A 门诊慢特病 settlement (R-13, D-7) for a disease the pack does not enable across provinces,
   * e.g. with a verdict made under another pack.
   */
  | 'CHRONIC_DISEASE_NOT_ENABLED'
  /** A reversal was asked for something that cannot be reversed. */
  | 'REVERSAL_INVALID'
  /** Year-to-date accumulators belong to another insurance year, or are inconsistent. */
  | 'ACCUMULATOR_MISMATCH'
  /** A stored form (`core/STORAGE-FORMAT.md`) carries a `version` this release cannot read. */
  | 'UNSUPPORTED_VERSION';

export interface CoreErrorData {
  code: CoreErrorCode;
  message: string;
  /** JSON path of the offending value, when there is one (e.g. `claim.lines[2].amount`). */
  path?: string;
}

/** The one error class the core throws. Its `code` is stable; `message` says what to do. */
export class CoreError extends Error implements CoreErrorData {
  override readonly name = 'CoreError';
  readonly code: CoreErrorCode;
  readonly path?: string;

  constructor(code: CoreErrorCode, message: string, path?: string) {
    // A caller's path argument may be anything: only text is kept.
    if (typeof path !== 'string') path = undefined;
    super(path ? `${code} at ${path}: ${message}` : `${code}: ${message}`);
    this.code = code;
    if (path !== undefined) this.path = path;
  }

  toJSON(): CoreErrorData {
    const data: CoreErrorData = { code: this.code, message: this.message };
    if (this.path !== undefined) data.path = this.path;
    return data;
  }
}

/** Result type used at every boundary of the core (zod `safeParse` style). */
export type Result<T> = { ok: true; value: T } | { ok: false; error: CoreError };

export const isCoreError = (e: unknown): e is CoreError => e instanceof CoreError;
