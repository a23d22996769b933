/** Records that `parseSettlementRecord` made, so feeding them to an accumulator is not checked twice. */
export const PARSED_RECORDS = new WeakSet<object>();
