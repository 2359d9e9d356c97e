// The lint rules every content package's data must pass, so each package's tests add only the
// rules of its own. A rule returns the problems it found; an empty list passes.
import type { z } from 'zod';
import { unexplainedAbbreviations } from './glossary.js';
import { countryOf, type Region } from './region.js';
import { parseData } from './parse.js';
import { findUnknownSources } from './sources.js';
import { collectLocalizedTexts, collectSourceRefs } from './walk.js';

export interface LintRule {
  readonly name: string;
  /** Why it matters, said when it fails. */
  readonly description: string;
  readonly check: () => readonly string[];
}

export interface CommonLintOptions {
  /** What the data is, for messages: "contact data". */
  readonly subject: string;
  /** The data as published in data.json. */
  readonly data: unknown;
  /** The schema data.json's JSON Schema is generated from. */
  readonly schema: z.ZodType;
  /** The lists whose items have ids, by name; ids must be unique within each list. */
  readonly ids: Readonly<Record<string, readonly { readonly id: string }[]>>;
}

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export function commonLintRules({ subject, data, schema, ids }: CommonLintOptions): LintRule[] {
  return [
    {
      name: 'the data fit the schema',
      description: 'What we publish as data.json is what its JSON Schema promises.',
      check: () => {
        try {
          parseData(schema, data, subject);
          return [];
        } catch (error) {
          return [(error as Error).message];
        }
      },
    },
    {
      name: 'ids are unique and kebab-case',
      description: 'Sites store and link ids; a duplicate or a typo-prone id breaks them.',
      check: () =>
        Object.entries(ids).flatMap(([list, items]) => {
          const listIds = items.map((item) => item.id);
          return [
            ...listIds.filter((id, index) => listIds.indexOf(id) !== index).map((id) => `${list}: duplicate id ${id}`),
            ...listIds.filter((id) => !kebab.test(id)).map((id) => `${list}: ${id} is not kebab-case`),
          ];
        }),
    },
    {
      name: 'every citation names a known source and a section',
      description: 'Facts come from sources: a reader must be able to find the document and the passage we relied on.',
      check: () => {
        const refs = collectSourceRefs(data);
        return [
          ...(refs.length === 0 ? ['the data cite nothing'] : []),
          ...findUnknownSources(refs.map((found) => found.value)).map((id) => `unknown source ${id}`),
          ...refs.filter((found) => found.value.section.trim() === '').map((found) => `${found.path} has no section`),
        ];
      },
    },
    {
      name: 'every nl text has fr and en',
      description: 'nl is the source; a French or English page must not silently show Dutch. The status says whether a person reviewed it.',
      check: () =>
        collectLocalizedTexts(data)
          .filter((found) => !found.value.fr || !found.value.en)
          .map((found) => `${found.path} lacks ${[found.value.fr ? '' : 'fr', found.value.en ? '' : 'en'].filter(Boolean).join(' and ')}`),
    },
    {
      name: 'French texts keep ? ! : ; and « » with a no-break space',
      description: 'French sets a space before ? ! : ; and inside « »; an ordinary one lets the mark wrap alone onto the next line.',
      check: () =>
        collectLocalizedTexts(data).flatMap((found) =>
          (['fr', 'fr-BE', 'fr-NL'] as const)
            .filter((key) => /[ \t][?!:;»]|«[ \t]/.test(found.value[key]?.text ?? ''))
            .map((key) => `${found.path}.${key}: "${found.value[key]?.text}"`),
        ),
    },
    glossaryCoversAbbreviations(subject, data),
    ...translationRules(subject, data),
  ];
}

type Translated = { readonly key: string; readonly text: string };

/** A localized text's translations as plain strings, with their keys (`fr`, `en-BE` …). */
function translationsOf(text: Record<string, unknown>): Translated[] {
  return Object.entries(text)
    .filter(([key]) => key !== 'nl' && !key.startsWith('nl-'))
    .map(([key, value]) => ({ key, text: (value as { text: string }).text }));
}

/**
 * The classes of translation error a read found (issue 26), each a rule so it cannot come back:
 * a modal verb that flips "need not" into "must not", a paragraph written as "(5)", a
 * trafficker who is no longer a human trafficker, and the consulent taken for a consultant.
 */
export function translationRules(subject: string, data: unknown): LintRule[] {
  const texts = collectLocalizedTexts(data);
  const each = (test: (entry: Translated, nl: string) => boolean) =>
    texts.flatMap((found) =>
      translationsOf(found.value as unknown as Record<string, unknown>)
        .filter((entry) => test(entry, found.value.nl))
        .map((entry) => `${found.path}.${entry.key}: "${entry.text}"`),
    );
  return [
    {
      name: `${subject}: "need not" is never translated as "must not"`,
      description:
        'nl "je hoeft geen namen te noemen" is permission not to; fr "vous ne devez" and en "must not" forbid it. Write "vous n’êtes pas obligé de", "you do not have to".',
      check: () =>
        each(
          (entry, nl) =>
            /\bhoef(t|den|de|en)?\b/i.test(nl) &&
            (entry.key.startsWith('fr') ? /\bne (devez|doit|doivent)\b/i.test(entry.text) : /\b(must not|mustn[’']t)\b/i.test(entry.text)),
        ),
    },
    {
      name: `${subject}: a paragraph of an article is written "§ 5", not "(5)"`,
      description: 'Belgian law writes art. 433quinquies, § 5 (the Criminal Code’s 4xx articles); "433quinquies(5)" reads as a footnote or a list item.',
      check: () => [...each((entry) => /\b4\d\d(bis|ter|quater|quinquies)?\(\d+\)/.test(entry.text)), ...texts.filter((found) => /\b4\d\d(bis|ter|quater|quinquies)?\(\d+\)/.test(found.value.nl)).map((found) => `${found.path}.nl: "${found.value.nl}"`)],
    },
    {
      name: `${subject}: a trafficker is a human trafficker ("trafiquant d’êtres humains")`,
      description: 'In French "trafiquant" alone reads as a drug dealer; the texts are about human trafficking (CONTENT.md).',
      check: () => each((entry) => entry.key.startsWith('fr') && /\btrafiquants?\b(?! d[’']êtres humains)/i.test(entry.text)),
    },
    {
      name: `${subject}: the consulent is not a "consultant"`,
      description:
        'A consulent is the caseworker of the Flemish youth-care services (OCJ, SDJ); "consultant" means an adviser for hire. fr keeps "consulent" with a gloss, en says "caseworker (consulent)".',
      check: () => each((entry) => /\bconsultants?\b/i.test(entry.text)),
    },
  ];
}

/** A Belgian article number as texts write it: "art. 458bis", "422bis", "433quinquies", "artikel 458". */
export const belgianArticlePattern = /\b(4(22|33|58)(bis|ter|quinquies)?|art(ikel|\.)\s*4\d\d)\b/i;

/**
 * The rule for texts a reader gets as advice (steps, tips, reasons): they name no Belgian article
 * number. A new Criminal Code took effect in 2026 (8 April or 1 September) and its numbers are not known yet
 * (PUBLIC-FACTS §7); a number belongs in a provision of @mh/legal-secrecy, which the elements
 * show with the caveat that it is the 1867 number.
 */
export function noBelgianArticleNumbers(subject: string, data: unknown): LintRule {
  return {
    name: `${subject} name no Belgian article number`,
    description:
      'The numbers are those of the 1867 Criminal Code, replaced in 2026 (PUBLIC-FACTS §7). Name the rule (het spreekrecht, schuldig verzuim); the provision shows the number with the caveat.',
    check: () =>
      collectLocalizedTexts(data).flatMap((found) =>
        Object.entries(found.value)
          .map(([key, value]) => [key, typeof value === 'string' ? value : (value as { text: string }).text] as const)
          .filter(([, text]) => belgianArticlePattern.test(text))
          .map(([key, text]) => `${found.path}.${key}: ${text}`),
      ),
  };
}

/**
 * The rule for legal provisions and acute steps (issue 24, part 4): each citation names the part
 * of its document that says it (a heading, a numbered part, or the sentence it rests on), so a
 * reader checking an answer at the moment of a worry does not have to search a whole page.
 */
export function citationsNameTheirPart(subject: string, data: unknown): LintRule {
  return {
    name: `${subject}: every citation names the part that says it, not only the page`,
    description: 'A legal rule or an acute step must be checkable in a minute: name the heading, the numbered part or the sentence of the page, not "page".',
    check: () =>
      collectSourceRefs(data)
        .filter((found) => found.value.section.trim().toLowerCase() === 'page')
        .map((found) => `${found.path}: ${found.value.source} is cited as a whole page`),
  };
}

/**
 * The rule for every text a reader sees: each abbreviation in it (a word with two or more
 * capitals, `pv`, `Sw.`) is in the glossary of @mh/core, or part of a name the glossary lists as
 * one (`PAG-ASA`, `UZ Gent`), so the elements can write it out at its first use.
 */
export function glossaryCoversAbbreviations(subject: string, data: unknown): LintRule {
  return {
    name: `${subject}: every abbreviation is in the glossary`,
    description:
      'A reader who meets OCJ, pv or CPVS must learn what it stands for; add the abbreviation to @mh/core’s glossary with its source (or the name to its names), or write it out.',
    check: () =>
      collectLocalizedTexts(data).flatMap((found) =>
        Object.entries(found.value).flatMap(([key, value]) => {
          const text = typeof value === 'string' ? value : (value as { text: string }).text;
          return unexplainedAbbreviations(text).map((term) => `${found.path}.${key}: "${term}" in "${text}"`);
        }),
      ),
  };
}

/**
 * The region decides the word (CONTENT.md): a text of an item for Belgium only says teen pimp
 * (tienerpooier, proxénète d’adolescents, teenage procurer), never "loverboy", the Dutch word; a
 * Dutch variant (`nl-NL`, `en-NL` …) of the same text may.
 */
export function belgianTermsRule(subject: string, items: readonly { readonly id: string; readonly regions: readonly Region[] }[]): LintRule {
  return {
    name: `${subject}: a text for Belgium says teen pimp, not loverboy`,
    description: 'Flanders dropped "loverboy" as too harmless (CONTENT.md T1); in English, Belgian texts say "teenage procurers".',
    check: () =>
      items
        .filter((item) => item.regions.length > 0 && item.regions.every((region) => countryOf(region) === 'BE'))
        .flatMap((item) =>
          collectLocalizedTexts(item).flatMap((found) =>
            Object.entries(found.value)
              .filter(([key]) => !key.endsWith('-NL'))
              .map(([key, value]) => [key, typeof value === 'string' ? value : (value as { text: string }).text] as const)
              .filter(([, text]) => /loverboy/i.test(text))
              .map(([key, text]) => `${item.id}${found.path ? `.${found.path}` : ''}.${key}: "${text}"`),
          ),
        ),
  };
}

/**
 * A package whose fr and en texts were all read against the nl source (issue 26, part 2): none
 * is draft any more, and each says by whom or what (`reviewedBy`, a role) and when (`reviewedOn`).
 */
export function translationsRead(subject: string, data: unknown): LintRule {
  return {
    name: `${subject}: every fr and en text was read against the nl source, and says by whom or what, and when`,
    description: 'Issue 26, part 2: a translation that nobody read stays draft; this package was read on 2026-12-07.',
    check: () =>
      collectLocalizedTexts(data).flatMap((found) =>
        (['fr', 'en', 'fr-NL', 'en-NL'] as const)
          .filter((key) => found.value[key] && (found.value[key]?.status === 'draft' || !found.value[key]?.reviewedBy || !found.value[key]?.reviewedOn))
          .map((key) => `${found.path}.${key}: ${found.value[key]?.status}`),
      ),
  };
}
