// The four groups of the FOD Justitie fiche, in the fiche's order (seed 002 §4.1).
import type { IndicatorGroup } from '../types.js';

const fiche = { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap' } as const;

export const groups = [
  {
    id: 'psychological',
    name: {
      nl: 'Psychologische signalen',
      fr: { text: 'Signaux psychologiques', status: 'draft' },
      en: { text: 'Psychological signs', status: 'draft' },
    },
    source: fiche,
  },
  {
    id: 'behavioural-physical',
    name: {
      nl: 'Signalen in gedrag of lichaam',
      fr: { text: 'Signaux dans le comportement ou physiques', status: 'draft' },
      en: { text: 'Signs in behaviour or physical signs', status: 'draft' },
    },
    source: fiche,
  },
  {
    id: 'exploitation',
    name: {
      nl: 'Signalen over de uitbuiting zelf',
      fr: { text: "Signaux liés aux conditions d'exploitation", status: 'draft' },
      en: { text: 'Signs linked to the exploitation', status: 'draft' },
    },
    source: fiche,
  },
  {
    id: 'running-away',
    name: {
      nl: 'Weglopen',
      fr: { text: 'Fugue', status: 'draft' },
      en: { text: 'Running away', status: 'draft' },
    },
    source: { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap, Weglopen' },
  },
] as const satisfies readonly IndicatorGroup[];
