// Whom the provisions let or make you tell. fr and en are drafts.
import { checked } from '@mh/core';
import type { Recipient } from '../types.js';

export const recipients = [
  {
    id: 'procureur-des-konings',
    jurisdiction: 'BE',
    name: {
      nl: 'De procureur des Konings (het parket): het jeugdparket of de referentiemagistraat mensenhandel',
      fr: { text: 'Le procureur du Roi (le parquet) : le parquet de la jeunesse ou le magistrat de référence traite des êtres humains', ...checked },
      en: { text: 'The public prosecutor (procureur des Konings): the youth prosecutor’s office or the reference magistrate for human trafficking', ...checked },
    },
    contacts: ['parket'],
    source: { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie' },
  },
  {
    id: 'police',
    jurisdiction: 'BE',
    name: {
      nl: 'De politie',
      fr: { text: 'La police', ...checked },
      en: { text: 'The police', ...checked },
    },
    // No sourced non-urgent number: 101 is for urgent help, named by the steps when there is danger.
    contacts: [],
    source: { source: 'draaiboek-jeugdhulp', section: '8.1 Politie' },
  },
  {
    id: 'case-consultation',
    jurisdiction: 'BE',
    name: {
      nl: 'De andere deelnemers aan het casusoverleg',
      fr: { text: 'Les autres participants à la concertation de cas', ...checked },
      en: { text: 'The other participants in the case consultation', ...checked },
    },
    contacts: [],
    source: { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458ter Sw' },
  },
  {
    id: 'veilig-thuis',
    jurisdiction: 'NL',
    name: {
      nl: 'Veilig Thuis',
      fr: { text: 'Veilig Thuis', ...checked },
      en: { text: 'Veilig Thuis', ...checked },
    },
    contacts: ['veilig-thuis'],
    source: { source: 'meldplichten-meldrechten-5dok', section: '28 Meldrecht bij vermoeden van kindermishandeling/huiselijk geweld' },
  },
] as const satisfies readonly Recipient[];
