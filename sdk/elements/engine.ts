/**
 * The lazy engine of the elements: the checkout session (flow, transport, IndexedDB store, zod/mini
 * validation) and the core's S-0 verdict without a policy (decimal.js, no pack loader; with a host
 * policy the verdict loads `yibao-policy.js`). A chunk of its own beside the entry,
 * requested as soon as the first element connects, so the entry (Preact and the views) paints first.
 */
export { createSession } from '../session/createSession.ts';
export { parseCart } from '../flow/parseCart.ts';
export { plannedVerdict } from './yb-filing-check/plannedVerdict.ts';
