/**
 * The Content-Security-Policy documented for host pages (sdk/API.md) and sent with the demo's
 * /strict.html: no inline script or style, no eval. The SDK's styles are constructable
 * stylesheets, which CSP does not block; its lazy files load from the SDK's own origin.
 */
export const STRICT_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
