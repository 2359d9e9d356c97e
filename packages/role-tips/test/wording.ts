// The rule for naming the perpetrator (CONTENT.md): a Flemish text says "tienerpooier", a Dutch
// one "loverboy", defined as a trafficker; nobody calls the perpetrator a boyfriend.
import { collectLocalizedTexts } from '@mh/core/schema';
import { regionIncludes, type Region } from '@mh/core';

export interface PlacedValue {
  /** Where in the data, for the message. */
  readonly path: string;
  /** Where the value is shown. */
  readonly regions: readonly Region[];
  readonly value: unknown;
}

const namesThePerpetrator = /tienerpooier|loverboy/i;
const boyfriendWords = /\b(boyfriend|vriendje|liefje|minnaar|petit ami|petit copain|amoureux)\b|\blover\b(?!boy)/i;

export function perpetratorWordingProblems(items: readonly PlacedValue[]): string[] {
  const problems: string[] = [];
  for (const item of items) {
    const shownInNetherlands = item.regions.some((region) => regionIncludes(region, 'NL'));
    for (const found of collectLocalizedTexts(item.value)) {
      const path = [item.path, found.path].filter(Boolean).join('.');
      const text = found.value;
      const all = [text.nl, ...Object.entries(text).flatMap(([key, value]) => (key === 'nl' || typeof value === 'string' ? [] : [value.text]))];
      if (all.some((words) => boyfriendWords.test(words))) problems.push(`${path} calls the perpetrator a boyfriend or lover`);
      if (/loverboy/i.test(text.nl)) problems.push(`${path}: nl says "loverboy"; nl is the Flemish wording (tienerpooier), put the Dutch one in nl-NL`);
      const dutch = text['nl-NL']?.text;
      if (dutch !== undefined && /loverboy/i.test(dutch) && !/mensenhandelaar/i.test(dutch)) problems.push(`${path}: nl-NL says "loverboy" without defining it as a mensenhandelaar`);
      if (shownInNetherlands && namesThePerpetrator.test(text.nl) && (dutch === undefined || !/loverboy/i.test(dutch))) {
        problems.push(`${path} names the perpetrator and is shown in NL: it needs an nl-NL text that says "loverboy"`);
      }
    }
  }
  return problems;
}
