import { YbFilingCheck } from './YbFilingCheck.tsx';

/** Registers `<yb-filing-check>` (once; a second call is harmless). */
export function defineFilingCheck(): void {
  if (typeof customElements !== 'undefined' && !customElements.get('yb-filing-check')) customElements.define('yb-filing-check', YbFilingCheck);
}

declare global {
  interface HTMLElementTagNameMap {
    'yb-filing-check': YbFilingCheck;
  }
}
