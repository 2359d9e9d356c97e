// assessSignals: from ticked indicators and the acute-danger answer to a level, reasons and next steps.
import { isRegion, regionIncludes, regions, type LocalizedText, type Region, type SourceRef } from '@mh/core';
import { groups } from './data/groups.js';
import { indicators, type IndicatorId } from './data/indicators.js';
import { levelDefinitions, notADiagnosis } from './data/levels.js';
import { steps } from './data/steps.js';
import type { ExploitationForm, Indicator, Level, LevelDefinition, NextStep } from './types.js';

/**
 * The weighing rule, in one place. The FOD Justitie fiche (seed 002 §4.1) says the fear of
 * trafficking is real when *several* indicators occur together: two or more give `concern`.
 * One gives `attention`. The fiche's third group describes the exploitation itself (sexual acts
 * the young person had to perform, work beyond a student job): one such sign alone gives
 * `concern` and asks the acute question. That is our reading of the fiche, marked so in its
 * reason. Running away must be taken seriously (same section): it adds its own reason to any
 * level, without raising a single signal to `concern`. Acute danger (seed 002 §4.2) overrides
 * the count: the acute path comes first whatever was ticked.
 */
export const thresholds = { attention: 1, concern: 2, exploitationSigns: 1 } as const;

export interface AssessInput {
  /** Ids of the indicators that were ticked; duplicates count once. An empty list is valid. */
  readonly indicators: readonly string[];
  /** The answer to "is the young person in danger, or is there an acute threat, now?"; absent when not answered. */
  readonly acuteDanger?: boolean;
  /** Where the professional works; picks the steps that apply there. Default `BE`. */
  readonly region?: Region;
}

export interface Reason {
  readonly id: 'acute-danger' | 'ask-acute' | 'no-signs' | 'one-sign' | 'several-signs' | 'exploitation-sign' | 'running-away';
  readonly text: LocalizedText;
  readonly source?: SourceRef;
  /** `true` where the text is the project's own reading of the cited source, beyond its words. */
  readonly reading?: true;
}

export interface Assessment {
  readonly level: Level;
  readonly definition: LevelDefinition;
  /** Said with every result: this is not a diagnosis. */
  readonly notADiagnosis: LocalizedText;
  readonly reasons: readonly Reason[];
  /** The next steps for this level and region, most urgent first. */
  readonly steps: readonly NextStep[];
  /** The contact ids of those steps, each once, in the order the steps name them. */
  readonly contacts: readonly string[];
  /**
   * The contacts to call now, in order: those of the steps marked `callNow` (BE: 112 and 101; NL:
   * 112, then Veilig Thuis). Empty unless there is danger. Show their numbers first, as links.
   */
  readonly callNow: readonly string[];
  /** The indicators that were ticked, in the order of the fiche. */
  readonly indicators: readonly Indicator[];
  /** The forms of exploitation the ticked indicators point to, where the sources say so. */
  readonly forms: readonly ExploitationForm[];
  /**
   * A sign of the exploitation itself was ticked, but the acute question was not answered: ask
   * it ("is the young person in danger now?") before anything else.
   */
  readonly askAcute: boolean;
  readonly region: Region;
}

export class UnknownIndicatorError extends Error {
  override readonly name = 'UnknownIndicatorError';
  readonly unknownIds: readonly string[];
  readonly validIds: readonly IndicatorId[];

  constructor(unknownIds: readonly string[]) {
    super(`Unknown indicator id${unknownIds.length > 1 ? 's' : ''}: ${unknownIds.join(', ')}. Valid ids: ${indicatorIds.join(', ')}.`);
    this.unknownIds = unknownIds;
    this.validIds = indicatorIds;
  }
}

const indicatorIds = indicators.map((indicator) => indicator.id);
const indicatorById: ReadonlyMap<string, Indicator> = new Map(indicators.map((indicator) => [indicator.id, indicator]));
const fiche = { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap' } as const;

function countReason(count: number): Reason {
  if (count === 0) {
    return {
      id: 'no-signs',
      text: {
        nl: 'Je duidde geen signalen aan.',
        fr: { text: 'Vous n’avez coché aucun signal.', status: 'draft' },
        en: { text: 'You ticked no signs.', status: 'draft' },
      },
    };
  }
  if (count < thresholds.concern) {
    return {
      id: 'one-sign',
      text: {
        nl: 'Je duidde één signaal aan. Volgens de fiche is de vrees voor mensenhandel reëel als meerdere signalen samen voorkomen.',
        fr: { text: 'Vous avez coché un signal. Selon la fiche, la crainte de traite des êtres humains est réelle lorsque plusieurs signaux sont présents ensemble.', status: 'draft' },
        en: { text: 'You ticked one sign. According to the fiche, the fear of human trafficking is real when several signs occur together.', status: 'draft' },
      },
      source: fiche,
    };
  }
  return {
    id: 'several-signs',
    text: {
      nl: `Je duidde ${count} signalen aan. Als meerdere signalen samen voorkomen, is de vrees voor mensenhandel reëel.`,
      fr: { text: `Vous avez coché ${count} signaux. Lorsque plusieurs signaux sont présents ensemble, la crainte de traite des êtres humains est réelle.`, status: 'draft' },
      en: { text: `You ticked ${count} signs. When several signs occur together, the fear of human trafficking is real.`, status: 'draft' },
    },
    source: fiche,
  };
}

const exploitationReason: Reason = {
  id: 'exploitation-sign',
  text: {
    nl: 'Je duidde een signaal aan dat de uitbuiting zelf beschrijft. Zo’n signaal weegt ook alleen al zwaar.',
    fr: { text: 'Vous avez coché un signal qui décrit l’exploitation elle-même. Un tel signal pèse lourd, même seul.', status: 'draft' },
    en: { text: 'You ticked a sign that describes the exploitation itself. Such a sign weighs heavily, even on its own.', status: 'draft' },
  },
  source: { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap, Indicatoren gelinkt aan de uitbuitingsomstandigheden' },
  reading: true,
};

const askAcuteReason: Reason = {
  id: 'ask-acute',
  text: {
    nl: 'Beantwoord ook de vraag of de jongere nu in gevaar is. Bij gevaar of acute dreiging zet je eerst de dringende stappen.',
    fr: { text: 'Répondez aussi à la question de savoir si le jeune est en danger maintenant. En cas de danger ou de menace aiguë, vous faites d’abord les démarches urgentes.', status: 'draft' },
    en: { text: 'Also answer whether the young person is in danger now. In danger or under acute threat, you take the urgent steps first.', status: 'draft' },
  },
  source: { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie' },
};

const acuteReason: Reason = {
  id: 'acute-danger',
  text: {
    nl: 'Je gaf aan dat er gevaar of een acute dreiging is.',
    fr: { text: 'Vous avez indiqué qu’il y a un danger ou une menace aiguë.', status: 'draft' },
    en: { text: 'You said there is danger or an acute threat.', status: 'draft' },
  },
  source: { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie' },
};

/** The level for a number of ticked signs, of which `exploitationSigns` describe the exploitation itself. */
export function levelFor(indicatorCount: number, acuteDanger: boolean, exploitationSigns = 0): Level {
  if (acuteDanger) return 'acute';
  if (indicatorCount >= thresholds.concern || exploitationSigns >= thresholds.exploitationSigns) return 'concern';
  if (indicatorCount >= thresholds.attention) return 'attention';
  return 'none';
}

/** The steps for a level in a region, in data order (the most urgent first). */
export function stepsFor(level: Level, region: Region): NextStep[] {
  return steps.filter(
    (step) => (step.levels as readonly Level[]).includes(level) && step.regions.some((area) => regionIncludes(area, region)),
  );
}

/**
 * Weighs the ticked indicators as the sources do. Throws UnknownIndicatorError for ids it
 * does not know (listing them), and a TypeError for a region that is not one of ours.
 */
export function assessSignals(input: AssessInput): Assessment {
  const region = input.region ?? 'BE';
  if (!isRegion(region)) throw new TypeError(`Unknown region "${String(region)}". Use one of: ${regions.join(', ')}.`);
  const ticked = new Set(input.indicators);
  const unknown = [...ticked].filter((id) => !indicatorById.has(id));
  if (unknown.length > 0) throw new UnknownIndicatorError(unknown);

  const selected = indicators.filter((indicator) => ticked.has(indicator.id));
  const exploitationSigns = selected.filter((indicator) => indicator.group === 'exploitation').length;
  const level = levelFor(selected.length, input.acuteDanger === true, exploitationSigns);
  const askAcute = exploitationSigns > 0 && input.acuteDanger === undefined;
  const reasons: Reason[] = [];
  if (level === 'acute') reasons.push(acuteReason);
  if (askAcute) reasons.push(askAcuteReason);
  reasons.push(countReason(selected.length));
  if (exploitationSigns > 0) reasons.push(exploitationReason);
  for (const indicator of selected) {
    if (indicator.group === 'running-away' && indicator.note) {
      reasons.push({ id: 'running-away', text: indicator.note.text, source: indicator.note.source });
    }
  }

  const levelSteps = stepsFor(level, region);
  return {
    level,
    definition: levelDefinitions.find((definition) => definition.id === level) as LevelDefinition,
    notADiagnosis,
    reasons,
    steps: levelSteps,
    contacts: [...new Set(levelSteps.flatMap((step) => step.contacts))],
    callNow: [...new Set(levelSteps.flatMap((step) => (step.callNow ? step.contacts : [])))],
    indicators: selected,
    forms: [...new Set(selected.flatMap((indicator) => indicator.forms))],
    askAcute,
    region,
  };
}

/** The groups with their indicators, in the fiche's order: what a checklist shows. */
export function indicatorsByGroup() {
  return groups.map((group) => ({ group, indicators: indicators.filter((indicator) => indicator.group === group.id) }));
}
