import { localize } from '@mh/core';
import { describe, expect, it } from 'vitest';
import { assessSignals, indicators, indicatorsByGroup, UnknownIndicatorError } from '../src/index.js';

const stepIds = (result: ReturnType<typeof assessSignals>) => result.steps.map((step) => step.id);

describe('assessSignals: the rule of the FOD Justitie fiche (seed 002 §4.1)', () => {
  it('an empty selection is valid and gives none, still with a step to ask advice', () => {
    const result = assessSignals({ indicators: [], acuteDanger: false, region: 'BE-VLG' });
    expect(result.level).toBe('none');
    expect(result.reasons.map((reason) => reason.id)).toEqual(['no-signs']);
    expect(stepIds(result)).toEqual(['talk-to-child-focus']);
  });

  it('one psychological indicator gives attention, and says what the fiche says (not "no proof", which it does not say)', () => {
    const result = assessSignals({ indicators: ['often-tired'], region: 'BE-VLG' });
    expect(result.level).toBe('attention');
    expect(localize(result.reasons[0]!.text, 'nl').text).toBe('Je duidde één signaal aan. Volgens de fiche is de vrees voor mensenhandel reëel als meerdere signalen samen voorkomen.');
    expect(localize(result.definition.summary, 'nl').text).not.toMatch(/geen bewijs/);
    expect(result.askAcute).toBe(false);
  });

  // The fiche's third group, "Indicatoren gelinkt aan de uitbuitingsomstandigheden", describes the
  // exploitation itself: one such sign alone is a real concern (our reading, marked as such).
  it.each(['sexual-acts-and-distress', 'work-beyond-student-job'])('one sign of the exploitation itself (%s) gives concern and asks the acute question', (id) => {
    const result = assessSignals({ indicators: [id], region: 'BE-VLG' });
    expect(result.level).toBe('concern');
    expect(result.askAcute).toBe(true);
    expect(result.reasons.map((reason) => reason.id)).toEqual(['ask-acute', 'one-sign', 'exploitation-sign']);
    expect(result.reasons.find((reason) => reason.id === 'exploitation-sign')?.reading).toBe(true);
    expect(localize(result.reasons[0]!.text, 'nl').text).toMatch(/nu in gevaar/);
    // Once the acute question is answered, it is not asked again.
    expect(assessSignals({ indicators: [id], acuteDanger: false, region: 'BE-VLG' }).askAcute).toBe(false);
    expect(assessSignals({ indicators: [id], acuteDanger: true, region: 'BE-VLG' }).level).toBe('acute');
  });

  it('two psychological indicators give concern', () => {
    const result = assessSignals({ indicators: ['fearful-when-contacted', 'sudden-stress-or-fear'], acuteDanger: false, region: 'BE-VLG' });
    expect(result.level).toBe('concern');
    expect(result.reasons[0]).toMatchObject({ id: 'several-signs' });
    expect(localize(result.reasons[0]!.text, 'nl').text).toContain('Je duidde 2 signalen aan');
    expect(localize(result.reasons[0]!.text, 'en').text).toContain('You ticked 2 signs');
  });

  it('counts a ticked indicator once', () => {
    expect(assessSignals({ indicators: ['often-tired', 'often-tired'] }).level).toBe('attention');
  });

  // Seed 002 §4.2 (acute situation) and the 1712 notice (112/101): a number to call now comes
  // first, the parket after it, with how it is reached.
  it('acute danger: 112 or 101 first, then the parket with how to reach it, whatever was ticked', () => {
    for (const ticked of [[], ['often-tired'], ['often-tired', 'runs-away', 'breaks-the-law']]) {
      for (const region of ['BE', 'BE-VLG', 'BE-BRU', 'BE-WAL'] as const) {
        const result = assessSignals({ indicators: ticked, acuteDanger: true, region });
        expect(result.level).toBe('acute');
        expect(result.reasons[0]?.id).toBe('acute-danger');
        expect(stepIds(result).slice(0, 2)).toEqual(['call-emergency-be', 'inform-prosecutor']);
        expect(result.steps[0]?.contacts).toEqual(['emergency-112', 'police-101']);
        expect(localize(result.steps[0]!.title, 'nl').text).toBe('Is de jongere nu in gevaar? Bel 112 of 101');
        expect(result.steps[1]?.contacts).toEqual(['parket']);
        expect(result.steps[1]?.provisions).toContain('right-to-speak');
        expect(result.contacts.slice(0, 3)).toEqual(['emergency-112', 'police-101', 'parket']);
        // The numbers to call now: 112 and 101, nothing else before them.
        expect(result.callNow).toEqual(['emergency-112', 'police-101']);
      }
    }
  });

  it('without danger there is no number to call now', () => {
    for (const region of ['BE-VLG', 'BE-WAL', 'BE-BRU', 'NL'] as const) {
      for (const ticked of [[], ['often-tired'], ['sexual-acts-and-distress'], ['often-tired', 'runs-away']]) {
        expect(assessSignals({ indicators: ticked, acuteDanger: false, region }).callNow).toEqual([]);
        expect(assessSignals({ indicators: ticked, region }).callNow).toEqual([]);
      }
    }
  });

  it('running away adds its own reason, to be taken seriously', () => {
    const result = assessSignals({ indicators: ['runs-away'], region: 'BE-WAL' });
    expect(result.level).toBe('attention');
    expect(result.reasons.map((reason) => reason.id)).toEqual(['one-sign', 'running-away']);
    expect(localize(result.reasons[1]!.text, 'nl').text).toMatch(/^Neem weglopen ernstig/);
  });

  it('says which forms of exploitation the ticked signs point to', () => {
    expect(assessSignals({ indicators: ['breaks-the-law', 'work-beyond-student-job'] }).forms).toEqual(['criminal', 'labour']);
    expect(assessSignals({ indicators: ['often-tired'] }).forms).toEqual([]);
  });

  it('every level says it is not a diagnosis', () => {
    for (const acuteDanger of [false, true]) {
      expect(localize(assessSignals({ indicators: [], acuteDanger }).notADiagnosis, 'nl').text).toMatch(/^Dit is geen diagnose/);
    }
  });
});

describe('assessSignals: the next steps depend on the region', () => {
  it('Flanders on suspicion: Child Focus, a specialised centre, the VK, the consultant, the Flemish reporting pilot', () => {
    const result = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-VLG' });
    expect(stepIds(result)).toEqual([
      'talk-to-child-focus',
      'discuss-with-specialised-centre',
      'discuss-with-vk',
      'contact-consultant',
      'report-to-specialised-centre',
      'involve-the-parents',
      'be-open-with-the-young-person',
      'organisation-reports-serious-event',
    ]);
    expect(result.contacts).toEqual(['child-focus', 'pag-asa', 'payoke', 'surya', 'mensenhandel-helpline']);
    // Seed 002 §4.2: the threshold for a referral is a suspected "maatschappelijke noodzaak".
    expect(localize(result.steps[3]!.detail!, 'nl').text).toMatch(/maatschappelijke noodzaak/);
  });

  // Seed 002 §5.1: reporting to Payoke (or PAG-ASA) is a pilot of the Flemish government.
  it('Brussels and Wallonia get neither the Flemish reporting pilot nor the Flemish youth-care steps; Wallonia names Sürya', () => {
    for (const region of ['BE-WAL', 'BE-BRU'] as const) {
      const ids = stepIds(assessSignals({ indicators: ['often-tired', 'runs-away'], region }));
      for (const flemish of ['report-to-specialised-centre', 'contact-consultant', 'discuss-with-vk', 'organisation-reports-serious-event']) expect(ids).not.toContain(flemish);
      expect(ids).toContain('discuss-with-specialised-centre');
    }
    const wallonia = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-WAL' });
    expect(stepIds(wallonia)).toContain('discuss-with-surya');
    expect(localize(wallonia.steps.find((step) => step.id === 'discuss-with-surya')!.title, 'fr').text).toBe('Parlez de votre soupçon avec Sürya à Liège');
    expect(stepIds(assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-BRU' }))).not.toContain('discuss-with-surya');
  });

  // Seed 002 §5.1: the pilot binds organisations recognised by the Flemish agencies (Jongerenwelzijn,
  // VAPH), some of which work in Brussels; everyone else there goes to PAG-ASA, the Brussels centre.
  it('Brussels: PAG-ASA for everyone, the Flemish pilot only as a step for Flemish-recognised organisations', () => {
    const brussels = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-BRU' });
    const ids = stepIds(brussels);
    expect(ids.indexOf('discuss-with-pag-asa')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('discuss-with-pag-asa')).toBeLessThan(ids.indexOf('flemish-organisations-report-to-payoke'));
    const pilot = brussels.steps.find((step) => step.id === 'flemish-organisations-report-to-payoke')!;
    expect(localize(pilot.title, 'nl').text).toBe('Is je organisatie erkend door een Vlaams agentschap? Dan meldt ze aan Payoke of PAG-ASA');
    expect(localize(pilot.detail!, 'nl').text).toMatch(/Jongerenwelzijn .* Personen met een Handicap/);
    expect(pilot.contacts).toEqual(['payoke', 'pag-asa']);
    for (const region of ['BE-VLG', 'BE-WAL', 'NL'] as const) {
      const elsewhere = stepIds(assessSignals({ indicators: ['often-tired', 'runs-away'], region }));
      expect(elsewhere).not.toContain('flemish-organisations-report-to-payoke');
      expect(elsewhere).not.toContain('discuss-with-pag-asa');
    }
  });

  it('the Netherlands: the care coordinator and Veilig Thuis, no Belgian steps', () => {
    const result = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'NL' });
    expect(stepIds(result)).toEqual(['nl-talk-to-care-coordinator', 'nl-assess-risk-together']);
    expect(result.contacts).toEqual(['zorgcoordinator-mensenhandel', 'veilig-thuis']);
    const acute = assessSignals({ indicators: [], acuteDanger: true, region: 'NL' });
    // PUBLIC-FACTS §6 (F1–F3): 112 in direct danger, before Veilig Thuis.
    expect(stepIds(acute)[0]).toBe('nl-call-112');
    expect(stepIds(acute)).not.toContain('inform-prosecutor');
    expect(acute.steps.find((step) => step.id === 'nl-act-on-danger')?.provisions).toEqual(['meldcode']);
    expect(acute.contacts).toEqual(['emergency-112-nl', 'zorgcoordinator-mensenhandel', 'veilig-thuis', 'centrum-seksueel-geweld']);
    // PUBLIC-FACTS §6 (F1–F3) and §11: 112 in direct danger, then Veilig Thuis (0800-2000, 24/7).
    expect(acute.callNow).toEqual(['emergency-112-nl', 'veilig-thuis']);
  });

  it('Flanders in acute danger: 112/101, the parket, care after sexual violence, then who is involved', () => {
    const result = assessSignals({ indicators: ['sexual-acts-and-distress'], acuteDanger: true, region: 'BE-VLG' });
    expect(stepIds(result)).toEqual([
      'call-emergency-be',
      'inform-prosecutor',
      'sexual-violence-care',
      'inform-involved-parties',
      'involve-the-parents',
      'be-open-with-the-young-person',
      'organisation-reports-serious-event',
    ]);
  });
});

describe('assessSignals: bad input gets a clear error', () => {
  it('unknown indicator ids throw a typed error that lists them and the valid ones', () => {
    let error: unknown;
    try {
      assessSignals({ indicators: ['often-tired', 'sad', 'angry', 'sad'] });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UnknownIndicatorError);
    expect((error as UnknownIndicatorError).unknownIds).toEqual(['sad', 'angry']);
    expect((error as UnknownIndicatorError).message).toMatch(/^Unknown indicator ids: sad, angry\. Valid ids: fearful-when-contacted, /);
    expect((error as UnknownIndicatorError).validIds).toHaveLength(indicators.length);
  });

  it('an unknown region throws and names the valid ones', () => {
    expect(() => assessSignals({ indicators: [], region: 'FR' as never })).toThrow(/Unknown region "FR"\. Use one of: BE, BE-VLG/);
  });
});

describe('indicatorsByGroup', () => {
  it('lists the four groups of the fiche in order, with every indicator once', () => {
    const grouped = indicatorsByGroup();
    expect(grouped.map((entry) => entry.group.id)).toEqual(['psychological', 'behavioural-physical', 'exploitation', 'running-away']);
    expect(grouped.map((entry) => entry.indicators.length)).toEqual([4, 6, 2, 1]);
  });
});
