// The registry of sources every content item cites: the five seed documents, and public pages.
import type { Locale } from './locale.js';
import type { Region } from './region.js';
import { legalSources } from './sources-legal.js';

/** One of the source documents the project was given (`../shared/seeds/`). */
export interface SeedSource {
  readonly id: string;
  readonly kind: 'seed';
  /** The file in the seed folder. */
  readonly file: string;
  /** The document's own title, or a description in [brackets] where it has none. */
  readonly title: string;
  readonly publisher?: string;
  readonly language: Locale;
  readonly region: Region;
  readonly year?: number;
  /** Where a field above comes from when the document does not say it itself. */
  readonly note?: string;
}

/** A public web page that states a fact the seeds lack. */
export interface PublicSource {
  readonly id: string;
  readonly kind: 'public';
  readonly url: string;
  readonly title: string;
  readonly publisher?: string;
  readonly language: Locale;
  /** The date the page was read (YYYY-MM-DD): pages change, so a fact is only as new as this. */
  readonly consulted: string;
  /** The page's own date (YYYY-MM or YYYY-MM-DD), where it shows one. */
  readonly published?: string;
}

export type Source = SeedSource | PublicSource;

const seedAndContactSources = [
  {
    id: 'poster-beroepsgeheim',
    kind: 'seed',
    file: '000_12670aba8a7b7fbd.txt',
    title: '[Poster voor hulpverleners: beroepsgeheim bij seksuele uitbuiting van minderjarigen, gespreksregels, rol van de politie]',
    language: 'nl',
    region: 'BE',
  },
  {
    id: 'reis-van-kelly',
    kind: 'seed',
    file: '001_aae7b5af62f5b14d.txt',
    title: 'De reis van Kelly, Vladimir of Michael',
    language: 'nl',
    region: 'NL',
  },
  {
    id: 'draaiboek-jeugdhulp',
    kind: 'seed',
    file: '002_fced2f01d0374083.txt',
    title: 'Draaiboek mensenhandel Jeugdhulp. Seksuele uitbuiting d.m.v. tienerpooiermethodiek',
    language: 'nl',
    region: 'BE-VLG',
  },
  {
    id: 'actieplan-tienerpooiers',
    kind: 'seed',
    file: '003_1c39ecae721943f6.txt',
    title: 'Actualisering actieplan voor een betere bescherming van slachtoffers en een strakkere aanpak van tienerpooiers',
    language: 'nl',
    region: 'BE-VLG',
    year: 2018,
    note: 'Year from draaiboek-jeugdhulp §1 Inleiding: "In 2018 werd dit actieplan geëvalueerd, wat resulteerde in een actualisering".',
  },
  {
    id: 'tien-drempels',
    kind: 'seed',
    file: '004_2a2c71b08d2b8550.txt',
    title: '10 drempels bij signalering van criminele en seksuele uitbuiting',
    language: 'nl',
    region: 'NL',
  },
  // Public pages (PUBLIC-FACTS.md)
  {
    id: 'agii-slachtoffer-mensenhandel',
    kind: 'public',
    url: 'https://www.agii.be/thema/vreemdelingenrecht-internationaal-privaatrecht/verblijfsrecht-uitwijzing-reizen/slachtoffer-mensenhandel-en-mensensmokkel/wat-zijn-de-voorwaarden-voor-een-slachtoffer-van-mensenhandel-en',
    title: '[AGII, slachtoffer mensenhandel en mensensmokkel: wat zijn de voorwaarden voor een slachtoffer van mensenhandel]',
    publisher: 'Agentschap Integratie en Inburgering',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'ecpat-verdenkingen',
    kind: 'public',
    url: 'https://ecpat.be/nl/wat-kunt-u-doen-in-geval-van-verdenkingen/',
    title: '[ECPAT België: wat kunt u doen in geval van verdenkingen]',
    publisher: 'ECPAT België',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'surya-nos-missions',
    kind: 'public',
    url: 'https://www.asblsurya.org/nos-missions',
    title: '[Sürya: nos missions]',
    publisher: 'Sürya asbl',
    language: 'fr',
    consulted: '2026-11-23',
  },
  {
    id: 'besafe-coeur-bleu-2023',
    kind: 'public',
    url: 'https://besafe.be/fr/besafenouveautes/lancement-de-la-campagne-coeur-bleu-2023',
    title: 'Lancement de la campagne Cœur bleu 2023',
    language: 'fr',
    consulted: '2026-11-23',
    published: '2023',
  },
  {
    id: 'seraing-coeur-bleu',
    kind: 'public',
    url: 'https://www.seraing.be/campagne-coeur-bleu',
    title: '[Ville de Seraing: campagne Cœur bleu]',
    publisher: 'Ville de Seraing',
    language: 'fr',
    consulted: '2026-11-23',
    published: '2025',
  },
  {
    id: 'childfocus-kind-vermist',
    kind: 'public',
    url: 'https://childfocus.be/nl/hulp-nodig/wat-als-mijn-kind-vermist-is',
    title: 'Wat als mijn kind vermist is?',
    publisher: 'Child Focus',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'childfocus-folder-2015',
    kind: 'public',
    url: 'https://pdfhall.com/feuilletez-le-ici-child-focus_59fb01241723dda7811994d5.html',
    title: '[Child Focus, folder (copy on pdfhall.com)]',
    language: 'fr',
    consulted: '2026-11-23',
    published: '2015-12',
  },
  {
    id: 'wallonie-violences-intrafamiliales',
    kind: 'public',
    url: 'https://www.wallonie.be/fr/violences-conjugales-et-intrafamiliales',
    title: 'Violences conjugales et intrafamiliales',
    publisher: 'Wallonie',
    language: 'fr',
    consulted: '2026-11-23',
    published: '2020-04-15',
  },
  {
    id: 'cpvs-bruxelles',
    kind: 'public',
    url: 'https://www.ecouteviolencesconjugales.be/services/services-ambulatoires/centre-de-prise-en-charge-des-violences-sexuelles-chu-saint-pierre-de-bruxelles/',
    title: 'CPVS – Centre de Prise en Charge des violences sexuelles – CHU Saint Pierre de Bruxelles',
    publisher: 'Écoute violences conjugales',
    language: 'fr',
    consulted: '2026-11-23',
  },
  {
    id: 'rtbf-cpvs-charleroi',
    kind: 'public',
    url: 'https://www.rtbf.be/info/regions/hainaut/detail_charleroi-possede-desormais-aussi-un-centre-de-prise-en-charge-des-violences-sexuelles?id=10884837',
    title: '[RTBF: Charleroi possède désormais aussi un centre de prise en charge des violences sexuelles]',
    publisher: 'RTBF',
    language: 'fr',
    consulted: '2026-11-23',
    published: '2021-11',
  },
  {
    id: 'hulplijn-1712-over',
    kind: 'public',
    url: 'https://www.1712.be/nl/over-1712',
    title: '[1712: over 1712]',
    publisher: '1712',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'augeo-veilig-thuis',
    kind: 'public',
    url: 'https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/',
    title: '[Augeo, thema meldcode: Veilig Thuis]',
    publisher: 'Augeo Foundation',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'wegwijzer-comensha',
    kind: 'public',
    url: 'https://www.wegwijzermensenhandel.nl/zorgcoordinatoren/coordinatoren/comensha',
    title: '[Wegwijzer Mensenhandel, zorgcoördinatoren: CoMensha]',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'wegwijzer-zorgcoordinatoren',
    kind: 'public',
    url: 'https://www.wegwijzermensenhandel.nl/Zorgcoordinatoren/Zorgcoordinatoren.aspx',
    title: 'Zorgcoördinatoren',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'comensha-zorgcoordinatie',
    kind: 'public',
    url: 'https://www.comensha.nl/over-ons/wat-doen-wij/zorgcoordinatie-en-opvang/',
    title: '[CoMensha: zorgcoördinatie en opvang]',
    publisher: 'CoMensha',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'comensha-zorgcoordinatie-twente',
    kind: 'public',
    url: 'https://www.comensha.nl/actualiteiten/item/zorgcoordinatie-regio-twente/',
    title: '[CoMensha: zorgcoördinatie regio Twente]',
    publisher: 'CoMensha',
    language: 'nl',
    consulted: '2026-12-01',
  },
  {
    id: 'wegwijzer-melden',
    kind: 'public',
    url: 'https://www.wegwijzermensenhandel.nl/signaleren-van-mensenhandel/melden-van-mensenhandel',
    title: 'Melden van mensenhandel',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'csg-in-de-media',
    kind: 'public',
    url: 'https://www.centrumseksueelgeweld.nl/category/in-de-media/',
    title: '[Centrum Seksueel Geweld: in de media]',
    publisher: 'Centrum Seksueel Geweld',
    language: 'nl',
    consulted: '2026-11-23',
  },
  {
    id: 'nu-meldpunt-seksueel-geweld',
    kind: 'public',
    url: 'https://www.nu.nl/amsterdam/4192153/gemeente-komt-met-meldpunt-slachtoffers-seksueel-geweld.html',
    title: '[NU.nl: gemeente komt met meldpunt slachtoffers seksueel geweld]',
    publisher: 'NU.nl',
    language: 'nl',
    consulted: '2026-11-23',
  },
] as const satisfies readonly Source[];

/** Joins the lists with their literal types; a call marked pure, so an unused registry is dropped from bundles. */
function joinSources<A extends readonly Source[], B extends readonly Source[]>(first: A, second: B): readonly [...A, ...B] {
  return [...first, ...second] as unknown as readonly [...A, ...B];
}

export const sources = /* @__PURE__ */ joinSources(seedAndContactSources, legalSources);

export type SourceId = (typeof sources)[number]['id'];

// Marked pure so a bundle that never looks a source up leaves the whole registry out.
export const sourceIds = /* @__PURE__ */ sources.map((source) => source.id) as readonly SourceId[] as readonly [SourceId, ...SourceId[]];

/** Where an item comes from: a source and the section (heading, numbered part) inside it. */
export interface SourceRef {
  readonly source: SourceId;
  readonly section: string;
  readonly page?: number;
}

const byId: ReadonlyMap<string, Source> = /* @__PURE__ */ new Map(/* @__PURE__ */ sources.map((source) => [source.id, source]));

export function isSourceId(id: unknown): id is SourceId {
  return typeof id === 'string' && byId.has(id);
}

export function getSource(id: SourceId): Source;
export function getSource(id: string): Source | undefined;
export function getSource(id: string): Source | undefined {
  return byId.get(id);
}

/** The distinct source ids among `refs` that the registry does not know, in order of first use. */
export function findUnknownSources(refs: Iterable<{ readonly source: string }>): string[] {
  const unknown = new Set<string>();
  for (const ref of refs) if (!byId.has(ref.source)) unknown.add(ref.source);
  return [...unknown];
}
