import { YbBreakdown } from './YbBreakdown.tsx';

/** Registers `<yb-breakdown>` (once; a second call is harmless). */
export function defineBreakdown(): void {
  if (typeof customElements !== 'undefined' && !customElements.get('yb-breakdown')) customElements.define('yb-breakdown', YbBreakdown);
}

declare global {
  interface HTMLElementTagNameMap {
    'yb-breakdown': YbBreakdown;
  }
}
