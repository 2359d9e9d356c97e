// Every abbreviation the texts use, with what it stands for in nl, fr and en and the source that
// says so; and the names written in capitals that are names, not abbreviations. The elements
// write an abbreviation out at its first use in a view; a lint fails on one this list lacks.
// Flemish services keep their Dutch name in fr and en, with a gloss, where they have no twin.
import type { GlossaryEntry } from '../glossary.js';

const afkortingen = { source: 'draaiboek-jeugdhulp', section: '10 Lijst van afkortingen' } as const;

export const glossary = [
  {
    id: 'ocj',
    terms: ['OCJ'],
    expansion: {
      nl: 'Ondersteuningscentrum Jeugdzorg',
      fr: { text: 'Ondersteuningscentrum Jeugdzorg, centre flamand de soutien à l’aide à la jeunesse', status: 'draft' },
      en: { text: 'Ondersteuningscentrum Jeugdzorg, the Flemish youth-care support centre', status: 'draft' },
    },
    source: afkortingen,
  },
  {
    id: 'sdj',
    terms: ['SDJ'],
    expansion: {
      nl: 'Sociale Dienst voor gerechtelijke jeugdhulp',
      fr: { text: 'Sociale Dienst voor gerechtelijke jeugdhulp, service social flamand de l’aide judiciaire à la jeunesse', status: 'draft' },
      en: { text: 'Sociale Dienst voor gerechtelijke jeugdhulp, the Flemish social service for court-ordered youth care', status: 'draft' },
    },
    source: afkortingen,
  },
  {
    id: 'jrb',
    terms: ['JRB'],
    expansion: {
      nl: 'jeugdrechtbank',
      fr: { text: 'jeugdrechtbank, tribunal de la jeunesse', status: 'draft' },
      en: { text: 'jeugdrechtbank, the youth court', status: 'draft' },
    },
    // "JRB" heads the page's part on the youth court: "De jeugdrechtbank treedt op als …".
    source: { source: 'infojeugdhulp-sdj', section: 'Sociale Dienst voor Gerechtelijke Jeugdhulp' },
  },
  {
    id: 'vk',
    terms: ['VK'],
    expansion: {
      nl: 'Vertrouwenscentrum Kindermishandeling',
      fr: { text: 'Vertrouwenscentrum Kindermishandeling, centre flamand de confiance sur la maltraitance d’enfants', status: 'draft' },
      en: { text: 'Vertrouwenscentrum Kindermishandeling, the Flemish confidential centre on child abuse', status: 'draft' },
    },
    source: { source: 'hulplijn-1712-over', section: 'page' },
  },
  {
    id: 'zsg',
    terms: ['ZSG', 'CPVS'],
    expansion: {
      nl: 'Zorgcentrum na Seksueel Geweld',
      fr: { text: 'Centre de prise en charge des violences sexuelles', status: 'draft' },
      en: { text: 'Sexual Assault Care Centre', status: 'draft' },
    },
    // Seed 002 §4.2: "Een Zorgcentrum na Seksueel Geweld (ZSG)"; the fr name and CPVS: the site of SOS Enfants Namur.
    source: { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap: Huisarts / Zorgcentra na seksueel Geweld' },
  },
  {
    id: 'pv',
    terms: ['pv', 'PV'],
    expansion: {
      nl: 'proces-verbaal, het officiële verslag van de politie',
      fr: { text: 'procès-verbal, le rapport officiel de la police', status: 'draft' },
      en: { text: 'procès-verbal, the official police report', status: 'draft' },
    },
    // Seed 002 §7: "het proces-verbaal van verhoor"; the poster (seed 000) writes "PV".
    source: { source: 'draaiboek-jeugdhulp', section: '7 Ondersteuning, Afleggen verklaring “benadeeld persoon”' },
  },
  {
    id: 'sw',
    terms: ['Sw.'],
    expansion: {
      nl: 'Strafwetboek',
      fr: { text: 'Code pénal (Strafwetboek)', status: 'draft' },
      en: { text: 'Criminal Code (Strafwetboek)', status: 'draft' },
    },
    // Seed 002 §9: "(artikel 458 Strafwetboek)", with "Art. 458bis Sw" as a heading.
    source: { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' },
  },
  {
    id: 'fod',
    terms: ['FOD', 'SPF', 'FPS'],
    expansion: {
      nl: 'Federale Overheidsdienst',
      fr: { text: 'Service public fédéral', status: 'draft' },
      en: { text: 'Federal Public Service', status: 'draft' },
    },
    source: { source: 'justitie-hervorming-strafwetboek', section: 'Eerste alinea: “bij de FOD Justitie”' },
  },
  {
    id: 'col',
    terms: ['COL'],
    expansion: {
      nl: 'omzendbrief van het College van procureurs-generaal',
      fr: { text: 'circulaire du Collège des procureurs généraux', status: 'draft' },
      en: { text: 'circular of the Board of Prosecutors General', status: 'draft' },
    },
    source: { source: 'om-col-04-2018', section: 'COL 4/2018: Casusoverleg en beroepsgeheim' },
  },
  {
    id: 'one',
    terms: ['ONE'],
    expansion: {
      nl: 'Office de la Naissance et de l’Enfance',
      fr: { text: 'Office de la Naissance et de l’Enfance', status: 'draft' },
      en: { text: 'Office de la Naissance et de l’Enfance, the French Community’s office for birth and childhood', status: 'draft' },
    },
    source: { source: 'one-maintenant-jen-parle', section: 'page' },
  },
  {
    id: 'csg',
    terms: ['CSG'],
    expansion: {
      nl: 'Centrum Seksueel Geweld',
      fr: { text: 'Centrum Seksueel Geweld, centre néerlandais pour les victimes de violences sexuelles', status: 'draft' },
      en: { text: 'Centrum Seksueel Geweld, the Dutch sexual assault centre', status: 'draft' },
    },
    source: { source: 'csg-in-de-media', section: 'Werkbezoek ministers Dekker en Grapperhaus' },
  },
  {
    id: 'gp',
    terms: ['GP'],
    expansion: {
      nl: 'huisarts',
      fr: { text: 'médecin généraliste', status: 'draft' },
      en: { text: 'general practitioner', status: 'draft' },
    },
    source: { source: 'reis-van-kelly', section: 'Huisarts/medische professional' },
  },
] as const satisfies readonly GlossaryEntry[];

/**
 * Written in capitals, but names, not abbreviations to write out: organisations, a centre, a
 * training and a tool by the names they go by, and hospitals by their own names (UZ Gent, CHU de
 * Liège, AZ Delta). A lint accepts a capitalised word only if it is a term above or part of these.
 */
export const glossaryNames = [
  'PAG-ASA',
  'SOS Viol',
  'SOS Enfants',
  'CoMensha',
  'BUIT',
  'NHVeilig',
  'GPS',
  'UZ Gent',
  'UZ Leuven',
  'UZ Brussel',
  'UZA',
  'AZ Delta',
  'ZOL',
  'CHU Saint-Pierre',
  'CHU de Liège',
  'CHU Marie Curie',
  'UMC Sint-Pieter',
  'UMC Luik',
  'CHR Sambre et Meuse',
  'CHwapi',
] as const;
