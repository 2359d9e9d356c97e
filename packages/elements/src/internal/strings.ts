// The elements' strings (src/data/strings.ts) and how a page changes them per instance.
import { strings, type StringKey, type Strings } from '../data/strings.js';

export { strings, type StringKey, type Strings };

/** Every key, read from whichever tables this file carries (a one-language file has one). */
const stringKeys = Object.keys(Object.values(strings)[0] ?? {}) as StringKey[];

/**
 * Reads the per-instance overrides a page wrote as `data-i18n-<key>` attributes (kebab-case key),
 * for the shared keys and an element's own (`keys`, e.g. those of <mh-role-tips>).
 */
export function overridesFrom<K extends string = StringKey>(element: Element, keys: readonly K[] = stringKeys as unknown as K[]): Partial<Record<K, string>> {
  const overrides: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const value = element.getAttribute(`data-i18n-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    if (value !== null) overrides[key] = value;
  }
  return overrides;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
