// Semantic lint rules over the published data: each says what it checks and why it matters.
import { countryOf, getSource, regionIncludes, regionOfRef, regions, type Region, type SourceRef } from '@mh/core';
import { belgianTermsRule, collectLocalizedTexts, collectSourceRefs, commonLintRules, noBelgianArticleNumbers, plainDutch, readabilityCsv, readabilityOf, translationsRead, type LintRule } from '@mh/core/schema';
import { writeTestReport } from '../../../scripts/test-report.mjs';
import { describe, expect, it } from 'vitest';
import { dataFile, exploitationForms, rolesFor, type ExploitationForm } from '../src/index.js';
import { dataFileSchema } from '../src/schema.js';
import { findSection, readSeed, reportSkipped, skipWithoutSeeds } from './seeds.js';
import { perpetratorWordingProblems, type PlacedValue } from './wording.js';

reportSkipped('@mh/role-tips: the data against the seed documents (the cited sections, the section lookup)');

/** A B1 sentence rarely needs more; a list after a colon counts as a sentence of its own. */
const maxWordsPerSentence = 22;
const tips = dataFile.roles.flatMap((role) => role.tips);

/** Where a seed's item is shown when it has no regions of its own: the seed's region. */
function seedRegion(ref: SourceRef): Region {
  const source = getSource(ref.source);
  if (source.kind !== 'seed') throw new Error(`${ref.source} is not a seed`);
  return source.region;
}

/** Every item of the data with the regions it is shown in. */
function placedItems(): PlacedValue[] {
  const { roles, shelterIntro, shelterNote, nonPunishment, learning } = dataFile;
  const lists = ['conversationRules', 'relationshipTips', 'shelterPhases', 'barriers'] as const;
  return [
    ...roles.flatMap((role, roleIndex): PlacedValue[] => [
      { path: `roles[${roleIndex}].name`, regions: role.regions, value: role.name },
      ...role.tips.map((tip, tipIndex) => ({ path: `roles[${roleIndex}].tips[${tipIndex}]`, regions: tip.regions, value: tip })),
    ]),
    ...lists.flatMap((list) => dataFile[list].map((item, index) => ({ path: `${list}[${index}]`, regions: item.regions, value: item }))),
    { path: 'shelterIntro', regions: [seedRegion(shelterIntro.source)], value: shelterIntro },
    { path: 'shelterNote', regions: [seedRegion(shelterNote.source)], value: shelterNote },
    { path: 'nonPunishment', regions: nonPunishment.regions, value: nonPunishment },
    { path: 'learning', regions: learning.regions, value: learning },
  ];
}

/** The forms each seed is about, so a tip's forms follow from its source (see src/data/roles.ts). */
const formsOfSource: Readonly<Record<string, readonly ExploitationForm[]>> = {
  'reis-van-kelly': ['sexual', 'criminal', 'labour'],
  'tien-drempels': ['sexual', 'criminal'],
  'poster-beroepsgeheim': ['sexual'],
  'draaiboek-jeugdhulp': ['sexual'],
};

const rules: LintRule[] = [
  // Issue 25: a Belgian article number is shown only with the caveat that it is the 1867 number; tips name the rule instead.
  noBelgianArticleNumbers('tips, rules and barriers', dataFile),
  // Issue 26: CONTENT.md, the perpetrator per region.
  belgianTermsRule('tips', tips),
  translationsRead('role tips data', dataFile),
  // Issue 26, part 3: CONTENT.md promises Dutch at B1, measured with Flesch-Douma.
  plainDutch('role tips data', dataFile),
  ...commonLintRules({
    subject: 'role tips data',
    data: dataFile,
    schema: dataFileSchema,
    ids: {
      roles: dataFile.roles,
      tips,
      conversationRules: dataFile.conversationRules,
      relationshipTips: dataFile.relationshipTips,
      shelterPhases: dataFile.shelterPhases,
      barriers: dataFile.barriers,
    },
  }),
  {
    name: 'every item cites a source',
    description: 'A reader must be able to find the passage we relied on.',
    check: () =>
      [...tips, ...dataFile.relationshipTips, ...dataFile.conversationRules, ...dataFile.shelterPhases, ...dataFile.barriers]
        .filter((item) => !item.source)
        .map((item) => `${item.id} cites nothing`),
  },
  {
    name: 'a tip is marked as about danger exactly when its own words are',
    description: 'In danger such tips come first in the check’s result and below it they are left out (resultTipsFor): the mark must follow the text, not a guess.',
    check: () =>
      tips
        .filter((tip) => Boolean(tip.danger) !== /\bgevaar\b/i.test(tip.text.nl))
        .map((tip) => `${tip.id}: ${tip.danger ? 'marked as about danger, but its text does not say "gevaar"' : 'its text is about danger ("gevaar"), but it is not marked'}`),
  },
  {
    name: 'every tip, rule, barrier, principle and course is shown only where its source speaks for that region',
    description:
      'A Dutch tip is not Belgian practice, nor a Flemish scheme Walloon (seed README; issue on regions). A source speaks for its document’s region, or for the wider region of a seed section in its scopes (with the words that show it): @mh/core’s regionOfRef.',
    check: () => {
      const { roles, nonPunishment, learning, conversationRules, relationshipTips, shelterPhases, barriers } = dataFile;
      const items = [
        ...roles.flatMap((role) => role.tips.map((tip) => ({ id: tip.id, regions: tip.regions, source: tip.source }))),
        ...[...conversationRules, ...relationshipTips, ...shelterPhases, ...barriers].map((item) => ({ id: item.id, regions: item.regions, source: item.source })),
        { id: nonPunishment.id, regions: nonPunishment.regions, source: nonPunishment.source },
        { id: learning.id, regions: learning.regions, source: learning.source },
      ];
      return items.flatMap((item) => {
        const spoken = regionOfRef(item.source);
        return item.regions
          .filter((region) => spoken === undefined || !regionIncludes(spoken, region))
          .map((region) => `${item.id} is shown in ${region}, but ${item.source.source} (${item.source.section}) speaks for ${spoken ?? 'no region'}`);
      });
    },
  },
  {
    name: 'the perpetrator is named as the region does, never as a boyfriend',
    description: 'A Flemish text says "tienerpooier"; a text shown in the Netherlands that names the perpetrator needs nl-NL saying "loverboy", defined as a mensenhandelaar (CONTENT.md).',
    check: () => perpetratorWordingProblems(placedItems()),
  },
  {
    name: 'every role has tips, in each of its regions and nowhere else',
    description: 'A role picker shows a role where it has something to say; a tip outside its role’s regions would never be found.',
    check: () =>
      dataFile.roles.flatMap((role) => [
        ...(role.tips.length === 0 ? [`${role.id} has no tips`] : []),
        ...role.regions.filter((region) => !role.tips.some((tip) => tip.regions.includes(region))).map((region) => `${role.id} has no tip for ${region}`),
        ...role.tips
          .filter((tip) => !tip.regions.every((region) => role.regions.some((area) => regionIncludes(area, region))))
          .map((tip) => `${tip.id} applies outside its role’s regions ${role.regions.join(', ')}`),
      ]),
  },
  {
    name: 'a tip applies in the country of its source',
    description: 'Seeds 001 and 004 speak of Dutch organisations, 000 and 002 of Belgian ones: a Dutch tip must not show in Belgium.',
    check: () =>
      tips
        .filter((tip) => !tip.regions.every((region) => countryOf(region) === countryOf(seedRegion(tip.source))))
        .map((tip) => `${tip.id} (${tip.regions.join(', ')}) cites ${tip.source.source}, from ${seedRegion(tip.source)}`),
  },
  {
    name: 'a tip’s forms are the forms its source is about',
    description: 'Seed 001 names sexual, criminal and labour exploitation; 004 criminal and sexual; 000 and 002 are about sexual exploitation of minors.',
    check: () =>
      tips
        .filter((tip) => {
          const expected = formsOfSource[tip.source.source];
          return !expected || tip.forms.length !== expected.length || !expected.every((form) => tip.forms.includes(form));
        })
        .map((tip) => `${tip.id}: forms ${tip.forms.join(', ')} do not match ${tip.source.source}`)
        .concat(tips.filter((tip) => !tip.forms.every((form) => exploitationForms.includes(form))).map((tip) => `${tip.id}: unknown form`)),
  },
  {
    name: 'every form and every region has tips',
    description: 'Whatever a professional picks, somewhere there is something to do.',
    check: () => [
      ...exploitationForms.filter((form) => !tips.some((tip) => tip.forms.includes(form))).map((form) => `no tip for ${form} exploitation`),
      ...regions.filter((region) => rolesFor(region).length === 0).map((region) => `no role has tips for ${region}`),
    ],
  },
  {
    name: 'nl says "je", fr says "vous"',
    description: 'The tone of CONTENT.md: "je" in nl as the seeds do, "vous" in fr. A question quoted for the young person («…») may say "tu".',
    check: () =>
      collectLocalizedTexts(dataFile).flatMap(({ path, value }) => [
        ...(/(?<!\p{L})(u|uw)(?!\p{L})/iu.test(value.nl) ? [`${path}: nl says "u"`] : []),
        ...(value.fr && /(?<![\p{L}’'])(tu|toi|ton|ta|tes|te)(?!\p{L})/iu.test(value.fr.text.replace(/«[^»]*»/g, '')) ? [`${path}: fr says "tu"`] : []),
      ]),
  },
  {
    name: 'nl sentences are short (B1)',
    description: 'Readers are in a hurry, often on a phone: CONTENT.md aims for B1, and long sentences are the first thing that makes a text hard.',
    check: () =>
      collectLocalizedTexts(dataFile).flatMap(({ path, value }) =>
        value.nl
          .split(/(?<=[.?!:])\s+/)
          .filter((sentence) => sentence.split(/\s+/).length > maxWordsPerSentence)
          .map((sentence) => `${path}: ${sentence.split(/\s+/).length} words in "${sentence}"`),
      ),
  },
  {
    name: 'no text assumes the young person is a girl',
    description: 'Boys are victims too (CONTENT.md).',
    check: () =>
      collectLocalizedTexts(dataFile)
        .filter(({ value }) => /\bmeisjes?\b/i.test(value.nl) || /\bgirls?\b/i.test(value.en?.text ?? '') || /\bfilles?\b/i.test(value.fr?.text ?? ''))
        .map(({ path }) => path),
  },
];

// The rules that read the seed documents: skipped, with one line, where they are missing (scripts/seeds.mjs).
const sourceRules: LintRule[] = [
  {
    name: 'every section cited in a seed is in that seed',
    description: 'A reader must be able to find the passage we relied on. A [bracketed] section describes a block without a heading.',
    check: () => {
      const problems: string[] = [];
      for (const { path, value } of collectSourceRefs(dataFile)) {
        const source = getSource(value.source);
        if (source?.kind !== 'seed') continue;
        const missing = findSection(readSeed(value.source), value.section).filter((at) => at < 0);
        if (missing.length > 0) problems.push(`${path}: section "${value.section}" is not in ${source.file}`);
      }
      return problems;
    },
  },
];

describe.skipIf(skipWithoutSeeds)('role tips data against the seed documents', () => {
  it.each(sourceRules)('$name', (rule) => {
    expect(rule.check(), rule.description).toEqual([]);
  });
});

describe('role tips data', () => {
  // Issue 26, part 3: each Dutch text's score, hardest first, for a content owner (the Storybook
  // page Content/Readability shows the same).
  it('scores every Dutch text of eight words or more, per item (test-results/readability.csv)', () => {
    const texts = readabilityOf(dataFile);
    writeTestReport(import.meta.url, 'readability.csv', readabilityCsv(texts));
    expect(texts.length).toBeGreaterThan(20);
  });
  it.each(rules)('$name', (rule) => {
    expect(rule.check(), rule.description).toEqual([]);
  });
});

describe('the wording rule catches what it is for', () => {
  const tip = (nl: string, extra: object = {}) => ({ text: { nl, fr: { text: 'x', status: 'draft' }, en: { text: 'x', status: 'draft' }, ...extra } });

  it('a text shown in NL that names the perpetrator needs nl-NL with loverboy, defined as a trafficker', () => {
    expect(perpetratorWordingProblems([{ path: 'a', regions: ['NL'], value: tip('Een tienerpooier maakt de jongere afhankelijk.') }])).toEqual([
      'a.text names the perpetrator and is shown in NL: it needs an nl-NL text that says "loverboy"',
    ]);
    const defined = tip('Een tienerpooier maakt de jongere afhankelijk.', { 'nl-NL': { text: 'Een loverboy, een mensenhandelaar, maakt de jongere afhankelijk.', status: 'draft' } });
    expect(perpetratorWordingProblems([{ path: 'a', regions: ['NL'], value: defined }])).toEqual([]);
    const undefinedWord = tip('Een tienerpooier.', { 'nl-NL': { text: 'Een loverboy.', status: 'draft' } });
    expect(perpetratorWordingProblems([{ path: 'a', regions: ['NL'], value: undefinedWord }])).toHaveLength(1);
  });

  it('a Flemish text may say tienerpooier, but nl never says loverboy and nothing says boyfriend', () => {
    expect(perpetratorWordingProblems([{ path: 'b', regions: ['BE-VLG'], value: tip('Neem weglopen ernstig: de jongere is kwetsbaar voor tienerpooiers.') }])).toEqual([]);
    expect(perpetratorWordingProblems([{ path: 'b', regions: ['BE'], value: tip('Een loverboy is een mensenhandelaar.') }])).toHaveLength(1);
    expect(perpetratorWordingProblems([{ path: 'c', regions: ['BE'], value: tip('Ze gaat om met haar vriendje.') }])).toEqual(['c.text calls the perpetrator a boyfriend or lover']);
  });
});

describe.skipIf(skipWithoutSeeds)('the section lookup finds what is there, and only that', () => {
  const playbook = readSeed('draaiboek-jeugdhulp');

  it('finds a heading and its sub-heading in order, whatever the case and line breaks', () => {
    expect(findSection(playbook, '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie').every((at) => at >= 0)).toBe(true);
    expect(findSection(playbook, '3.2.5 Ministeriële Circulaire van 12/2016 over de multidisciplinaire aanpak slachtoffers mensenhandel')[0]).toBeGreaterThan(0);
  });

  it('misses a section that is not there, or a sub-heading that comes before its heading', () => {
    expect(findSection(playbook, '8.4 Jeugdrechter')).toEqual([-1]);
    expect(findSection(playbook, '8.3 Referentiemagistraat mensenhandel, Acute situatie')[1]).toBe(-1);
    expect(findSection(playbook, '[Een blok zonder kop]')).toEqual([]);
  });
});
