import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commonLintRules, localizedTextSchema, sourceRefSchema } from '../src/schema.js';

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
