// What each verdict of decideDisclosure() means, in calm words, and the disclaimer every answer
// carries (CONTENT.md: "algemene informatie, geen juridisch advies"). fr and en are drafts.
import { checked } from '@mh/core';
import type { LocalizedText } from '@mh/core';
import type { VerdictDefinition } from '../types.js';

const poster = { source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' } as const;

export const verdictDefinitions = [
  {
    id: 'must-act',
    title: {
      nl: 'Je moet helpen',
      fr: { text: 'Vous devez aider', ...checked },
      en: { text: 'You must help', ...checked },
    },
    summary: {
      nl: 'Iemand in groot gevaar moet je helpen, ook als je een beroepsgeheim hebt. Kun je de jongere niet zelf of met anderen beschermen, dan mag je ook de procureur des Konings inlichten.',
      fr: { text: 'Vous devez aider une personne en grand danger, même si vous êtes tenu au secret professionnel. Si vous ne pouvez pas protéger le jeune vous-même ou avec d’autres, vous pouvez aussi informer le procureur du Roi.', ...checked },
      en: { text: 'You must help someone in great danger, even if you are bound by professional secrecy. If you cannot protect the young person yourself or with others, you may also inform the public prosecutor (procureur des Konings).', ...checked },
    },
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 422bis Sw' },
      { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' },
      poster,
    ],
  },
  {
    id: 'may-speak',
    title: {
      nl: 'Je mag spreken',
      fr: { text: 'Vous pouvez parler', ...checked },
      en: { text: 'You may speak', ...checked },
    },
    summary: {
      nl: 'Je mag je beroepsgeheim doorbreken en de procureur des Konings inlichten. Je bent het niet verplicht. Blijf er wel niet alleen mee zitten.',
      fr: { text: 'Vous pouvez lever votre secret professionnel et informer le procureur du Roi. Vous n’y êtes pas obligé. Ne restez cependant pas seul avec cela.', ...checked },
      en: { text: 'You may break your professional secrecy and inform the public prosecutor (procureur des Konings). You do not have to. But do not stay alone with it.', ...checked },
    },
    sources: [{ source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' }, poster],
  },
  // The poster (seed 000) says plainly that indications of sexual exploitation let you break
  // secrecy; the playbook (seed 002 §9, the authority for Belgium) and COL 04/2018 tie it to
  // serious danger you cannot avert yourself or with others. We follow the playbook.
  {
    id: 'may-speak-under-conditions',
    title: {
      nl: 'Je mag spreken als er ernstig gevaar is',
      fr: { text: 'Vous pouvez parler s’il y a un danger grave', ...checked },
      en: { text: 'You may speak if there is serious danger', ...checked },
    },
    summary: {
      nl: 'Er zijn aanwijzingen van uitbuiting van een minderjarige. Dan mag je je beroepsgeheim doorbreken en de procureur des Konings inlichten, als er ernstig gevaar is dat je niet zelf of met anderen kunt afwenden. Twijfel je? Vraag advies.',
      fr: { text: 'Il existe des indices d’exploitation d’un mineur. Vous pouvez alors lever votre secret professionnel et informer le procureur du Roi, s’il existe un danger grave que vous ne pouvez pas écarter vous-même ou avec d’autres. Un doute ? Demandez conseil.', ...checked },
      en: { text: 'There are indications that a minor is being exploited. Then you may break your professional secrecy and inform the public prosecutor (procureur des Konings), if there is serious danger you cannot avert yourself or with others. In doubt? Ask for advice.', ...checked },
    },
    sources: [poster, { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' }],
  },
  {
    id: 'may-share-in-consultation',
    title: {
      nl: 'Je mag delen in het casusoverleg',
      fr: { text: 'Vous pouvez partager dans la concertation de cas', ...checked },
      en: { text: 'You may share in the case consultation', ...checked },
    },
    summary: {
      nl: 'In dit casusoverleg mag je geheimen delen om de jongere te beschermen. Wat je er hoort, houd je zelf ook geheim.',
      fr: { text: 'Dans cette concertation de cas, vous pouvez partager des secrets pour protéger le jeune. Ce que vous y entendez, vous le gardez aussi secret.', ...checked },
      en: { text: 'In this case consultation you may share secrets to protect the young person. What you hear there, you keep secret too.', ...checked },
    },
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458ter Sw' },
      { source: 'wolterskluwer-casusoverleg', section: 'Strijd tegen terreur: beroepsgeheim geldt niet bij casusoverleg (art. 312- 314 Potpourri V)' },
    ],
  },
  {
    id: 'no-professional-secret',
    title: {
      nl: 'Je hebt hier geen beroepsgeheim',
      fr: { text: 'Vous n’avez pas de secret professionnel ici', ...checked },
      en: { text: 'You hold no professional secret here', ...checked },
    },
    summary: {
      nl: 'Wat je niet door je werk weet, valt niet onder je beroepsgeheim. Je mag de politie of het parket inlichten, zoals iedereen. Is iemand in groot gevaar, dan moet je helpen.',
      fr: { text: 'Ce que vous ne savez pas par votre travail ne relève pas de votre secret professionnel. Vous pouvez informer la police ou le parquet, comme tout le monde. Si une personne est en grand danger, vous devez l’aider.', ...checked },
      en: { text: 'What you do not know through your work is not covered by your professional secrecy. You may inform the police or the prosecutor’s office, like anyone. If someone is in great danger, you must help.', ...checked },
      // In the Netherlands: anyone who worries about a child may call Veilig Thuis (Augeo), 112 in direct danger.
      'nl-NL': { text: 'Wat je niet door je werk weet, valt niet onder een beroepsgeheim of de meldcode. Maak je je zorgen, dan kan je Veilig Thuis bellen, zoals iedereen. Bij direct gevaar bel je 112.', status: 'draft' },
      'fr-NL': { text: 'Ce que vous ne savez pas par votre travail ne relève ni d’un secret professionnel ni du meldcode. Si vous vous inquiétez, vous pouvez appeler Veilig Thuis, comme tout le monde. En cas de danger immédiat, appelez le 112.', ...checked },
      'en-NL': { text: 'What you do not know through your work is not covered by professional secrecy or the meldcode. If you are worried, you can call Veilig Thuis, like anyone. In direct danger, call 112.', ...checked },
    },
    sources: [
      { source: 'augeo-veilig-thuis', section: 'Eerste alinea: “Iedereen die zich zorgen maakt over de veiligheid of het welzijn van een kind of een volwassene, kan Veilig Thuis bellen”' },
      { source: 'wegwijzer-melden', section: 'Melden van mensenhandel' },
      { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' },
      { source: 'draaiboek-jeugdhulp', section: '8.1 Politie' },
      { source: 'compsy-422bis', section: 'Het beroepsgeheim doorbreken in het kader van de hulpverleningsplicht (art. 422bis van het Strafwetboek)' },
    ],
  },
  {
    id: 'seek-advice',
    title: {
      nl: 'Vraag advies',
      fr: { text: 'Demandez conseil', ...checked },
      en: { text: 'Ask for advice', ...checked },
    },
    summary: {
      nl: 'Blijf niet alleen met je twijfel. Vraag advies aan wie daarin gespecialiseerd is, en kijk opnieuw als je meer weet.',
      fr: { text: 'Ne restez pas seul avec votre doute. Demandez conseil à des spécialistes, et réexaminez la situation quand vous en savez plus.', ...checked },
      en: { text: 'Do not stay alone with your doubt. Ask specialists for advice, and look again when you know more.', ...checked },
    },
    sources: [{ source: 'tien-drempels', section: '8. “Ik heb geen idee waar ik terecht kan met mijn vermoeden.”' }, { source: 'tien-drempels', section: '1. “Zie ik het wel goed?”' }],
  },
  {
    id: 'keep-secret',
    title: {
      nl: 'Je beroepsgeheim blijft gelden',
      fr: { text: 'Votre secret professionnel reste d’application', ...checked },
      en: { text: 'Your professional secrecy still applies', ...checked },
    },
    summary: {
      nl: 'Je vertelt niet verder wat je in je werk hoort. Je kunt wel advies vragen zonder namen te noemen. Kijk opnieuw als je meer weet.',
      fr: { text: 'Vous ne répétez pas ce que vous apprenez dans votre travail. Vous pouvez toutefois demander conseil sans citer de noms. Réexaminez la situation quand vous en savez plus.', ...checked },
      en: { text: 'You do not pass on what you hear at work. You can still ask for advice without giving names. Look again when you know more.', ...checked },
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
      fr: { text: 'Suivez le meldcode', ...checked },
      en: { text: 'Follow the meldcode', ...checked },
    },
    summary: {
      nl: 'Zet de vijf stappen van de meldcode. Je mag je vermoeden aan Veilig Thuis melden, ook zonder toestemming.',
      fr: { text: 'Suivez les cinq étapes du meldcode. Vous pouvez signaler votre soupçon à Veilig Thuis, même sans consentement.', ...checked },
      en: { text: 'Take the five steps of the meldcode. You may report your suspicion to Veilig Thuis, even without consent.', ...checked },
    },
    sources: [
      { source: 'augeo-meldcode-stappenplan', section: 'De vijf stappen van de meldcode' },
      { source: 'meldplichten-meldrechten-5dok', section: '28 Meldrecht bij vermoeden van kindermishandeling/huiselijk geweld' },
    ],
  },
  {
    id: 'report-is-the-norm',
    title: {
      nl: 'Meld bij Veilig Thuis',
      fr: { text: 'Signalez à Veilig Thuis', ...checked },
      en: { text: 'Report to Veilig Thuis', ...checked },
    },
    summary: {
      nl: 'Bij acute of structurele onveiligheid is melden bij Veilig Thuis de norm. Is er direct gevaar, bel dan 112.',
      fr: { text: 'En cas d’insécurité aiguë ou structurelle, le signalement à Veilig Thuis est la norme. En cas de danger immédiat, appelez le 112.', ...checked },
      en: { text: 'With acute or structural unsafety, reporting to Veilig Thuis is the norm. If there is immediate danger, call 112.', ...checked },
    },
    sources: [
      { source: 'handelingsprotocol-utrecht-stap-5', section: 'Wanneer MOET je in ieder geval melden bij Veilig Thuis?' },
      { source: 'augeo-veilig-thuis', section: 'Wanneer overweeg je Veilig Thuis?' },
      { source: 'wegwijzer-melden', section: 'Melden van mensenhandel' },
    ],
  },
] as const satisfies readonly VerdictDefinition[];

/** Said with every answer, whatever the verdict. */
export const disclaimer = {
  nl: 'Algemene informatie, geen juridisch advies.',
  fr: { text: 'Information générale, pas un avis juridique.', ...checked },
  en: { text: 'General information, not legal advice.', ...checked },
} as const satisfies LocalizedText;
