// An esbuild plugin for the drop-in files: it keeps only the data an element shows.
//
// The content packages carry every fact with its citation, review date and translation status,
// in three languages: right for data.json and for developers, too heavy for a widget on a phone.
// This plugin builds the drop-in files from the packages' sources and replaces each data module
// (a file in a `src/data/` folder: plain values, no code) by its values with what no element
// reads left out, and, for a one-language file, the texts of the other languages. The code that
// reads the data (assessSignals, decideDisclosure, localize …) is the packages' own, unchanged.
// test/pruned-data.test.mjs proves that every element shows the same with and without it.
/// <reference types="node" />
import { locales, regionalLocales, sourceLocale, type Locale } from '@mh/core';
import { build, type Plugin } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Citations, review dates and translation statuses: the content packages publish them; no element shows them. */
const omitEverywhere = ['source', 'sources', 'reviewedAt', 'status', 'reviewedBy', 'reviewedOn'];

/** What the registry says of a source beyond whether it is public and its address. */
const sourceDetails = ['file', 'title', 'publisher', 'language', 'region', 'scopes', 'year', 'note', 'consulted', 'published'];

/** What no element reads of a contact's services: findContacts is asked by region only. */
const contactDetails = ['services.audiences', 'services.topics'];

interface Rule {
  /** Keys to leave out, besides those left out everywhere. */
  readonly omit?: readonly string[];
  /** Keys to keep although a rule above would leave them out (`readMore.source`: a link, not a citation). */
  readonly keep?: readonly string[];
  /** A registry: keep only the entries whose id the other data modules still name. */
  readonly onlyNamed?: boolean;
}

type Exports = [name: string, value: unknown][];

/**
 * What else each data module holds that no element shows, by its path under packages/: a key
 * anywhere (`text`) or a key under another (`services.description`). Every key not named here
 * is kept, so a field an element starts to show is there unless someone lists it.
 */
const omitIn: Readonly<Record<string, Rule>> = {
  // The check names each provision with its article, sums it up, links to its page to read
  // more, and shows the caveat on the 1867 article numbers.
  'legal-secrecy/src/data/provisions.ts': {
    omit: ['appliesTo', 'allows', 'requires', 'protects', 'conditions', 'doesNotAllow', 'steps', 'context', 'articles.code2024', 'law', 'note'],
    keep: ['readMore.source'],
  },
  // decideDisclosure names its steps and reasons; the check shows the indicators' steps instead.
  'legal-secrecy/src/data/steps.ts': { omit: ['text'] },
  // A card shows the contact's description and each service's name, what it offers, phones (with
  // what a call costs), hours and link; findContacts is asked by region only.
  'contacts/src/data/contacts.ts': { omit: contactDetails },
  'contacts/src/data/care-centres.ts': { omit: contactDetails },
  'contacts/src/data/helplines.ts': { omit: contactDetails },
  // <mh-role-tips> names the source of every tip, rule and barrier it shows (all seeds), by title and
  // section; it shows no relationship tip, shelter phase, principle or course.
  'role-tips/src/data/roles.ts': { keep: ['source'] },
  'role-tips/src/data/helping.ts': { keep: ['source'] },
  'role-tips/src/data/barriers.ts': { keep: ['source'] },
  // For the pages to read more: the sources the data above still names, whether public, their
  // address; a seed also its title, for <mh-role-tips>'s "Source: …" lines.
  'core/src/data/sources-seeds.ts': { omit: sourceDetails.filter((key) => key !== 'title'), onlyNamed: true },
  'core/src/data/sources-helplines.ts': { omit: sourceDetails, onlyNamed: true },
  'core/src/data/sources-glossary.ts': { omit: sourceDetails, onlyNamed: true },
  'core/src/data/sources-legal.ts': { omit: sourceDetails, onlyNamed: true },
};

const localeKeysOf: ReadonlySet<string> = new Set([...locales, ...regionalLocales]);

/** A text per language (`{ nl, fr, 'nl-NL' … }`) or a table per language (`{ nl: {…}, fr: {…} }`). */
function isPerLocale(value: object): boolean {
  const keys = Object.keys(value);
  return keys.includes(sourceLocale) && keys.every((key) => localeKeysOf.has(key));
}

/**
 * The keys of a per-language value to keep for `locale`: that language's, with its regional
 * variants; where it has none, the source language's, which localize() falls back to.
 */
function localeKeys(value: object, locale: Locale): string[] {
  const keys = Object.keys(value);
  const own = keys.filter((key) => key.slice(0, 2) === locale);
  return own.length ? own : keys.filter((key) => key.slice(0, 2) === sourceLocale);
}

/** Whether `rule` (`text`, `services.description`) names the key at `path` (the keys from the export down, arrays left out). */
function names(rule: string, path: readonly string[]): boolean {
  const keys = rule.split('.');
  return keys.length <= path.length && keys.every((key, index) => path[path.length - keys.length + index] === key);
}

function prune(value: unknown, rules: { readonly omit: readonly string[]; readonly keep: readonly string[] }, locale: Locale | undefined, path: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item) => prune(item, rules, locale, path));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const keys = locale && isPerLocale(record) ? localeKeys(record, locale) : Object.keys(record);
  const kept = (key: string) => rules.keep.some((rule) => names(rule, [...path, key])) || !rules.omit.some((rule) => names(rule, [...path, key]));
  return Object.fromEntries(
    keys.filter((key) => record[key] !== undefined && kept(key)).map((key) => [key, prune(record[key], rules, locale, [...path, key])]),
  );
}

/** Each data module's exports, run once for all the drop-in builds of a `pnpm build`. */
const evaluated = new Map<string, Promise<Record<string, unknown>>>();

/** Runs a data module (bundled with the data modules it imports) and returns its exports. */
function evaluate(path: string): Promise<Record<string, unknown>> {
  let exports = evaluated.get(path);
  if (!exports) {
    exports = build({ entryPoints: [path], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' }).then(
      (result) => import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0]?.text ?? '').toString('base64')}`) as Promise<Record<string, unknown>>,
    );
    evaluated.set(path, exports);
  }
  return exports;
}

/**
 * Every data module a drop-in file can hold, by its path under packages/: those of
 * @mh/elements and of the @mh packages it depends on.
 */
function dataModules(): string[] {
  const manifest = JSON.parse(readFileSync(join(packagesDir, 'elements/package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const packages = ['elements', ...Object.keys(manifest.dependencies).filter((name) => name.startsWith('@mh/')).map((name) => name.slice(4))];
  return packages
    .filter((name) => existsSync(join(packagesDir, name, 'src/data')))
    .flatMap((name) => readdirSync(join(packagesDir, name, 'src/data')).map((file) => `${name}/src/data/${file}`))
    .filter((key) => key.endsWith('.ts'));
}

/** Every string in `value`: a registry entry is kept if the data names its id anywhere. */
function stringsIn(value: unknown, found = new Set<unknown>()): Set<unknown> {
  if (typeof value === 'string') found.add(value);
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((item) => stringsIn(item, found));
  return found;
}

/**
 * The exports of every data module as a drop-in file carries them. A registry module (its rule
 * says `onlyNamed`) keeps only the sources whose id the other modules still name once pruned.
 */
async function pruneAll(locale: Locale | undefined): Promise<Map<string, Exports>> {
  const modules = await Promise.all(
    dataModules().map(async (key) => {
      const rule = omitIn[key] ?? {};
      const rules = { omit: [...omitEverywhere, ...(rule.omit ?? [])], keep: rule.keep ?? [] };
      const values: Exports = Object.entries(await evaluate(join(packagesDir, key))).map(([name, value]) => {
        if (typeof value === 'function') throw new Error(`${key}: a data module exports a function (${name}); keep code out of src/data/.`);
        return [name, prune(value, rules, locale)];
      });
      return [key, { rule, values }] as const;
    }),
  );
  const named = stringsIn(modules.filter(([, { rule }]) => !rule.onlyNamed).map(([, { values }]) => values));
  return new Map(
    modules.map(([key, { rule, values }]) => [
      key,
      rule.onlyNamed ? values.map(([name, list]): Exports[number] => [name, (list as { id: string }[]).filter((source) => named.has(source.id))]) : values,
    ]),
  );
}

/** `locale`: a one-language file, with only that language's texts. */
export function runtimeData(options: { readonly locale?: Locale } = {}): Plugin {
  let pruned: Promise<Map<string, Exports>> | undefined;
  return {
    name: 'mh-runtime-data',
    setup(build) {
      // The packages' sources, not their dist: only there is each data module a file of its own.
      build.onResolve({ filter: /^@mh\/[a-z-]+$/ }, (args) => ({ path: join(packagesDir, args.path.slice(4), 'src/index.ts') }));
      build.onLoad({ filter: /[\\/]src[\\/]data[\\/][^\\/]+\.ts$/ }, async (args) => {
        pruned ??= pruneAll(options.locale);
        const key = relative(packagesDir, args.path).replaceAll('\\', '/');
        const values = (await pruned).get(key);
        if (!values) throw new Error(`${key}: not a data module of @mh/elements or of an @mh package it depends on.`);
        const lines = values.map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`);
        return { contents: lines.join('\n'), loader: 'js' };
      });
    },
  };
}
