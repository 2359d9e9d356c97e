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

  it('one psychological indicator gives attention: one signal alone is no proof', () => {
    const result = assessSignals({ indicators: ['often-tired'], region: 'BE-VLG' });
    expect(result.level).toBe('attention');
    expect(localize(result.reasons[0]!.text, 'nl').text).toMatch(/geen bewijs/);
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

  it('acute danger gives acute with the prosecutor step first, whatever was ticked', () => {
    for (const ticked of [[], ['often-tired'], ['often-tired', 'runs-away', 'breaks-the-law']]) {
      const result = assessSignals({ indicators: ticked, acuteDanger: true, region: 'BE-BRU' });
      expect(result.level).toBe('acute');
      expect(result.reasons[0]?.id).toBe('acute-danger');
      expect(stepIds(result)[0]).toBe('inform-prosecutor');
      expect(result.steps[0]?.provisions).toContain('right-to-speak');
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
  it('Flanders on suspicion: Child Focus, a specialised centre, the consultant, a report to PAG-ASA or Payoke', () => {
    const result = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-VLG' });
    expect(stepIds(result)).toEqual([
      'talk-to-child-focus',
      'discuss-with-specialised-centre',
      'contact-consultant',
      'report-to-specialised-centre',
      'be-open-with-the-young-person',
    ]);
    expect(result.contacts).toEqual(['child-focus', 'pag-asa', 'payoke', 'surya', 'mensenhandel-helpline']);
  });

  it('Brussels and Wallonia get the Belgian steps, not the Flemish youth-care ones', () => {
    const result = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'BE-WAL' });
    expect(stepIds(result)).not.toContain('contact-consultant');
    expect(stepIds(result)).toContain('report-to-specialised-centre');
  });

  it('the Netherlands: the care coordinator and Veilig Thuis, no Belgian steps', () => {
    const result = assessSignals({ indicators: ['often-tired', 'runs-away'], region: 'NL' });
    expect(stepIds(result)).toEqual(['nl-talk-to-care-coordinator', 'nl-assess-risk-together']);
    expect(result.contacts).toEqual(['zorgcoordinator-mensenhandel', 'veilig-thuis']);
    const acute = assessSignals({ indicators: [], acuteDanger: true, region: 'NL' });
    expect(stepIds(acute)[0]).toBe('nl-call-112');
    expect(stepIds(acute)).not.toContain('inform-prosecutor');
    expect(acute.contacts).toEqual(['emergency-112-nl', 'zorgcoordinator-mensenhandel', 'veilig-thuis', 'centrum-seksueel-geweld']);
  });

  it('Flanders in acute danger: the prosecutor, care after sexual violence, then who is involved', () => {
    const result = assessSignals({ indicators: ['sexual-acts-and-distress'], acuteDanger: true, region: 'BE-VLG' });
    expect(stepIds(result)).toEqual(['inform-prosecutor', 'call-emergency-be', 'sexual-violence-care', 'inform-involved-parties', 'be-open-with-the-young-person']);
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
