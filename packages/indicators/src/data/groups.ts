// The four groups of the FOD Justitie fiche, in the fiche's order (seed 002 §4.1).
import { checked } from '@mh/core';
import type { IndicatorGroup } from '../types.js';

const fiche = { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap' } as const;

export const groups = [
  {
    id: 'psychological',
    name: {
      nl: 'Psychologische signalen',
      fr: { text: 'Signaux psychologiques', ...checked },
      en: { text: 'Psychological signs', ...checked },
    },
    source: fiche,
  },
  {
    id: 'behavioural-physical',
    name: {
      nl: 'Signalen in gedrag of lichaam',
      fr: { text: 'Signaux dans le comportement ou physiques', ...checked },
      en: { text: 'Signs in behaviour or physical signs', ...checked },
    },
    source: fiche,
  },
  {
    id: 'exploitation',
    name: {
      nl: 'Signalen over de uitbuiting zelf',
      fr: { text: "Signaux liés aux conditions d'exploitation", ...checked },
      en: { text: 'Signs linked to the exploitation', ...checked },
    },
    source: fiche,
  },
  {
    id: 'running-away',
    name: {
      nl: 'Weglopen',
      fr: { text: 'Fugue', ...checked },
      en: { text: 'Running away', ...checked },
    },
    source: { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap, Weglopen' },
  },
] as const satisfies readonly IndicatorGroup[];
