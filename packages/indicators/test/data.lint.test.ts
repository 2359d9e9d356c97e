// Semantic lint rules over the published data: each says what it checks and why it matters.
import { getContact } from '@mh/contacts';
import { regionIncludes, regionOfRef, regions } from '@mh/core';
import { belgianTermsRule, citationsNameTheirPart, commonLintRules, noBelgianArticleNumbers, plainDutch, readabilityCsv, readabilityOf, translationsRead, type LintRule } from '@mh/core/schema';
import { writeTestReport } from '../../../scripts/test-report.mjs';
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
  noBelgianArticleNumbers('steps and levels', { steps: dataFile.steps, levels: dataFile.levels }),
  // Issue 26: CONTENT.md, the perpetrator per region.
  belgianTermsRule('steps', dataFile.steps),
  translationsRead('indicators data', dataFile),
  // Issue 26, part 3: CONTENT.md promises Dutch at B1, measured with Flesch-Douma.
  plainDutch('indicators data', dataFile),
  // Issue 24, part 4: an acute step cites the part of its page that says it.
  citationsNameTheirPart('acute steps', dataFile.steps.filter((step) => step.levels.includes('acute'))),
  {
    name: 'in acute danger, the first step in every region names an emergency number to call now',
    description: 'Acute means a number to call now, first (seed 002 §4.2; 112/101 in Belgium, 112 in the Netherlands: PUBLIC-FACTS §5–§6).',
    check: () =>
      regions.flatMap((region) => {
        const first = stepsFor('acute', region)[0];
        const wanted = region === 'NL' ? ['emergency-112-nl'] : ['emergency-112', 'police-101'];
        return first && wanted.every((id) => (first.contacts as readonly string[]).includes(id)) ? [] : [`${region}: first acute step is ${first?.id}`];
      }),
  },
  {
    name: 'every step is offered only where one of its sources speaks for that region',
    description:
      'A step applies where its source applies: a Flemish scheme in Flanders, a Dutch one in the Netherlands. Walks every level × region; a source speaks for its document’s region, a seed section for the wider region it names (core’s SectionScope, with the words that show it), a public page for the region recorded with it.',
    check: () =>
      levels.flatMap((level) =>
        regions.flatMap((region) =>
          stepsFor(level, region)
            .filter((step) => !step.sources.some((ref) => { const spoken = regionOfRef(ref); return spoken !== undefined && regionIncludes(spoken, region); }))
            .map((step) => `${level} × ${region}: ${step.id} cites only ${step.sources.map((ref) => `${ref.source} (${regionOfRef(ref) ?? 'no region'})`).join(', ')}`),
        ),
      ),
  },
  {
    name: 'every region’s concern path names its specialised centre',
    description:
      'Payoke in Flanders, PAG-ASA in Brussels, Sürya in Wallonia (seed 002 §3.1, §5.1; PUBLIC-FACTS §1); in the Netherlands the regional care coordinator for human trafficking (seed 001).',
    check: () => {
      const centreOf: Readonly<Record<string, readonly string[]>> = {
        BE: ['payoke', 'pag-asa', 'surya'],
        'BE-VLG': ['payoke'],
        'BE-BRU': ['pag-asa'],
        'BE-WAL': ['surya'],
        NL: ['zorgcoordinator-mensenhandel'],
      };
      return regions.flatMap((region) => {
        const named = new Set(stepsFor('concern', region).flatMap((step) => step.contacts as readonly string[]));
        return (centreOf[region] ?? ['(none set)']).filter((id) => !named.has(id)).map((id) => `${region}: concern names no step with ${id}`);
      });
    },
  },
  {
    name: 'a step that rests on the meldrecht never says it obliges you',
    description:
      'The meldrecht (art. 5.2.6 Wmo 2015) is a right, not a duty (PUBLIC-FACTS §9); reporting as the norm in acute or structural unsafety comes from the meldcode’s afwegingskader (§6, F14–F16).',
    check: () =>
      dataFile.steps
        .filter((step) => (step.provisions as readonly string[]).includes('meldrecht'))
        .filter((step) => /verplicht|\bmoet\b|de norm/i.test(`${step.title.nl} ${step.detail?.nl ?? ''}`))
        .map((step) => `${step.id} cites the meldrecht but reads as a duty`),
  },
  {
    name: 'every call-now step is an acute step whose contacts all have a phone to call',
    description: 'In danger the check shows these numbers first, as links (seed 002 §4.2; PUBLIC-FACTS §5–§6): a contact without a phone would leave a gap there.',
    check: () =>
      dataFile.steps
        .filter((step) => step.callNow)
        .flatMap((step) => [
          ...(step.levels.every((level) => level === 'acute') ? [] : [`${step.id} is marked callNow outside danger`]),
          ...step.contacts.filter((id) => !getContact(id).services.some((service) => service.phones.some((phone) => phone.kind === 'voice'))).map((id) => `${step.id}: ${id} has no phone`),
        ]),
  },
  {
    name: 'Flemish schemes are offered in Flanders only',
    description:
      'The reporting pilot to Payoke/PAG-ASA (seed 002 §5.1), the OCJ/SDJ consulent, the VK and the report to Agentschap Opgroeien are Flemish: a Walloon or Brussels professional must not get them as a step.',
    check: () =>
      dataFile.steps
        .filter((step) => /Payoke|OCJ|SDJ|consulent|Vertrouwenscentrum|Opgroeien/.test(step.detail?.nl ?? '') && !/PAG-ASA in Brussel, Payoke in Antwerpen/.test(step.detail?.nl ?? ''))
        // In Brussels the pilot may appear as what it is: a step for organisations a Flemish agency recognised.
        .filter((step) => step.regions.some((region) => region !== 'BE-VLG' && !(region === 'BE-BRU' && /erkend door een Vlaams agentschap/.test(step.title.nl))))
        .map((step) => `${step.id} applies in ${step.regions.join(', ')}`),
  },
];

describe('indicators data', () => {
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
