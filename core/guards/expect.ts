/**
 * Cheap checks at the core's public edges: a wrong value becomes a CoreError naming its path, never
 * a TypeError deep inside. Messages name the path and the expected kind, never the value.
 */
import { CoreError, type CoreErrorCode } from '../errors/index.ts';
import { Dec } from '../money/index.ts';

export type Obj = Record<string, unknown>;


export const kindOf = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : Dec.isDecimal(v) ? 'a Dec' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

const fail = (code: CoreErrorCode, path: string, message: string): never => {
  throw new CoreError(code, message, path);
};

export function expectObject(v: unknown, path: string): Obj {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) fail('INVALID_INPUT', path, `expected an object, got ${kindOf(v)}`);
  return v as Obj;
}

export function expectArray(v: unknown, path: string): readonly unknown[] {
  if (!Array.isArray(v)) fail('INVALID_INPUT', path, `expected an array (may be empty), got ${kindOf(v)}`);
  return v as unknown[];
}

export function expectString(v: unknown, path: string): string {
  if (typeof v !== 'string') fail('INVALID_INPUT', path, `expected text, got ${kindOf(v)}`);
  return v as string;
}

export function expectBoolean(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail('INVALID_INPUT', path, `expected true or false, got ${kindOf(v)}`);
  return v as boolean;
}

export function expectInt(v: unknown, path: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    fail('INVALID_INPUT', path, `expected a whole number from ${min} to ${max}, got ${typeof v === 'number' ? 'another number' : kindOf(v)}`);
  }
  return v as number;
}

/** A finite Dec. Text or a JS number (as after a JSON round trip) is refused with what to do. */
export function expectDec(v: unknown, path: string): Dec {
  if (!Dec.isDecimal(v)) {
    const hint =
      typeof v === 'string' || typeof v === 'number'
        ? ': amounts in the core are Dec values (new Dec("12.34")); read JSON with parseCase or the parseStored* functions'
        : '';
    fail('INVALID_AMOUNT', path, `expected a Dec amount, got ${kindOf(v)}${hint}`);
  }
  if (!(v as Dec).isFinite()) fail('INVALID_AMOUNT', path, 'the amount is NaN or Infinity: give a finite amount');
  // numeric(16,2): no amount, ratio or quantity of the platform reaches 10^14 yuan.
  if ((v as Dec).e >= 14) fail('INVALID_AMOUNT', path, 'the amount is beyond numeric(16,2) (at most 14 integer digits)');
  return v as Dec;
}

export function expectOptionalDec(v: unknown, path: string, nullable = false): void {
  if (v === undefined || (nullable && v === null)) return;
  expectDec(v, path);
}

export function expectOptionalBoolean(v: unknown, path: string): void {
  if (v !== undefined) expectBoolean(v, path);
}

export function expectOneOf<T extends string>(v: unknown, allowed: readonly T[], path: string): T {
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v)) fail('UNKNOWN_CODE', path, `use one of ${allowed.join(', ')}`);
  return v as T;
}
