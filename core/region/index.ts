/** Division codes and 跨省 tests (R-1, D-1, D-2, DF-12). */
export { PROVINCES } from './provinces.ts';
export { REGION_OVERRIDES } from './regionOverrides.ts';
export type { RegionOverride } from './regionOverrides.ts';
export { OUTSIDE_NETWORK_PLACES } from './outsideNetworkPlaces.ts';
export { isOutsideNetworkPlace } from './isOutsideNetworkPlace.ts';
export { parseDivisionCode } from './parseDivisionCode.ts';
export type { DivisionCode, DivisionLevel } from './parseDivisionCode.ts';
export { assertDivisionCode } from './assertDivisionCode.ts';
export { provinceOf } from './provinceOf.ts';
export { isCrossProvince } from './isCrossProvince.ts';
export { isIntraProvinceRemote } from './isIntraProvinceRemote.ts';
export { coversPlace } from './coversPlace.ts';
export type { Coverage } from './coversPlace.ts';
