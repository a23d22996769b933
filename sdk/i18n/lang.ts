/** The two languages every screen text has; zh-CN is the default. */
export type Lang = 'zh-CN' | 'en';

/**
 * The element's language: its own `lang` attribute, else the document's, else zh-CN.
 * Any `en…` tag means English; everything else is zh-CN.
 */
export function resolveLang(el: Element): Lang {
  const own = el.getAttribute('lang') ?? el.ownerDocument?.documentElement.getAttribute('lang') ?? '';
  return /^en\b/i.test(own) ? 'en' : 'zh-CN';
}
