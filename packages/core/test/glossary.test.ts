import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportSkipped, seedsDir, skipWithoutSeeds } from '../../../scripts/seeds.mjs';
import { dataFile, getSource, glossary, glossSegments, unexplainedAbbreviations, type GlossaryEntry } from '../src/index.js';
import { commonLintRules, dataFileSchema, dataJsonSchema, glossaryCoversAbbreviations } from '../src/schema.js';

reportSkipped('@mh/core: the check that each glossary entry citing a seed is written out in that seed (1 test)');

const entries: readonly GlossaryEntry[] = glossary;

describe('the glossary data', () => {
  it.each(commonLintRules({ subject: 'glossary', data: dataFile, schema: dataFileSchema, ids: { glossary: entries } }))('$name', (rule) => {
    expect(rule.check(), rule.description).toEqual([]);
  });

  // Issue 25: OCJ, SDJ, JRB, pv, VK, ZSG/CPVS, CSG and Sw. are the abbreviations a reader met without a gloss.
  it('explains every abbreviation the issue names, in nl, fr and en', () => {
    for (const term of ['OCJ', 'SDJ', 'JRB', 'pv', 'PV', 'VK', 'ZSG', 'CPVS', 'CSG', 'Sw.']) {
      const entry = entries.find((candidate) => candidate.terms.includes(term));
      expect(entry, term).toBeDefined();
      expect(entry?.expansion.fr?.text, term).toBeTruthy();
      expect(entry?.expansion.en?.text, term).toBeTruthy();
    }
  });

  it('publishes a JSON Schema that names the glossary entry', () => {
    const schema = dataJsonSchema();
    expect(schema.$id).toBe('@mh/core/data.schema.json');
    expect(JSON.stringify(schema)).toContain('GlossaryEntry');
  });

  it.skipIf(skipWithoutSeeds)('an entry that cites a seed is written out in that seed (seed 002 §10 "Lijst van afkortingen", §4.2, §9)', () => {
    const missing = entries.flatMap((entry) => {
      const source = getSource(entry.source.source);
      if (source?.kind !== 'seed') return [];
      const text = readFileSync(join(seedsDir, source.file), 'utf8').toLowerCase().replace(/\s+/g, ' ');
      return text.includes(entry.expansion.nl.split(',')[0]?.toLowerCase() ?? '') ? [] : [`${entry.id}: "${entry.expansion.nl}" is not in ${source.id}`];
    });
    expect(missing).toEqual([]);
  });
});

describe('glossSegments', () => {
  it('writes an abbreviation out at its first use in a view only, in the reader’s language', () => {
    const seen = new Set<string>();
    expect(glossSegments('Neem contact op met de consulent van het OCJ.', 'nl', seen)).toEqual([
      'Neem contact op met de consulent van het ',
      { term: 'OCJ', expansion: 'Ondersteuningscentrum Jeugdzorg', first: true },
      '.',
    ]);
    expect(glossSegments('Het OCJ beslist.', 'nl', seen)).toEqual(['Het ', { term: 'OCJ', expansion: 'Ondersteuningscentrum Jeugdzorg', first: false }, ' beslist.']);
    expect(glossSegments('Un CPVS.', 'fr', new Set())).toEqual(['Un ', { term: 'CPVS', expansion: 'Centre de prise en charge des violences sexuelles', first: true }, '.']);
  });

  it('does not write it out where the text already does, and leaves names and plain text alone', () => {
    expect(glossSegments('Een Vertrouwenscentrum Kindermishandeling (VK).', 'nl', new Set())).toEqual([
      'Een Vertrouwenscentrum Kindermishandeling (',
      { term: 'VK', expansion: 'Vertrouwenscentrum Kindermishandeling', first: false },
      ').',
    ]);
    expect(glossSegments('Bel PAG-ASA of UZ Gent.', 'nl', new Set())).toEqual(['Bel PAG-ASA of UZ Gent.']);
    expect(glossSegments('', 'nl', new Set())).toEqual([]);
  });

  it('the same entry under another term (ZSG, CPVS) counts as one', () => {
    const seen = new Set<string>();
    glossSegments('Een ZSG.', 'nl', seen);
    expect(glossSegments('Un CPVS.', 'fr', seen)).toEqual(['Un ', { term: 'CPVS', expansion: 'Centre de prise en charge des violences sexuelles', first: false }, '.']);
  });
});

describe('the abbreviation lint', () => {
  it('finds an abbreviation the glossary lacks, and accepts the glossary’s terms and names', () => {
    expect(unexplainedAbbreviations('Meld het aan het XYZ of het CLB.')).toEqual(['XYZ', 'CLB']);
    expect(unexplainedAbbreviations('Het OCJ, de SDJ, een pv, art. 458bis Sw., PAG-ASA en UZ Gent.')).toEqual([]);
    const rule = glossaryCoversAbbreviations('texts', { tip: { nl: 'Bel het CLB.', fr: { text: 'Appelez le CLB.', status: 'draft' } } });
    expect(rule.check()).toEqual(['tip.nl: "CLB" in "Bel het CLB."', 'tip.fr: "CLB" in "Appelez le CLB."']);
  });
});
