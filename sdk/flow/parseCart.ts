/**
 * Cart lines from the host (a property array or a JSON attribute), validated with zod/mini.
 * Amounts stay decimal (the core's Dec); a bad line yields CART_INVALID naming the line and field.
 */
import * as z from 'zod/mini';
import { Dec, roundToFen } from '../../core/index.ts';
import type { Money } from '../../core/index.ts';
import type { CartLine, SdkError } from '../session/types.ts';
import { sdkError } from '../transport/sdkError.ts';

const decimal = (places: number, positive: boolean) => z.pipe(
  z.union([z.string(), z.number()]),
  z.transform((v) => (typeof v === 'number' ? String(v) : v.trim())),
).check(z.refine((s) => new RegExp(`^\\d{1,12}(\\.\\d{1,${places}})?$`).test(s) && (!positive || /[1-9]/.test(s)), {
  message: `a decimal number${positive ? ' above 0' : ''} with at most ${places} decimals`,
}));
const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const who = z.object({ code: text(30), name: text(50) });

const lineSchema = z.object({
  id: text(30),
  listCode: text(50),
  hospCode: z.optional(text(150)),
  name: z.optional(z.string().check(z.maxLength(200))),
  qty: decimal(4, true),
  unitPrice: decimal(6, false),
  amount: z.optional(decimal(2, false)),
  rxNo: z.optional(text(30)),
  rxCirculated: z.optional(z.boolean()),
  prescriber: z.optional(who),
  dept: z.optional(who),
});

/** A validated line: amount fixed to the fen (given, or qty × unitPrice rounded half up, S-1 input). */
export interface CartItem extends Omit<CartLine, 'qty' | 'unitPrice' | 'amount' | 'hospCode'> {
  hospCode: string;
  qty: string;
  unitPrice: string;
  amount: Money;
}

export type CartResult = { ok: true; items: CartItem[]; total: Money } | { ok: false; error: SdkError };

const invalid = (index: number, id: string | undefined, path: string, why: string): CartResult => ({
  ok: false,
  error: sdkError('CART_INVALID', false, `cart line ${index + 1}${id ? ` (${id})` : ''}: ${path} ${why}`, {
    line: { index, ...(id ? { id } : {}), path },
    text: {
      zh: `第 ${index + 1} 行${id ? `（${id}）` : ''}的「${path}」有误：${why}`,
      en: `Line ${index + 1}${id ? ` (${id})` : ''}: ${path} is invalid: ${why}`,
    },
  }),
});

/**
 * Parses the host's cart: an array, or its JSON text. Line ids must be unique; at least one line.
 * The amount, if given, must match qty × unitPrice to the fen (the platform checks the same).
 */
export function parseCart(input: unknown): CartResult {
  let raw = input;
  if (typeof raw === 'string') {
    try {
      raw = JSON.parse(raw);
    } catch {
      return { ok: false, error: sdkError('CART_INVALID', false, 'the cart attribute is not JSON', { line: { index: -1, path: '' } }) };
    }
  }
  if (!Array.isArray(raw) || raw.length === 0) {
    return { ok: false, error: sdkError('CART_INVALID', false, 'the cart must be a non-empty array of lines', { line: { index: -1, path: '' } }) };
  }
  const items: CartItem[] = [];
  const seen = new Set<string>();
  let total = new Dec(0);
  for (const [i, row] of raw.entries()) {
    const id = row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'string' ? (row as { id: string }).id : undefined;
    const r = lineSchema.safeParse(row);
    if (!r.success) {
      const issue = r.error.issues[0]!;
      return invalid(i, id, issue.path.join('.') || 'line', issue.message);
    }
    const l = r.data;
    if (seen.has(l.id)) return invalid(i, l.id, 'id', 'appears twice in the cart');
    seen.add(l.id);
    // The line total the platform expects (its own check: |amount − pric × cnt| ≤ 0.01); half up as DF-8's default.
    const computed = roundToFen(new Dec(l.qty).times(l.unitPrice), 'HALF_UP');
    const amount = l.amount === undefined ? computed : new Dec(l.amount);
    if (!amount.minus(computed).abs().lte('0.01')) return invalid(i, l.id, 'amount', `differs from qty × unitPrice (${computed.toFixed(2)})`);
    total = total.plus(amount);
    items.push({ ...l, hospCode: l.hospCode ?? l.listCode, amount });
  }
  return { ok: true, items, total };
}
