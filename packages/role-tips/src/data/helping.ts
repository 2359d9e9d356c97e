// What the Belgian poster (seed 000) tells a care worker: the five conversation rules, tips for
// the helping relationship, and the three phases of specialised shelter. The poster has no
// headings for these blocks, so their sections are descriptions in [brackets].
import { checked } from '@mh/core';
import type { CitedItem, CitedText, NumberedItem } from '../types.js';

/** The poster is Flemish and speaks for Belgium (seed 000; @mh/core's regionOfRef). */
const poster = ['BE'] as const;
const rulesBlock = { source: 'poster-beroepsgeheim', section: '[Vijf regels voor een gesprek met een jongere]' } as const;
const relationshipBlock = { source: 'poster-beroepsgeheim', section: '[Tips voor de hulprelatie]' } as const;
const shelterBlock = { source: 'poster-beroepsgeheim', section: '[Gespecialiseerde opvang in 3 fasen]' } as const;

export const conversationRules = [
  {
    id: 'offer-a-safe-setting',
    number: 1,
    text: { nl: 'Bied een veilig kader', fr: { text: 'Offrez un cadre sûr', ...checked }, en: { text: 'Offer a safe setting', ...checked } },
    regions: poster,
    source: rulesBlock,
  },
  {
    id: 'be-authentic',
    number: 2,
    text: { nl: 'Wees authentiek', fr: { text: 'Soyez authentique', ...checked }, en: { text: 'Be authentic', ...checked } },
    regions: poster,
    source: rulesBlock,
  },
  {
    id: 'do-not-judge',
    number: 3,
    text: { nl: '(Ver)oordeel niet', fr: { text: 'Ne jugez pas, ne condamnez pas', ...checked }, en: { text: 'Do not judge or condemn', ...checked } },
    regions: poster,
    source: rulesBlock,
  },
  {
    id: 'ask-questions',
    number: 4,
    text: { nl: 'Stel vragen', fr: { text: 'Posez des questions', ...checked }, en: { text: 'Ask questions', ...checked } },
    regions: poster,
    source: rulesBlock,
  },
  {
    id: 'respect-their-pace',
    number: 5,
    text: {
      nl: 'Respecteer het tempo van de jongere',
      fr: { text: 'Respectez le rythme du jeune', ...checked },
      en: { text: 'Respect the young person’s pace', ...checked },
    },
    regions: poster,
    source: rulesBlock,
  },
] as const satisfies readonly NumberedItem[];

export const relationshipTips = [
  {
    id: 'thank-the-young-person',
    text: {
      nl: 'Bedank de jongere aan het einde van een gesprek.',
      fr: { text: 'Remerciez le jeune à la fin d’un entretien.', ...checked },
      en: { text: 'Thank the young person at the end of a conversation.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'repeat-your-availability',
    text: {
      nl: 'Herhaal dat je beschikbaar en bereikbaar bent.',
      fr: { text: 'Répétez que vous êtes disponible et joignable.', ...checked },
      en: { text: 'Say again that you are available and easy to reach.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'say-when-you-meet-next',
    text: {
      nl: 'Zeg wanneer jullie volgende afspraak is. Zo weet de jongere wat er komt.',
      fr: { text: 'Dites quand aura lieu votre prochain rendez-vous. Ainsi, le jeune sait ce qui l’attend.', ...checked },
      en: { text: 'Say when your next appointment is. Then the young person knows what is coming.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'talk-about-life-beyond-it',
    text: {
      nl: 'Praat over de uitbuiting waarin de jongere nu zit. Maar praat ook over wat de jongere daarbuiten meemaakt.',
      fr: { text: 'Parlez de la situation d’exploitation que vit le jeune aujourd’hui. Mais parlez aussi de ce qu’il vit en dehors.', ...checked },
      en: { text: 'Talk about the exploitation the young person is in now. But also talk about what they go through outside it.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'meet-primary-needs',
    text: {
      nl: 'Speel in op de primaire behoeften: eten, onderdak, kleding, veiligheid.',
      fr: { text: 'Répondez aux besoins primaires : nourriture, logement, vêtements, sécurité.', ...checked },
      en: { text: 'Meet the basic needs: food, shelter, clothing, safety.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'short-and-long-term-goals',
    text: {
      nl: 'Stel doelen op korte en op langere termijn. Alleen doelen op lange termijn zijn voor een jongere in deze situatie vaak moeilijk of niet haalbaar.',
      fr: { text: 'Fixez des objectifs à court et à plus long terme. Des objectifs à long terme seulement sont souvent difficiles, voire impossibles, pour un jeune dans cette situation.', ...checked },
      en: { text: 'Set goals for the short and the longer term. Long-term goals alone are often hard or impossible for a young person in this situation.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'no-empty-promises',
    text: {
      nl: 'Zorg voor voorspelbaarheid: doe geen loze of valse beloftes.',
      fr: { text: 'Soyez prévisible : ne faites pas de promesses vaines ou fausses.', ...checked },
      en: { text: 'Be predictable: make no empty or false promises.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'informal-moments',
    text: {
      nl: 'Maak tijd voor meer informele momenten.',
      fr: { text: 'Prévoyez du temps pour des moments plus informels.', ...checked },
      en: { text: 'Make time for more informal moments.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'symbol-of-trust',
    text: {
      nl: 'Maak iets dat jullie vertrouwensband laat zien: een sleutelhanger, een armbandje, een fotokadertje …',
      fr: { text: 'Créez un objet qui montre votre lien de confiance : un porte-clés, un bracelet, un petit cadre photo…', ...checked },
      en: { text: 'Make something that shows your bond of trust: a key ring, a bracelet, a small photo frame…', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'talk-it-over-in-the-team',
    text: {
      nl: 'Praat erover in een teamvergadering: wissel gedachten uit en bedenk samen wat mogelijk is.',
      fr: { text: 'Parlez-en en réunion d’équipe : échangez vos idées et cherchez ensemble ce qui est possible.', ...checked },
      en: { text: 'Talk about it in a team meeting: share thoughts and work out together what is possible.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'contact-an-expertise-centre',
    text: {
      nl: 'Neem contact op met een expertisecentrum mensenhandel.',
      fr: { text: 'Contactez un centre d’expertise en traite des êtres humains.', ...checked },
      en: { text: 'Contact an expertise centre for human trafficking.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'talk-with-parents-guardian-consultant',
    text: {
      nl: 'Spreek met de ouders, met de voogd en met de consulent van de jeugdrechtbank (JRB).',
      fr: { text: 'Parlez avec les parents, le tuteur et le ou la consulent (la personne de référence du service social) du tribunal de la jeunesse.', ...checked },
      en: { text: 'Talk with the parents, the guardian and the caseworker (consulent) of the youth court.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
  {
    id: 'plan-an-overarching-consultation',
    text: {
      nl: 'Plan een overkoepelend overleg.',
      fr: { text: 'Planifiez une concertation d’ensemble.', ...checked },
      en: { text: 'Plan an overarching consultation.', ...checked },
    },
    regions: poster,
    source: relationshipBlock,
  },
] as const satisfies readonly CitedItem[];

export const shelterIntro = {
  text: {
    nl: 'Idealiter wordt een slachtoffer opgevangen in een gespecialiseerd opvangcentrum. Dat biedt hulp in 3 fasen.',
    fr: { text: 'Idéalement, une victime est accueillie dans un centre d’accueil spécialisé, qui aide en 3 phases.', ...checked },
    en: { text: 'Ideally, a victim is taken in by a specialised shelter, which helps in 3 phases.', ...checked },
  },
  source: shelterBlock,
} as const satisfies CitedText;

export const shelterPhases = [
  {
    id: 'secure-and-stabilise',
    number: 1,
    text: {
      nl: 'Beveiligen, stabiliseren, isoleren en het contact met het netwerk verbreken.',
      fr: { text: 'Protéger, stabiliser, isoler et rompre le contact avec le réseau.', ...checked },
      en: { text: 'Securing, stabilising, isolating and breaking contact with the network.', ...checked },
    },
    regions: poster,
    source: shelterBlock,
  },
  {
    id: 'reintroduce-outside-activities',
    number: 2,
    text: {
      nl: 'Weer dingen buitenshuis doen. Met begeleiding weer sociale media gebruiken.',
      fr: { text: 'Reprendre des activités à l’extérieur. Réutiliser les réseaux sociaux, avec un accompagnement.', ...checked },
      en: { text: 'Doing things outside again. Using social media again, with supervision.', ...checked },
    },
    regions: poster,
    source: shelterBlock,
  },
  {
    id: 'work-towards-autonomy',
    number: 3,
    text: {
      nl: 'Werken aan autonomie.',
      fr: { text: 'Travailler à l’autonomie.', ...checked },
      en: { text: 'Working towards autonomy.', ...checked },
    },
    regions: poster,
    source: shelterBlock,
  },
] as const satisfies readonly NumberedItem[];

/** The playbook is the authority for Belgium: the centres' own shelters take adults only. */
export const shelterNote = {
  text: {
    nl: 'De opvanghuizen van de gespecialiseerde centra zijn alleen voor meerderjarigen. Een minderjarige die zonder ouders in België is, of niet bij de ouders kan blijven, wordt opgevangen in de reguliere jeugdzorg. Het centrum zorgt dan voor de juridische en administratieve begeleiding.',
    fr: { text: 'Les maisons d’accueil des centres spécialisés sont réservées aux majeurs. Un mineur qui est en Belgique sans ses parents, ou qui ne peut pas rester chez eux, est accueilli dans l’aide à la jeunesse ordinaire. Le centre assure alors l’accompagnement juridique et administratif.', ...checked },
    en: { text: 'The specialised centres’ shelters are for adults only. A minor who is in Belgium without parents, or cannot stay with them, is taken in by regular youth care. The centre then provides the legal and administrative support.', ...checked },
  },
  source: {
    source: 'draaiboek-jeugdhulp',
    section: '3.1 Kennis omtrent de tienerpooierproblematiek, Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)',
  },
} as const satisfies CitedText;
