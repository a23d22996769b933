/** Masks an identifier for logs: keeps the first 3 and last 2 characters (`110***00`). */
export function maskId(id: string | null | undefined): string {
  if (!id) return '';
  if (id.length <= 5) return '*'.repeat(id.length);
  return `${id.slice(0, 3)}${'*'.repeat(id.length - 5)}${id.slice(-2)}`;
}
