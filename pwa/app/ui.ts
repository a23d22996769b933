/**
 * Form parts after GOV.UK Frontend: the question is the heading, hints under labels, errors twice
 * (a summary at the top that takes focus and links to each field, and beside the field), labels
 * tied to inputs, nothing told by colour alone.
 */
import { h, type ComponentChildren, type ComponentChild } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

export type Errors = Record<string, string>;

export function ErrorSummary(props: { title: string; errors: Errors }): ComponentChild {
  const ref = useRef<HTMLDivElement>(null);
  const keys = Object.keys(props.errors);
  useEffect(() => {
    if (keys.length) ref.current?.focus();
  }, [keys.join()]);
  if (!keys.length) return null;
  return h('div', { class: 'error-summary', role: 'alert', tabIndex: -1, ref, 'aria-labelledby': 'error-summary-title' },
    h('h2', { id: 'error-summary-title' }, props.title),
    h('ul', null, keys.map((k) => h('li', { key: k }, h('a', { href: `#f-${k}`, onClick: (e: Event) => { e.preventDefault(); document.getElementById(`f-${k}`)?.focus(); } }, props.errors[k])))));
}

export function Field(props: {
  name: string; label: string; official?: string; hint?: string; error?: string | undefined; value: string; onInput(v: string): void;
  type?: string; inputMode?: string; autocomplete?: string; width?: 'short' | 'full';
}): ComponentChild {
  const id = `f-${props.name}`;
  const described = [props.hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return h('div', { class: `field${props.error ? ' field-error' : ''}` },
    h('label', { for: id }, props.label, props.official ? h('span', { class: 'official' }, `（${props.official}）`) : null),
    props.hint ? h('p', { class: 'hint', id: `${id}-hint` }, props.hint) : null,
    props.error ? h('p', { class: 'error', id: `${id}-error` }, h('span', { class: 'sr-only' }, '! '), props.error) : null,
    h('input', {
      id, name: props.name, value: props.value, type: props.type ?? 'text', inputMode: props.inputMode, autocomplete: props.autocomplete ?? 'off',
      class: props.width === 'short' ? 'short' : undefined, 'aria-describedby': described, 'aria-invalid': props.error ? 'true' : undefined,
      onInput: (e: Event) => props.onInput((e.target as HTMLInputElement).value),
    }));
}

export function Select(props: { name: string; label: string; official?: string; value: string; options: readonly (readonly [string, string])[]; onChange(v: string): void; error?: string | undefined }): ComponentChild {
  const id = `f-${props.name}`;
  return h('div', { class: `field${props.error ? ' field-error' : ''}` },
    h('label', { for: id }, props.label, props.official ? h('span', { class: 'official' }, `（${props.official}）`) : null),
    props.error ? h('p', { class: 'error', id: `${id}-error` }, props.error) : null,
    h('select', { id, name: props.name, value: props.value, 'aria-describedby': props.error ? `${id}-error` : undefined, onChange: (e: Event) => props.onChange((e.target as HTMLSelectElement).value) },
      props.options.map(([v, text]) => h('option', { key: v, value: v }, text))));
}

export function Radios(props: { name: string; legend: string; official?: string; value: string; options: readonly (readonly [string, string, string?])[]; onChange(v: string): void; error?: string | undefined; asHeading?: boolean }): ComponentChild {
  const id = `f-${props.name}`;
  return h('fieldset', { class: `field${props.error ? ' field-error' : ''}`, 'aria-describedby': props.error ? `${id}-error` : undefined },
    h('legend', { class: props.asHeading ? 'legend-heading' : undefined }, props.asHeading ? h('h1', null, props.legend) : props.legend,
      props.official ? h('span', { class: 'official' }, `（${props.official}）`) : null),
    props.error ? h('p', { class: 'error', id: `${id}-error` }, props.error) : null,
    props.options.map(([v, text, extra], i) => h('div', { class: 'radio', key: v },
      h('input', { type: 'radio', id: i === 0 ? id : `${id}-${v}`, name: props.name, value: v, checked: props.value === v, onChange: () => props.onChange(v) }),
      h('label', { for: i === 0 ? id : `${id}-${v}` }, text, extra ? h('span', { class: 'official' }, `（${extra}）`) : null))));
}

export function Check(props: { name: string; label: string; checked: boolean; onChange(v: boolean): void }): ComponentChild {
  const id = `f-${props.name}`;
  return h('div', { class: 'checkbox' },
    h('input', { type: 'checkbox', id, name: props.name, checked: props.checked, onChange: (e: Event) => props.onChange((e.target as HTMLInputElement).checked) }),
    h('label', { for: id }, props.label));
}

/** A file picker that looks like a button in the page's language (the native one speaks the browser's). */
export function FilePick(props: { name: string; label: string; accept: string; multiple?: boolean; camera?: boolean; chosen?: string; onFiles(files: FileList | null): void }): ComponentChild {
  const id = `f-${props.name}`;
  return h('div', { class: 'field file' },
    h('input', { id, type: 'file', class: 'file-input', accept: props.accept, multiple: props.multiple, capture: props.camera ? 'environment' : undefined,
      onChange: (e: Event) => props.onFiles((e.target as HTMLInputElement).files) }),
    h('label', { for: id, class: 'btn secondary' }, props.label),
    props.chosen ? h('p', { class: 'hint', role: 'status' }, props.chosen) : null);
}

export function Button(props: { children?: ComponentChildren; onClick?: () => void; kind?: 'primary' | 'secondary' | 'warning'; type?: 'button' | 'submit'; disabled?: boolean; label?: string }): ComponentChild {
  return h('button', { type: props.type ?? 'button', class: `btn ${props.kind ?? 'primary'}`, onClick: props.onClick, disabled: props.disabled, 'aria-label': props.label }, props.children);
}

export function LinkButton(props: { href: string; children?: ComponentChildren; kind?: 'primary' | 'secondary' }): ComponentChild {
  return h('a', { href: props.href, class: `btn ${props.kind ?? 'secondary'}` }, props.children);
}

/** Reads a text aloud where the browser can (speechSynthesis); false when it cannot. */
export function speak(text: string, lang: string): boolean {
  const synth = typeof speechSynthesis !== 'undefined' ? speechSynthesis : null;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return false;
  synth.cancel();
  const u = new SpeechSynthesisUtterance(text);
  u.lang = lang;
  u.rate = 0.9;
  synth.speak(u);
  return true;
}

export function ReadAloud(props: { text: string; lang: string; label: string }): ComponentChild {
  if (typeof speechSynthesis === 'undefined') return null;
  return h(Button, { kind: 'secondary', onClick: () => speak(props.text, props.lang) }, props.label);
}

/** ¥1,234.50 from decimal text (formatting happens only at the edge). */
export function yuan(text: string | number | null | undefined): string {
  if (text === null || text === undefined || text === '') return '—';
  const s = typeof text === 'number' ? String(text) : text;
  const neg = s.startsWith('-');
  const [int, frac = ''] = (neg ? s.slice(1) : s).split('.');
  return `${neg ? '−' : ''}¥${int!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${(frac + '00').slice(0, 2)}`;
}

export const isDate = (s: string): boolean => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** Today in China (YYYY-MM-DD). */
export const cstToday = (now: number): string => new Date(now + 8 * 3600_000).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
