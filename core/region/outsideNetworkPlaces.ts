/**
 * GB/T 2260 prefixes outside the basic-medical-insurance direct-settlement network.
 * Rejected as treatment places (`INVALID_TREATMENT_PLACE`) and as filing targets; they are not
 * known insured places either.
 */
export const OUTSIDE_NETWORK_PLACES: Readonly<Record<string, string>> = Object.freeze({
  '71': '台湾',
  '81': '香港',
  '82': '澳门',
});
