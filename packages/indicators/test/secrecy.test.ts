// disclosureInputFor: the ticks reach the secrecy answer (issue: "what was ticked reaches the
// secrecy answer"). Seed 000: "Indien een hulpverlener beschikt over aanwijzingen dat een
// minderjarige het slachtoffer is van seksuele uitbuiting, mag hij zijn beroepsgeheim doorbreken."
import { localize } from '@mh/core';
import { decideDisclosure } from '@mh/legal-secrecy';
import { describe, expect, it } from 'vitest';
import { assessSignals, disclosureInputFor, indicators, type AssessInput } from '../src/index.js';

const answerFor = (input: AssessInput) => {
  const situation = disclosureInputFor(assessSignals(input));
  return situation && decideDisclosure(situation);
};

describe('disclosureInputFor', () => {
  // Art. 458 Sw. covers what you know "uit hoofde van zijn staat of beroep" (seed 002 §9); the Dutch
  // meldrecht what "derden ... beroepshalve" know (art. 5.2.6 Wmo 2015). A parent or friend holds
  // neither: the answer says so, in Belgium and in the Netherlands.
  it('a reader who does not know it through work (a parent, a friend) is told they hold no professional secret', () => {
    const flemish = assessSignals({ indicators: ['sexual-acts-and-distress'], region: 'BE-VLG' });
    expect(disclosureInputFor(flemish, { knownThroughWork: false })).toEqual({ jurisdiction: 'BE', situation: { knownThroughWork: false, minorExploitedSexually: true } });
    expect(decideDisclosure(disclosureInputFor(flemish, { knownThroughWork: false })!).verdict).toBe('no-professional-secret');
    const dutch = assessSignals({ indicators: ['often-tired'], region: 'NL' });
    expect(decideDisclosure(disclosureInputFor(dutch, { knownThroughWork: false })!).verdict).toBe('no-professional-secret');
    expect(disclosureInputFor(dutch, { knownThroughWork: true })).toEqual(disclosureInputFor(dutch));
  });

  it('one sign of sexual exploitation is an indication of sexual exploitation: you may break secrecy, under conditions', () => {
    const result = assessSignals({ indicators: ['sexual-acts-and-distress'], region: 'BE-VLG' });
    expect(disclosureInputFor(result)).toEqual({ jurisdiction: 'BE', situation: { minorExploitedSexually: true } });
    const answer = decideDisclosure(disclosureInputFor(result)!);
    expect(answer.verdict).toBe('may-speak-under-conditions');
    expect(localize(answer.definition.summary, 'nl').text).toMatch(/mag je je beroepsgeheim doorbreken/);
  });

  it('work beyond a student job is an indication of trafficking (labour exploitation, seed 002 §2)', () => {
    expect(disclosureInputFor(assessSignals({ indicators: ['work-beyond-student-job'], region: 'BE-WAL' }))).toEqual({ jurisdiction: 'BE', situation: { minorTrafficked: true } });
  });

  it('several signs are indications of trafficking (the fiche: the fear of it is then real)', () => {
    expect(disclosureInputFor(assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-BRU' }))).toEqual({ jurisdiction: 'BE', situation: { minorTrafficked: true } });
  });

  it('acute danger is serious danger; whether you can protect the minor is left unasked', () => {
    expect(disclosureInputFor(assessSignals({ indicators: ['sexual-acts-and-distress'], acuteDanger: true, region: 'BE' }))).toEqual({
      jurisdiction: 'BE',
      situation: { minorExploitedSexually: true, seriousDanger: true },
    });
  });

  it('the Netherlands: any sign is a suspicion; acute danger is acute unsafety', () => {
    expect(disclosureInputFor(assessSignals({ indicators: ['often-tired'], region: 'NL' }))).toEqual({ jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: true } });
    expect(disclosureInputFor(assessSignals({ indicators: [], acuteDanger: true, region: 'NL' }))).toEqual({
      jurisdiction: 'NL',
      situation: { suspicionOfAbuseOrExploitation: true, acuteOrStructuralUnsafety: true },
    });
  });

  it('nothing ticked and no danger: nothing to weigh', () => {
    expect(disclosureInputFor(assessSignals({ indicators: [], acuteDanger: false, region: 'BE' }))).toBeUndefined();
  });

  it('after any tick, no Belgian answer says "nothing you indicated lifts it"', () => {
    for (const indicator of indicators) {
      for (const acuteDanger of [undefined, false, true]) {
        for (const region of ['BE-VLG', 'BE-BRU', 'BE-WAL'] as const) {
          const answer = answerFor({ indicators: [indicator.id], ...(acuteDanger === undefined ? {} : { acuteDanger }), region })!;
          const words = [answer.definition.title, answer.definition.summary, ...answer.reasons.map((reason) => reason.text)].map((text) => localize(text, 'nl').text).join(' ');
          expect(words).not.toMatch(/Niets in wat je aangaf/);
          if (indicator.group === 'exploitation') expect(answer.verdict).not.toBe('keep-secret');
        }
      }
    }
  });
});
