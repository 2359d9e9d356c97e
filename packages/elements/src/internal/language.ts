// The language an element speaks: its own `lang`, else the nearest ancestor's (across shadow
// roots), resolved to nl, fr or en. An unsupported one falls back to nl with one warning. A
// one-language drop-in file (mh-elements.fr.js) speaks only its language, and says so once
// when a page asks for another.
import { resolveLocale, type Locale } from '@mh/core';
import { strings } from '../data/strings.js';
import { warnOnce } from './warn.js';

/** The languages this file carries texts for: all three, or one in a one-language file. */
const carried = Object.keys(strings) as Locale[];

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
  if (!carried.includes(resolved.locale)) {
    // A page that declares no language gets the file's own without a word: loading it said enough.
    const only = carried[0] ?? resolved.locale;
    if (tag !== undefined) {
      warnOnce(
        `lang:${tag}`,
        `<${element.localName}>: this file carries only "${only}", so the language "${tag}" is shown in "${only}". The drop-in files without a language in their name (mh-elements.js) carry nl, fr and en.`,
      );
    }
    return { locale: only, tag: tag ?? only };
  }
  if (tag !== undefined && resolved.fallback) {
    warnOnce(`lang:${tag}`, `<${element.localName}>: the language "${tag}" is not supported (nl, fr, en); showing nl.`);
  }
  return { locale: resolved.locale, tag: tag ?? resolved.locale };
}
