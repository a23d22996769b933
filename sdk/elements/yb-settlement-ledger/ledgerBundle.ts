/**
 * The back office's ledger as its own bundle, `dist/sdk/yibao-ledger.js` (sdk/vite.config.ts): built
 * apart, so the zod schemas and the transport it uses are not merged into chunks the checkout loads.
 */
export { defineSettlementLedger } from './define.ts';
export { loadLedger } from './loadLedger.ts';
