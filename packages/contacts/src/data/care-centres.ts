// Every Belgian care centre after sexual violence (Zorgcentrum na Seksueel Geweld, ZSG; Centre de
// prise en charge des violences sexuelles, CPVS): the three of seed 002 §4.2, the seven opened
// since (PUBLIC-FACTS §4, ten in operation since November 2023), and the three announced for 2026,
// listed with that status and never offered as a place to go. A phone only where a source gives
// one; a centre without one is reached through its hospital's page or the network's list.
import { checked } from '@mh/core';
import type { Contact } from '../types.js';

const reviewedAt = '2026-12-07';

const zsgSection = { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap: Huisarts / Zorgcentra na seksueel Geweld' } as const;
const wallonieEmergency = { source: 'wallonie-violences-intrafamiliales', section: "En cas d'urgence" } as const;
// Free, open day and night (a site of SOS Enfants Namur on the centres, undated).
const cpvsFaq = { source: 'maintenantjenparle-cpvs', section: 'page' } as const;
// The network's list of the centres: the way to reach one whose own phone no source gives.
const centreList = 'https://www.violencessexuelles.be/centres-prise-charge-violences-sexuelles';
const centreListSource = { source: 'violencessexuelles-centres', section: 'page' } as const;

// How soon to go: the sources give three windows, and each is said with its source.
const timeWindowSources = [
  { source: 'rtbf-cpvs-namur-2023', section: 'page' },
  { source: 'politie-bht-tip', section: 'page' },
  cpvsFaq,
] as const;
const timeWindow = {
  nl: 'Hoe sneller, hoe beter: liefst binnen 72 uur en zonder te wassen, dan zijn sporen nog te vinden. Tot 7 dagen na de feiten is het acuut. Tot een maand erna kan je er nog terecht.',
  fr: 'Le plus tôt est le mieux : idéalement dans les 72 heures et sans se laver, pour que les traces puissent encore être relevées. Jusqu’à 7 jours après les faits, c’est une urgence. Jusqu’à un mois après, le centre vous accueille encore.',
  en: 'The sooner the better: ideally within 72 hours and without washing, so that traces can still be found. Up to 7 days after the facts counts as acute. Up to a month after, the centre still helps.',
} as const;

// What every centre offers (seed 002 §4.2 for the first three; the same service everywhere).
const zsgDescription = {
      nl: 'Voor elk slachtoffer van seksueel geweld, op elk uur: medische en psychische zorg, forensisch onderzoek en, als de persoon wil, klacht bij de politie.',
      fr: { text: 'Pour toute victime de violence sexuelle, à toute heure : soins médicaux et psychologiques, examen médico-légal et, si la personne le souhaite, plainte à la police.', ...checked },
      en: { text: 'For every victim of sexual violence, at any hour: medical and psychological care, a forensic examination and, if the person wants, a complaint to the police.', ...checked },
    } as const;
const zsgServiceName = {
  nl: 'Zorg na seksueel geweld, dag en nacht',
  fr: { text: 'Prise en charge après violence sexuelle, jour et nuit', ...checked },
  en: { text: 'Care after sexual violence, day and night', ...checked },
} as const;
// The three centres of seed 002 §4.2, which says they work with the trafficking centres.
const zsgServiceDescription = {
  nl: `Bellen of langsgaan kan op elk uur, gratis. Werkt samen met de centra mensenhandel. ${timeWindow.nl}`,
  fr: { text: `Appeler ou passer, à toute heure, gratuitement. Collabore avec les centres traite des êtres humains. ${timeWindow.fr}`, ...checked },
  en: { text: `Call or go there at any hour, free of charge. Works with the human trafficking centres. ${timeWindow.en}`, ...checked },
} as const;
// The centres opened since, whose phone no source gives.
const walkInDescription = {
  nl: `Langsgaan kan op elk uur, gratis. ${timeWindow.nl}`,
  fr: { text: `Vous pouvez vous y rendre à toute heure, gratuitement. ${timeWindow.fr}`, ...checked },
  en: { text: `You can go there at any hour, free of charge. ${timeWindow.en}`, ...checked },
} as const;
const zsgServiceSources = [zsgSection, cpvsFaq, ...timeWindowSources.slice(0, 2)] as const;
const newCentreSources = [cpvsFaq, ...timeWindowSources.slice(0, 2)] as const;
// Arlon's hours are not known to be day and night; an announced centre is not yet a place to go.
const careServiceName = {
  nl: 'Zorg na seksueel geweld',
  fr: { text: 'Prise en charge après violence sexuelle', ...checked },
  en: { text: 'Care after sexual violence', ...checked },
} as const;
const announcedServiceName = {
  nl: 'Zorg na seksueel geweld (aangekondigd)',
  fr: { text: 'Prise en charge après violence sexuelle (annoncée)', ...checked },
  en: { text: 'Care after sexual violence (announced)', ...checked },
} as const;
// A centre only announced: not yet a place to go.
const announcedDescription = {
  nl: 'Nog niet bevestigd open. Ga intussen naar een zorgcentrum dat open is: de lijst van de centra staat op de site van het netwerk.',
  fr: { text: 'Pas encore confirmé ouvert. En attendant, rendez-vous dans un centre ouvert : la liste des centres est sur le site du réseau.', ...checked },
  en: { text: 'Not yet confirmed open. Meanwhile, go to a centre that is open: the list of centres is on the network’s site.', ...checked },
} as const;
const zsgAlways = { kind: 'always', source: zsgSection } as const;

export const careCentres = [
  {
    id: 'zsg-gent',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Gent (UZ Gent)',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Gand (UZ Gent)', ...checked },
      en: { text: 'Sexual Assault Care Centre Ghent (UZ Gent)', ...checked },
    },
    description: zsgDescription,
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-gent-zorg',
        name: zsgServiceName,
        description: zsgServiceDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [{ number: '+3293328080', display: '09 332 80 80', kind: 'voice', source: wallonieEmergency }],
        serviceArea: ['BE-VLG'],
        hours: zsgAlways,
        sources: zsgServiceSources,
        emails: [{ address: 'zsg@uzgent.be', source: wallonieEmergency }],
      },
    ],
    sources: [zsgSection, wallonieEmergency],
    reviewedAt,
  },
  {
    id: 'zsg-brussel',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Brussel (UMC Sint-Pieter)',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Bruxelles (CHU Saint-Pierre)', ...checked },
      en: { text: 'Sexual Assault Care Centre Brussels (Saint-Pierre University Hospital)', ...checked },
    },
    description: zsgDescription,
    address: {
      street: 'Rue Haute 320',
      postalCode: '1000',
      locality: 'Bruxelles',
      region: 'BE-BRU',
      country: 'BE',
      source: { source: 'cpvs-bruxelles', section: 'Adresse' },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-brussel-zorg',
        name: zsgServiceName,
        description: zsgServiceDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [{ number: '+3225354542', display: '02 535 45 42', kind: 'voice', source: { source: 'cpvs-bruxelles', section: 'Téléphone' } }],
        serviceArea: ['BE-BRU'],
        hours: zsgAlways,
        sources: zsgServiceSources,
        emails: [{ address: 'cpvs@stpierre-bru.be', source: wallonieEmergency }],
      },
    ],
    sources: [zsgSection, { source: 'cpvs-bruxelles', section: 'Heures de permanence' }, wallonieEmergency],
    reviewedAt,
  },
  {
    id: 'zsg-luik',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Luik (UMC Luik)',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Liège (CHU de Liège)', ...checked },
      en: { text: 'Sexual Assault Care Centre Liège (Liège University Hospital)', ...checked },
    },
    description: zsgDescription,
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-luik-zorg',
        name: zsgServiceName,
        description: zsgServiceDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [{ number: '+3242843511', display: '04 284 35 11', kind: 'voice', source: wallonieEmergency }],
        serviceArea: ['BE-WAL'],
        hours: zsgAlways,
        sources: zsgServiceSources,
      },
    ],
    sources: [zsgSection, wallonieEmergency],
    reviewedAt,
  },
  {
    id: 'zsg-charleroi',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Charleroi',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Charleroi', ...checked },
      en: { text: 'Sexual Assault Care Centre Charleroi', ...checked },
    },
    description: {
      nl: 'In een huis naast het CHU Marie Curie in Lodelinsart. Dag en nacht open.',
      fr: { text: 'Dans une maison à côté du CHU Marie Curie à Lodelinsart. Ouvert jour et nuit.', ...checked },
      en: { text: 'In a house next to the CHU Marie Curie hospital in Lodelinsart. Open day and night.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-charleroi-zorg',
        name: zsgServiceName,
        description: {
          nl: `Je kunt bellen of langsgaan, op elk uur, gratis. ${timeWindow.nl}`,
          fr: { text: `Vous pouvez appeler ou vous y rendre, à toute heure, gratuitement. ${timeWindow.fr}`, ...checked },
          en: { text: `You can call or go there, at any hour, free of charge. ${timeWindow.en}`, ...checked },
        },
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence'],
        phones: [{ number: '+3271924100', display: '071 92 41 00', kind: 'voice', source: { source: 'rtbf-cpvs-charleroi', section: 'page' } }],
        serviceArea: ['BE-WAL'],
        hours: { kind: 'always', source: { source: 'rtbf-cpvs-charleroi', section: 'page' }, asOf: '2021-11' },
        sources: [{ source: 'rtbf-cpvs-charleroi', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'rtbf-cpvs-charleroi', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'zsg-antwerpen',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Antwerpen',
      fr: { text: 'Centre de prise en charge des violences sexuelles d’Anvers', ...checked },
      en: { text: 'Sexual Assault Care Centre Antwerp', ...checked },
    },
    description: {
      nl: 'Van het UZA, in het Zorghotel Drie Eiken in Edegem. Open sinds 10 november 2021, dag en nacht.',
      fr: { text: 'De l’UZA (hôpital universitaire d’Anvers), dans le Zorghotel Drie Eiken à Edegem. Ouvert depuis le 10 novembre 2021, jour et nuit.', ...checked },
      en: { text: 'Of Antwerp University Hospital (UZA), in the Zorghotel Drie Eiken in Edegem. Open since 10 November 2021, day and night.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-antwerpen-zorg',
        name: zsgServiceName,
        description: walkInDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'always', source: { source: 'uza-zsg-antwerpen', section: 'page' }, asOf: '2021-11-10' },
        url: 'https://uza.be/nl/nieuws/antwerps-zorgcentrum-voor-slachtoffers-van-seksueel-geweld-opent-zijn-deuren',
        sources: [{ source: 'uza-zsg-antwerpen', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'uza-zsg-antwerpen', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-roeselare',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Roeselare',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Roulers', ...checked },
      en: { text: 'Sexual Assault Care Centre Roeselare', ...checked },
    },
    description: {
      nl: 'Van AZ Delta, op de campus Rumbeke. Open sinds 8 maart 2022, dag en nacht.',
      fr: { text: 'D’AZ Delta, sur le campus de Rumbeke. Ouvert depuis le 8 mars 2022, jour et nuit.', ...checked },
      en: { text: 'Of AZ Delta hospital, on the Rumbeke campus. Open since 8 March 2022, day and night.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-roeselare-zorg',
        name: zsgServiceName,
        description: walkInDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'always', source: { source: 'azdelta-zsg', section: 'page' } },
        url: 'https://www.azdelta.be/nl/erkenning-zorgcentrum-na-seksueel-geweld',
        sources: [{ source: 'kw-zsg-roeselare', section: 'page' }, { source: 'azdelta-zsg', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'kw-zsg-roeselare', section: 'page' }, { source: 'azdelta-zsg', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-leuven',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Leuven',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Louvain', ...checked },
      en: { text: 'Sexual Assault Care Centre Leuven', ...checked },
    },
    description: {
      nl: 'Van UZ Leuven, op de campus Gasthuisberg. Open sinds juni 2022, 7 dagen op 7.',
      fr: { text: 'De l’UZ Leuven, sur le campus Gasthuisberg. Ouvert depuis juin 2022, 7 jours sur 7.', ...checked },
      en: { text: 'Of UZ Leuven, on the Gasthuisberg campus. Open since June 2022, 7 days a week.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-leuven-zorg',
        name: zsgServiceName,
        description: walkInDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'always', source: { source: 'hln-zsg-leuven', section: 'page' }, asOf: '2022-06' },
        url: centreList,
        sources: [{ source: 'hln-zsg-leuven', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'hln-zsg-leuven', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-genk',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Genk',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Genk', ...checked },
      en: { text: 'Sexual Assault Care Centre Genk', ...checked },
    },
    description: {
      nl: 'Van het ZOL (Ziekenhuis Oost-Limburg). Open sinds 27 februari 2023, dag en nacht.',
      fr: { text: 'Du ZOL (Ziekenhuis Oost-Limburg). Ouvert depuis le 27 février 2023, jour et nuit.', ...checked },
      en: { text: 'Of ZOL (Ziekenhuis Oost-Limburg) hospital. Open since 27 February 2023, day and night.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-genk-zorg',
        name: zsgServiceName,
        description: walkInDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'always', source: { source: 'artsenkrant-zsg-genk', section: 'page' }, asOf: '2023-02' },
        url: centreList,
        sources: [{ source: 'artsenkrant-zsg-genk', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'artsenkrant-zsg-genk', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-namen',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Namen',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Namur', ...checked },
      en: { text: 'Sexual Assault Care Centre Namur', ...checked },
    },
    description: {
      nl: 'Van het CHR Sambre et Meuse, site Meuse, Avenue Albert 1er 143 in Namen. Open sinds 27 april 2023, dag en nacht.',
      fr: { text: 'Du CHR Sambre et Meuse, site Meuse, avenue Albert 1er 143 à Namur. Ouvert depuis le 27 avril 2023, jour et nuit.', ...checked },
      en: { text: 'Of CHR Sambre et Meuse hospital, Meuse site, Avenue Albert 1er 143 in Namur. Open since 27 April 2023, day and night.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-namen-zorg',
        name: zsgServiceName,
        description: walkInDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-WAL'],
        hours: { kind: 'always', source: { source: 'rtl-cpvs-namur-2023', section: 'page' }, asOf: '2023-04-24' },
        url: centreList,
        sources: [{ source: 'rtl-cpvs-namur-2023', section: 'page' }, { source: 'journal-du-medecin-cpvs-namur', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'rtl-cpvs-namur-2023', section: 'page' }, { source: 'journal-du-medecin-cpvs-namur', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-aarlen',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Aarlen',
      fr: { text: 'Centre de prise en charge des violences sexuelles d’Arlon', ...checked },
      en: { text: 'Sexual Assault Care Centre Arlon', ...checked },
    },
    description: {
      nl: 'Van het ziekenhuis Vivalia in Aarlen, open sinds 9 november 2023. Bij de opening was het centrum open van 9 tot 20 uur; daarbuiten ging je naar de spoeddienst van het ziekenhuis.',
      fr: { text: 'De l’hôpital Vivalia à Arlon, ouvert depuis le 9 novembre 2023. À l’ouverture, le centre était ouvert de 9 à 20 heures ; en dehors de ces heures, on passait par les urgences de l’hôpital.', ...checked },
      en: { text: 'Of the Vivalia hospital in Arlon, open since 9 November 2023. At its opening the centre was open from 9:00 to 20:00; outside those hours, people went to the hospital’s emergency department.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-aarlen-zorg',
        name: careServiceName,
        description: {
          nl: `Gratis. ${timeWindow.nl}`,
          fr: { text: `Gratuit. ${timeWindow.fr}`, ...checked },
          en: { text: `Free of charge. ${timeWindow.en}`, ...checked },
        },
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-WAL'],
        url: centreList,
        sources: [{ source: 'leroy-cpvs-arlon-2023', section: 'page' }, ...newCentreSources],
      },
    ],
    sources: [{ source: 'leroy-cpvs-arlon-2023', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-jette',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Jette (aangekondigd)',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Jette (annoncé)', ...checked },
      en: { text: 'Sexual Assault Care Centre Jette (announced)', ...checked },
    },
    description: {
      nl: 'Van het UZ Brussel in Jette. Aangekondigd om te openen op 1 januari 2026; geen bron bevestigt dat het open is.',
      fr: { text: 'De l’UZ Brussel à Jette. Annoncé pour ouvrir le 1er janvier 2026 ; aucune source ne confirme qu’il est ouvert.', ...checked },
      en: { text: 'Of UZ Brussel in Jette. Announced to open on 1 January 2026; no source confirms it is open.', ...checked },
    },
    announced: { opens: '2026-01-01', source: { source: 'bx1-cpvs-jette-2025', section: 'page' } },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-jette-zorg',
        name: announcedServiceName,
        description: announcedDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-BRU'],
        url: centreList,
        sources: [{ source: 'bx1-cpvs-jette-2025', section: 'page' }],
      },
    ],
    sources: [{ source: 'bx1-cpvs-jette-2025', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-doornik',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Doornik (aangekondigd)',
      fr: { text: 'Centre de prise en charge des violences sexuelles de Tournai (annoncé)', ...checked },
      en: { text: 'Sexual Assault Care Centre Tournai (announced)', ...checked },
    },
    description: {
      nl: 'Van CHwapi in Doornik. Aangekondigd om te openen op 1 januari 2026; geen bron bevestigt dat het open is.',
      fr: { text: 'Du CHwapi à Tournai. Annoncé pour ouvrir le 1er janvier 2026 ; aucune source ne confirme qu’il est ouvert.', ...checked },
      en: { text: 'Of CHwapi hospital in Tournai. Announced to open on 1 January 2026; no source confirms it is open.', ...checked },
    },
    announced: { opens: '2026-01-01', source: { source: 'bx1-cpvs-jette-2025', section: 'page' } },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-doornik-zorg',
        name: announcedServiceName,
        description: announcedDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-WAL'],
        url: centreList,
        sources: [{ source: 'bx1-cpvs-jette-2025', section: 'page' }],
      },
    ],
    sources: [{ source: 'bx1-cpvs-jette-2025', section: 'page' }, centreListSource],
    reviewedAt,
  },
  {
    id: 'zsg-ottignies',
    name: {
      nl: 'Zorgcentrum na Seksueel Geweld Ottignies (aangekondigd)',
      fr: { text: 'Centre de prise en charge des violences sexuelles d’Ottignies (annoncé)', ...checked },
      en: { text: 'Sexual Assault Care Centre Ottignies (announced)', ...checked },
    },
    description: {
      nl: 'Van de Clinique Saint-Pierre in Ottignies. Aangekondigd voor 1 januari 2026 (BX1, december 2025); de kliniek zelf schrijft juni 2026. Geen bron bevestigt dat het open is.',
      fr: { text: 'De la Clinique Saint-Pierre à Ottignies. Annoncé pour le 1er janvier 2026 (BX1, décembre 2025) ; la clinique elle-même écrit juin 2026. Aucune source ne confirme qu’il est ouvert.', ...checked },
      en: { text: 'Of the Clinique Saint-Pierre in Ottignies. Announced for 1 January 2026 (BX1, December 2025); the clinic itself says June 2026. No source confirms it is open.', ...checked },
    },
    announced: { opens: '2026-01-01', source: { source: 'bx1-cpvs-jette-2025', section: 'page' }, otherDates: [{ opens: '2026-06', source: { source: 'cspo-cpvs-ottignies', section: 'page' } }] },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'zsg-ottignies-zorg',
        name: announcedServiceName,
        description: announcedDescription,
        audiences: ['young-people', 'professionals'],
        topics: ['sexual-violence', 'sexual-exploitation'],
        phones: [],
        serviceArea: ['BE-WAL'],
        url: centreList,
        sources: [{ source: 'bx1-cpvs-jette-2025', section: 'page' }, { source: 'cspo-cpvs-ottignies', section: 'page' }],
      },
    ],
    sources: [{ source: 'bx1-cpvs-jette-2025', section: 'page' }, { source: 'cspo-cpvs-ottignies', section: 'page' }, centreListSource],
    reviewedAt,
  },
] as const satisfies readonly Contact[];
