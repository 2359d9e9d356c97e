import { localize } from '@mh/core';
import { describe, expect, it } from 'vitest';
import {
  caseConsultationKinds,
  decideDisclosure,
  getProvision,
  InvalidSituationError,
  provisions,
  UnknownJurisdictionError,
  UnknownProvisionError,
  type BelgianSituation,
  type Disclosure,
} from '../src/index.js';

const stepIds = (answer: Disclosure) => answer.steps.map((step) => step.id);
const reasonIds = (answer: Disclosure) => answer.reasons.map((reason) => reason.id);
const recipientIds = (answer: Disclosure) => answer.tellWhom.map((recipient) => recipient.id);

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

// Seed 002 §9 (the authority for Belgium), seed 000 (the poster), PUBLIC-FACTS §8 (COL 04/2018).
describe('Belgium: sexual exploitation of a minor known through your work (art. 458bis Sw.)', () => {
  const known = { minorExploitedSexually: true, knownThroughWork: true } as const;

  it('may inform the procureur des Konings when danger threatens other minors and you cannot protect alone', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { ...known, otherMinorsAtRisk: true, canProtectAlone: false } });
    expect(answer.verdict).toBe('may-speak');
    expect(answer.provisions[0]).toBe('right-to-speak');
    expect(recipientIds(answer)).toEqual(['procureur-des-konings']);
    expect(stepIds(answer).slice(0, 2)).toEqual(['inform-prosecutor', 'reach-the-parket']);
    expect(answer.contacts[0]).toBe('parket');
    expect(localize(answer.definition.title, 'nl').text).toBe('Je mag spreken');
  });

  it('the right to speak names the prosecutor, not the police', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { ...known, otherMinorsAtRisk: true, canProtectAlone: false } });
    expect(answer.contacts).not.toContain('police-101');
    expect(answer.contacts).not.toContain('emergency-112');
    expect(reasonIds(answer)).toContain('prosecutor-only');
    expect(localize(answer.reasons.find((reason) => reason.id === 'prosecutor-only')!.text, 'nl').text).toMatch(/noemt de politie .*niet/);
  });

  it('human trafficking in any form opens the same right (art. 433quinquies is in the list of art. 458bis)', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { minorTrafficked: true, otherMinorsAtRisk: true, canProtectAlone: false } });
    expect(answer.verdict).toBe('may-speak');
  });

  // Seed 000: "aanwijzingen ... seksuele uitbuiting → mag hij zijn beroepsgeheim doorbreken";
  // seed 002 §9 ties it to serious danger you cannot avert yourself or with others.
  it('indications of exploitation alone: you may speak under the conditions of art. 458bis, never "nothing lifts it"', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: known });
    expect(answer.verdict).toBe('may-speak-under-conditions');
    expect(localize(answer.definition.title, 'nl').text).toBe('Je mag spreken als er ernstig gevaar is');
    expect(localize(answer.definition.summary, 'nl').text).toMatch(/mag je je beroepsgeheim doorbreken/);
    expect(answer.provisions).toEqual(['right-to-speak', 'professional-secrecy', 'state-of-necessity']);
    expect(reasonIds(answer)).toEqual(['exploitation-indicated', 'right-to-speak-conditions', 'necessity-remains']);
    expect(stepIds(answer)).toEqual(['talk-to-child-focus', 'talk-to-specialised-centre', 'look-again-for-danger', 'be-open-with-the-young-person']);
    expect(answer.contacts).toEqual(['child-focus', 'payoke', 'pag-asa', 'surya']);
  });

  it('reasons never blame the user for a question that was not asked', () => {
    const texts = decideDisclosure({ jurisdiction: 'BE', situation: known }).reasons.map((reason) => localize(reason.text, 'nl').text);
    for (const text of texts) expect(text).not.toMatch(/gaf je niet|niet allemaal aan/);
  });

  it('if you can protect the young person yourself or with others, art. 458bis does not apply', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { ...known, otherMinorsAtRisk: true, canProtectAlone: true } });
    expect(answer.verdict).toBe('may-speak-under-conditions');
    expect(answer.tellWhom).toEqual([]);
    expect(reasonIds(answer)).toContain('can-protect-yourself');
  });
});

describe('Belgium: what you do not know through your work is not a professional secret (art. 458 Sw.)', () => {
  it('you may inform the police or the prosecutor, like anyone', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { minorExploitedSexually: true, knownThroughWork: false, otherMinorsAtRisk: true, canProtectAlone: false } });
    expect(answer.verdict).toBe('no-professional-secret');
    expect(recipientIds(answer)).toEqual(['police', 'procureur-des-konings']);
    expect(reasonIds(answer)).toEqual(['not-known-through-work']);
    expect(localize(answer.reasons[0]!.text, 'nl').text).toMatch(/geen beroepsgeheim/);
    expect(stepIds(answer)[0]).toBe('tell-police-like-anyone');
  });

  it('in serious danger you must still help: art. 422bis applies to everyone', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { knownThroughWork: false, seriousDanger: true } });
    expect(answer.verdict).toBe('must-act');
    expect(answer.provisions).toEqual(['duty-to-help']);
    expect(stepIds(answer).slice(0, 3)).toEqual(['call-emergency-be', 'help-the-young-person', 'tell-police-like-anyone']);
    expect(localize(getProvision('duty-to-help').appliesTo, 'nl').text).toMatch(/^Iedereen/);
  });
});

describe('Belgium: a minor in serious danger (art. 422bis Sw., schuldig verzuim)', () => {
  it('must help: 112 or 101 first, then help; the right to speak only where you cannot protect the minor', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: true } });
    expect(answer.verdict).toBe('must-act');
    expect(answer.provisions).toEqual(['duty-to-help', 'right-to-speak', 'professional-secrecy']);
    expect(answer.tellWhom).toEqual([]);
    expect(stepIds(answer)).toEqual(['call-emergency-be', 'help-the-young-person', 'inform-prosecutor-now', 'reach-the-parket', 'be-open-with-the-young-person']);
    expect(answer.contacts.slice(0, 2)).toEqual(['emergency-112', 'police-101']);
    expect(localize(answer.steps[0]!.text, 'nl').text).toMatch(/112 .*101/);
    expect(localize(answer.steps[2]!.text, 'nl').text).toMatch(/^Kun je de jongere niet zelf of met anderen beschermen\?/);
    expect(reasonIds(answer)).toEqual(['serious-danger', 'right-to-speak-if-you-cannot-protect']);
    expect(localize(answer.definition.title, 'en').text).toBe('You must help');
  });

  it('danger you can avert yourself or with others is the duty to help, not a report to the procureur', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: true, minorExploitedSexually: true, canProtectAlone: true } });
    expect(answer.verdict).toBe('must-act');
    expect(answer.provisions).not.toContain('right-to-speak');
    expect(answer.tellWhom).toEqual([]);
    expect(stepIds(answer)).not.toContain('inform-prosecutor-now');
    expect(reasonIds(answer)).toEqual(['serious-danger', 'can-protect-yourself']);
  });

  it('danger you cannot avert: inform the prosecutor straight away (seed 002 §4.2)', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: true, minorExploitedSexually: true, canProtectAlone: false } });
    expect(recipientIds(answer)).toEqual(['procureur-des-konings']);
    expect(reasonIds(answer)).toEqual(['serious-danger', 'right-to-speak-met', 'prosecutor-only']);
  });

  it('art. 422bis names no recipient, and its Dutch name is "schuldig verzuim" (seed 002 §9)', () => {
    const duty = getProvision('duty-to-help');
    expect(duty.tellWhom).toEqual([]);
    expect(duty.name.nl).toBe('Schuldig verzuim');
    const advice = duty.context.find((item) => item.source.source === 'poster-beroepsgeheim');
    expect(advice?.text.nl).toMatch(/De poster voor hulpverleners raadt aan/);
  });

  it('danger overrides everything else, however the other questions were answered', () => {
    const others: BelgianSituation[] = [
      {},
      { knownThroughWork: false },
      { minorExploitedSexually: true, canProtectAlone: true },
      { caseConsultation: 'informal' },
      { caseConsultation: 'set-up-by-law', minorTrafficked: true, canProtectAlone: false },
    ];
    for (const situation of others) expect(decideDisclosure({ jurisdiction: 'BE', situation: { ...situation, seriousDanger: true } }).verdict).toBe('must-act');
  });

  it('says the duty holds when you can help without danger to yourself or others', () => {
    const conditions = getProvision('duty-to-help').conditions.map((condition) => condition.text.nl);
    expect(conditions).toContain('Je kunt helpen zonder gevaar voor jezelf of voor anderen.');
  });

  it('every Belgian answer carries the caveat on the 1867 article numbers (PUBLIC-FACTS §7)', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: true } });
    expect(answer.caveats.map((caveat) => caveat.text.nl)).toEqual([expect.stringMatching(/Strafwetboek van 1867.*8 april.*1 september.*Nagekeken op 7 december 2026/)]);
    expect(decideDisclosure({ jurisdiction: 'NL', situation: {} }).caveats).toEqual([]);
  });
});

describe('Belgium: a multidisciplinary case consultation (art. 458ter Sw.)', () => {
  it.each(['set-up-by-law', 'prosecutor-consent'] as const)('%s: you may share in the consultation', (caseConsultation) => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { caseConsultation } });
    expect(answer.verdict).toBe('may-share-in-consultation');
    expect(answer.provisions[0]).toBe('shared-secrecy');
    expect(recipientIds(answer)).toEqual(['case-consultation']);
    expect(stepIds(answer)).toEqual(['share-in-consultation']);
  });

  it('an informal consultation does not lift secrecy', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { caseConsultation: 'informal' } });
    expect(answer.verdict).toBe('keep-secret');
    expect(answer.tellWhom).toEqual([]);
    expect(reasonIds(answer)).toContain('informal-consultation');
    expect(answer.provisions).toContain('shared-secrecy');
  });

  it('a lawful consultation is a second way to share when the right to speak applies too', () => {
    const answer = decideDisclosure({
      jurisdiction: 'BE',
      situation: { minorExploitedSexually: true, otherMinorsAtRisk: true, canProtectAlone: false, caseConsultation: 'prosecutor-consent' },
    });
    expect(answer.verdict).toBe('may-speak');
    expect(recipientIds(answer)).toEqual(['procureur-des-konings', 'case-consultation']);
    expect(answer.provisions).toEqual(['right-to-speak', 'professional-secrecy', 'shared-secrecy']);
  });
});

describe('Belgium: nothing lifts secrecy', () => {
  it('keeps the secret, but still points to advice without names and to look again for danger', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: {} });
    expect(answer.verdict).toBe('keep-secret');
    expect(localize(answer.definition.summary, 'nl').text).not.toMatch(/Niets in wat je aangaf/);
    expect(answer.provisions).toEqual(['professional-secrecy', 'state-of-necessity']);
    expect(stepIds(answer)).toEqual(['talk-to-child-focus', 'look-again-for-danger']);
    expect(localize(answer.steps[0]!.text, 'nl').text).toMatch(/geen namen/);
  });

  it('offences that result from the exploitation bring the non-punishment rule (art. 433quinquies §5)', () => {
    const answer = decideDisclosure({ jurisdiction: 'BE', situation: { minorTrafficked: true, offencesResultOfExploitation: true } });
    expect(answer.provisions).toContain('non-punishment-be');
    expect(stepIds(answer)).toContain('no-punishment-be');
  });
});

describe('Belgium: every combination of answers keeps the rules of the sources', () => {
  const booleans = [undefined, true, false] as const;
  const combinations: BelgianSituation[] = [];
  for (const knownThroughWork of booleans)
    for (const minorExploitedSexually of booleans)
      for (const seriousDanger of booleans)
        for (const otherMinorsAtRisk of booleans)
          for (const canProtectAlone of booleans)
            for (const caseConsultation of [undefined, ...caseConsultationKinds]) {
              const situation: Record<string, unknown> = { knownThroughWork, minorExploitedSexually, seriousDanger, otherMinorsAtRisk, canProtectAlone, caseConsultation };
              combinations.push(Object.fromEntries(Object.entries(situation).filter(([, value]) => value !== undefined)) as BelgianSituation);
            }

  it.each([
    ['must act if and only if the minor is in serious danger', (s: BelgianSituation, a: Disclosure) => (a.verdict === 'must-act') === (s.seriousDanger === true)],
    ['in danger, the first step is a number to call now', (s: BelgianSituation, a: Disclosure) => s.seriousDanger !== true || a.steps[0]?.id === 'call-emergency-be'],
    [
      'names the right to speak in danger only where you may not be able to protect the minor',
      (s: BelgianSituation, a: Disclosure) => s.seriousDanger !== true || a.provisions.includes('right-to-speak') === (s.canProtectAlone !== true && s.knownThroughWork !== false),
    ],
    ['tells the prosecutor only when the conditions of art. 458bis hold, or like anyone without a secret', (s: BelgianSituation, a: Disclosure) =>
      !a.tellWhom.some((r) => r.id === 'procureur-des-konings') ||
      s.knownThroughWork === false ||
      (s.minorExploitedSexually === true && (s.seriousDanger === true || s.otherMinorsAtRisk === true) && s.canProtectAlone === false)],
    ['indications of exploitation always let you speak in some form', (s: BelgianSituation, a: Disclosure) => s.minorExploitedSexually !== true || a.verdict !== 'keep-secret'],
    [
      'may speak only when every condition of art. 458bis holds',
      (s: BelgianSituation, a: Disclosure) =>
        a.verdict !== 'may-speak' || (s.knownThroughWork !== false && s.minorExploitedSexually === true && s.otherMinorsAtRisk === true && s.canProtectAlone === false),
    ],
    [
      'shares in a consultation only when it is set up by law or with the prosecutor’s consent',
      (s: BelgianSituation, a: Disclosure) =>
        !a.tellWhom.some((r) => r.id === 'case-consultation') || s.caseConsultation === 'set-up-by-law' || s.caseConsultation === 'prosecutor-consent',
    ],
    ['names the police number only when the minor is in serious danger', (_s: BelgianSituation, a: Disclosure) => !a.contacts.includes('police-101') || a.verdict === 'must-act'],
    ['never names a Dutch provision or recipient', (_s: BelgianSituation, a: Disclosure) => a.provisions.every((id) => getProvision(id).jurisdiction === 'BE') && a.tellWhom.every((r) => r.jurisdiction === 'BE')],
    ['always carries the disclaimer in nl, fr and en', (_s: BelgianSituation, a: Disclosure) => a.disclaimer.nl.includes('geen juridisch advies') && !!a.disclaimer.fr && !!a.disclaimer.en],
    ['always names a next step', (_s: BelgianSituation, a: Disclosure) => a.steps.length > 0],
  ])('%s', (_name, holds) => {
    expect(combinations.length).toBe(3 ** 5 * 4);
    const broken = combinations.filter((situation) => !holds(situation, decideDisclosure({ jurisdiction: 'BE', situation })));
    expect(broken).toEqual([]);
  });
});

describe('the Netherlands: the meldcode and the meldrecht', () => {
  it('a suspicion brings the five steps of the meldcode, and you may report to Veilig Thuis without consent', () => {
    const answer = decideDisclosure({ jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: true } });
    expect(answer.verdict).toBe('follow-meldcode');
    expect(answer.provisions).toEqual(['meldcode', 'meldrecht']);
    expect(stepIds(answer).slice(0, 5)).toEqual(['meldcode-step-1', 'meldcode-step-2', 'meldcode-step-3', 'meldcode-step-4', 'meldcode-step-5']);
    expect(stepIds(answer)).toContain('may-report-without-consent');
    expect(recipientIds(answer)).toEqual(['veilig-thuis']);
    expect(answer.contacts).toEqual(['veilig-thuis', 'zorgcoordinator-mensenhandel']);
  });

  it('the meldrecht is a right, not a duty', () => {
    const meldrecht = getProvision('meldrecht');
    expect(meldrecht.kind).toBe('right-to-speak');
    expect('requires' in meldrecht).toBe(false);
    expect(meldrecht.doesNotAllow.map((item) => item.text.nl)).toContain('Het is een recht, geen plicht: dit artikel verplicht je niet om te melden.');
    const answer = decideDisclosure({ jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: true } });
    expect(answer.verdict).not.toBe('report-is-the-norm');
  });

  it('acute or structural unsafety: reporting to Veilig Thuis is the norm (afwegingskader)', () => {
    for (const suspicionOfAbuseOrExploitation of [true, undefined]) {
      const situation = suspicionOfAbuseOrExploitation ? { suspicionOfAbuseOrExploitation, acuteOrStructuralUnsafety: true } : { acuteOrStructuralUnsafety: true };
      const answer = decideDisclosure({ jurisdiction: 'NL', situation });
      expect(answer.verdict).toBe('report-is-the-norm');
      // Direct danger: 112 before Veilig Thuis (PUBLIC-FACTS §6, F1–F3).
      expect(stepIds(answer).slice(0, 2)).toEqual(['call-112-nl', 'report-to-veilig-thuis']);
      expect(answer.contacts).toEqual(['veilig-thuis', 'emergency-112-nl']);
      expect(reasonIds(answer)).toEqual(['acute-or-structural-unsafety', 'trafficking-not-named']);
    }
  });

  it('no suspicion yet: a gut feeling is already enough to act, ask advice', () => {
    const answer = decideDisclosure({ jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: false } });
    expect(answer.verdict).toBe('seek-advice');
    expect(stepIds(answer)).toEqual(['gut-feeling-is-enough', 'ask-care-coordinator']);
    expect(answer.tellWhom).toEqual([]);
  });

  it('offences under coercion bring the non-punishment principle', () => {
    const answer = decideDisclosure({ jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: true, offencesResultOfExploitation: true } });
    expect(answer.provisions).toContain('non-punishment-nl');
    expect(stepIds(answer).at(-1)).toBe('no-punishment-nl');
  });

  it('never names a Belgian provision, the prosecutor or a Belgian number', () => {
    for (const acuteOrStructuralUnsafety of [true, false]) {
      for (const suspicionOfAbuseOrExploitation of [true, false]) {
        const answer = decideDisclosure({ jurisdiction: 'NL', situation: { acuteOrStructuralUnsafety, suspicionOfAbuseOrExploitation, offencesResultOfExploitation: true } });
        expect(answer.provisions.every((id) => getProvision(id).jurisdiction === 'NL')).toBe(true);
        expect(answer.contacts).not.toContain('emergency-112');
        expect(answer.contacts).not.toContain('police-101');
        expect(recipientIds(answer)).not.toContain('procureur-des-konings');
      }
    }
  });
});

// The meldrecht is for "derden die beroepshalve beschikken over inlichtingen" (art. 5.2.6 Wmo 2015,
// 5dok part 28); "Iedereen die zich zorgen maakt over de veiligheid of het welzijn van een kind ...
// kan Veilig Thuis bellen" (Augeo, PUBLIC-FACTS §6 F2); 112 in direct danger (Wegwijzer).
describe('the Netherlands: what you do not know through your work (a parent, a friend)', () => {
  it('is under no meldcode: like anyone, you may call Veilig Thuis', () => {
    const answer = decideDisclosure({ jurisdiction: 'NL', situation: { knownThroughWork: false, suspicionOfAbuseOrExploitation: true } });
    expect(answer.verdict).toBe('no-professional-secret');
    expect(answer.provisions).toEqual([]);
    expect(recipientIds(answer)).toEqual(['veilig-thuis']);
    expect(reasonIds(answer)).toEqual(['not-known-through-work-nl']);
    expect(stepIds(answer)).toEqual(['anyone-may-call-veilig-thuis']);
    expect(localize(answer.definition.summary, 'nl', { region: 'NL' }).text).toMatch(/Veilig Thuis bellen, zoals iedereen/);
    expect(localize(answer.definition.summary, 'nl', { region: 'NL' }).text).not.toMatch(/parket/);
  });

  it('in direct danger: 112 first', () => {
    const answer = decideDisclosure({ jurisdiction: 'NL', situation: { knownThroughWork: false, acuteOrStructuralUnsafety: true } });
    expect(answer.verdict).toBe('no-professional-secret');
    expect(stepIds(answer)).toEqual(['call-112-nl', 'anyone-may-call-veilig-thuis']);
  });
});

describe('every answer says it is general information, not legal advice', () => {
  it.each([
    ['BE', {}],
    ['BE', { seriousDanger: true }],
    ['NL', {}],
    ['NL', { acuteOrStructuralUnsafety: true }],
  ] as const)('%s %j', (jurisdiction, situation) => {
    const answer = decideDisclosure({ jurisdiction, situation } as Parameters<typeof decideDisclosure>[0]);
    expect(localize(answer.disclaimer, 'nl').text).toBe('Algemene informatie, geen juridisch advies.');
    expect(localize(answer.disclaimer, 'fr').text).toBe('Information générale, pas un avis juridique.');
    expect(localize(answer.disclaimer, 'en').text).toBe('General information, not legal advice.');
  });
});

describe('bad input gets a clear, typed error', () => {
  it('an unknown jurisdiction names the valid ones', () => {
    const error = thrown(() => decideDisclosure({ jurisdiction: 'FR', situation: {} } as never));
    expect(error).toBeInstanceOf(UnknownJurisdictionError);
    expect((error as UnknownJurisdictionError).message).toMatch(/^Unknown jurisdiction "FR"\. Use one of: BE, NL/);
    expect((error as UnknownJurisdictionError).validJurisdictions).toEqual(['BE', 'NL']);
    expect(thrown(() => decideDisclosure(undefined as never))).toBeInstanceOf(UnknownJurisdictionError);
    expect(thrown(() => decideDisclosure({ jurisdiction: 'be', situation: {} } as never))).toBeInstanceOf(UnknownJurisdictionError);
  });

  it('a question of the other country, or a wrong answer type, is named with what to use instead', () => {
    const error = thrown(() => decideDisclosure({ jurisdiction: 'NL', situation: { caseConsultation: 'informal' } } as never));
    expect(error).toBeInstanceOf(InvalidSituationError);
    expect((error as InvalidSituationError).problems).toEqual([
      '"caseConsultation" is not a question for NL; use: knownThroughWork, suspicionOfAbuseOrExploitation, acuteOrStructuralUnsafety, offencesResultOfExploitation',
    ]);
    const wrongTypes = thrown(() => decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: 'yes', caseConsultation: 'formal' } } as never));
    expect((wrongTypes as InvalidSituationError).problems).toEqual([
      '"seriousDanger" must be true or false, got "yes"',
      '"caseConsultation" must be one of set-up-by-law, prosecutor-consent, informal, got "formal"',
    ]);
    expect((wrongTypes as Error).message).toMatch(/^Invalid situation for BE:\n {2}- "seriousDanger"/);
    expect(thrown(() => decideDisclosure({ jurisdiction: 'BE', situation: null } as never))).toBeInstanceOf(InvalidSituationError);
  });
});

describe('getProvision', () => {
  it('finds each provision by its concept id', () => {
    for (const provision of provisions) expect(getProvision(provision.id)).toBe(provision);
    expect(getProvision('right-to-speak').articles.code1867.article).toBe('art. 458bis');
    expect(getProvision('right-to-speak').articles).toHaveProperty('code2024', undefined);
    expect(getProvision('meldrecht').law.article).toBe('art. 5.2.6');
  });

  it('an unknown id throws a typed error that lists the valid ids', () => {
    const error = thrown(() => getProvision('art-458'));
    expect(error).toBeInstanceOf(UnknownProvisionError);
    expect((error as UnknownProvisionError).unknownId).toBe('art-458');
    expect((error as UnknownProvisionError).message).toBe(
      'Unknown provision id "art-458". Valid ids: professional-secrecy, duty-to-help, right-to-speak, shared-secrecy, state-of-necessity, non-punishment-be, meldrecht, meldcode, non-punishment-nl.',
    );
  });
});
