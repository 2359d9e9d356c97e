// What each verdict of decideDisclosure() means, in calm words, and the disclaimer every answer
// carries (CONTENT.md: "algemene informatie, geen juridisch advies"). fr and en are drafts.
import type { LocalizedText } from '@mh/core';
import type { VerdictDefinition } from '../types.js';

const poster = { source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' } as const;

export const verdictDefinitions = [
  {
    id: 'must-act',
    title: {
      nl: 'Je moet handelen',
      fr: { text: 'Vous devez agir', status: 'draft' },
      en: { text: 'You must act', status: 'draft' },
    },
    summary: {
      nl: 'Een minderjarige in ernstig gevaar moet je helpen. Je beroepsgeheim houdt je niet tegen: breng de procureur des Konings op de hoogte.',
      fr: { text: 'Vous devez aider un mineur en danger grave. Votre secret professionnel ne vous en empêche pas : informez le procureur du Roi.', status: 'draft' },
      en: { text: 'You must help a minor in serious danger. Your professional secrecy does not stop you: inform the public prosecutor (procureur des Konings).', status: 'draft' },
    },
    sources: [poster, { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 422bis Sw' }],
  },
  {
    id: 'may-speak',
    title: {
      nl: 'Je mag spreken',
      fr: { text: 'Vous pouvez parler', status: 'draft' },
      en: { text: 'You may speak', status: 'draft' },
    },
    summary: {
      nl: 'Je mag je beroepsgeheim doorbreken en de procureur des Konings inlichten. Je bent het niet verplicht. Blijf er wel niet alleen mee zitten.',
      fr: { text: 'Vous pouvez lever votre secret professionnel et informer le procureur du Roi. Vous n’y êtes pas obligé. Ne restez cependant pas seul avec cela.', status: 'draft' },
      en: { text: 'You may break your professional secrecy and inform the public prosecutor (procureur des Konings). You do not have to. But do not stay alone with it.', status: 'draft' },
    },
    sources: [{ source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' }, poster],
  },
  {
    id: 'may-share-in-consultation',
    title: {
      nl: 'Je mag delen in het casusoverleg',
      fr: { text: 'Vous pouvez partager dans la concertation de cas', status: 'draft' },
      en: { text: 'You may share in the case consultation', status: 'draft' },
    },
    summary: {
      nl: 'In dit casusoverleg mag je geheimen delen om de jongere te beschermen. Wat je er hoort, houd je zelf ook geheim.',
      fr: { text: 'Dans cette concertation de cas, vous pouvez partager des secrets pour protéger le jeune. Ce que vous y entendez, vous le gardez aussi secret.', status: 'draft' },
      en: { text: 'In this case consultation you may share secrets to protect the young person. What you hear there, you keep secret too.', status: 'draft' },
    },
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458ter Sw' },
      { source: 'wolterskluwer-casusoverleg', section: 'page' },
    ],
  },
  {
    id: 'seek-advice',
    title: {
      nl: 'Vraag advies',
      fr: { text: 'Demandez conseil', status: 'draft' },
      en: { text: 'Ask for advice', status: 'draft' },
    },
    summary: {
      nl: 'Blijf niet alleen met je twijfel. Vraag advies aan wie daarin gespecialiseerd is, en kijk opnieuw als je meer weet.',
      fr: { text: 'Ne restez pas seul avec votre doute. Demandez conseil à des spécialistes, et réexaminez la situation quand vous en savez plus.', status: 'draft' },
      en: { text: 'Do not stay alone with your doubt. Ask specialists for advice, and look again when you know more.', status: 'draft' },
    },
    sources: [poster, { source: 'tien-drempels', section: '8. “Ik heb geen idee waar ik terecht kan met mijn vermoeden.”' }],
  },
  {
    id: 'keep-secret',
    title: {
      nl: 'Je beroepsgeheim geldt',
      fr: { text: 'Votre secret professionnel s’applique', status: 'draft' },
      en: { text: 'Your professional secrecy applies', status: 'draft' },
    },
    summary: {
      nl: 'Niets in wat je aangaf, heft je beroepsgeheim op. Je kunt wel advies vragen zonder namen te noemen.',
      fr: { text: 'Rien dans ce que vous avez indiqué ne lève votre secret professionnel. Vous pouvez toutefois demander conseil sans citer de noms.', status: 'draft' },
      en: { text: 'Nothing in what you said lifts your professional secrecy. You can still ask for advice without giving names.', status: 'draft' },
    },
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' },
      { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Aftoetsing van signalen' },
    ],
  },
  {
    id: 'follow-meldcode',
    title: {
      nl: 'Volg de meldcode',
      fr: { text: 'Suivez le meldcode', status: 'draft' },
      en: { text: 'Follow the meldcode', status: 'draft' },
    },
    summary: {
      nl: 'Zet de vijf stappen van de meldcode. Je mag je vermoeden aan Veilig Thuis melden, ook zonder toestemming.',
      fr: { text: 'Suivez les cinq étapes du meldcode. Vous pouvez signaler votre soupçon à Veilig Thuis, même sans consentement.', status: 'draft' },
      en: { text: 'Take the five steps of the meldcode. You may report your suspicion to Veilig Thuis, even without consent.', status: 'draft' },
    },
    sources: [
      { source: 'augeo-meldcode-stappenplan', section: 'De vijf stappen van de meldcode' },
      { source: 'meldplichten-meldrechten-5dok', section: 'page' },
    ],
  },
  {
    id: 'report-is-the-norm',
    title: {
      nl: 'Meld bij Veilig Thuis',
      fr: { text: 'Signalez à Veilig Thuis', status: 'draft' },
      en: { text: 'Report to Veilig Thuis', status: 'draft' },
    },
    summary: {
      nl: 'Bij acute of structurele onveiligheid is melden bij Veilig Thuis de norm. Is er direct gevaar, bel dan 112.',
      fr: { text: 'En cas d’insécurité aiguë ou structurelle, le signalement à Veilig Thuis est la norme. En cas de danger immédiat, appelez le 112.', status: 'draft' },
      en: { text: 'With acute or structural unsafety, reporting to Veilig Thuis is the norm. If there is immediate danger, call 112.', status: 'draft' },
    },
    sources: [
      { source: 'handelingsprotocol-utrecht-stap-5', section: 'page' },
      { source: 'augeo-veilig-thuis', section: 'page' },
    ],
  },
] as const satisfies readonly VerdictDefinition[];

/** Said with every answer, whatever the verdict. */
export const disclaimer = {
  nl: 'Algemene informatie, geen juridisch advies.',
  fr: { text: 'Information générale, pas un avis juridique.', status: 'draft' },
  en: { text: 'General information, not legal advice.', status: 'draft' },
} as const satisfies LocalizedText;
