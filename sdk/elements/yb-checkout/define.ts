import type { HTMLAttributes } from 'preact';
import { YbCheckout } from './YbCheckout.tsx';

/** Registers `<yb-checkout>` (once; a second call is harmless). */
export function defineCheckout(): void {
  if (typeof customElements !== 'undefined' && !customElements.get('yb-checkout')) customElements.define('yb-checkout', YbCheckout);
}

declare global {
  interface HTMLElementTagNameMap {
    'yb-checkout': YbCheckout;
  }
}

type Props<E> = HTMLAttributes<HTMLElement> & Partial<Omit<E, keyof HTMLElement>> & { part?: string; pre?: boolean };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'yb-breakdown': Props<HTMLElementTagNameMap['yb-breakdown']>;
      'yb-checkout': Props<YbCheckout>;
      'yb-filing-check': Props<HTMLElementTagNameMap['yb-filing-check']>;
    }
  }
}
