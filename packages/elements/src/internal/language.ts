// The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
// roots), resolved to nl, fr or en. An unsupported one falls back to nl with one warning.
import { resolveLocale, type Locale } from '@mh/core';
import { warnOnce } from './warn.js';

export function declaredLang(element: Element): string | undefined {
  for (let node: Element | null = element; node; ) {
    const lang = node.getAttribute('lang');
    if (lang !== null && lang.trim() !== '') return lang;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return undefined;
}

export function languageOf(element: Element): { locale: Locale; tag: string } {
  const tag = declaredLang(element);
  const resolved = resolveLocale(tag);
  if (tag !== undefined && resolved.fallback) {
    warnOnce(`lang:${tag}`, `<${element.localName}>: the language "${tag}" is not supported (nl, fr, en); showing nl.`);
  }
  return { locale: resolved.locale, tag: tag ?? resolved.locale };
}
