// What a checkout element carries to decide, compute and show a settlement (no case files, no pack loader).
export { checkDirectSettlement, settle, toWireSettlement } from '../../../core/index.ts';
