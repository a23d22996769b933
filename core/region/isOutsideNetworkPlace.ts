import { OUTSIDE_NETWORK_PLACES } from './outsideNetworkPlaces.ts';

/**
 * whether a 6-digit division code names a place outside the direct-settlement network
 * (`71` 台湾, `81` 香港, `82` 澳门).
 *
 * @param code - a division code (any value; non-strings and malformed codes give false)
 * @returns true for a 6-digit code with prefix 71, 81 or 82
 */
export function isOutsideNetworkPlace(code: unknown): boolean {
  return typeof code === 'string' && /^\d{6}$/.test(code) && Object.hasOwn(OUTSIDE_NETWORK_PLACES, code.slice(0, 2));
}
