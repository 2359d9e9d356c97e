// Finds every localized text and every citation in a data structure, with its path, so each
// content package's lint tests can check all of them without knowing the package's shape.
import { formatPath } from './errors.js';
import { locales, regionalLocales, type LocalizedText } from './locale.js';
import type { SourceRef } from './sources.js';

const textKeys: ReadonlySet<string> = new Set([...locales, ...regionalLocales]);

function isLocalizedText(value: object): value is LocalizedText {
  return typeof (value as { nl?: unknown }).nl === 'string' && Object.keys(value).every((key) => textKeys.has(key));
}

function isSourceRef(value: object): value is SourceRef {
  return typeof (value as { source?: unknown }).source === 'string' && typeof (value as { section?: unknown }).section === 'string';
}

export interface Found<T> {
  readonly path: string;
  readonly value: T;
}

function collect<T>(root: unknown, matches: (value: object) => value is T & object): Found<T>[] {
  const found: Found<T>[] = [];
  const visit = (value: unknown, path: PropertyKey[]): void => {
    if (typeof value !== 'object' || value === null) return;
    if (matches(value)) {
      found.push({ path: formatPath(path), value });
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...path, Array.isArray(value) ? Number(key) : key]);
  };
  visit(root, []);
  return found;
}

export function collectLocalizedTexts(root: unknown): Found<LocalizedText>[] {
  return collect(root, isLocalizedText);
}

export function collectSourceRefs(root: unknown): Found<SourceRef>[] {
  return collect(root, isSourceRef);
}
