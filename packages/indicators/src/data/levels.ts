// What each level means, in calm words; every level says it is not a diagnosis.
import { checked } from '@mh/core';
import type { LevelDefinition } from '../types.js';

const fiche = { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap' } as const;

export const levelDefinitions = [
  {
    id: 'none',
    title: {
      nl: 'Je duidde geen signalen aan',
      fr: { text: "Vous n'avez coché aucun signal", ...checked },
      en: { text: 'You ticked no signs', ...checked },
    },
    summary: {
      nl: 'Dat sluit niets uit. Je hoeft niet zeker te zijn: een vermoeden of onderbuikgevoel is genoeg om advies te vragen.',
      fr: { text: "Cela n'exclut rien. Vous n'avez pas besoin d'être sûr : un soupçon ou une intuition suffit pour demander conseil.", ...checked },
      en: { text: 'That rules nothing out. You do not need to be sure: a suspicion or a gut feeling is enough to ask for advice.', ...checked },
    },
    source: { source: 'tien-drempels', section: '1. “Zie ik het wel goed?”' },
  },
  {
    id: 'attention',
    title: {
      nl: 'Eén signaal: blijf alert',
      fr: { text: 'Un signal : restez attentif', ...checked },
      en: { text: 'One sign: stay alert', ...checked },
    },
    summary: {
      nl: 'Volgens de fiche is de vrees voor mensenhandel reëel als meerdere signalen samen voorkomen. Blijf in verbinding met de jongere en let op andere signalen. Twijfel je? Bespreek het.',
      fr: { text: 'Selon la fiche, la crainte de traite des êtres humains est réelle lorsque plusieurs signaux sont présents ensemble. Restez en lien avec le jeune et soyez attentif à d’autres signaux. Un doute ? Parlez-en.', ...checked },
      en: { text: 'According to the fiche, the fear of human trafficking is real when several signs occur together. Stay connected with the young person and watch for other signs. In doubt? Talk it through.', ...checked },
    },
    source: fiche,
  },
  {
    id: 'concern',
    title: {
      nl: 'Je zorg is reëel',
      fr: { text: 'Votre inquiétude est fondée', ...checked },
      en: { text: 'Your concern is real', ...checked },
    },
    summary: {
      nl: 'Er zijn meerdere signalen samen, of een signaal van de uitbuiting zelf. Dan is de vrees voor mensenhandel reëel. Zet nu de volgende stappen, samen met anderen.',
      fr: { text: 'Plusieurs signaux sont présents ensemble, ou un signal de l’exploitation elle-même. La crainte de traite des êtres humains est alors réelle. Passez maintenant aux étapes suivantes, avec d’autres.', ...checked },
      en: { text: 'There are several signs together, or a sign of the exploitation itself. Then the fear of human trafficking is real. Take the next steps now, together with others.', ...checked },
    },
    source: fiche,
  },
  {
    id: 'acute',
    title: {
      nl: 'Gevaar: handel nu',
      fr: { text: 'Danger : agissez maintenant', ...checked },
      en: { text: 'Danger: act now', ...checked },
    },
    summary: {
      nl: 'Bij gevaar of acute dreiging zet je eerst de dringende stap hieronder. Daarna informeer je wie betrokken is.',
      fr: { text: 'En cas de danger ou de menace aiguë, passez d’abord à l’étape urgente ci-dessous. Informez ensuite les personnes concernées.', ...checked },
      en: { text: 'In danger or under acute threat, take the urgent step below first. Then inform those involved.', ...checked },
    },
    source: { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie' },
  },
] as const satisfies readonly LevelDefinition[];

/** Said with every result, whatever the level. */
export const notADiagnosis = {
  nl: 'Dit is geen diagnose. Het helpt je een zorg te wegen en de volgende stap te vinden.',
  fr: { text: "Ce n'est pas un diagnostic. Cela vous aide à évaluer une inquiétude et à trouver l'étape suivante.", ...checked },
  en: { text: 'This is not a diagnosis. It helps you weigh a worry and find the next step.', ...checked },
} as const;
