import { DataValidationError } from '@mh/core';
import type { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataFile, provisions, type CitedText, type Provision, type VerdictDefinition } from '../src/index.js';
import { citedTextSchema, dataJsonSchema, parseProvisions, provisionSchema, verdictDefinitionSchema } from '../src/schema.js';

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
    expectTypeOf<z.output<typeof provisionSchema>>().toExtend<Provision>();
    expectTypeOf<Provision>().toExtend<z.input<typeof provisionSchema>>();
    expectTypeOf<z.output<typeof citedTextSchema>>().toExtend<CitedText>();
    expectTypeOf<z.output<typeof verdictDefinitionSchema>>().toExtend<VerdictDefinition>();
    expectTypeOf<VerdictDefinition>().toExtend<z.input<typeof verdictDefinitionSchema>>();
  });
});

describe('parseProvisions', () => {
  it('accepts the package’s own provisions', () => {
    expect(parseProvisions(JSON.parse(JSON.stringify(provisions)))).toHaveLength(provisions.length);
  });

  it('names the path of every problem in a site’s own list', () => {
    const broken = JSON.parse(JSON.stringify(provisions));
    broken[2].articles.code1867.article = '';
    broken[6].law.source.source = 'wikipedia';
    broken[7].kind = 'duty-to-report';
    const error = issuesOf(() => parseProvisions(broken));
    expect(error.subject).toBe('provision data');
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['[2].articles.code1867.article', '[6].law.source.source', '[7].kind']),
    );
  });

  it('rejects a list that has an id twice', () => {
    const list = JSON.parse(JSON.stringify(provisions));
    const error = issuesOf(() => parseProvisions([...list, list[0]]));
    expect(error.issues).toEqual([{ path: `[${list.length}].id`, message: 'duplicate provision id "professional-secrecy"' }]);
  });

  it('rejects a Belgian provision that has a Dutch law instead of articles', () => {
    const { articles: _articles, ...rest } = JSON.parse(JSON.stringify(provisions[0]));
    const error = issuesOf(() => parseProvisions([{ ...rest, law: { name: { nl: 'x' }, source: { source: 'draaiboek-jeugdhulp', section: '9' } } }]));
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['[0]', '[0].articles']);
  });
});

describe('dataJsonSchema', () => {
  it('describes the published file', () => {
    const schema = dataJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('@mh/legal-secrecy/data.schema.json');
    expect(Object.keys(schema.properties as object).sort()).toEqual(Object.keys(dataFile).sort());
  });
});
