// The ten barriers to signalling criminal and sexual exploitation (seed 004, the Netherlands), in
// their order: each doubt quoted as the source words it, each answer in plain words. Then the
// non-punishment principle and the BUIT e-learning the same document points to.
import { checked } from '@mh/core';
import type { Barrier, LearningResource, Principle } from '../types.js';

const cite = (section: string) => ({ source: 'tien-drempels', section }) as const;

export const barriers = [
  {
    id: 'am-i-seeing-it-right',
    number: 1,
    doubt: {
      nl: 'Zie ik het wel goed?',
      fr: { text: 'Est-ce que je vois juste ?', ...checked },
      en: { text: 'Am I seeing this right?', ...checked },
    },
    answer: {
      nl: 'Je hoeft niet zeker te weten dat het om uitbuiting gaat. Een vermoeden of onderbuikgevoel is al genoeg om actie te ondernemen.',
      fr: { text: 'Vous n’avez pas besoin d’être sûr qu’il s’agit d’exploitation. Un soupçon ou une intuition suffit déjà pour agir.', ...checked },
      en: { text: 'You do not need to know for sure that it is exploitation. A suspicion or a gut feeling is already enough to take action.', ...checked },
    },
    regions: ['NL'],
    source: cite('1. “Zie ik het wel goed?”'),
  },
  {
    id: 'i-will-lose-their-trust',
    number: 2,
    doubt: {
      nl: 'Straks verlies ik de vertrouwensband.',
      fr: { text: 'Je risque de perdre le lien de confiance.', ...checked },
      en: { text: 'I might lose the bond of trust.', ...checked },
    },
    answer: {
      nl: 'Dat hoeft niet zo te zijn. En stel je als professional vast dat er gevaar is of dreigt, en dat een jongere beschermd moet worden? Dan ben je verplicht om te doen wat goed is.',
      fr: { text: 'Ce n’est pas forcément le cas. Et si, en tant que professionnel, vous constatez un danger actuel ou imminent et qu’un jeune doit être protégé, vous êtes tenu de faire ce qui est juste.', ...checked },
      en: { text: 'That need not be so. And if you, as a professional, find that there is or may be danger and a young person must be protected, you are obliged to do what is right.', ...checked },
    },
    regions: ['NL'],
    source: cite('2. “Straks verlies ik de vertrouwensband.”'),
  },
  {
    id: 'reporting-makes-it-worse',
    number: 3,
    doubt: {
      nl: 'Wat als ik de jongere verder in de problemen breng als ik iets ga melden?',
      fr: { text: 'Et si je mets le jeune encore plus en difficulté en signalant quelque chose ?', ...checked },
      en: { text: 'What if I get the young person into more trouble by reporting something?', ...checked },
    },
    answer: {
      nl: 'Slachtoffers worden vaak bedreigd, of hun familie. De zorgcoördinatoren mensenhandel in je regio en de politie kunnen helpen om het risico in te schatten. Ze adviseren wat er moet gebeuren.',
      fr: { text: 'Les victimes, ou leur famille, sont souvent menacées. Les coordinateurs de soins traite des êtres humains de votre région et la police peuvent aider à évaluer le risque. Ils conseillent sur ce qu’il faut faire.', ...checked },
      en: { text: 'Victims, or their families, are often threatened. The care coordinators for human trafficking in your region and the police can help assess the risk. They advise what needs to happen.', ...checked },
    },
    regions: ['NL'],
    source: cite('3. “Wat als ik de jongere verder in de problemen breng als ik iets ga melden?”'),
  },
  {
    id: 'you-never-know-what-you-get-into',
    number: 4,
    doubt: {
      nl: 'Ik ben wel voorzichtig, je weet nooit waar je in terecht komt!',
      fr: { text: 'Je reste prudent, on ne sait jamais dans quoi on met les pieds !', ...checked },
      en: { text: 'I’m being careful, you never know what you’re getting into!', ...checked },
    },
    answer: {
      nl: 'De zorgcoördinatoren mensenhandel in je regio en de politie kunnen helpen om het risico in te schatten. Ze adviseren wat er moet gebeuren.',
      fr: { text: 'Les coordinateurs de soins traite des êtres humains de votre région et la police peuvent aider à évaluer le risque. Ils conseillent sur ce qu’il faut faire.', ...checked },
      en: { text: 'The care coordinators for human trafficking in your region and the police can help assess the risk. They advise what needs to happen.', ...checked },
    },
    regions: ['NL'],
    source: cite('4. “Ik ben wel voorzichtig, je weet nooit waar je in terecht komt!”'),
  },
  {
    id: 'others-already-know',
    number: 5,
    doubt: {
      nl: 'Betrokken hulpverlening is vast al op de hoogte.',
      fr: { text: 'Les services d’aide concernés sont sûrement déjà au courant.', ...checked },
      en: { text: 'The care services involved surely know already.', ...checked },
    },
    answer: {
      nl: 'In de praktijk is dat vaak niet zo.',
      fr: { text: 'Dans la pratique, ce n’est souvent pas le cas.', ...checked },
      en: { text: 'In practice, that is often not the case.', ...checked },
    },
    regions: ['NL'],
    source: cite('5. “Betrokken hulpverlening is vast al op de hoogte.”'),
  },
  {
    id: 'no-time-in-the-daily-rush',
    number: 6,
    doubt: {
      nl: 'Mijn onderbuikgevoel sneeuwt onder in de dagelijkse hectiek.',
      fr: { text: 'Mon intuition se perd dans l’agitation du quotidien.', ...checked },
      en: { text: 'My gut feeling gets buried in the daily rush.', ...checked },
    },
    answer: {
      nl: 'Dat is heel begrijpelijk. Maar mensenhandel is zo belangrijk dat het voorrang verdient.',
      fr: { text: 'C’est très compréhensible. Mais la traite des êtres humains est si importante qu’elle mérite la priorité.', ...checked },
      en: { text: 'That is very understandable. But human trafficking is so important that it deserves priority.', ...checked },
    },
    regions: ['NL'],
    source: cite('6. “Mijn onderbuikgevoel sneeuwt onder in de dagelijkse hectiek.”'),
  },
  {
    id: 'how-do-i-start-the-conversation',
    number: 7,
    doubt: {
      nl: 'Hoe kan ik hierover een gesprek aangaan met de jongere?',
      fr: { text: 'Comment aborder ce sujet avec le jeune ?', ...checked },
      en: { text: 'How can I start a conversation about this with the young person?', ...checked },
    },
    answer: {
      nl: 'Praktische tips vind je in de e-learning BUIT voor professionals, op www.buitvoorprofessionals.nl.',
      fr: { text: 'Vous trouverez des conseils pratiques dans l’e-learning BUIT voor professionals, sur www.buitvoorprofessionals.nl.', ...checked },
      en: { text: 'You will find practical tips in the BUIT voor professionals e-learning, at www.buitvoorprofessionals.nl.', ...checked },
    },
    regions: ['NL'],
    source: cite('7. “Hoe kan ik hierover een gesprek aangaan met de jongere?”'),
  },
  {
    id: 'where-do-i-go-with-it',
    number: 8,
    doubt: {
      nl: 'Ik heb geen idee waar ik terecht kan met mijn vermoeden.',
      fr: { text: 'Je ne sais pas du tout à qui m’adresser avec mon soupçon.', ...checked },
      en: { text: 'I have no idea where to go with my suspicion.', ...checked },
    },
    answer: {
      nl: 'Elke regio heeft zorgcoördinatoren mensenhandel die hierin gespecialiseerd zijn. Er zijn ook organisaties die gespecialiseerd zijn in hulp en steun aan slachtoffers. In de e-learning BUIT voor professionals vind je praktische tips.',
      fr: { text: 'Chaque région a des coordinateurs de soins traite des êtres humains spécialisés en la matière. Il existe aussi des organisations spécialisées dans l’aide et le soutien aux victimes. L’e-learning BUIT voor professionals donne des conseils pratiques.', ...checked },
      en: { text: 'Every region has care coordinators for human trafficking who specialise in this. There are also organisations that specialise in help and support for victims. The BUIT voor professionals e-learning gives practical tips.', ...checked },
    },
    regions: ['NL'],
    source: cite('8. “Ik heb geen idee waar ik terecht kan met mijn vermoeden.”'),
  },
  {
    id: 'nothing-is-done-with-it',
    number: 9,
    doubt: {
      nl: 'Hier wordt toch niets mee gedaan!',
      fr: { text: 'De toute façon, on n’en fait rien !', ...checked },
      en: { text: 'Nothing is done with it anyway!', ...checked },
    },
    answer: {
      nl: 'Wat professionals in de eerste lijn opmerken en melden, is essentieel om mensenhandel goed aan te pakken.',
      fr: { text: 'Ce que les professionnels de première ligne repèrent et signalent est essentiel pour lutter efficacement contre la traite des êtres humains.', ...checked },
      en: { text: 'What front-line professionals notice and report is essential to tackling human trafficking successfully.', ...checked },
    },
    regions: ['NL'],
    source: cite('9. “Hier wordt toch niets mee gedaan!”'),
  },
  {
    id: 'surely-an-offender',
    number: 10,
    doubt: {
      nl: 'Hoezo slachtoffer!? Dit is toch gewoon een dader?',
      fr: { text: 'Comment ça, victime ? C’est tout simplement un auteur, non ?', ...checked },
      en: { text: 'Victim? Surely this is just an offender?', ...checked },
    },
    answer: {
      nl: 'Het klopt dat slachtoffers van criminele uitbuiting een strafbaar feit plegen. Maar is er dwang, of misbruik van de kwetsbare situatie van een minderjarige? Dan is het mensenhandel. Het non-punishmentbeginsel kan slachtoffers beschermen: ze mogen niet gestraft worden voor delicten die ze tijdens de uitbuiting onder dwang pleegden.',
      fr: { text: 'Il est vrai que les victimes d’exploitation criminelle commettent une infraction. Mais s’il y a contrainte, ou abus de la situation vulnérable d’un mineur, il s’agit de traite des êtres humains. Le principe de non-sanction peut protéger les victimes : elles ne peuvent pas être punies pour des délits commis sous la contrainte pendant l’exploitation.', ...checked },
      en: { text: 'It is true that victims of criminal exploitation commit an offence. But if there is coercion, or abuse of a minor’s vulnerable situation, it is human trafficking. The non-punishment principle can protect victims: they must not be punished for offences they committed under coercion while exploited.', ...checked },
    },
    regions: ['NL'],
    source: cite('10. “Hoezo slachtoffer!? Dit is toch gewoon een dader?”'),
  },
] as const satisfies readonly Barrier[];

export const nonPunishment = {
  id: 'non-punishment-principle',
  name: {
    nl: 'Non-punishmentbeginsel',
    fr: { text: 'Principe de non-sanction', ...checked },
    en: { text: 'Non-punishment principle', ...checked },
  },
  text: {
    nl: 'Slachtoffers van mensenhandel mogen niet gestraft worden voor delicten die ze tijdens de uitbuiting onder dwang pleegden. Zo kan dit beginsel slachtoffers van criminele uitbuiting beschermen.',
    fr: { text: 'Les victimes de la traite des êtres humains ne peuvent pas être punies pour des délits commis sous la contrainte pendant l’exploitation. Ce principe peut ainsi protéger les victimes d’exploitation criminelle.', ...checked },
    en: { text: 'Victims of human trafficking must not be punished for offences they committed under coercion while exploited. In this way the principle can protect victims of criminal exploitation.', ...checked },
  },
  regions: ['NL'],
  source: cite('10. “Hoezo slachtoffer!? Dit is toch gewoon een dader?”'),
} as const satisfies Principle;

export const learning = {
  id: 'buit-voor-professionals',
  name: 'BUIT voor professionals',
  // As the seed links it.
  url: 'http://www.buitvoorprofessionals.nl',
  providers: ['NHVeilig', 'Fier'],
  free: true,
  text: {
    nl: 'Een gratis e-learning van NHVeilig en Fier. Je leert signalen van criminele en seksuele uitbuiting herkennen. Je leert welke partners je kunnen helpen en hoe je goed in contact komt met de jongere. En je leert welke stappen je daarna kan zetten.',
    fr: { text: 'Un e-learning gratuit de NHVeilig et Fier. Vous apprenez à reconnaître les signaux d’exploitation criminelle et sexuelle, quels partenaires peuvent vous aider, comment bien entrer en contact avec le jeune et quelles étapes suivantes vous pouvez entreprendre.', ...checked },
    en: { text: 'A free e-learning by NHVeilig and Fier. You learn to recognise signs of criminal and sexual exploitation, which partners can help you, how to make good contact with the young person and which next steps you can take.', ...checked },
  },
  forms: ['sexual', 'criminal'],
  regions: ['NL'],
  source: cite('Meer handvatten: BUIT voor professionals'),
} as const satisfies LearningResource;
