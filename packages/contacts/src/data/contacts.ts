// The contacts: who to call about trafficking of minors in Belgium and the Netherlands. Every
// phone, e-mail, address and opening time cites where it comes from; nothing here is guessed.
// fr and en are drafts until a person has reviewed them against the nl text.
import { checked } from '@mh/core';
import type { Contact } from '../types.js';
import { careCentres } from './care-centres.js';
import { belgianHelplines, dutchHelplines } from './helplines.js';

const reviewedAt = '2026-12-01';

// Seed sections cited more than once.
const childFocusSection = { source: 'draaiboek-jeugdhulp', section: '3.1 Kennis omtrent de tienerpooierproblematiek: Child Focus' } as const;
const sensoaSection = { source: 'draaiboek-jeugdhulp', section: '3.1 Kennis omtrent de tienerpooierproblematiek: Sensoa' } as const;
const pimentoSection = { source: 'draaiboek-jeugdhulp', section: '3.1 Kennis omtrent de tienerpooierproblematiek: Pimento' } as const;
const centresSection = {
  source: 'draaiboek-jeugdhulp',
  section: '3.1 Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)',
} as const;
const supportSection = { source: 'draaiboek-jeugdhulp', section: '7 Ondersteuning: juridische begeleiding door een gespecialiseerd centrum' } as const;
const reportSection = { source: 'draaiboek-jeugdhulp', section: '5.1 Melding' } as const;
const zsgSection = { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap: Huisarts / Zorgcentra na seksueel Geweld' } as const;
const wallonieEmergency = { source: 'wallonie-violences-intrafamiliales', section: "En cas d'urgence" } as const;
const emergencyNotice = { source: 'hulplijn-1712-over', section: 'Let op' } as const;
const risicoInschatting = { source: 'tien-drempels', section: '3. “Wat als ik de jongere verder in de problemen breng als ik iets ga melden?”' } as const;

// What the three specialised centres offer (seed 002 §3.1 and §7): the same for each centre.
const centreServiceName = {
  nl: 'Opvang en begeleiding van slachtoffers',
  fr: { text: 'Accueil et accompagnement des victimes', ...checked },
  en: { text: 'Shelter and support for victims', ...checked },
} as const;
const centreServiceDescription = {
      nl: 'Ze helpen slachtoffers met papieren, met juridische vragen en met psychische en sociale steun. Een minderjarige helpen ze met papieren en juridische vragen. Ze geven ook vorming aan je team.',
      fr: { text: 'Ils aident les victimes pour leurs papiers et leurs questions juridiques, et leur apportent un soutien psychologique et social. Un mineur, ils l’aident pour ses papiers et ses questions juridiques. Ils forment aussi votre équipe.', ...checked },
      en: { text: 'They help victims with paperwork, with legal questions and with psychological and social support. A minor they help with paperwork and legal questions. They also train your team.', ...checked },
    } as const;
/** PAG-ASA's hours, the same for both its services: day and night (Fedasil), an older undated page says otherwise. */
const pagAsaHours = {
  kind: 'always',
  source: { source: 'fedasil-slachtoffers-mensenhandel', section: 'page' },
  otherSource: {
    text: {
      nl: 'Een andere bron (zonder datum): op werkdagen van 9 tot 17 uur, daarbuiten een permanentietelefoon.',
      fr: { text: 'Une autre source (non datée)\u00a0: chaque jour ouvrable de 9 à 17 heures, en dehors une permanence téléphonique.', ...checked },
      en: { text: 'Another source (undated): working days 9:00 to 17:00, an on-call phone outside those hours.', ...checked },
    },
    source: { source: 'lesmarolles-pag-asa', section: 'page' },
  },
} as const;
const centreTopics = ['trafficking', 'sexual-exploitation', 'labour-exploitation', 'criminal-exploitation'] as const;

export const contacts = [
  {
    id: 'child-focus',
    name: { nl: 'Child Focus', fr: { text: 'Child Focus', ...checked }, en: { text: 'Child Focus', ...checked } },
    description: {
      nl: 'Een kernpartner voor kennis en preventie. Over tienerpooiers, veilig online gaan en verdwijningen.',
      fr: { text: 'Un partenaire central pour l’information et la prévention. Sur les proxénètes d’adolescents, la sécurité en ligne et les disparitions.', ...checked },
      en: { text: 'A key partner for knowledge and prevention. On teenage procurers, staying safe online and missing children.', ...checked },
    },
    url: 'https://childfocus.be/nl',
    address: {
      street: 'Avenue Houba-de Strooper 292',
      postalCode: '1020',
      locality: 'Bruxelles',
      region: 'BE-BRU',
      country: 'BE',
      source: { source: 'childfocus-folder-2015', section: 'page' },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'child-focus-116000',
        name: {
          nl: 'Noodnummer 116 000',
          fr: { text: 'Numéro d’urgence 116 000', ...checked },
          en: { text: 'Emergency number 116 000', ...checked },
        },
        description: {
      nl: 'Bel of mail gratis, dag en nacht, ook anoniem. Child Focus zoekt de gepaste hulp en verwittigt zo nodig de politie. Ook bij een vermist kind.',
      fr: { text: 'Appelez ou écrivez gratuitement, jour et nuit, aussi anonymement. Child Focus cherche l’aide adaptée et prévient la police si nécessaire. Aussi pour un enfant disparu.', ...checked },
      en: { text: 'Call or e-mail free, day and night, also anonymously. Child Focus finds the right help and tells the police if needed. Also for a missing child.', ...checked },
    },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['sexual-exploitation', 'trafficking', 'online-safety', 'missing-children', 'emergency', 'reporting'],
        phones: [{ number: '+32116000', display: '116 000', kind: 'voice', free: true, source: childFocusSection }],
        serviceArea: ['BE'],
        hours: { kind: 'always', source: childFocusSection },
        emails: [{ address: '116000@childfocus.org', source: childFocusSection }],
        sources: [childFocusSection, { source: 'childfocus-kind-vermist', section: 'Wat als mijn kind vermist is?' }],
      },
      {
        id: 'child-focus-general',
        name: { nl: 'Algemeen nummer', fr: { text: 'Numéro général', ...checked }, en: { text: 'General number', ...checked } },
        description: {
      nl: 'Voor vragen over tienerpooiers en signalen. Ook als je nog geen concrete aanwijzingen hebt.',
      fr: { text: 'Pour vos questions sur les proxénètes d’adolescents et les signaux. Même si vous n’avez pas encore d’indices concrets.', ...checked },
      en: { text: 'For questions about teenage procurers and signs. Also when you have no concrete indications yet.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['sexual-exploitation', 'prevention', 'online-safety'],
        phones: [{ number: '+3224754411', display: '02 475 44 11', kind: 'voice', source: childFocusSection }],
        serviceArea: ['BE'],
        url: 'http://www.stoptienerpooiers.be/',
      },
      {
        id: 'child-focus-gps',
        name: {
          nl: 'GPS: preventietool en vorming',
          fr: { text: 'GPS : outil de prévention et formation', ...checked },
          en: { text: 'GPS: prevention tool and training', ...checked },
        },
        description: {
      nl: 'Online tool en vorming voor de jeugdhulp, om met kwetsbare meisjes vanaf 11 jaar te werken rond relaties, grenzen en tienerpooiers.',
      fr: { text: 'Outil en ligne et formation pour l’aide à la jeunesse, pour travailler avec des filles vulnérables dès 11 ans sur les relations, les limites et les proxénètes d’adolescents.', ...checked },
      en: { text: 'Online tool and training for youth care, to work with vulnerable girls from age 11 on relationships, boundaries and teenage procurers.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['prevention', 'sexual-exploitation', 'online-safety'],
        phones: [],
        serviceArea: ['BE-VLG'],
        url: 'https://www.childfocus.be/nl/vorming-gps-preventietool-tienerpooiers',
        sources: [{ source: 'draaiboek-jeugdhulp', section: '3.3 Inzetten op e-safety' }],
      },
    ],
    sources: [
      childFocusSection,
      { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap: Weglopen' },
      { source: 'poster-beroepsgeheim', section: '[paneel beroepsgeheim: "Vraag hulp aan Child Focus via het nummer 116 000"]' },
      { source: 'childfocus-kind-vermist', section: 'Wat als mijn kind vermist is?' },
    ],
    reviewedAt,
  },
  {
    id: 'sensoa',
    name: { nl: 'Sensoa', fr: { text: 'Sensoa', ...checked }, en: { text: 'Sensoa', ...checked } },
    description: {
      nl: 'Werkt aan seksuele gezondheid in Vlaanderen en Brussel. Brede informatie over seks en relaties, ook over tienerpooiers.',
      fr: { text: 'Travaille à la santé sexuelle en Flandre et à Bruxelles. Information large sur la sexualité et les relations, aussi sur les proxénètes d’adolescents.', ...checked },
      en: { text: 'Works on sexual health in Flanders and Brussels. Broad information on sex and relationships, also on teenage procurers.', ...checked },
    },
    url: 'https://www.allesoverseks.be/',
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'sensoa-general',
        name: { nl: 'Algemeen nummer', fr: { text: 'Numéro général', ...checked }, en: { text: 'General number', ...checked } },
        description: {
      nl: 'Vragen over seksuele gezondheid en relaties.',
      fr: { text: 'Questions sur la santé sexuelle et les relations.', ...checked },
      en: { text: 'Questions about sexual health and relationships.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['sexual-health', 'prevention'],
        phones: [{ number: '+3232386868', display: '03 238 68 68', kind: 'voice', source: sensoaSection }],
        serviceArea: ['BE-VLG', 'BE-BRU'],
        url: 'https://www.allesoverseks.be/',
        emails: [{ address: 'info@sensoa.be', source: sensoaSection }],
      },
      {
        id: 'sensoa-vlaggensysteem',
        name: { nl: 'Vlaggensysteem', fr: { text: 'Système des drapeaux (Vlaggensysteem)', ...checked }, en: { text: 'Flag system (Vlaggensysteem)', ...checked } },
        description: {
      nl: 'Helpt je seksueel grensoverschrijdend gedrag inschatten en er gepast op reageren.',
      fr: { text: 'Vous aide à évaluer un comportement sexuel transgressif et à y réagir de façon adaptée.', ...checked },
      en: { text: 'Helps you assess sexually transgressive behaviour and respond well.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['sexual-violence', 'prevention'],
        phones: [],
        serviceArea: ['BE-VLG', 'BE-BRU'],
        url: 'https://www.sensoa.be/vlaggensysteem-hoe-reageren-op-seksueel-grensoverschrijdend-gedrag',
        sources: [sensoaSection, { source: 'draaiboek-jeugdhulp', section: '4.1 Herkennen van signalen van slachtofferschap' }],
      },
    ],
    sources: [sensoaSection],
    reviewedAt,
  },
  {
    id: 'pimento',
    name: { nl: 'Pimento', fr: { text: 'Pimento', ...checked }, en: { text: 'Pimento', ...checked } },
    description: {
      nl: 'Helpt organisaties die met jongeren werken. Het gaat over intimiteit en grensoverschrijdend gedrag, ook in hun beleid. Vroeger heette het Jong & Van Zin.',
      fr: { text: 'Aide les organisations qui travaillent avec des jeunes. Il s’agit d’intimité et de comportements transgressifs, y compris dans leur politique. Anciennement Jong & Van Zin.', ...checked },
      en: { text: 'Helps organisations that work with young people. It is about intimacy and transgressive behaviour, also in their policy. Formerly called Jong & Van Zin.', ...checked },
    },
    url: 'https://www.pimento.be/',
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'pimento-general',
        name: { nl: 'Algemeen nummer', fr: { text: 'Numéro général', ...checked }, en: { text: 'General number', ...checked } },
        description: {
      nl: 'Vraag ondersteuning voor je organisatie.',
      fr: { text: 'Demandez un soutien pour votre organisation.', ...checked },
      en: { text: 'Ask for support for your organisation.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['prevention'],
        phones: [{ number: '+3233369999', display: '03 336 99 99', kind: 'voice', source: pimentoSection }],
        serviceArea: ['BE-VLG'],
        emails: [{ address: 'info@pimento.be', source: pimentoSection }],
      },
    ],
    sources: [pimentoSection],
    reviewedAt,
  },
  {
    id: 'payoke',
    name: { nl: 'Payoke', fr: { text: 'Payoke', ...checked }, en: { text: 'Payoke', ...checked } },
    description: {
      nl: 'Gespecialiseerd centrum voor slachtoffers van mensenhandel in Antwerpen. Meldpunt voor vermoedens van tienerpooierschap in de jeugdhulp.',
      fr: { text: 'Centre spécialisé pour les victimes de la traite des êtres humains à Anvers. Point de signalement des soupçons d’exploitation par des proxénètes d’adolescents dans l’aide à la jeunesse.', ...checked },
      en: { text: 'Specialised centre for victims of human trafficking in Antwerp. Reporting point for suspected teenage procurer cases in youth care.', ...checked },
    },
    url: 'https://www.payoke.be/nl/',
    address: { street: 'Leguit 4', postalCode: '2000', locality: 'Antwerpen', region: 'BE-VLG', country: 'BE', source: centresSection },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'payoke-melding',
        name: {
          nl: 'Melding en assessment',
          fr: { text: 'Signalement et évaluation', ...checked },
          en: { text: 'Reporting and assessment', ...checked },
        },
        description: {
      nl: 'Meld elk ernstig vermoeden, per telefoon of mail. Payoke kan een gesprek met de jongere en een assessment aanbieden. De melding gaat niet automatisch naar het parket.',
      fr: { text: 'Signalez tout soupçon sérieux, par téléphone ou e-mail. Payoke peut proposer un entretien avec le jeune et une évaluation. Le signalement ne va pas automatiquement au parquet.', ...checked },
      en: { text: 'Report every serious suspicion, by phone or e-mail. Payoke can offer a talk with the young person and an assessment. The report does not go to the prosecutor automatically.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['trafficking', 'sexual-exploitation', 'reporting'],
        phones: [{ number: '+3232011690', display: '03 201 16 90', kind: 'voice', source: reportSection }],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'always', source: { source: 'fedasil-slachtoffers-mensenhandel', section: 'page' } },
        emails: [{ address: 'traffickingLBTP@payoke.be', source: centresSection }],
        sources: [reportSection, { source: 'draaiboek-jeugdhulp', section: '5.2 Assessment' }],
      },
      {
        id: 'payoke-begeleiding',
        name: centreServiceName,
        description: centreServiceDescription,
        audiences: ['young-people', 'professionals'],
        topics: centreTopics,
        phones: [{ number: '+3232011690', display: '03 201 16 90', kind: 'voice', source: centresSection }],
        serviceArea: ['BE'],
        hours: { kind: 'always', source: { source: 'fedasil-slachtoffers-mensenhandel', section: 'page' } },
        emails: [{ address: 'traffickingLBTP@payoke.be', source: supportSection }],
        sources: [centresSection, supportSection],
      },
    ],
    sources: [centresSection, reportSection],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'pag-asa',
    name: { nl: 'PAG-ASA', fr: { text: 'PAG-ASA', ...checked }, en: { text: 'PAG-ASA', ...checked } },
    description: {
      nl: 'Gespecialiseerd centrum voor slachtoffers van mensenhandel in Brussel. Werkt nauw samen met Payoke.',
      fr: { text: 'Centre spécialisé pour les victimes de la traite des êtres humains à Bruxelles. Collabore étroitement avec Payoke.', ...checked },
      en: { text: 'Specialised centre for victims of human trafficking in Brussels. Works closely with Payoke.', ...checked },
    },
    url: 'http://www.pag-asa.be/',
    address: { street: 'Cellebroersstraat 16/B', postalCode: '1000', locality: 'Brussel', region: 'BE-BRU', country: 'BE', source: centresSection },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'pag-asa-melding',
        name: { nl: 'Melding', fr: { text: 'Signalement', ...checked }, en: { text: 'Reporting', ...checked } },
        description: {
      nl: 'Ook hier kun je een ernstig vermoeden melden.',
      fr: { text: 'Vous pouvez aussi signaler ici un soupçon sérieux.', ...checked },
      en: { text: 'You can also report a serious suspicion here.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['trafficking', 'sexual-exploitation', 'reporting'],
        phones: [{ number: '+3225116464', display: '02 511 64 64', kind: 'voice', source: centresSection }],
        serviceArea: ['BE-VLG'],
        hours: pagAsaHours,
        emails: [{ address: 'info@pag-asa.be', source: centresSection }],
        sources: [reportSection],
      },
      {
        id: 'pag-asa-begeleiding',
        name: centreServiceName,
        description: centreServiceDescription,
        audiences: ['young-people', 'professionals'],
        topics: centreTopics,
        phones: [{ number: '+3225116464', display: '02 511 64 64', kind: 'voice', source: supportSection }],
        serviceArea: ['BE'],
        hours: pagAsaHours,
        emails: [{ address: 'info@pag-asa.be', source: supportSection }],
        sources: [centresSection, supportSection],
      },
    ],
    sources: [centresSection, reportSection],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'surya',
    name: { nl: 'Sürya', fr: { text: 'Sürya', ...checked }, en: { text: 'Sürya', ...checked } },
    description: {
      nl: 'Gespecialiseerd centrum voor slachtoffers van mensenhandel. Het zit in Luik.',
      fr: { text: 'Centre spécialisé pour les victimes de la traite des êtres humains. Il se trouve à Liège.', ...checked },
      en: { text: 'Specialised centre for victims of human trafficking. It is in Liège.', ...checked },
    },
    url: 'https://www.asblsurya.org/',
    address: {
      street: 'Rue Rouveroy 2',
      postalCode: '4000',
      locality: 'Liège',
      region: 'BE-WAL',
      country: 'BE',
      source: { source: 'agii-slachtoffer-mensenhandel', section: 'page' },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'surya-begeleiding',
        name: centreServiceName,
        description: centreServiceDescription,
        audiences: ['young-people', 'professionals'],
        topics: centreTopics,
        phones: [{ number: '+3242324030', display: '04 232 40 30', kind: 'voice', source: { source: 'agii-slachtoffer-mensenhandel', section: 'page' } }],
        serviceArea: ['BE'],
        hours: { kind: 'always', source: { source: 'surya-nos-missions', section: 'page' } },
        sources: [centresSection, supportSection],
      },
    ],
    sources: [
      centresSection,
      { source: 'agii-slachtoffer-mensenhandel', section: 'page' },
      { source: 'ecpat-verdenkingen', section: 'page' },
      { source: 'surya-nos-missions', section: 'page' },
    ],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'mensenhandel-helpline',
    name: {
      nl: 'Belgische hulplijn mensenhandel',
      fr: { text: 'Ligne belge d’aide traite des êtres humains', ...checked },
      en: { text: 'Belgian human trafficking helpline', ...checked },
    },
    description: {
      nl: 'Eén nummer voor heel België. Je komt bij Payoke, PAG-ASA of Sürya.',
      fr: { text: 'Un seul numéro pour toute la Belgique. Vous êtes dirigé vers Payoke, PAG-ASA ou Sürya.', ...checked },
      en: { text: 'One number for all of Belgium. You are put through to Payoke, PAG-ASA or Sürya.', ...checked },
    },
    url: 'https://www.stophumantrafficking.be/',
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'mensenhandel-helpline-078',
        name: { nl: 'Hulplijn 078 05 58 00', fr: { text: 'Ligne d’aide 078 05 58 00', ...checked }, en: { text: 'Helpline 078 05 58 00', ...checked } },
        description: {
      nl: 'Dag en nacht bereikbaar. Geen noodnummer: bij gevaar bel je 112 of 101.',
      fr: { text: 'Joignable jour et nuit. Pas un numéro d’urgence : en cas de danger, appelez le 112 ou le 101.', ...checked },
      en: { text: 'Reachable day and night. Not an emergency number: in danger, call 112 or 101.', ...checked },
    },
        audiences: ['young-people', 'professionals'],
        // Not 'emergency': 112 and 101 are the emergency numbers (PUBLIC-FACTS §5; police.be).
        topics: ['trafficking', 'sexual-exploitation', 'labour-exploitation', 'criminal-exploitation'],
        phones: [{ number: '+3278055800', display: '078 05 58 00', kind: 'voice', source: { source: 'seraing-coeur-bleu', section: 'page' } }],
        serviceArea: ['BE'],
        hours: { kind: 'always', source: { source: 'seraing-coeur-bleu', section: 'page' }, asOf: '2025' },
        sources: [{ source: 'seraing-coeur-bleu', section: 'page' }, { source: 'police-be-numeros-urgence', section: 'Numéros d’urgence' }],
      },
    ],
    sources: [
      { source: 'besafe-coeur-bleu-2023', section: 'Lancement de la campagne Cœur bleu 2023' },
      { source: 'seraing-coeur-bleu', section: 'page' },
    ],
    reviewedAt: '2026-12-07',
  },
  ...careCentres,
  {
    id: 'emergency-112',
    name: { nl: 'Noodnummer 112', fr: { text: 'Numéro d’urgence 112', ...checked }, en: { text: 'Emergency number 112', ...checked } },
    description: {
      nl: 'Bel 112 voor dringende medische hulp: ziekenwagen en brandweer.',
      fr: { text: 'Appelez le 112 en cas d’urgence médicale : ambulance et pompiers.', ...checked },
      en: { text: 'Call 112 for urgent medical help: ambulance and fire brigade.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'emergency-112-be',
        name: { nl: 'Dringende medische hulp', fr: { text: 'Urgence médicale', ...checked }, en: { text: 'Urgent medical help', ...checked } },
        description: {
          nl: 'Voor een ziekenwagen of de brandweer.',
          fr: { text: 'Pour une ambulance ou les pompiers.', ...checked },
          en: { text: 'For an ambulance or the fire brigade.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['emergency'],
        phones: [{ number: '+32112', display: '112', kind: 'voice', source: emergencyNotice }],
        serviceArea: ['BE'],
      },
    ],
    sources: [{ source: 'police-be-numeros-urgence', section: 'Numéros d’urgence' }, emergencyNotice, wallonieEmergency],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'police-101',
    name: { nl: 'Politie 101', fr: { text: 'Police 101', ...checked }, en: { text: 'Police 101', ...checked } },
    description: {
      nl: 'Bel 101 voor dringende politiehulp, in een noodsituatie.',
      fr: { text: 'Appelez le 101 pour une aide policière urgente, en cas d’urgence.', ...checked },
      en: { text: 'Call 101 for urgent police help in an emergency.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'police-101-be',
        name: { nl: 'Dringende politiehulp', fr: { text: 'Aide policière urgente', ...checked }, en: { text: 'Urgent police help', ...checked } },
        description: {
          nl: 'In een noodsituatie, als je dringend politiehulp nodig hebt.',
          fr: { text: 'En cas d’urgence, quand vous avez besoin d’une aide policière urgente.', ...checked },
          en: { text: 'In an emergency, when you need police help urgently.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['emergency'],
        phones: [{ number: '+32101', display: '101', kind: 'voice', source: emergencyNotice }],
        serviceArea: ['BE'],
      },
    ],
    sources: [{ source: 'police-be-numeros-urgence', section: 'Numéros d’urgence' }, emergencyNotice, wallonieEmergency],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'hulplijn-1712',
    name: { nl: 'Hulplijn 1712', fr: { text: 'Ligne d’aide 1712', ...checked }, en: { text: 'Helpline 1712', ...checked } },
    description: {
      nl: 'Vlaamse hulplijn voor vragen over geweld, misbruik en kindermishandeling. Geen noodnummer. Professionals kunnen vaak bij een Vertrouwenscentrum Kindermishandeling terecht.',
      fr: { text: 'Ligne d’aide flamande pour les questions de violence, d’abus et de maltraitance d’enfants. Pas un numéro d’urgence. Les professionnels peuvent souvent s’adresser à un Vertrouwenscentrum Kindermishandeling.', ...checked },
      en: { text: 'Flemish helpline for questions about violence, abuse and child abuse. Not an emergency number. Professionals can often go to a Vertrouwenscentrum Kindermishandeling.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'hulplijn-1712-bellen',
        name: { nl: 'Bel 1712', fr: { text: 'Appeler le 1712', ...checked }, en: { text: 'Call 1712', ...checked } },
        description: {
      nl: 'Gratis en anoniem.',
      fr: { text: 'Gratuit et anonyme.', ...checked },
      en: { text: 'Free and anonymous.', ...checked },
    },
        audiences: ['young-people', 'parents'],
        topics: ['child-abuse', 'sexual-violence'],
        phones: [{ number: '+321712', display: '1712', kind: 'voice', free: true, source: { source: 'hulplijn-1712-over', section: 'page' } }],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], source: { source: 'vlaams-belang-vraag-1712-2020', section: 'page' }, asOf: '2020-02' },
        sources: [{ source: 'hulplijn-1712-over', section: 'Voor wie is 1712?' }],
      },
    ],
    sources: [{ source: 'hulplijn-1712-over', section: 'page' }],
    reviewedAt: '2026-12-07',
  },
  ...belgianHelplines,
  {
    id: 'veilig-thuis',
    name: { nl: 'Veilig Thuis', fr: { text: 'Veilig Thuis', ...checked }, en: { text: 'Veilig Thuis', ...checked } },
    description: {
      nl: 'Advies- en meldpunt huiselijk geweld en kindermishandeling. Vraag advies vanaf een eerste vermoeden, bij elke stap van de meldcode.',
      fr: { text: 'Centre de conseil et de signalement pour la violence domestique et la maltraitance d’enfants. Demandez conseil dès un premier soupçon, à chaque étape du meldcode.', ...checked },
      en: { text: 'Advice and reporting centre for domestic violence and child abuse. Ask for advice from a first suspicion, at every step of the meldcode.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'veilig-thuis-0800-2000',
        name: { nl: 'Veilig Thuis 0800-2000', fr: { text: 'Veilig Thuis 0800-2000', ...checked }, en: { text: 'Veilig Thuis 0800-2000', ...checked } },
        description: {
      nl: 'Iedereen met zorgen over een kind kan bellen. Je komt bij Veilig Thuis in jouw regio.',
      fr: { text: 'Toute personne inquiète pour un enfant peut appeler. Vous êtes dirigé vers Veilig Thuis de votre région.', ...checked },
      en: { text: 'Anyone worried about a child can call. You reach Veilig Thuis in your region.', ...checked },
    },
        audiences: ['professionals', 'parents', 'young-people'],
        topics: ['child-abuse', 'reporting', 'trafficking'],
        phones: [{ number: '+318002000', display: '0800-2000', kind: 'voice', free: true, source: { source: 'augeo-veilig-thuis', section: 'Eerste alinea: “24 uur per dag gratis bereikbaar op 0800-2000”' } }],
        serviceArea: ['NL'],
        hours: { kind: 'always', source: { source: 'augeo-veilig-thuis', section: 'Eerste alinea: “24 uur per dag gratis bereikbaar op 0800-2000”' } },
        sources: [{ source: 'augeo-veilig-thuis', section: 'Eerste alinea: “24 uur per dag gratis bereikbaar op 0800-2000”' }, { source: 'reis-van-kelly', section: 'Huisarts/medische professional' }],
      },
    ],
    sources: [{ source: 'augeo-veilig-thuis', section: 'Eerste alinea: “24 uur per dag gratis bereikbaar op 0800-2000”' }, { source: 'reis-van-kelly', section: 'Huisarts/medische professional' }],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'zorgcoordinator-mensenhandel',
    name: {
      nl: 'Zorgcoördinator mensenhandel in jouw regio',
      fr: { text: 'Coordinateur de soins traite des êtres humains de votre région', ...checked },
      en: { text: 'Regional care coordinator for human trafficking', ...checked },
    },
    description: {
      nl: 'Kent de hulp voor slachtoffers in de regio. Kan, net als de politie, helpen bij een risico-inschatting en adviseren wat er moet gebeuren.',
      fr: { text: 'Connaît l’aide aux victimes de la région. Peut, comme la police, aider à évaluer les risques et conseiller sur ce qu’il faut faire.', ...checked },
      en: { text: 'Knows the help for victims in the region. Can, like the police, help assess the risks and advise on what to do.', ...checked },
    },
    url: 'https://www.wegwijzermensenhandel.nl/Zorgcoordinatoren/Zorgcoordinatoren.aspx',
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'zorgcoordinator-mensenhandel-overzicht',
        name: {
          nl: 'Overzicht per regio',
          fr: { text: 'Liste par région', ...checked },
          en: { text: 'List by region', ...checked },
        },
        description: {
      nl: 'Zoek de zorgcoördinator van jouw regio. De lijst is deels verouderd: check het nummer. Geen zorgcoördinator? Dan helpt CoMensha.',
      fr: { text: 'Cherchez le coordinateur de votre région. La liste n’est pas entièrement à jour : vérifiez le numéro. Pas de coordinateur ? CoMensha aide.', ...checked },
      en: { text: 'Find the care coordinator for your region. The list is partly out of date: check the number. No coordinator? CoMensha helps.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['trafficking', 'sexual-exploitation', 'criminal-exploitation', 'labour-exploitation'],
        phones: [],
        serviceArea: ['NL'],
        url: 'https://www.wegwijzermensenhandel.nl/Zorgcoordinatoren/Zorgcoordinatoren.aspx',
        sources: [
          { source: 'wegwijzer-zorgcoordinatoren', section: 'Overzicht' },
          { source: 'comensha-zorgcoordinatie-twente', section: 'page' },
          { source: 'comensha-zorgcoordinatie', section: 'page' },
        ],
      },
    ],
    sources: [
      risicoInschatting,
      { source: 'tien-drempels', section: '8. “Ik heb geen idee waar ik terecht kan met mijn vermoeden.”' },
      { source: 'reis-van-kelly', section: 'Zorgcoördinator' },
      { source: 'wegwijzer-zorgcoordinatoren', section: 'Over de zorgcoördinatoren' },
    ],
    reviewedAt,
  },
  {
    id: 'comensha',
    name: { nl: 'CoMensha', fr: { text: 'CoMensha', ...checked }, en: { text: 'CoMensha', ...checked } },
    description: {
      nl: 'Coördineert de zorg op afstand waar een regio geen zorgcoördinator mensenhandel heeft.',
      fr: { text: 'Coordonne les soins à distance là où une région n’a pas de coordinateur de soins en matière de traite.', ...checked },
      en: { text: 'Coordinates care from a distance where a region has no care coordinator for human trafficking.', ...checked },
    },
    url: 'https://www.comensha.nl/',
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'comensha-general',
        name: { nl: 'Algemeen nummer', fr: { text: 'Numéro général', ...checked }, en: { text: 'General number', ...checked } },
        description: {
      nl: 'Zorgcoördinatie als jouw regio geen zorgcoördinator heeft.',
      fr: { text: 'Coordination des soins si votre région n’a pas de coordinateur.', ...checked },
      en: { text: 'Care coordination when your region has no care coordinator.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['trafficking'],
        phones: [{ number: '+31334481186', display: '033 448 11 86', kind: 'voice', source: { source: 'wegwijzer-comensha', section: 'page' } }],
        serviceArea: ['NL'],
        url: 'https://www.comensha.nl/',
        emails: [{ address: 'info@comensha.nl', source: { source: 'wegwijzer-comensha', section: 'page' } }],
      },
    ],
    sources: [{ source: 'comensha-zorgcoordinatie', section: 'page' }, { source: 'wegwijzer-comensha', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'centrum-seksueel-geweld',
    name: { nl: 'Centrum Seksueel Geweld', fr: { text: 'Centrum Seksueel Geweld', ...checked }, en: { text: 'Centrum Seksueel Geweld (Sexual Assault Centre)', ...checked } },
    description: {
      nl: 'Artsen, verpleegkundigen, politie en psychologen geven samen zorg na aanranding of verkrachting. Bel liefst binnen zeven dagen.',
      fr: { text: 'Médecins, infirmiers, police et psychologues soignent ensemble après une agression sexuelle ou un viol. Appelez de préférence dans les sept jours.', ...checked },
      en: { text: 'Doctors, nurses, police and psychologists give care together after sexual assault or rape. Call within seven days if you can.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'centrum-seksueel-geweld-0800-0188',
        name: { nl: 'Bel 0800-0188', fr: { text: 'Appeler le 0800-0188', ...checked }, en: { text: 'Call 0800-0188', ...checked } },
        description: {
          nl: 'Gratis en dag en nacht bereikbaar.',
          fr: { text: 'Gratuit et joignable jour et nuit.', ...checked },
          en: { text: 'Free, day and night.', ...checked },
        },
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence'],
        phones: [{ number: '+318000188', display: '0800-0188', kind: 'voice', free: true, source: { source: 'nu-meldpunt-seksueel-geweld', section: 'Tweede alinea: “Het centrum opent met 0800-0188 een gratis nummer”' } }],
        serviceArea: ['NL'],
        hours: { kind: 'always', source: { source: 'csg-in-de-media', section: 'Werkbezoek ministers Dekker en Grapperhaus' } },
      },
    ],
    sources: [{ source: 'csg-in-de-media', section: 'Werkbezoek ministers Dekker en Grapperhaus' }, { source: 'nu-meldpunt-seksueel-geweld', section: 'Tweede alinea: “Het centrum opent met 0800-0188 een gratis nummer”' }],
    reviewedAt: '2026-12-07',
  },
  ...dutchHelplines,
  {
    id: 'emergency-112-nl',
    name: {
      nl: 'Noodnummer 112 (Nederland)',
      fr: { text: 'Numéro d’urgence 112 (Pays-Bas)', ...checked },
      en: { text: 'Emergency number 112 (Netherlands)', ...checked },
    },
    description: {
      nl: 'Bel 112 bij acuut gevaar.',
      fr: { text: 'Appelez le 112 en cas de danger aigu.', ...checked },
      en: { text: 'Call 112 when there is acute danger.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'emergency-112-nl-call',
        name: { nl: 'Acuut gevaar', fr: { text: 'Danger aigu', ...checked }, en: { text: 'Acute danger', ...checked } },
        description: {
          nl: 'Ook bij een vermoeden van mensenhandel, als er acuut gevaar is.',
          fr: { text: 'Aussi en cas de soupçon de traite des êtres humains, s’il y a un danger aigu.', ...checked },
          en: { text: 'Also when you suspect human trafficking and there is acute danger.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['emergency', 'trafficking'],
        phones: [{ number: '+31112', display: '112', kind: 'voice', source: { source: 'wegwijzer-melden', section: 'Melden van mensenhandel' } }],
        serviceArea: ['NL'],
      },
    ],
    sources: [{ source: 'wegwijzer-melden', section: 'Melden van mensenhandel' }],
    reviewedAt,
  },
  {
    id: 'politie-nl',
    name: { nl: 'Politie (Nederland)', fr: { text: 'Police (Pays-Bas)', ...checked }, en: { text: 'Police (Netherlands)', ...checked } },
    description: {
      nl: 'Meld een vermoeden van dwang of uitbuiting. De politie en de zorgcoördinator mensenhandel kunnen helpen bij een risico-inschatting.',
      fr: { text: 'Signalez un soupçon de contrainte ou d’exploitation. La police et le coordinateur de soins traite des êtres humains peuvent aider à évaluer les risques.', ...checked },
      en: { text: 'Report a suspicion of coercion or exploitation. The police and the care coordinator for human trafficking can help assess the risks.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'politie-nl-0900-8844',
        name: { nl: 'Politie 0900 8844', fr: { text: 'Police 0900 8844', ...checked }, en: { text: 'Police 0900 8844', ...checked } },
        description: {
      nl: 'Bij acuut gevaar: bel 112.',
      fr: { text: 'En cas de danger aigu : appelez le 112.', ...checked },
      en: { text: 'In acute danger: call 112.', ...checked },
    },
        audiences: ['professionals', 'parents'],
        topics: ['trafficking', 'sexual-exploitation', 'criminal-exploitation', 'labour-exploitation', 'reporting'],
        phones: [
          {
            number: '+319008844',
            display: '0900 8844',
            kind: 'voice',
            charge: {
              text: {
                nl: 'Niet gratis: 2 cent per minuut, plus je gewone belkosten.',
                fr: { text: 'Pas gratuit' + '\u00a0' + ': 2 centimes par minute, plus le coût habituel de l’appel.', ...checked },
                en: { text: 'Not free: 2 cents a minute, plus your usual call charges.', ...checked },
              },
              source: { source: 'pitane-politie-0900-2023', section: 'page' },
            },
            source: { source: 'wegwijzer-melden', section: 'Politie' },
          },
        ],
        serviceArea: ['NL'],
      },
    ],
    sources: [{ source: 'wegwijzer-melden', section: 'Politie' }, risicoInschatting],
    reviewedAt: '2026-12-07',
  },
  {
    id: 'nederlandse-arbeidsinspectie',
    name: {
      nl: 'Nederlandse Arbeidsinspectie',
      fr: { text: 'Inspection du travail néerlandaise (Nederlandse Arbeidsinspectie)', ...checked },
      en: { text: 'Netherlands Labour Authority (Nederlandse Arbeidsinspectie)', ...checked },
    },
    description: {
      nl: 'Spoort arbeidsuitbuiting op.',
      fr: { text: 'Recherche l’exploitation par le travail.', ...checked },
      en: { text: 'Investigates labour exploitation.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'nederlandse-arbeidsinspectie-0800-5151',
        name: {
          nl: 'Melden van arbeidsuitbuiting',
          fr: { text: 'Signaler une exploitation par le travail', ...checked },
          en: { text: 'Reporting labour exploitation', ...checked },
        },
        description: {
      nl: 'Meld een vermoeden van arbeidsuitbuiting.',
      fr: { text: 'Signalez un soupçon d’exploitation par le travail.', ...checked },
      en: { text: 'Report a suspicion of labour exploitation.', ...checked },
    },
        audiences: ['professionals', 'parents'],
        topics: ['labour-exploitation', 'trafficking', 'reporting'],
        phones: [{ number: '+318005151', display: '0800 5151', kind: 'voice', source: { source: 'wegwijzer-melden', section: 'Nederlandse Arbeidsinspectie' } }],
        serviceArea: ['NL'],
      },
    ],
    sources: [{ source: 'wegwijzer-melden', section: 'Nederlandse Arbeidsinspectie' }],
    reviewedAt,
  },
  {
    id: 'fier',
    name: { nl: 'Fier', fr: { text: 'Fier', ...checked }, en: { text: 'Fier', ...checked } },
    description: {
      nl: 'Een expertisecentrum. Het maakte samen met NHVeilig de e-learning BUIT voor professionals.',
      fr: { text: 'Un centre d’expertise. Il a créé avec NHVeilig le e-learning BUIT pour les professionnels.', ...checked },
      en: { text: 'A centre of expertise. It made the BUIT e-learning for professionals together with NHVeilig.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'fier-buit-e-learning',
        name: {
          nl: 'BUIT voor professionals (e-learning)',
          fr: { text: 'BUIT pour les professionnels (e-learning)', ...checked },
          en: { text: 'BUIT for professionals (e-learning)', ...checked },
        },
        description: {
      nl: 'Gratis. Leer signalen van criminele en seksuele uitbuiting herkennen en weet wat je dan kunt doen.',
      fr: { text: 'Gratuit. Apprenez à reconnaître les signaux d’exploitation criminelle et sexuelle et sachez quoi faire.', ...checked },
      en: { text: 'Free. Learn to recognise signs of criminal and sexual exploitation and what you can do next.', ...checked },
    },
        audiences: ['professionals'],
        topics: ['criminal-exploitation', 'sexual-exploitation', 'prevention'],
        phones: [],
        serviceArea: ['NL'],
        url: 'http://www.buitvoorprofessionals.nl',
      },
      {
        id: 'fier-chat',
        name: { nl: 'Anoniem chatten met Fier', fr: { text: 'Chatter anonymement avec Fier', ...checked }, en: { text: 'Chat with Fier anonymously', ...checked } },
        description: {
          nl: 'Anoniem chatten, ’s avonds en ’s nachts. Geen noodnummer: bij acuut gevaar bel je 112.',
          fr: { text: 'Chatter anonymement, le soir et la nuit. Pas un numéro d’urgence' + '\u00a0' + ': en cas de danger aigu, appelez le 112.', ...checked },
          en: { text: 'Chat anonymously, in the evening and at night. Not an emergency number: in acute danger, call 112.', ...checked },
        },
        audiences: ['young-people'],
        topics: ['sexual-exploitation', 'sexual-violence'],
        phones: [],
        serviceArea: ['NL'],
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '19:00', closes: '24:00' }, { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '06:00' }], source: { source: 'jeugdjournaal-fier-2019', section: 'page' }, asOf: '2019-10' },
        url: 'https://www.chatmetfier.nl',
        sources: [{ source: 'omropfryslan-fier-2020', section: 'page' }, { source: 'jeugdjournaal-fier-2019', section: 'page' }, { source: 'wegwijzer-melden', section: 'Melden van mensenhandel' }],
      },
    ],
    sources: [
      { source: 'tien-drempels', section: 'Meer handvatten: BUIT voor professionals' },
      { source: 'tien-drempels', section: 'JIJ kan het verschil maken!' },
    ],
    reviewedAt: '2026-12-07',
  },
  // How the parket is reached: no single number; each judicial district has its own office, and
  // the Openbaar Ministerie lists them (found 2026-12-05; not in PUBLIC-FACTS, cited beside it).
  {
    id: 'parket',
    name: {
      nl: 'Parket van de procureur des Konings',
      fr: { text: 'Parquet du procureur du Roi', ...checked },
      en: { text: 'Public prosecutor’s office (parket)', ...checked },
    },
    description: {
      nl: 'Elk gerechtelijk arrondissement heeft minstens één parket, in totaal 14. Het Openbaar Ministerie geeft de contactgegevens van elk parket.',
      fr: { text: 'Chaque arrondissement judiciaire a au moins un parquet, 14 au total. Le ministère public donne les coordonnées de chaque parquet.', ...checked },
      en: { text: 'Every judicial district has at least one prosecutor’s office, 14 in all. The Public Prosecution Service lists the contact details of each.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'parket-contactgegevens',
        name: {
          nl: 'Contactgegevens van de parketten',
          fr: { text: 'Coordonnées des parquets', ...checked },
          en: { text: 'Contact details of the prosecutor’s offices', ...checked },
        },
        description: {
          nl: 'Zoek het parket van je gerechtelijk arrondissement op de kaart van het Openbaar Ministerie.',
          fr: { text: 'Trouvez le parquet de votre arrondissement judiciaire sur la carte du ministère public.', ...checked },
          en: { text: 'Find the prosecutor’s office of your judicial district on the Public Prosecution Service’s map.', ...checked },
        },
        audiences: ['professionals'],
        topics: ['reporting'],
        phones: [],
        serviceArea: ['BE'],
        url: 'https://www.om-mp.be/nl/uw-om/parketten-procureur-konings',
      },
    ],
    sources: [{ source: 'om-parketten-procureur-des-konings', section: 'Parketten van de procureur des Konings' }],
    reviewedAt: '2026-12-07',
  },
] as const satisfies readonly Contact[];

export type ContactId = (typeof contacts)[number]['id'];
export type ServiceId = (typeof contacts)[number]['services'][number]['id'];
