import type { z } from 'zod';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { DataValidationError } from '@mh/core';
import { contacts, dataFile, type Contact, type DataFile, type Phone, type Schedule, type Service } from '../src/index.js';
import { contactSchema, dataFileSchema, dataJsonSchema, parseContacts, phoneSchema, scheduleSchema, serviceSchema } from '../src/schema.js';

function issuesOf(run: () => unknown): DataValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof DataValidationError) return error;
    throw error;
  }
  throw new Error('expected a DataValidationError');
}

/** A copy of the real data with each `[path, value]` change made, e.g. `['0.services.1.id', 'x']`. */
function brokenCopy(...changes: readonly (readonly [string, unknown])[]): unknown {
  const data: unknown = structuredClone(contacts);
  for (const [path, value] of changes) {
    const keys = path.split('.');
    const last = keys.pop() ?? '';
    let target = data as Record<string, unknown>;
    for (const key of keys) target = target[key] as Record<string, unknown>;
    target[last] = value;
  }
  return data;
}

const anySource = { source: 'tien-drempels', section: '1' };

describe('the schemas match the hand-written types', () => {
  it('in both directions', () => {
    expectTypeOf<z.output<typeof phoneSchema>>().toExtend<Phone>();
    expectTypeOf<Phone>().toExtend<z.input<typeof phoneSchema>>();
    expectTypeOf<z.output<typeof scheduleSchema>>().toExtend<Schedule>();
    expectTypeOf<Schedule>().toExtend<z.input<typeof scheduleSchema>>();
    expectTypeOf<z.output<typeof serviceSchema>>().toExtend<Service>();
    expectTypeOf<Service>().toExtend<z.input<typeof serviceSchema>>();
    expectTypeOf<z.output<typeof contactSchema>>().toExtend<Contact>();
    expectTypeOf<Contact>().toExtend<z.input<typeof contactSchema>>();
    expectTypeOf<z.output<typeof dataFileSchema>>().toExtend<DataFile>();
    expectTypeOf<DataFile>().toExtend<z.input<typeof dataFileSchema>>();
  });
});

describe('parseContacts', () => {
  it('returns the real data unchanged', () => {
    expect(parseContacts(brokenCopy())).toEqual(contacts);
  });

  it('names the path of a bad phone number', () => {
    const error = issuesOf(() => parseContacts(brokenCopy(['0.services.1.phones.0.number', '02 475 44 11'])));
    expect(error.issues.map((issue) => issue.path)).toEqual(['[0].services[1].phones[0].number']);
    expect(error.message).toMatch(/^Invalid contact data:/);
    expect(error.message).toContain('[0].services[1].phones[0].number: must be an E.164 number');
  });

  it('rejects an unknown source, a missing section, hours that close before they open, an unknown field and no services', () => {
    const data = brokenCopy(
      ['1.sources.0.source', 'wikipedia'],
      ['1.services.0.phones.0.source', { source: 'draaiboek-jeugdhulp', section: ' ' }],
      ['2.services.0.hours', { kind: 'weekly', hours: [{ days: ['mo'], opens: '17:00', closes: '09:00' }], source: anySource }],
      ['3.services.0.phones.0.tollFree', true],
      ['4.services', []],
    );
    expect(issuesOf(() => parseContacts(data)).issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        '[1].sources[0].source',
        '[1].services[0].phones[0].source.section',
        '[2].services[0].hours.hours[0].closes',
        '[3].services[0].phones[0]',
        '[4].services',
      ]),
    );
  });

  it('rejects duplicate contact and service ids, an address outside its country and a badly written time', () => {
    const data = brokenCopy(
      ['1.id', 'child-focus'],
      ['2.services.0.id', 'child-focus-116000'],
      ['3.address.country', 'NL'],
      ['0.services.0.hours', { kind: 'weekly', hours: [{ days: ['mo'], opens: '9:00', closes: '17:00' }], source: anySource }],
    );
    const error = issuesOf(() => parseContacts(data));
    expect(error.issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['[1].id', '[2].services[0].id', '[3].address.region', '[0].services[0].hours.hours[0].opens']),
    );
    expect(error.message).toContain('duplicate contact id "child-focus"');
    expect(error.message).toContain('duplicate service id "child-focus-116000"');
  });

  it('accepts short numbers only with a Belgian or Dutch country code', () => {
    const phone = { number: '+32112', display: '112', kind: 'voice', source: anySource };
    expect(phoneSchema.safeParse(phone).success).toBe(true);
    expect(phoneSchema.safeParse({ ...phone, number: '+44112' }).success).toBe(false);
    expect(phoneSchema.safeParse({ ...phone, number: '+3224754411' }).success).toBe(true);
    expect(phoneSchema.safeParse({ ...phone, number: '+0224754411' }).success).toBe(false);
  });
});

describe('dataJsonSchema', () => {
  it('is a draft 2020-12 schema with the package id that requires E.164 phones', () => {
    const schema = dataJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('@mh/contacts/data.schema.json');
    expect(JSON.stringify(schema)).toContain(JSON.stringify('^\\+[1-9]\\d{6,14}$|^\\+3[12][1-9]\\d{2,5}$'));
    expect((schema.required as string[] | undefined) ?? []).toEqual(['contacts']);
  });

  it('describes the data file the package exports', () => {
    expect(dataFileSchema.safeParse(dataFile).success).toBe(true);
  });
});
