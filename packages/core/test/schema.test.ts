import type { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DataValidationError, formatPath, regionalLocales, type LocalizedText, type Source, type SourceRef } from '../src/index.js';
import { collectLocalizedTexts, collectSourceRefs, localizedTextSchema, parseData, publicSourceSchema, sourceRefSchema, sourceSchema } from '../src/schema.js';

function issuesOf(run: () => unknown): DataValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataValidationError) return error;
    throw error;
  }
  throw new Error('expected a DataValidationError');
}

describe('the schemas match the hand-written types', () => {
  it('in both directions', () => {
    expectTypeOf<z.output<typeof localizedTextSchema>>().toExtend<LocalizedText>();
    expectTypeOf<LocalizedText>().toExtend<z.input<typeof localizedTextSchema>>();
    expectTypeOf<z.output<typeof sourceRefSchema>>().toExtend<SourceRef>();
    expectTypeOf<SourceRef>().toExtend<z.input<typeof sourceRefSchema>>();
    expectTypeOf<z.output<typeof sourceSchema>>().toExtend<Source>();
    expectTypeOf<Source>().toExtend<z.input<typeof sourceSchema>>();
  });

  it('accepts every regional locale key the type allows', () => {
    expect(Object.keys(localizedTextSchema.shape).filter((key) => key.includes('-')).sort()).toEqual([...regionalLocales].sort());
  });
});

describe('parseData', () => {
  it('returns valid data, trimmed', () => {
    expect(parseData(localizedTextSchema, { nl: ' hallo ', fr: { text: 'bonjour', status: 'draft' } }, 'text')).toEqual({
      nl: 'hallo',
      fr: { text: 'bonjour', status: 'draft' },
    });
  });

  it('names the path of every problem', () => {
    const error = issuesOf(() =>
      parseData(localizedTextSchema, { nl: '', 'nl-NL': { text: 'loverboy', status: 'final' }, de: { text: 'x', status: 'draft' } }, 'indicator text'),
    );
    expect(error.subject).toBe('indicator text');
    expect(error.issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(['nl', '["nl-NL"].status', '']));
    expect(error.message).toMatch(/^Invalid indicator text:/);
    expect(error.message).toContain('["nl-NL"].status');
    expect(error.message).toMatch(/\(the value itself\): .*de/);
  });

  it('rejects a citation of an unknown source and lists the known ones', () => {
    const error = issuesOf(() => parseData(sourceRefSchema, { source: 'wikipedia', section: '4.1' }, 'citation'));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]?.path).toBe('source');
    expect(error.issues[0]?.message).toContain('draaiboek-jeugdhulp');
  });

  it('requires a public source to have a web address and the date it was read', () => {
    const page = { id: 'child-focus-116000', kind: 'public', url: 'https://childfocus.be/nl', title: 'Child Focus', language: 'nl', consulted: '2026-11-23' };
    expect(parseData(publicSourceSchema, page, 'source')).toEqual(page);
    const error = issuesOf(() => parseData(sourceSchema, { ...page, url: 'childfocus.be', consulted: '23/11/2026' }, 'source'));
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['consulted', 'url']);
  });
});

describe('formatPath', () => {
  it('writes paths the way a developer would', () => {
    expect(formatPath(['contacts', 3, 'phones', 0, 'number'])).toBe('contacts[3].phones[0].number');
    expect(formatPath([2, 'text', 'nl-NL'])).toBe('[2].text["nl-NL"]');
    expect(formatPath([])).toBe('');
  });
});

describe('collectLocalizedTexts and collectSourceRefs', () => {
  const data = {
    items: [
      { id: 'a', text: { nl: 'een', en: { text: 'one', status: 'draft' } }, source: { source: 'tien-drempels', section: '1' } },
      { id: 'b', text: { nl: 'twee' }, looksLike: [{ text: { nl: 'drie' }, source: { source: 'made-up', section: '2' } }] },
    ],
  };

  it('finds every text and citation with its path', () => {
    expect(collectLocalizedTexts(data).map((found) => found.path)).toEqual(['items[0].text', 'items[1].text', 'items[1].looksLike[0].text']);
    expect(collectSourceRefs(data).map((found) => [found.path, found.value.source])).toEqual([
      ['items[0].source', 'tien-drempels'],
      ['items[1].looksLike[0].source', 'made-up'],
    ]);
  });

  it('does not take an object with other keys for a text', () => {
    expect(collectLocalizedTexts({ nl: 'x', id: 'y' })).toEqual([]);
  });
});
