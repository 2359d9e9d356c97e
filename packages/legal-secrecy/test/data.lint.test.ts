// Semantic lint rules over the published data: each says what it checks and why it matters.
import { contacts } from '@mh/contacts';
import { getSource } from '@mh/core';
import { citationsNameTheirPart, collectLocalizedTexts, commonLintRules, noBelgianArticleNumbers, plainDutch, readabilityCsv, readabilityOf, translationsRead, type LintRule } from '@mh/core/schema';
import { writeTestReport } from '../../../scripts/test-report.mjs';
import { describe, expect, it } from 'vitest';
import { caseConsultationKinds, dataFile, decideDisclosure, verdicts, type BelgianSituation, type DutchSituation } from '../src/index.js';
import { dataFileSchema } from '../src/schema.js';

/** The concept ids other packages (indicators, role-tips) reference: they must not change. */
const conceptIds = [
  'professional-secrecy',
  'duty-to-help',
  'right-to-speak',
  'shared-secrecy',
  'state-of-necessity',
  'non-punishment-be',
  'meldrecht',
  'meldcode',
  'non-punishment-nl',
];

/** Every answer decideDisclosure can give: all combinations of the questions of each country. */
function allAnswers() {
  const booleans = [undefined, true, false] as const;
  const answers = [];
  for (const a of booleans)
    for (const b of booleans)
      for (const c of booleans)
        for (const d of booleans)
          for (const e of booleans)
            for (const f of booleans)
              for (const g of booleans)
                for (const caseConsultation of [undefined, ...caseConsultationKinds]) {
                  const situation: BelgianSituation = {
                    ...(a === undefined ? {} : { knownThroughWork: a }),
                    ...(b === undefined ? {} : { minorExploitedSexually: b }),
                    ...(c === undefined ? {} : { minorTrafficked: c }),
                    ...(d === undefined ? {} : { seriousDanger: d }),
                    ...(e === undefined ? {} : { otherMinorsAtRisk: e }),
                    ...(f === undefined ? {} : { canProtectAlone: f }),
                    ...(g === undefined ? {} : { offencesResultOfExploitation: g }),
                    ...(caseConsultation === undefined ? {} : { caseConsultation }),
                  };
                  answers.push(decideDisclosure({ jurisdiction: 'BE', situation }));
                }
  for (const known of booleans)
    for (const a of booleans)
      for (const b of booleans)
        for (const c of booleans) {
          const situation: DutchSituation = {
            ...(known === undefined ? {} : { knownThroughWork: known }),
            ...(a === undefined ? {} : { suspicionOfAbuseOrExploitation: a }),
            ...(b === undefined ? {} : { acuteOrStructuralUnsafety: b }),
            ...(c === undefined ? {} : { offencesResultOfExploitation: c }),
          };
          answers.push(decideDisclosure({ jurisdiction: 'NL', situation }));
        }
  return answers;
}

const rules: LintRule[] = [
  ...commonLintRules({
    subject: 'legal-secrecy data',
    data: dataFile,
    schema: dataFileSchema,
    ids: { provisions: dataFile.provisions, recipients: dataFile.recipients, verdicts: dataFile.verdicts, steps: dataFile.steps, reasons: dataFile.reasons },
  }),
  {
    name: 'the provisions are exactly the concept ids other packages use',
    description: '@mh/indicators and @mh/role-tips cite provisions by these ids; a renamed or missing one breaks them.',
    check: () => {
      const ids: string[] = dataFile.provisions.map((provision) => provision.id);
      return [
        ...conceptIds.filter((id) => !ids.includes(id)).map((id) => `missing provision ${id}`),
        ...ids.filter((id) => !conceptIds.includes(id)).map((id) => `provision ${id} is not a known concept id`),
      ];
    },
  },
  {
    name: 'every Belgian statute cites its article in the 1867 Criminal Code; a ground from case law cites none',
    description: 'CONTENT.md: a legal text names its provision and article. The state of necessity has no article (seed 002 §9).',
    check: () =>
      dataFile.provisions.flatMap((provision) => {
        if (provision.jurisdiction !== 'BE') return [];
        if (provision.basis === 'statute' && !provision.articles.code1867) return [`${provision.id} is a statute without an 1867 article`];
        if (provision.basis !== 'statute' && (provision.articles.code1867 || provision.articles.code2024)) return [`${provision.id} is not a statute but cites an article`];
        return [];
      }),
  },
  {
    name: 'no article of the 2024 Criminal Code without a public source, and a missing one is said',
    description: 'The new numbers of 458, 458bis, 458ter, 422bis and 433quinquies were not found (PUBLIC-FACTS §7): never guess one, and tell the reader it is missing.',
    check: () =>
      dataFile.provisions.flatMap((provision) => {
        if (provision.jurisdiction !== 'BE' || provision.basis !== 'statute') return [];
        const code2024 = provision.articles.code2024;
        if (code2024) return getSource(code2024.source.source)?.kind === 'public' ? [] : [`${provision.id}: code2024 article cites no public source`];
        const says = provision.context.some((item) => item.source.source === 'justitie-hervorming-strafwetboek');
        return says ? [] : [`${provision.id}: code2024 is unknown but the context does not say so`];
      }),
  },
  {
    name: 'every Dutch provision names its law, and a statute that is a right names its article',
    description: 'A Dutch reader must be able to look the rule up; the non-punishment principle is a guideline, not a statute (PUBLIC-FACTS §9).',
    check: () =>
      dataFile.provisions.flatMap((provision) => {
        if (provision.jurisdiction !== 'NL') return [];
        if (provision.kind === 'right-to-speak' && !provision.law.article) return [`${provision.id} is a right without an article`];
        if (provision.id === 'non-punishment-nl' && provision.basis !== 'guideline') return ['non-punishment-nl must not claim a statute: none in force was found'];
        return [];
      }),
  },
  {
    name: 'a right to speak is not written as a duty',
    description: 'The meldrecht and art. 458bis let you speak; they do not oblige you (seed 002 §9; PUBLIC-FACTS §9).',
    check: () =>
      dataFile.provisions
        .filter((provision) => provision.kind === 'right-to-speak')
        .flatMap((provision) => [
          ...(provision.requires ? [`${provision.id} has "requires"`] : []),
          ...(provision.allows ? [] : [`${provision.id} lacks "allows"`]),
        ]),
  },
  {
    name: 'a page to read more is a public page the provision cites, with the section that says it',
    description: 'The check links to it with its answer: it must be a page a reader can open, say what the provision rests on, and name the part to read, not just "page".',
    check: () =>
      dataFile.provisions.flatMap((provision) => {
        const readMore = provision.readMore;
        if (!readMore) return [];
        if (getSource(readMore.source)?.kind !== 'public') return [`${provision.id}: readMore ${readMore.source} is not a public page`];
        if (readMore.section === 'page') return [`${provision.id}: readMore names no section of ${readMore.source}`];
        return provision.sources.some((ref) => ref.source === readMore.source && ref.section === readMore.section)
          ? []
          : [`${provision.id}: readMore ${readMore.source} (${readMore.section}) is not among its sources`];
      }),
  },
  translationsRead('legal secrecy data', dataFile),
  // Issue 26, part 3: CONTENT.md promises Dutch at B1, measured with Flesch-Douma.
  plainDutch('legal secrecy data', dataFile),
  // Issue 24, part 4: a legal rule cites the heading, numbered part or sentence of its page that says it.
  citationsNameTheirPart('legal secrecy data', dataFile),
  noBelgianArticleNumbers('steps, reasons, verdicts and recipients', { steps: dataFile.steps, reasons: dataFile.reasons, verdicts: dataFile.verdicts, recipients: dataFile.recipients }),
  {
    name: 'every Belgian answer carries the article caveat',
    description: 'The caveat must be visible wherever the provisions with their 1867 numbers are shown (PUBLIC-FACTS §7).',
    check: () =>
      allAnswers()
        .filter((answer) => answer.jurisdiction === 'BE')
        .filter((answer) => !answer.caveats.some((caveat) => caveat.text.nl.includes('1867')))
        .map((answer) => `${answer.verdict}: no caveat`),
  },
  {
    name: 'every recipient a provision names exists, in the same country',
    description: 'An answer must never send a Dutch professional to the Belgian prosecutor, or the other way round.',
    check: () =>
      dataFile.provisions.flatMap((provision) =>
        provision.tellWhom.flatMap((id) => {
          const recipient = dataFile.recipients.find((candidate) => candidate.id === id);
          if (!recipient) return [`${provision.id}: unknown recipient ${id}`];
          return recipient.jurisdiction === provision.jurisdiction ? [] : [`${provision.id} (${provision.jurisdiction}) names ${id} (${recipient.jurisdiction})`];
        }),
      ),
  },
  {
    name: 'every contact id exists in @mh/contacts',
    description: 'A step that shows a contact must find it, or the professional gets no number to call.',
    check: () => {
      const known = new Set<string>(contacts.map((contact) => contact.id));
      return [...dataFile.steps, ...dataFile.recipients].flatMap((item) => item.contacts.filter((id) => !known.has(id)).map((id) => `${item.id}: unknown contact ${id}`));
    },
  },
  {
    name: 'every verdict, step and reason is reachable, and every answer has a step',
    description: 'Text that no answer shows is text nobody checks; an answer without a next step leaves a professional alone.',
    check: () => {
      const answers = allAnswers();
      const seen = { verdicts: new Set<string>(), steps: new Set<string>(), reasons: new Set<string>() };
      for (const answer of answers) {
        seen.verdicts.add(answer.verdict);
        for (const step of answer.steps) seen.steps.add(step.id);
        for (const reason of answer.reasons) seen.reasons.add(reason.id);
      }
      return [
        ...verdicts.filter((id) => !seen.verdicts.has(id)).map((id) => `verdict ${id} is never given`),
        ...dataFile.verdicts.filter((definition) => !verdicts.includes(definition.id)).map((definition) => `verdict ${definition.id} has no id`),
        ...verdicts.filter((id) => !dataFile.verdicts.some((definition) => definition.id === id)).map((id) => `verdict ${id} has no definition`),
        ...dataFile.steps.filter((step) => !seen.steps.has(step.id)).map((step) => `step ${step.id} is never shown`),
        ...dataFile.reasons.filter((reason) => !seen.reasons.has(reason.id)).map((reason) => `reason ${reason.id} is never shown`),
        ...(answers.some((answer) => answer.steps.length === 0) ? ['an answer has no step'] : []),
      ];
    },
  },
  {
    name: 'nl says "je", fr says "vous"',
    description: 'CONTENT.md: "je" in nl as the seeds do, "vous" in fr.',
    check: () =>
      collectLocalizedTexts(dataFile).flatMap((found) => [
        ...(/(?<!\p{L})(u|uw)(?!\p{L})/iu.test(found.value.nl) ? [`${found.path}: nl uses "u"`] : []),
        ...(found.value.fr && /(?<![\p{L}’'])(tu|toi|ton|ta|tes)(?!\p{L})/iu.test(found.value.fr.text) ? [`${found.path}: fr uses "tu"`] : []),
      ]),
  },
  {
    name: 'a summary is short',
    description: 'CONTENT.md: a plain summary first, at B1. Forty words is about two short sentences.',
    check: () =>
      [...dataFile.provisions.map((provision) => [provision.id, provision.summary.nl] as const), ...dataFile.verdicts.map((definition) => [definition.id, definition.summary.nl] as const)]
        .filter(([, text]) => text.split(/\s+/).length > 40)
        .map(([id, text]) => `${id}: ${text.split(/\s+/).length} words`),
  },
];

describe('legal-secrecy data', () => {
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
