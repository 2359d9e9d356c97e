import type { z } from 'zod';
import { DataValidationError } from '@mh/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { dataFile, roles, type Barrier, type LearningResource, type Role, type RoleTipsDataFile, type Tip } from '../src/index.js';
import { barrierSchema, dataFileSchema, dataJsonSchema, learningResourceSchema, parseData, parseRoles, roleSchema, tipSchema } from '../src/schema.js';

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
    expectTypeOf<z.output<typeof tipSchema>>().toExtend<Tip>();
    expectTypeOf<Tip>().toExtend<z.input<typeof tipSchema>>();
    expectTypeOf<z.output<typeof roleSchema>>().toExtend<Role>();
    expectTypeOf<Role>().toExtend<z.input<typeof roleSchema>>();
    expectTypeOf<z.output<typeof barrierSchema>>().toExtend<Barrier>();
    expectTypeOf<Barrier>().toExtend<z.input<typeof barrierSchema>>();
    expectTypeOf<z.output<typeof learningResourceSchema>>().toExtend<LearningResource>();
    expectTypeOf<LearningResource>().toExtend<z.input<typeof learningResourceSchema>>();
    expectTypeOf<z.output<typeof dataFileSchema>>().toExtend<RoleTipsDataFile>();
    expectTypeOf<RoleTipsDataFile>().toExtend<z.input<typeof dataFileSchema>>();
  });
});

describe('parseRoles', () => {
  it('returns a valid list as it is', () => {
    expect(parseRoles(roles)).toEqual(roles);
  });

  it('names the path of each problem in a site’s own roles', () => {
    const broken = structuredClone(roles) as unknown as { tips: { forms: string[]; regions: string[] }[] }[];
    broken[1]!.tips[0]!.forms = ['financial'];
    broken[2]!.tips[1]!.regions = [];
    const error = issuesOf(() => parseRoles(broken));
    expect(error.subject).toBe('role data');
    expect(error.issues.map((issue) => issue.path)).toEqual(['[1].tips[0].forms[0]', '[2].tips[1].regions']);
  });

  it('rejects a tip id used twice, even in two roles', () => {
    const twice = structuredClone(roles) as unknown as { tips: { id: string }[] }[];
    twice[3]!.tips[0]!.id = twice[0]!.tips[0]!.id;
    expect(issuesOf(() => parseRoles(twice)).issues).toEqual([{ path: '[3].tips[0].id', message: 'duplicate tip id "parent-look-out-for-each-other"' }]);
  });
});

describe('dataFileSchema', () => {
  it('holds exactly five conversation rules, three shelter phases and ten barriers, in order', () => {
    const fewer = { ...dataFile, barriers: dataFile.barriers.slice(0, 9) };
    expect(issuesOf(() => parseData(dataFileSchema, fewer, 'data')).issues).toEqual([{ path: 'barriers', message: 'the source has ten barriers' }]);
    const swapped = { ...dataFile, conversationRules: [dataFile.conversationRules[1], dataFile.conversationRules[0], ...dataFile.conversationRules.slice(2)] };
    expect(issuesOf(() => parseData(dataFileSchema, swapped, 'data')).issues.map((issue) => issue.path)).toEqual(['conversationRules[0].number', 'conversationRules[1].number']);
    const noPhase = { ...dataFile, shelterPhases: dataFile.shelterPhases.slice(1) };
    expect(issuesOf(() => parseData(dataFileSchema, noPhase, 'data')).issues.map((issue) => issue.path)).toContain('shelterPhases');
  });

  it('generates a JSON Schema 2020-12 that names every part of the file', () => {
    const schema = dataJsonSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('@mh/role-tips/data.schema.json');
    expect(Object.keys(schema.properties as object).sort()).toEqual(Object.keys(dataFile).sort());
  });
});
