import type { Insutype } from '../types.ts';

/** The two `insutype` values the core settles: 310 employees, 390 residents. */
export const INSUTYPES_CHECKED: readonly Insutype[] = Object.freeze(['310', '390']);
