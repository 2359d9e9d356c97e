// The roles and their tips. The Netherlands: every tip of seed 001 (De reis van Kelly, Vladimir of
// Michael), in its order, plus what seed 004 (10 drempels) says a care coordinator, the police or a
// teacher can do. Belgium: the poster (seed 000) and the Flemish youth-care playbook (seed 002,
// §3–§8). Police and social workers (hulpverleners) are one role each, with tips tagged NL or BE.
// A tip's forms are those its source is about: 001 names sexual, criminal and labour exploitation;
// 004 criminal and sexual; 000 and 002 are about the sexual exploitation of minors.
// Texts speak to the person in the role ("je"); fr and en are drafts.
import { checked } from '@mh/core';
import type { Role } from '../types.js';

const allForms = ['sexual', 'criminal', 'labour'] as const;
const sexualAndCriminal = ['sexual', 'criminal'] as const;
const sexual = ['sexual'] as const;

const kelly = (section: string) => ({ source: 'reis-van-kelly', section }) as const;
const barrier = (section: string) => ({ source: 'tien-drempels', section }) as const;
const poster = (section: string) => ({ source: 'poster-beroepsgeheim', section }) as const;
const playbook = (section: string) => ({ source: 'draaiboek-jeugdhulp', section }) as const;

const firstActions = '4.2 Eerste acties bij vermoeden van slachtofferschap';
const checkingSigns = `${firstActions}, Aftoetsing van signalen`;
const acute = `${firstActions}, Acute situatie`;
const assessment = '5.2 Assessment';
const support = '7 Ondersteuning';
const riskAssessment = barrier('3. “Wat als ik de jongere verder in de problemen breng als ik iets ga melden?”');

export const roles = [
  {
    id: 'parent-or-friend',
    name: {
      nl: 'Ouder of vriend',
      fr: { text: 'Parent ou ami', ...checked },
      en: { text: 'Parent or friend', ...checked },
    },
    regions: ['NL'],
    // A parent or friend does not know it through work: no professional secret, no meldcode.
    professional: false,
    tips: [
      {
        id: 'parent-look-out-for-each-other',
        text: {
          nl: 'Let op elkaar.',
          fr: { text: 'Veillez les uns sur les autres.', ...checked },
          en: { text: 'Look out for each other.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Ouders/vrienden'),
      },
      {
        id: 'parent-ask-how-they-really-are',
        text: {
          nl: 'Vraag: ‘Hoe gaat het echt met je?’',
          fr: { text: 'Demandez : « Comment vas-tu vraiment ? »', ...checked },
          en: { text: 'Ask: ‘How are you really doing?’', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Ouders/vrienden'),
      },
    ],
  },
  {
    id: 'teacher',
    name: {
      nl: 'Docent',
      fr: { text: 'Enseignant', ...checked },
      en: { text: 'Teacher', ...checked },
    },
    regions: ['NL'],
    professional: true,
    tips: [
      {
        id: 'teacher-notice-changes',
        text: {
          nl: 'Let op leerlingen die veranderen in gedrag of uiterlijk, of die ineens dure spullen hebben.',
          fr: { text: "Soyez attentif aux élèves dont le comportement ou l'apparence change, ou qui ont soudain des objets coûteux.", ...checked },
          en: { text: 'Notice pupils whose behaviour or appearance changes, or who suddenly have expensive things.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Docent'),
      },
      {
        id: 'teacher-who-picks-them-up',
        text: {
          nl: 'Let op wie leerlingen na school ophaalt.',
          fr: { text: "Soyez attentif à qui vient chercher les élèves après l'école.", ...checked },
          en: { text: 'Notice who picks pupils up after school.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Docent'),
      },
      {
        id: 'teacher-talk-with-the-class',
        text: {
          nl: 'Praat met de klas over grenzen, offline en online, over verkeerde vrienden, over uitbuiting en over waar ze terechtkunnen voor hulp.',
          fr: { text: "Parlez avec la classe des limites, hors ligne et en ligne, des mauvaises fréquentations, de l'exploitation et des endroits où trouver de l'aide.", ...checked },
          en: { text: 'Talk with the class about boundaries, offline and online, about the wrong friends, about exploitation and about where they can go for help.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Docent'),
      },
      {
        id: 'teacher-buit-in-de-klas',
        text: {
          nl: 'Wil je uitbuiting met jongeren zelf bespreken? Kijk ook op www.buitindeklas.nl.',
          fr: { text: "Vous voulez aborder l'exploitation avec les jeunes eux-mêmes ? Consultez aussi www.buitindeklas.nl.", ...checked },
          en: { text: 'Want to discuss exploitation with young people themselves? See also www.buitindeklas.nl.', ...checked },
        },
        forms: sexualAndCriminal,
        regions: ['NL'],
        source: barrier('JIJ kan het verschil maken!'),
      },
    ],
  },
  {
    id: 'care-coordinator',
    name: {
      nl: 'Zorgcoördinator mensenhandel',
      fr: { text: 'Coordinateur de soins traite des êtres humains', ...checked },
      en: { text: 'Care coordinator for human trafficking', ...checked },
    },
    regions: ['NL'],
    professional: true,
    tips: [
      {
        id: 'care-coordinator-be-findable',
        text: {
          nl: 'Zorg dat professionals in de regio je weten te vinden.',
          fr: { text: 'Faites en sorte que les professionnels de la région sachent vous trouver.', ...checked },
          en: { text: 'Make sure professionals in the region know how to find you.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Zorgcoördinator'),
      },
      {
        id: 'care-coordinator-listen-without-judging',
        text: {
          nl: 'Luister zonder oordeel.',
          fr: { text: 'Écoutez sans juger.', ...checked },
          en: { text: 'Listen without judging.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Zorgcoördinator'),
      },
      {
        id: 'care-coordinator-follow-their-pace',
        text: {
          nl: 'Volg het tempo van de jongere.',
          fr: { text: 'Suivez le rythme du jeune.', ...checked },
          en: { text: 'Follow the young person’s pace.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Zorgcoördinator'),
      },
      {
        id: 'care-coordinator-assess-risk',
        text: {
          nl: 'Help professionals het risico in te schatten en adviseer wat er moet gebeuren. Slachtoffers en hun familie worden vaak bedreigd.',
          fr: { text: 'Aidez les professionnels à évaluer le risque et conseillez-les sur ce qu’il faut faire. Les victimes et leur famille sont souvent menacées.', ...checked },
          en: { text: 'Help professionals assess the risk and advise what needs to happen. Victims and their families are often threatened.', ...checked },
        },
        forms: sexualAndCriminal,
        regions: ['NL'],
        source: riskAssessment,
      },
    ],
  },
  {
    id: 'gp',
    name: {
      nl: 'Huisarts of medische professional',
      fr: { text: 'Médecin généraliste ou professionnel de santé', ...checked },
      en: { text: 'GP or medical professional', ...checked },
    },
    regions: ['NL'],
    professional: true,
    tips: [
      {
        id: 'gp-trust-your-gut',
        text: {
          nl: 'Vertrouw op je onderbuikgevoel. Neem contact op met de zorgcoördinator mensenhandel of met Veilig Thuis.',
          fr: { text: 'Fiez-vous à votre intuition. Contactez le coordinateur de soins traite des êtres humains ou Veilig Thuis.', ...checked },
          en: { text: 'Trust your gut feeling. Contact the care coordinator for human trafficking or Veilig Thuis.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Huisarts/medische professional'),
      },
      {
        id: 'gp-ask-about-lasting-pain',
        text: {
          nl: 'Vraag door als iemand al lang rondloopt met pijnlijke klachten.',
          fr: { text: 'Posez davantage de questions quand une personne souffre depuis longtemps de douleurs.', ...checked },
          en: { text: 'Ask further when someone has had painful complaints for a long time.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Huisarts/medische professional'),
      },
      {
        id: 'gp-see-patients-alone',
        text: {
          nl: 'Probeer patiënten alleen te spreken.',
          fr: { text: 'Essayez de voir les patients seuls.', ...checked },
          en: { text: 'Try to speak with patients alone.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Huisarts/medische professional'),
      },
    ],
  },
  {
    id: 'youth-worker',
    name: {
      nl: 'Jongerenwerker',
      fr: { text: 'Travailleur de jeunesse', ...checked },
      en: { text: 'Youth worker', ...checked },
    },
    regions: ['NL'],
    professional: true,
    tips: [
      {
        id: 'youth-worker-how-are-they',
        text: {
          nl: 'Vraag je af: hoe gaat het met jouw jongeren in de wijk?',
          fr: { text: 'Demandez-vous : comment vont vos jeunes dans le quartier ?', ...checked },
          en: { text: 'Ask yourself: how are your young people in the neighbourhood doing?', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Jongerenwerker'),
      },
      {
        id: 'youth-worker-who-hangs-out-with-whom',
        text: {
          nl: 'Let op wie met wie rondhangt.',
          fr: { text: 'Observez qui traîne avec qui.', ...checked },
          en: { text: 'Notice who hangs out with whom.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Jongerenwerker'),
      },
      {
        id: 'youth-worker-who-worries-you',
        text: {
          nl: 'Vraag je af: over wie maak je je echt zorgen?',
          fr: { text: 'Demandez-vous : pour qui vous inquiétez-vous vraiment ?', ...checked },
          en: { text: 'Ask yourself: who are you really worried about?', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Jongerenwerker'),
      },
      {
        id: 'youth-worker-watch-social-media',
        text: {
          nl: 'Hou ook in de gaten wat er verandert op sociale media.',
          fr: { text: 'Suivez aussi ce qui change sur les réseaux sociaux.', ...checked },
          en: { text: 'Keep an eye on what changes on social media too.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Jongerenwerker'),
      },
    ],
  },
  {
    id: 'police',
    name: {
      nl: 'Politie',
      fr: { text: 'Police', ...checked },
      en: { text: 'Police', ...checked },
    },
    regions: ['BE', 'NL'],
    professional: true,
    tips: [
      // The Netherlands
      {
        id: 'police-nl-record-suspicions',
        text: {
          nl: 'Is iets niet pluis? Meld je vermoedens in het politiesysteem.',
          fr: { text: 'Quelque chose cloche ? Signalez vos soupçons dans le système de la police.', ...checked },
          en: { text: 'Something not right? Record your suspicions in the police system.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Politie'),
      },
      {
        id: 'police-nl-limit-interviews',
        text: {
          nl: 'Hou het aantal verhoren zo klein mogelijk en wees voorzichtig met details.',
          fr: { text: 'Limitez le plus possible le nombre d’auditions et soyez prudent avec les détails.', ...checked },
          en: { text: 'Keep the number of interviews as low as possible, and be careful with details.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Politie'),
      },
      {
        id: 'police-nl-assess-risk',
        text: {
          nl: 'Help professionals het risico in te schatten en adviseer wat er moet gebeuren.',
          fr: { text: 'Aidez les professionnels à évaluer le risque et conseillez-les sur ce qu’il faut faire.', ...checked },
          en: { text: 'Help professionals assess the risk and advise what needs to happen.', ...checked },
        },
        forms: sexualAndCriminal,
        regions: ['NL'],
        source: barrier('4. “Ik ben wel voorzichtig, je weet nooit waar je in terecht komt!”'),
      },
      // Belgium: the poster's role of the police, then the playbook
      {
        id: 'police-be-full-report',
        text: {
          nl: 'Maak een volledig pv, zo gedetailleerd mogelijk.',
          fr: { text: 'Rédigez un PV complet, aussi détaillé que possible.', ...checked },
          en: { text: 'Write a full police report (PV), as detailed as possible.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: poster('Rol van de politie'),
      },
      {
        id: 'police-be-out-of-danger',
        text: {
          nl: 'Haal de jongere uit het gevaar.',
          fr: { text: 'Mettez le jeune hors de danger.', ...checked },
          en: { text: 'Get the young person out of danger.', ...checked },
        },
        // Its own words are about danger: shown first when there is danger, not below it.
        danger: true,
        forms: sexual,
        regions: ['BE'],
        source: poster('Rol van de politie'),
      },
      {
        id: 'police-be-investigate',
        text: {
          nl: 'Voer een onderzoek uit.',
          fr: { text: 'Menez une enquête.', ...checked },
          en: { text: 'Carry out an investigation.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: poster('Rol van de politie'),
      },
      {
        id: 'police-be-listen',
        text: {
          nl: 'Toon empathie en luister actief naar de jongere.',
          fr: { text: 'Faites preuve d’empathie et écoutez activement le jeune.', ...checked },
          en: { text: 'Show empathy and listen actively to the young person.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: poster('Rol van de politie'),
      },
      {
        id: 'police-be-missing-minors',
        text: {
          nl: 'Je hebt een belangrijke taak in het opsporen van mensenhandel, bijvoorbeeld als een minderjarige verdwijnt.',
          fr: { text: "Vous avez un rôle important dans la détection de la traite des êtres humains, par exemple lors de la disparition d'un mineur.", ...checked },
          en: { text: 'You have an important task in detecting human trafficking, for example when a minor goes missing.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.1 Politie'),
      },
      {
        id: 'police-be-act-without-complaint',
        text: {
          nl: 'Je hebt geen klacht van de jongere nodig om een strafonderzoek te starten. Je kan ook zelf een dossier openen, bijvoorbeeld op basis van je eigen vaststellingen of van informatie van anderen.',
          fr: { text: "Vous n'avez pas besoin d'une plainte du jeune pour ouvrir une enquête pénale. Vous pouvez ouvrir un dossier d'office, par exemple sur la base de vos propres constatations ou d'informations de tiers.", ...checked },
          en: { text: 'You do not need a complaint from the young person to start a criminal investigation. You can open a case yourself, for example on your own findings or on information from others.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.1 Politie'),
      },
      {
        id: 'police-be-inform-centres',
        text: {
          nl: 'Stel je vast dat iemand (mogelijk) slachtoffer is van mensenhandel? Breng dan de erkende gespecialiseerde centra op de hoogte. Zo staat het in de omzendbrief van december 2016 over de multidisciplinaire aanpak.',
          fr: { text: 'Vous identifiez une victime (possible) de traite des êtres humains ? Informez-en les centres spécialisés agréés. C’est ce que prévoit la circulaire de décembre 2016 sur l’approche multidisciplinaire.', ...checked },
          en: { text: 'Do you identify a (possible) victim of human trafficking? Then inform the recognised specialised centres. The circular of December 2016 on the multidisciplinary approach says so.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('3.2.5 Ministeriële Circulaire van 12/2016 over de multidisciplinaire aanpak slachtoffers mensenhandel'),
      },
      {
        id: 'police-be-injured-person-form',
        text: {
          nl: 'Geef bij een klacht of een verhoor het modelformulier ‘verklaring van benadeelde persoon’ mee. Je kan het ook bij het pv van verhoor voegen.',
          fr: { text: 'Lors d’une plainte ou d’une audition, remettez le formulaire type « déclaration de personne lésée ». Vous pouvez aussi le joindre au PV d’audition.', ...checked },
          en: { text: 'At a complaint or an interview, hand over the model form ‘declaration of injured person’. You can also attach it to the interview report.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook(`${support}, Afleggen verklaring “benadeeld persoon”`),
      },
    ],
  },
  {
    id: 'social-worker',
    name: {
      nl: 'Hulpverlener',
      fr: { text: 'Intervenant social', ...checked },
      en: { text: 'Social worker', ...checked },
    },
    regions: ['BE', 'NL'],
    professional: true,
    tips: [
      // The Netherlands
      {
        id: 'social-worker-be-close',
        text: {
          nl: 'Wees nabij en geef oprechte aandacht.',
          fr: { text: 'Soyez proche et accordez une attention sincère.', ...checked },
          en: { text: 'Be close by and give genuine attention.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Hulpverlener'),
      },
      {
        id: 'social-worker-young-offenders',
        text: {
          nl: 'Geef ook aandacht aan de jonge plegers.',
          fr: { text: 'Accordez aussi de l’attention aux jeunes auteurs.', ...checked },
          en: { text: 'Pay attention to the young offenders too.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Hulpverlener'),
      },
      {
        id: 'social-worker-not-black-and-white',
        text: {
          nl: 'De grens tussen slachtoffer en dader is vaak helemaal niet zo zwart-wit.',
          fr: { text: 'La frontière entre victime et auteur n’est souvent pas si nette.', ...checked },
          en: { text: 'The line between victim and offender is often not black and white at all.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Hulpverlener'),
      },
      {
        id: 'social-worker-lived-experience',
        text: {
          nl: 'Werk samen met jongeren die ervaringskennis hebben.',
          fr: { text: 'Travaillez avec des jeunes qui ont une expérience vécue.', ...checked },
          en: { text: 'Work with young people with lived experience.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Hulpverlener'),
      },
      // Belgium: the poster speaks to the hulpverlener
      {
        id: 'social-worker-be-not-alone-with-doubts',
        text: {
          nl: 'Twijfel je, of heb je een slecht buikgevoel? Blijf niet alleen met je vragen. Vraag hulp aan Child Focus (116 000) of aan een expertisecentrum mensenhandel: PAG-ASA, Payoke of Sürya.',
          fr: { text: 'Un doute, ou un mauvais pressentiment ? Ne restez pas seul avec vos questions. Demandez de l’aide à Child Focus (116 000) ou à un centre d’expertise en traite des êtres humains : PAG-ASA, Payoke ou Sürya.', ...checked },
          en: { text: 'In doubt, or a bad gut feeling? Do not stay alone with your questions. Ask Child Focus (116 000) or an expertise centre for human trafficking for help: PAG-ASA, Payoke or Sürya.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: poster('[Bij twijfel of een slecht buikgevoel]'),
      },
      {
        id: 'social-worker-be-transparent',
        text: {
          nl: 'Wees open tegenover de jongere: vertel welke stappen je gaat zetten.',
          fr: { text: 'Soyez transparent avec le jeune : dites-lui quelles démarches vous allez entreprendre.', ...checked },
          en: { text: 'Be open with the young person: tell them which steps you will take.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: poster('[Bij twijfel of een slecht buikgevoel]'),
      },
    ],
  },
  {
    id: 'mayor',
    name: {
      nl: 'Burgemeester',
      fr: { text: 'Bourgmestre', ...checked },
      en: { text: 'Mayor', ...checked },
    },
    regions: ['NL'],
    professional: true,
    tips: [
      {
        id: 'mayor-keep-it-on-the-agenda',
        text: {
          nl: 'Zet het onderwerp steeds opnieuw op de agenda.',
          fr: { text: 'Continuez à mettre le sujet à l’ordre du jour.', ...checked },
          en: { text: 'Keep putting the subject on the agenda.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Burgemeester'),
      },
      {
        id: 'mayor-talk-with-victims',
        text: {
          nl: 'Ga in gesprek met slachtoffers.',
          fr: { text: 'Parlez avec des victimes.', ...checked },
          en: { text: 'Talk with victims.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Burgemeester'),
      },
      {
        id: 'mayor-who-is-vulnerable',
        text: {
          nl: 'Vraag je af: wie zijn de kwetsbare mensen in jouw gemeente?',
          fr: { text: 'Demandez-vous : qui sont les personnes vulnérables dans votre commune ?', ...checked },
          en: { text: 'Ask yourself: who are the vulnerable people in your municipality?', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Burgemeester'),
      },
      {
        id: 'mayor-be-creative',
        text: {
          nl: 'Wees creatief in het bedenken van oplossingen en geef professionals de ruimte.',
          fr: { text: 'Soyez créatif dans la recherche de solutions et laissez de la marge aux professionnels.', ...checked },
          en: { text: 'Be creative in finding solutions, and give professionals room to act.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Burgemeester'),
      },
    ],
  },
  {
    id: 'designated-officer',
    name: {
      nl: 'Aandachtsfunctionaris',
      fr: { text: 'Référent (aandachtsfunctionaris)', ...checked },
      en: { text: 'Designated officer (aandachtsfunctionaris)', ...checked },
    },
    regions: ['NL'],
    professional: true,
    tips: [
      {
        id: 'designated-officer-be-the-contact',
        text: {
          nl: 'Zorg dat collega’s in je organisatie weten dat ze met zachte signalen van mensenhandel bij jou terechtkunnen. Hou ze goed op de hoogte.',
          fr: { text: 'Faites en sorte que les collègues de votre organisation sachent qu’ils peuvent venir vers vous avec des signaux faibles de traite des êtres humains. Tenez-les bien informés.', ...checked },
          en: { text: 'Make sure colleagues in your organisation know they can come to you with soft signals of human trafficking. Keep them well informed.', ...checked },
        },
        forms: allForms,
        regions: ['NL'],
        source: kelly('Aandachtsfunctionaris'),
      },
    ],
  },
  // ---- Belgium: the Flemish youth-care playbook (seed 002)
  {
    id: 'youth-care-worker',
    name: {
      nl: 'Jeugdhulpverlener of begeleider',
      fr: { text: "Intervenant de l'aide à la jeunesse", ...checked },
      en: { text: 'Youth care worker', ...checked },
    },
    regions: ['BE-VLG'],
    professional: true,
    tips: [
      {
        id: 'youth-care-know-the-method',
        text: {
          nl: 'Leer hoe de tienerpooiermethodiek werkt en wat die met jongeren doet. Dan pik je signalen sneller op en handel je passend. Geef die kennis ook door aan de jongeren: zo kunnen ze zich beter wapenen.',
          fr: { text: 'Apprenez comment fonctionne la méthode des proxénètes d’adolescents et ce qu’elle fait aux jeunes. Vous repérerez plus vite les signaux et agirez de façon adaptée. Transmettez aussi ces connaissances aux jeunes : ils pourront mieux se protéger.', ...checked },
          en: { text: 'Learn how teenage procurers work and what they do to young people. You will pick up signs sooner and act appropriately. Pass this knowledge on to the young people too, so they can protect themselves better.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('3.1 Kennis omtrent de tienerpooierproblematiek'),
      },
      {
        id: 'youth-care-training-for-the-team',
        text: {
          nl: 'Vraag een gespecialiseerd centrum (PAG-ASA, Payoke of Sürya) om een vorming voor je collega’s. Over mensenhandel en hoe tienerpooiers werken.',
          fr: { text: 'Demandez une formation pour vos collègues à un centre spécialisé (PAG-ASA, Payoke ou Sürya). Sur la traite des êtres humains et la façon dont les proxénètes d’adolescents opèrent.', ...checked },
          en: { text: 'Ask a specialised centre (PAG-ASA, Payoke or Sürya) for a training session for your colleagues. On human trafficking and how teenage procurers work.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('3.1 Kennis omtrent de tienerpooierproblematiek, Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)'),
      },
      {
        id: 'youth-care-build-a-policy',
        text: {
          nl: 'Vergroot met je organisatie de kennis over tienerpooiers en werk een beleid uit om passend te reageren op signalen.',
          fr: { text: 'Avec votre organisation, approfondissez vos connaissances sur les proxénètes d’adolescents et élaborez une politique pour réagir de façon adaptée aux signaux.', ...checked },
          en: { text: 'With your organisation, build your knowledge of teenage procurers and draw up a policy to respond properly to signs.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('3.2 Visieontwikkeling binnen jeugdhulpaanbod'),
      },
      {
        id: 'youth-care-stay-connected',
        text: {
          nl: 'Een jongere die door een tienerpooier wordt uitgebuit, voelt zich niet altijd meteen een slachtoffer. Zorg dat de jongere je vertrouwt en weet dat je zorgzaam omgaat met het verhaal. Blijf altijd in verbinding.',
          fr: { text: 'Un jeune exploité par un proxénète d’adolescents ne se sent pas toujours tout de suite victime. Faites en sorte qu’il vous fasse confiance et sache que vous traiterez son histoire avec soin. Restez toujours en lien.', ...checked },
          en: { text: 'A young person exploited by a teenage procurer does not always feel like a victim straight away. Make sure they trust you and know you will handle their story with care. Always stay connected.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('4.1 Herkennen van signalen van slachtofferschap'),
      },
      {
        id: 'youth-care-running-away',
        text: {
          nl: 'Neem weglopen ernstig: tijdens een fugue is een jongere extra kwetsbaar voor tienerpooiers. Maak duidelijke afspraken met de lokale politie. Ook Child Focus kan helpen bij een verdwijning.',
          fr: { text: "Prenez la fugue au sérieux : pendant une fugue, un jeune est encore plus vulnérable aux proxénètes d'adolescents. Convenez d'accords clairs avec la police locale. Child Focus peut aussi aider en cas de disparition.", ...checked },
          en: { text: 'Take running away seriously: while away, a young person is extra vulnerable to teenage procurers. Make clear agreements with the local police. Child Focus can also help when a child goes missing.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('4.1 Herkennen van signalen van slachtofferschap, Weglopen'),
      },
      {
        id: 'youth-care-flag-system',
        text: {
          nl: 'Gebruik ook het vlaggensysteem van Sensoa om de signalen te objectiveren.',
          fr: { text: 'Utilisez aussi le système des drapeaux de Sensoa pour objectiver les signaux.', ...checked },
          en: { text: 'Use Sensoa’s flag system too, to weigh the signs objectively.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('4.1 Herkennen van signalen van slachtofferschap'),
      },
      {
        id: 'youth-care-doubt-call-child-focus',
        text: {
          nl: 'Twijfel je bij de signalen? Bespreek ze met Child Focus. Je hoeft geen namen te noemen.',
          fr: { text: 'Vous doutez des signaux ? Parlez-en avec Child Focus. Vous n’êtes pas obligé de citer des noms.', ...checked },
          en: { text: 'In doubt about the signs? Talk them through with Child Focus. You do not need to give names.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(checkingSigns),
      },
      {
        id: 'youth-care-discuss-with-centre',
        text: {
          nl: 'Bespreek de concrete elementen met PAG-ASA of Payoke.',
          fr: { text: 'Discutez des éléments concrets avec PAG-ASA ou Payoke.', ...checked },
          en: { text: 'Discuss the specific elements with PAG-ASA or Payoke.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(checkingSigns),
      },
      {
        id: 'youth-care-contact-consultant',
        text: {
          nl: 'Is er al een consulent betrokken? Neem dan contact met die consulent op. Is er nog geen consulent en vermoed je een maatschappelijke noodzaak? Dan kan je de jongere aanmelden volgens de gekende procedures.',
          fr: { text: 'Un ou une consulent (la personne de référence de l’OCJ ou du SDJ, les services flamands d’aide à la jeunesse) est déjà impliqué ? Contactez cette personne. Aucun consulent n’est encore impliqué et vous soupçonnez une nécessité sociale (« maatschappelijke noodzaak ») ? Vous pouvez alors signaler le jeune selon les procédures connues.', ...checked },
          en: { text: 'Is a caseworker (consulent) of the OCJ or SDJ, the Flemish youth-care services, already involved? Then contact them. No caseworker yet, and you suspect a “maatschappelijke noodzaak” (a social necessity, the threshold for a referral)? Then you can refer the young person through the usual procedures.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(checkingSigns),
      },
      {
        id: 'youth-care-acute-inform-prosecutor',
        text: {
          nl: 'Bij gevaar of acute dreiging verwittig je rechtstreeks het parket: het jeugdparket of de referentiemagistraat mensenhandel. Zijn de consulent van het OCJ of de SDJ en de jeugdrechter betrokken? Laat hen daarna ook weten welke stappen je zette.',
          fr: { text: 'En cas de danger ou de menace aiguë, prévenez directement le parquet : le parquet de la jeunesse ou le magistrat de référence traite des êtres humains. Le consulent de l’OCJ ou du SDJ et le juge de la jeunesse sont impliqués ? Informez-les ensuite aussi des démarches faites.', ...checked },
          en: { text: 'In danger or under acute threat, inform the public prosecutor’s office directly: the youth prosecutor or the reference magistrate for human trafficking. Are the caseworker (consulent) of the OCJ or SDJ and the youth judge involved? Then also tell them which steps you took.', ...checked },
        },
        // Its own words are about danger: shown first when there is danger, not below it.
        danger: true,
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(acute),
      },
      {
        id: 'youth-care-medical-care',
        text: {
          nl: 'Is er misbruik vastgesteld? Zorg snel voor medische en psychologische hulp: bij de huisarts, een arts van de voorziening of een Zorgcentrum na Seksueel Geweld. Dat kan elke dag, op elk uur.',
          fr: { text: 'Un abus a été constaté ? Organisez vite une aide médicale et psychologique : chez le médecin traitant, un médecin de l’institution ou dans un Centre de prise en charge des violences sexuelles. C’est possible tous les jours, à toute heure.', ...checked },
          en: { text: 'Has abuse been established? Get medical and psychological help quickly: from the family doctor, a doctor of the service or a Sexual Assault Care Centre. That is possible any day, at any hour.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${firstActions}, Huisarts / Zorgcentra na seksueel Geweld`),
      },
      {
        id: 'youth-care-report-to-payoke',
        text: {
          nl: 'Meld elk ernstig vermoeden dat een jongere slachtoffer is van de tienerpooiermethodiek bij Payoke, telefonisch of per mail. Meld ook elk traject waarin dat al duidelijk is. Melden bij PAG-ASA kan ook. Is er een consulent betrokken? Maak dan afspraken met de consulent.',
          fr: { text: 'Signalez à Payoke, par téléphone ou par e-mail, tout soupçon sérieux qu’un jeune est victime de la méthode des proxénètes d’adolescents, et tout parcours où c’est déjà clair. Vous pouvez aussi le signaler à PAG-ASA. Un consulent est impliqué ? Convenez alors d’accords avec cette personne.', ...checked },
          en: { text: 'Report every serious suspicion that a young person is a victim of teenage procurers to Payoke, by phone or e-mail, and every case where it is already clear. Reporting to PAG-ASA is also possible. Is a caseworker (consulent) involved? Then make arrangements with them.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('5.1 Melding'),
      },
      {
        id: 'youth-care-what-a-report-does-not-do',
        text: {
          nl: 'Een melding gaat niet automatisch naar het parket. Ze start ook niet automatisch een juridisch of administratief dossier, of een begeleiding.',
          fr: { text: 'Un signalement n’est pas transmis automatiquement au parquet. Il n’ouvre pas non plus automatiquement un dossier juridique ou administratif, ni un accompagnement.', ...checked },
          en: { text: 'A report is not passed on to the public prosecutor automatically. Nor does it automatically open a legal or administrative file, or start support.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('5.1 Melding, Wat gebeurt er NIET met de melding?'),
      },
      {
        id: 'youth-care-assessment-tell-consultant',
        text: {
          nl: 'Wordt er een assessment georganiseerd? Breng dan de consulent op de hoogte.',
          fr: { text: 'Un assessment est organisé ? Informez-en le ou la consulent (la personne de référence de l’OCJ ou du SDJ).', ...checked },
          en: { text: 'Is an assessment being organised? Then let the caseworker (consulent) know.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${assessment}, Regie`),
      },
      {
        id: 'youth-care-keep-watching',
        text: {
          nl: 'Was het advies na het assessment negatief? Blijf de vinger aan de pols houden. Als het nodig is, neem je opnieuw contact op met Payoke.',
          fr: { text: 'L’avis après l’assessment était négatif ? Restez attentif. Si nécessaire, recontactez Payoke.', ...checked },
          en: { text: 'Was the advice after the assessment negative? Keep a close eye. If needed, contact Payoke again.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${assessment}, Vervolgbegeleiding`),
      },
      {
        id: 'youth-care-youth-lawyer',
        text: {
          nl: 'Vertel de jongere dat die een jeugdadvocaat kan krijgen, om op een correcte manier klacht in te dienen tegen de dader. Stel dat ruim op voorhand voor.',
          fr: { text: 'Dites au jeune qu’il peut avoir un avocat de la jeunesse, pour porter plainte correctement contre l’auteur. Proposez-le bien à l’avance.', ...checked },
          en: { text: 'Tell the young person they can have a youth lawyer, to file a complaint against the perpetrator properly. Suggest it well in advance.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${support}, Jeugdadvocaat`),
      },
      {
        id: 'youth-care-injured-person-declaration',
        text: {
          nl: 'Wil de jongere geen begeleiding van een gespecialiseerd centrum? Dan kan je organisatie de jongere zelf begeleiden bij de verklaring van benadeelde persoon. Voor een minderjarige dienen de ouders of de (wettelijke) voogd die in.',
          fr: { text: 'Le jeune ne veut pas être accompagné par un centre spécialisé ? Votre organisation peut alors l’accompagner elle-même pour la déclaration de personne lésée. Pour un mineur, ce sont les parents ou le tuteur (légal) qui la déposent.', ...checked },
          en: { text: 'The young person does not want support from a specialised centre? Then your organisation can itself guide them through the declaration of injured person. For a minor, the parents or (legal) guardian file it.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${support}, Afleggen verklaring “benadeeld persoon”`),
      },
      {
        id: 'youth-care-civil-party',
        text: {
          nl: 'Wil de jongere een schadevergoeding? Dan moet de jongere zich burgerlijke partij stellen. Bij een minderjarige doen de ouders of de wettelijke vertegenwoordiger dat. Ook organisaties in de jeugdhulp kunnen daarbij helpen.',
          fr: { text: 'Le jeune veut être indemnisé ? Il faut alors se constituer partie civile. Pour un mineur, ce sont les parents ou le représentant légal qui le font. Les organisations d’aide à la jeunesse peuvent aussi y aider.', ...checked },
          en: { text: 'Does the young person want compensation? Then a civil-party claim is needed. For a minor, the parents or legal representative make it. Youth care organisations can help with it too.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${support}, Burgerlijke partij stellen`),
      },
    ],
  },
  {
    id: 'consultant',
    name: {
      nl: 'Consulent van het OCJ of de SDJ',
      fr: { text: 'Consulent de l’OCJ ou du SDJ', ...checked },
      en: { text: 'Caseworker (consulent) of the OCJ or SDJ', ...checked },
    },
    regions: ['BE-VLG'],
    professional: true,
    tips: [
      {
        id: 'consultant-contacted-on-suspicion',
        text: {
          nl: 'Ben je al betrokken bij de jongere? Dan neemt de voorziening bij een vermoeden contact met je op.',
          fr: { text: 'Vous suivez déjà le jeune ? La structure vous contacte alors en cas de soupçon.', ...checked },
          en: { text: 'Already involved with the young person? Then the service contacts you when there is a suspicion.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(checkingSigns),
      },
      {
        id: 'consultant-told-after-acute-steps',
        text: {
          nl: 'Bij gevaar of acute dreiging verwittigt de voorziening eerst het parket. Daarna laat ze je weten welke stappen ze zette, als je betrokken bent.',
          fr: { text: 'En cas de danger ou de menace aiguë, la structure prévient d’abord le parquet. Elle vous informe ensuite des démarches faites, si vous êtes impliqué.', ...checked },
          en: { text: 'In danger or under acute threat, the service informs the public prosecutor first. It then tells you which steps it took, if you are involved.', ...checked },
        },
        // Its own words are about danger: shown first when there is danger, not below it.
        danger: true,
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(acute),
      },
      {
        id: 'consultant-agree-on-reporting',
        text: {
          nl: 'Ben je betrokken? Dan maakt de organisatie met jou afspraken over de melding bij Payoke.',
          fr: { text: 'Vous êtes impliqué ? L’organisation convient alors avec vous du signalement à Payoke.', ...checked },
          en: { text: 'Are you involved? Then the organisation agrees with you on the report to Payoke.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('5.1 Melding, Wie moet er melden?'),
      },
      {
        id: 'consultant-inform-youth-judge',
        text: {
          nl: 'De organisatie laat je weten als er een assessment komt. Is er een jeugdrechter betrokken? Dan informeer jij de jeugdrechter.',
          fr: { text: 'L’organisation vous informe lorsqu’un assessment est organisé. Un juge de la jeunesse est impliqué ? C’est alors vous qui l’informez.', ...checked },
          en: { text: 'The organisation tells you when an assessment is organised. Is a youth judge involved? Then you inform the youth judge.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${assessment}, Regie`),
      },
      {
        id: 'consultant-receives-the-report',
        text: {
          nl: 'Je krijgt het rapport van het assessment, met de bevindingen en het advies, als je betrokken bent.',
          fr: { text: 'Vous recevez le rapport de l’assessment, avec les constats et l’avis, si vous êtes impliqué.', ...checked },
          en: { text: 'You receive the assessment report, with its findings and advice, if you are involved.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(`${assessment}, Praktisch`),
      },
    ],
  },
  {
    id: 'youth-prosecutor',
    name: {
      nl: 'Jeugdparket',
      fr: { text: 'Parquet de la jeunesse', ...checked },
      en: { text: 'Youth prosecutor', ...checked },
    },
    regions: ['BE'],
    professional: true,
    tips: [
      {
        id: 'youth-prosecutor-worrying-situation',
        text: {
          nl: 'Is de opvoedingssituatie van een minderjarig slachtoffer verontrustend? Dan kan je een (politioneel) sociaal onderzoek bevelen. Je kan de jongere ook aanmelden bij de gemandateerde voorzieningen, of de jeugdrechter vatten.',
          fr: { text: 'Face à une situation éducative préoccupante d’un mineur victime, vous pouvez ordonner une enquête sociale (policière), signaler le jeune aux services mandatés ou saisir le juge de la jeunesse.', ...checked },
          en: { text: 'In a worrying upbringing situation of a minor victim, you can order a (police) social inquiry, refer the young person to the mandated services or bring the case before the youth judge.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('8.2 Jeugdparket'),
      },
      {
        id: 'youth-prosecutor-reports-from-youth-judge',
        text: {
          nl: 'Je neemt kennis van meldingen van de jeugdrechter over mogelijke strafbare feiten die in een dossier aan het licht komen.',
          fr: { text: 'Vous prenez connaissance des signalements du juge de la jeunesse sur d’éventuelles infractions qui apparaissent dans un dossier.', ...checked },
          en: { text: 'You take note of reports from the youth judge about possible offences that come to light in a case.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook('8.2 Jeugdparket'),
      },
      {
        id: 'youth-prosecutor-minor-suspects',
        text: {
          nl: 'Je doet de strafonderzoeken als de verdachte minderjarig is.',
          fr: { text: 'Vous menez les enquêtes pénales quand le suspect est mineur.', ...checked },
          en: { text: 'You handle criminal investigations when the suspect is a minor.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.2 Jeugdparket'),
      },
      {
        id: 'youth-prosecutor-told-by-reference-magistrate',
        text: {
          nl: 'Ben je bevoegd voor de plaats? Dan geeft de referentiemagistraat mensenhandel je meteen de informatie over minderjarige slachtoffers.',
          fr: { text: 'Êtes-vous territorialement compétent ? Le magistrat de référence traite des êtres humains vous transmet alors immédiatement les informations sur les mineurs victimes.', ...checked },
          en: { text: 'Are you competent for the area? Then the reference magistrate for human trafficking passes information about minor victims to you straight away.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.3 Referentiemagistraat mensenhandel'),
      },
      {
        id: 'youth-prosecutor-acute-reports',
        text: {
          nl: 'Is er gevaar of een acute dreiging? Dan verwittigen jeugdhulpverleners rechtstreeks het parket. Dat is het jeugdparket of de referentiemagistraat mensenhandel.',
          fr: { text: 'Y a-t-il un danger ou une menace aiguë ? Les intervenants de l’aide à la jeunesse préviennent alors directement le parquet. C’est le parquet de la jeunesse ou le magistrat de référence traite des êtres humains.', ...checked },
          en: { text: 'Is there danger or an acute threat? Then youth care workers inform the public prosecutor’s office directly. That is the youth prosecutor or the reference magistrate for human trafficking.', ...checked },
        },
        // Its own words are about danger: shown first when there is danger, not below it.
        danger: true,
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(acute),
      },
    ],
  },
  {
    id: 'reference-magistrate',
    name: {
      nl: 'Referentiemagistraat mensenhandel',
      fr: { text: 'Magistrat de référence traite des êtres humains', ...checked },
      en: { text: 'Reference magistrate for human trafficking', ...checked },
    },
    regions: ['BE'],
    professional: true,
    tips: [
      {
        id: 'reference-magistrate-investigations',
        text: {
          nl: 'Je staat in voor de strafonderzoeken naar onder meer mensenhandel met het oog op seksuele uitbuiting, tegen de vermoedelijke daders.',
          fr: { text: 'Vous êtes responsable des enquêtes pénales, notamment pour traite des êtres humains à des fins d’exploitation sexuelle, contre les auteurs présumés.', ...checked },
          en: { text: 'You are responsible for criminal investigations into, among other things, human trafficking for sexual exploitation, against the suspected perpetrators.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.3 Referentiemagistraat mensenhandel'),
      },
      {
        id: 'reference-magistrate-victim-status',
        text: {
          nl: 'Alleen jij kent het statuut van slachtoffer van mensenhandel toe, ook als een onderzoeksrechter het gerechtelijk onderzoek leidt.',
          fr: { text: 'Vous seul accordez le statut de victime de la traite des êtres humains, même lorsqu’un juge d’instruction mène l’instruction.', ...checked },
          en: { text: 'Only you grant the status of victim of human trafficking, even when an investigating judge leads the judicial investigation.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.3 Referentiemagistraat mensenhandel'),
      },
      {
        id: 'reference-magistrate-three-conditions',
        text: {
          nl: 'Je oordeelt of het slachtoffer de drie voorwaarden van dat statuut naleeft: geen contact met de (vermoedelijke) dader of het milieu, meewerken met politie en justitie, en zich laten begeleiden door een gespecialiseerd centrum.',
          fr: { text: 'Vous jugez si la victime respecte les trois conditions de ce statut : aucun contact avec l’auteur (présumé) ou le milieu, collaborer avec la police et la justice, et se faire accompagner par un centre spécialisé.', ...checked },
          en: { text: 'You judge whether the victim meets the three conditions of that status: no contact with the (suspected) perpetrator or the milieu, cooperation with police and justice, and support from a specialised centre.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook(`${support}, Juridische begeleiding door een gespecialiseerd centrum voor slachtoffers van mensenhandel`),
      },
      {
        id: 'reference-magistrate-inform-youth-prosecutor',
        text: {
          nl: 'Geef wat je weet over minderjarige slachtoffers meteen door aan het jeugdparket dat bevoegd is voor de plaats.',
          fr: { text: 'Transmettez immédiatement ce que vous savez sur les mineurs victimes au parquet de la jeunesse territorialement compétent.', ...checked },
          en: { text: 'Pass what you know about minor victims straight away to the youth prosecutor competent for the area.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.3 Referentiemagistraat mensenhandel'),
      },
      {
        id: 'reference-magistrate-contact-point',
        text: {
          nl: 'Jeugdmagistraten, de politie, Payoke, PAG-ASA en jeugdvoorzieningen melden dossiers van tienerpooiers bij jou aan. Jij bent hun aanspreekpunt.',
          fr: { text: 'Les magistrats de la jeunesse, la police, Payoke, PAG-ASA et les services pour la jeunesse vous signalent les dossiers de proxénètes d’adolescents. Vous êtes leur point de contact.', ...checked },
          en: { text: 'Youth magistrates, the police, Payoke, PAG-ASA and youth services refer teenage-procurer cases to you. You are their contact point.', ...checked },
        },
        forms: sexual,
        regions: ['BE'],
        source: playbook('8.3 Referentiemagistraat mensenhandel'),
      },
      {
        id: 'reference-magistrate-assessment-advice',
        text: {
          nl: 'Wijzen de signalen na een assessment door Payoke op mensenhandel? Dan krijg je, met instemming van de jongere of diens vertegenwoordiger, een advies over het statuut van slachtoffer van mensenhandel.',
          fr: { text: 'Après un assessment par Payoke, les signaux vont dans le sens de la traite ? Vous recevez alors, avec l’accord du jeune ou de son représentant, un avis sur le statut de victime de la traite.', ...checked },
          en: { text: 'If, after an assessment by Payoke, the signs point to trafficking, you receive advice on victim-of-trafficking status, with the consent of the young person or their representative.', ...checked },
        },
        forms: sexual,
        regions: ['BE-VLG'],
        source: playbook(assessment),
      },
    ],
  },
] as const satisfies readonly Role[];

export type RoleId = (typeof roles)[number]['id'];
export type TipId = (typeof roles)[number]['tips'][number]['id'];
