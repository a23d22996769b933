/**
 * Masking for screens: the same rule the session applies to what leaves it (first four and last
 * four characters of an ID kept; a name's first character kept).
 */
export { maskCertNo as maskId, maskName } from '../flow/mask.ts';
