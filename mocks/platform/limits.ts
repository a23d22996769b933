/** Bounds on what one request may make the mock hold (mocks/README.md "Hostile input"). */

/** Largest request body answered normally; larger ones get MOCK-E001 (HTTP 413). */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Deepest JSON nesting accepted (a real envelope is 4–5 levels deep). */
export const MAX_JSON_DEPTH = 16;
/** Default cap of the message registry in bytes (request + reply text, UTF-16 in memory). */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024 * 1024;

/** Nesting depth of a parsed JSON value, walked without recursion; stops counting past `limit`. */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > limit) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return false;
}
