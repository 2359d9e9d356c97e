import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checked } from '../src/index.js';
import { belgianTermsRule, citationsNameTheirPart, commonLintRules, localizedTextSchema, sourceRefSchema, translationRules, translationsRead } from '../src/schema.js';

const itemSchema = z.strictObject({ id: z.string(), text: localizedTextSchema, source: sourceRefSchema });
const schema = z.strictObject({ items: z.array(itemSchema) });

function problems(items: unknown[]): Record<string, readonly string[]> {
  const data = { items };
  const rules = commonLintRules({ subject: 'test data', data, schema, ids: { items: items as { id: string }[] } });
  return Object.fromEntries(rules.map((rule) => [rule.name, rule.check()]));
}

describe('commonLintRules', () => {
  it('passes good data', () => {
    const good = { id: 'a', text: { nl: 'een', fr: { text: 'un', status: 'draft' }, en: { text: 'one', status: 'draft' } }, source: { source: 'tien-drempels', section: '1' } };
    expect(Object.values(problems([good])).flat()).toEqual([]);
  });

  it('names each problem of bad data', () => {
    const bad = [
      { id: 'Dup', text: { nl: 'een' }, source: { source: 'made-up', section: ' ' } },
      { id: 'Dup', text: { nl: 'twee', en: { text: 'two', status: 'draft' } }, source: { source: 'tien-drempels', section: '2' } },
    ];
    const found = problems(bad);
    expect(found['the data fit the schema']?.[0]).toMatch(/^Invalid test data:[\s\S]*items\[0\]\.source\.source/);
    expect(found['ids are unique and kebab-case']).toEqual(['items: duplicate id Dup', 'items: Dup is not kebab-case', 'items: Dup is not kebab-case']);
    expect(found['every citation names a known source and a section']).toEqual(['unknown source made-up', 'items[0].source has no section']);
    expect(found['every nl text has fr and en']).toEqual(['items[0].text lacks fr and en', 'items[1].text lacks fr']);
  });

  it('finds French punctuation that could wrap alone', () => {
    const text = (fr: string) => ({ nl: 'x', fr: { text: fr, status: 'draft' }, en: { text: 'x', status: 'draft' } });
    const found = problems([
      { id: 'a', text: text('Un doute ? Appelez : « Child Focus »'), source: { source: 'tien-drempels', section: '1' } },
      { id: 'b', text: text('Un doute\u00a0? Appelez\u00a0: «\u00a0Child Focus\u00a0»'), source: { source: 'tien-drempels', section: '1' } },
    ]);
    expect(found['French texts keep ? ! : ; and « » with a no-break space']).toEqual(['items[0].text.fr: "Un doute ? Appelez : « Child Focus »"']);
  });
});

// Issue 26, part 1: the classes of translation error a read found, each a rule.
describe('translationRules', () => {
  const rules = (data: unknown) => Object.fromEntries(translationRules('texts', data).map((rule) => [rule.name.replace('texts: ', ''), rule.check()]));
  const draft = (text: string) => ({ text, status: 'draft' as const });

  it('fails on "must not" for nl "hoeft niet", and passes "not obliged to"', () => {
    const found = rules({
      wrong: { nl: 'Je hoeft geen namen te noemen.', fr: draft('Vous ne devez citer aucun nom.'), en: draft('You must not give names.') },
      right: { nl: 'Je hoeft geen namen te noemen.', fr: draft('Vous n’êtes pas obligé de citer des noms.'), en: draft('You do not have to give names.') },
      forbidden: { nl: 'Je mag geen namen noemen.', fr: draft('Vous ne devez citer aucun nom.'), en: draft('You must not give names.') },
    });
    expect(found['"need not" is never translated as "must not"']).toEqual(['wrong.fr: "Vous ne devez citer aucun nom."', 'wrong.en: "You must not give names."']);
  });

  it('fails on "433quinquies(5)" in any language, and passes "§ 5" and Dutch "7.3.11(4)"', () => {
    const found = rules({
      wrong: { nl: 'art. 433quinquies(5) Sw.', fr: draft('art. 433quinquies, § 5'), en: draft('art. 433quinquies(5)') },
      right: { nl: 'art. 433quinquies, § 5', fr: draft('art. 433quinquies, § 5'), en: draft('art. 7.3.11(4) of the Youth Act') },
    });
    expect(found['a paragraph of an article is written "§ 5", not "(5)"']).toEqual(['wrong.en: "art. 433quinquies(5)"', 'wrong.nl: "art. 433quinquies(5) Sw."']);
  });

  it('fails on a "trafiquant" who is not "d’êtres humains", and on a "consultant"', () => {
    const found = rules({
      a: { nl: 'een mensenhandelaar', fr: draft('un trafiquant'), en: draft('a trafficker') },
      b: { nl: 'een mensenhandelaar', fr: draft('un trafiquant d’êtres humains'), en: draft('a human trafficker') },
      c: { nl: 'de consulent', fr: draft('le consultant'), en: draft('the consultant') },
      d: { nl: 'de consulent', fr: draft('le ou la consulent'), en: draft('the caseworker (consulent)') },
    });
    expect(found['a trafficker is a human trafficker ("trafiquant d’êtres humains")']).toEqual(['a.fr: "un trafiquant"']);
    expect(found['the consulent is not a "consultant"']).toEqual(['c.fr: "le consultant"', 'c.en: "the consultant"']);
  });
});

// Issue 26; CONTENT.md: "the region decides the word": Flanders says tienerpooier, the Netherlands loverboy.
describe('belgianTermsRule', () => {
  it('fails on "loverboy" in a text for Belgium only, and lets a Dutch item or a Dutch variant say it', () => {
    const draft = (text: string) => ({ text, status: 'draft' as const });
    const items = [
      { id: 'be', regions: ['BE-VLG'], text: { nl: 'Leer hoe tienerpooiers werken.', en: draft('Learn how the loverboy method works.') } },
      { id: 'both', regions: ['BE', 'NL'], text: { nl: 'tienerpooier', 'nl-NL': draft('loverboy') } },
      { id: 'nl', regions: ['NL'], text: { nl: 'loverboy', en: draft('loverboy') } },
      { id: 'variant', regions: ['BE'], text: { nl: 'tienerpooier', 'en-NL': draft('loverboy') } },
    ] as const;
    const rule = belgianTermsRule('tips', items);
    expect(rule.check()).toEqual(['be.text.en: "Learn how the loverboy method works."']);
  });
});

// Issue 26, part 2: a translation nobody read stays draft; a read one says by whom and when.
describe('translationsRead', () => {
  it('fails on a draft translation and on a checked one that does not say by whom or when', () => {
    const rule = translationsRead('texts', {
      a: { nl: 'Bel 112.', fr: { text: 'Appelez le 112.', ...checked }, en: { text: 'Call 112.', status: 'draft' } },
      b: { nl: 'Bel 101.', fr: { text: 'Appelez le 101.', status: 'checked' } },
    });
    expect(rule.check()).toEqual(['a.en: draft', 'b.fr: checked']);
  });
});

// Issue 24, part 4: legal provisions and acute steps cite the part of a page that says it.
describe('citationsNameTheirPart', () => {
  it('fails on a citation of a whole page and passes one that names its heading', () => {
    const rule = citationsNameTheirPart('steps', {
      call: { sources: [{ source: 'police-be-numeros-urgence', section: 'Numéros d’urgence' }] },
      report: { sources: [{ source: 'vvsg-casusoverleg', section: 'page' }] },
    });
    expect(rule.check()).toEqual(['report.sources[0]: vvsg-casusoverleg is cited as a whole page']);
  });
});
