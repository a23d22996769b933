import { render, type VNode } from 'preact';
import { resolveLang, type Lang } from '../../i18n/index.ts';
import baseCss from './base.css?inline';

/** Node (SSR, tests without a DOM) has no HTMLElement: importing an element there must not throw. */
const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Styles through constructable stylesheets (strict CSP: no `<style>`, no `unsafe-inline`), one
 * sheet per text shared by every instance. Where a DOM lacks `adoptedStyleSheets` (jsdom), a
 * `<style>` element stands in: such a DOM enforces no CSP.
 */
function adoptStyles(root: ShadowRoot, texts: readonly string[]): void {
  if ('adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
    root.adoptedStyleSheets = texts.map((text) => {
      let sheet = sheets.get(text);
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(text);
        sheets.set(text, sheet);
      }
      return sheet;
    });
    return;
  }
  const style = root.ownerDocument.createElement('style');
  style.textContent = texts.join('\n');
  root.append(style);
}

/**
 * Base of every `yb-` element: an open shadow root, the shared and element styles, a Preact view
 * re-rendered (batched in a microtask) when an attribute or property changes.
 */
export abstract class YbElement extends Base {
  /** The element's own CSS (its `styles.css`). */
  protected static styles = '';
  static get observedAttributes(): string[] {
    return ['lang'];
  }

  protected readonly root: ShadowRoot;
  readonly #mount: HTMLElement;
  #scheduled = false;
  #connected = false;

  constructor() {
    super();
    this.root = this.attachShadow({ mode: 'open' });
    adoptStyles(this.root, [baseCss, (this.constructor as typeof YbElement).styles]);
    this.#mount = this.root.ownerDocument.createElement('div');
    this.#mount.setAttribute('part', 'base');
    this.#mount.className = 'base';
    this.root.append(this.#mount);
  }

  /** The language of the screen texts (own `lang`, else the document's, else zh-CN). */
  get uiLang(): Lang {
    return resolveLang(this);
  }

  connectedCallback(): void {
    this.#connected = true;
    this.#mount.lang = this.uiLang;
    this.update();
  }

  disconnectedCallback(): void {
    this.#connected = false;
    render(null, this.#mount);
  }

  attributeChangedCallback(): void {
    this.requestUpdate();
  }

  /** Re-renders once in the next microtask, however many changes came before it. */
  protected requestUpdate(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.update();
    });
  }

  /** Renders now (tests and events that need the DOM at once). */
  protected update(): void {
    if (!this.#connected) return;
    this.#mount.lang = this.uiLang;
    render(this.view(), this.#mount);
  }

  /** The element's view for its current attributes and properties. */
  protected abstract view(): VNode;

  /** A JSON attribute: the parsed value, or a parse failure with its message. */
  protected jsonAttribute(name: string): { ok: true; value: unknown } | { ok: false; error: string } | null {
    const text = this.getAttribute(name);
    if (text === null) return null;
    try {
      return { ok: true, value: JSON.parse(text) as unknown };
    } catch (e) {
      return { ok: false, error: `${name}: ${(e as Error).message}` };
    }
  }
}
