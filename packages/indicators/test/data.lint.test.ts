// Semantic lint rules over the published data: each says what it checks and why it matters.
import { regions } from '@mh/core';
import { commonLintRules, type LintRule } from '@mh/core/schema';
import { describe, expect, it } from 'vitest';
import { dataFile, indicatorGroupIds, levels, stepsFor } from '../src/index.js';
import { dataFileSchema } from '../src/schema.js';

const rules: LintRule[] = [
  ...commonLintRules({ subject: 'indicators data', data: dataFile, schema: dataFileSchema, ids: { indicators: dataFile.indicators, steps: dataFile.steps } }),
  {
    name: 'texts speak of "the young person", never of "the victim"',
    description: 'A worry is not yet a fact, and many victims do not see themselves as victims (CONTENT.md).',
    check: () =>
      dataFile.indicators
        .filter((indicator) => !indicator.text.nl.startsWith('De jongere') || /slachtoffer/i.test(indicator.text.nl))
        .map((indicator) => indicator.id),
  },
  {
    name: 'every group has indicators and every indicator a known group',
    description: 'The checklist shows the four groups of the fiche; an empty or unknown group would confuse.',
    check: () => [
      ...indicatorGroupIds.filter((group) => !dataFile.indicators.some((indicator) => indicator.group === group)).map((group) => `group ${group} is empty`),
      ...dataFile.groups.filter((group) => !indicatorGroupIds.includes(group.id)).map((group) => `unknown group ${group.id}`),
    ],
  },
  {
    name: 'every level has a definition and, in every region, at least one step',
    description: 'Whatever a professional ticks, wherever they work, the result names a next step.',
    check: () =>
      levels.flatMap((level) => [
        ...(dataFile.levels.some((definition) => definition.id === level) ? [] : [`level ${level} has no definition`]),
        ...regions.filter((region) => stepsFor(level, region).length === 0).map((region) => `level ${level} has no step in ${region}`),
      ]),
  },
];

describe('indicators data', () => {
  it.each(rules)('$name', (rule) => {
    expect(rule.check(), rule.description).toEqual([]);
  });
});
