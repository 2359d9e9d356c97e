// Every indicator of the FOD Justitie fiche as quoted in seed 002 §4.1, in its order, in plain
// language about "the young person" (the fiche says "de minderjarige"). fr and en are drafts.
import { checked } from '@mh/core';
import type { Indicator } from '../types.js';

const fiche = { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap' } as const;
const teacherTips = { source: 'reis-van-kelly', section: 'Docent' } as const;

export const indicators = [
  // Psychologische indicatoren
  {
    id: 'fearful-when-contacted',
    group: 'psychological',
    text: {
      nl: 'De jongere reageert angstig als een onbekende persoon contact met hem of haar probeert te zoeken.',
      fr: { text: "Le jeune réagit avec peur lorsqu'une personne inconnue tente de le contacter.", ...checked },
      en: { text: 'The young person reacts with fear when an unknown person tries to contact them.', ...checked },
    },
    looksLike: [
      {
        text: {
          nl: 'De jongere vraagt om onderweg begeleid te worden en zegt bang te zijn voor iemand.',
          fr: { text: "Le jeune demande à être accompagné sur ses trajets et dit avoir peur de quelqu'un.", ...checked },
          en: { text: 'The young person asks to be accompanied on the way and says they are afraid of someone.', ...checked },
        },
        source: fiche,
      },
    ],
    forms: [],
    source: fiche,
  },
  {
    id: 'withdraws-or-over-social',
    group: 'psychological',
    text: {
      nl: 'De jongere zondert zich af, of is juist overdreven sociaal.',
      fr: { text: "Le jeune s'isole, ou au contraire se montre trop sociable.", ...checked },
      en: { text: 'The young person withdraws, or is on the contrary overly sociable.', ...checked },
    },
    looksLike: [
      {
        text: {
          nl: 'De jongere doet niet meer mee aan activiteiten, vermijdt contact met anderen of trekt zich in zichzelf terug.',
          fr: { text: "Le jeune ne participe plus aux activités, évite le contact avec les autres ou se replie sur lui-même.", ...checked },
          en: { text: 'The young person stops joining in activities, avoids contact with others or turns inward.', ...checked },
        },
        source: fiche,
      },
    ],
    forms: [],
    source: fiche,
  },
  {
    id: 'afraid-of-people-close-by',
    group: 'psychological',
    text: {
      nl: 'De jongere is bang voor mensen uit de naaste omgeving.',
      fr: { text: 'Le jeune a peur de personnes de son entourage proche.', ...checked },
      en: { text: 'The young person is afraid of people close to them.', ...checked },
    },
    looksLike: [],
    forms: [],
    source: fiche,
  },
  {
    id: 'sudden-stress-or-fear',
    group: 'psychological',
    text: {
      nl: 'De jongere is plots gestrest of angstig.',
      fr: { text: 'Le jeune devient soudain stressé ou anxieux.', ...checked },
      en: { text: 'The young person suddenly becomes stressed or anxious.', ...checked },
    },
    looksLike: [],
    forms: [],
    source: fiche,
  },
  // Gedragsgebonden of fysieke indicatoren
  {
    id: 'often-absent-from-school',
    group: 'behavioural-physical',
    text: {
      nl: 'De jongere is vaak zonder geldige reden afwezig op school.',
      fr: { text: "Le jeune est souvent absent de l'école sans justification.", ...checked },
      en: { text: 'The young person is often absent from school without a valid reason.', ...checked },
    },
    looksLike: [],
    forms: [],
    source: fiche,
  },
  {
    id: 'unexplained-injuries',
    group: 'behavioural-physical',
    text: {
      nl: 'De jongere heeft verwondingen die niet verklaard worden, of die lijken te komen van misbruik of geweld.',
      fr: { text: "Le jeune a des blessures inexpliquées, ou qui semblent dues à des abus ou à des violences.", ...checked },
      en: { text: 'The young person has injuries that are not explained, or that seem to come from abuse or violence.', ...checked },
    },
    looksLike: [],
    forms: [],
    source: fiche,
  },
  {
    id: 'influenced-by-unknown-person',
    group: 'behavioural-physical',
    text: {
      nl: 'De jongere lijkt onder invloed te staan van een onbekende derde, of praat over die persoon.',
      fr: { text: "Le jeune semble sous l'influence d'une tierce personne inconnue, ou fait référence à cette personne.", ...checked },
      en: { text: 'The young person seems to be under the influence of an unknown third person, or refers to that person.', ...checked },
    },
    looksLike: [
      {
        text: {
          nl: 'Let op wie de jongere na school ophaalt.',
          fr: { text: "Soyez attentif à la personne qui vient chercher le jeune après l'école.", ...checked },
          en: { text: 'Notice who picks the young person up after school.', ...checked },
        },
        source: teacherTips,
      },
    ],
    forms: [],
    source: fiche,
  },
  {
    id: 'goes-to-exploitation-places',
    group: 'behavioural-physical',
    text: {
      nl: 'De jongere gaat blijkbaar naar plaatsen die bekend zijn voor illegaal werk of seksuele uitbuiting.',
      fr: { text: "Le jeune fréquente manifestement des lieux connus pour le travail illégal ou l'exploitation sexuelle.", ...checked },
      en: { text: 'The young person apparently goes to places known for illegal work or sexual exploitation.', ...checked },
    },
    looksLike: [],
    forms: ['sexual', 'labour'],
    source: fiche,
  },
  {
    id: 'often-tired',
    group: 'behavioural-physical',
    text: {
      nl: 'De jongere is vaak moe.',
      fr: { text: 'Le jeune est souvent fatigué.', ...checked },
      en: { text: 'The young person is often tired.', ...checked },
    },
    looksLike: [],
    forms: [],
    source: fiche,
  },
  {
    id: 'breaks-the-law',
    group: 'behavioural-physical',
    text: {
      nl: 'De jongere overtreedt de wet. Dan is er een risico op uitbuiting door een crimineel netwerk.',
      fr: { text: "Le jeune enfreint la loi. Il y a alors un risque d'exploitation par un réseau criminel.", ...checked },
      en: { text: 'The young person breaks the law. There is then a risk of exploitation by a criminal network.', ...checked },
    },
    looksLike: [],
    note: {
      text: {
        nl: 'Een jongere die een strafbaar feit pleegt, kan zelf slachtoffer van mensenhandel zijn. Bij dwang of misbruik van de kwetsbare situatie van een minderjarige is er sprake van mensenhandel.',
        fr: { text: "Un jeune qui commet une infraction peut lui-même être victime de traite des êtres humains. En cas de contrainte ou d'abus de la situation vulnérable d'un mineur, il s'agit de traite.", ...checked },
        en: { text: 'A young person who commits an offence can themselves be a victim of human trafficking. Where there is coercion or abuse of a minor’s vulnerable situation, it is human trafficking.', ...checked },
      },
      source: { source: 'tien-drempels', section: '10. “Hoezo slachtoffer!? Dit is toch gewoon een dader?”' },
    },
    forms: ['criminal'],
    source: fiche,
  },
  // Indicatoren gelinkt aan de uitbuitingsomstandigheden
  {
    id: 'sexual-acts-and-distress',
    group: 'exploitation',
    text: {
      nl: 'De jongere heeft seksuele handelingen moeten stellen en heeft psychische klachten die daarmee samenhangen.',
      fr: { text: "Le jeune a dû accomplir des actes de nature sexuelle et présente des troubles psychologiques liés à cette forme d'exploitation.", ...checked },
      en: { text: 'The young person has had to perform sexual acts and has psychological problems linked to it.', ...checked },
    },
    looksLike: [
      {
        text: {
          nl: 'De jongere zwijgt (mutisme) of is erg gestrest.',
          fr: { text: 'Le jeune se tait (mutisme) ou est très stressé.', ...checked },
          en: { text: 'The young person stops speaking (mutism) or is very stressed.', ...checked },
        },
        source: fiche,
      },
    ],
    forms: ['sexual'],
    source: fiche,
  },
  {
    id: 'work-beyond-student-job',
    group: 'exploitation',
    text: {
      nl: 'De jongere zegt te hebben gewerkt in omstandigheden die verder lijken te gaan dan wat een studentenjob wettelijk mag.',
      fr: { text: "Le jeune dit avoir travaillé dans des conditions qui semblent dépasser le cadre légal d'un job étudiant.", ...checked },
      en: { text: 'The young person says they worked in conditions that seem to go beyond what the law allows for a student job.', ...checked },
    },
    looksLike: [],
    forms: ['labour'],
    source: fiche,
  },
  // Weglopen
  {
    id: 'runs-away',
    group: 'running-away',
    text: {
      nl: 'De jongere loopt weg.',
      fr: { text: 'Le jeune fugue.', ...checked },
      en: { text: 'The young person runs away.', ...checked },
    },
    looksLike: [],
    note: {
      text: {
        nl: 'Neem weglopen ernstig: tijdens een fugue is een jongere extra kwetsbaar voor tienerpooiers. Maak duidelijke afspraken met de lokale politie. Ook Child Focus kan helpen bij een verdwijning.',
        'nl-NL': {
          text: 'Neem weglopen ernstig: tijdens het weglopen is een jongere extra kwetsbaar voor loverboys, die mensenhandelaars zijn. Maak duidelijke afspraken met de politie.',
          status: 'draft',
        },
        fr: { text: "Prenez la fugue au sérieux : pendant une fugue, un jeune est encore plus vulnérable aux proxénètes d'adolescents. Convenez d'accords clairs avec la police locale. Child Focus peut aussi aider en cas de disparition.", ...checked },
        en: { text: 'Take running away seriously: while away, a young person is extra vulnerable to teenage procurers. Make clear agreements with the local police. Child Focus can also help when a child goes missing.', ...checked },
        'fr-NL': { text: 'Prenez la fugue au sérieux : pendant une fugue, un jeune est encore plus vulnérable aux loverboys, qui sont des trafiquants d’êtres humains. Convenez d’accords clairs avec la police.', ...checked },
        'en-NL': { text: 'Take running away seriously: while away, a young person is extra vulnerable to loverboys, who are human traffickers. Make clear agreements with the police.', ...checked },
      },
      source: { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap, Weglopen' },
    },
    forms: ['sexual'],
    source: { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap, Weglopen' },
  },
] as const satisfies readonly Indicator[];

export type IndicatorId = (typeof indicators)[number]['id'];
