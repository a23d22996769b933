/**
 * A client value made safe to quote in `err_msg` (which browser SDKs display): letters, digits and
 * `_ . : / - +` pass, anything else becomes `?`, and the text is cut to `max` characters.
 */
export function safeDetail(value: string, max = 32): string {
  const clean = value.replace(/[^\p{L}\p{N}_.:/\-+]/gu, '?');
  return clean.length > max ? `${clean.slice(0, max)}…` : clean;
}
