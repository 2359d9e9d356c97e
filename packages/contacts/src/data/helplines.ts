// The lines a region needs beside the trafficking centres (issue 24, PUBLIC-FACTS §5, §6 and
// §11): the francophone lines of Wallonia and Brussels, the Flemish ones beside 1712, and the
// Dutch ones. A call is marked free only where the source of its number says so; a chat is a
// service of its own, reached by its url.
import { checked } from '@mh/core';
import type { Contact } from '../types.js';

const reviewedAt = '2026-12-07';

/** The French Community's lines serve Wallonia and the French-speaking in Brussels. */
const frenchCommunity = ['BE-WAL', 'BE-BRU'] as const;

export const belgianHelplines = [
  {
    id: 'ecoute-enfants-103',
    name: { nl: 'Écoute-Enfants 103', fr: { text: 'Écoute-Enfants 103', ...checked }, en: { text: 'Écoute-Enfants 103', ...checked } },
    description: {
      nl: 'Franstalige luisterlijn voor kinderen en jongeren, van de Fédération Wallonie-Bruxelles. Gratis en anoniem.',
      fr: { text: 'Ligne d’écoute pour les enfants et les jeunes, de la Fédération Wallonie-Bruxelles. Gratuite et anonyme.', ...checked },
      en: { text: 'French-language listening line for children and young people, of the Wallonia–Brussels Federation. Free and anonymous.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'ecoute-enfants-103-bellen',
        name: { nl: 'Bel 103', fr: { text: 'Appeler le 103', ...checked }, en: { text: 'Call 103', ...checked } },
        description: {
          nl: 'Een kind of jongere kan erover praten, zonder zijn naam te zeggen.',
          fr: { text: 'Un enfant ou un jeune peut en parler, sans dire son nom.', ...checked },
          en: { text: 'A child or young person can talk about it, without giving their name.', ...checked },
        },
        audiences: ['young-people'],
        topics: ['listening', 'child-abuse'],
        phones: [{ number: '+32103', display: '103', kind: 'voice', free: true, source: { source: 'rtl-ecoute-enfants-2014', section: 'page' } }],
        serviceArea: frenchCommunity,
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '10:00', closes: '24:00' }], source: { source: 'rtl-ecoute-enfants-2014', section: 'page' }, asOf: '2015' },
      },
      {
        id: 'ecoute-enfants-103-chat',
        name: { nl: 'Chat van 103', fr: { text: 'Chat du 103', ...checked }, en: { text: '103 chat', ...checked } },
        description: {
          nl: 'Sinds 2026 ook een chat. De uren geeft geen bron.',
          fr: { text: 'Depuis 2026, aussi un chat. Aucune source n’en donne les heures.', ...checked },
          en: { text: 'Since 2026 also a chat. No source gives its hours.', ...checked },
        },
        audiences: ['young-people'],
        topics: ['listening', 'child-abuse'],
        phones: [],
        serviceArea: frenchCommunity,
        url: 'https://103ecoute.be',
        sources: [{ source: 'pharmacien-103-chat-2026', section: 'page' }],
      },
    ],
    sources: [{ source: 'rtl-ecoute-enfants-2014', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'sos-viol',
    name: { nl: 'SOS Viol', fr: { text: 'SOS Viol', ...checked }, en: { text: 'SOS Viol', ...checked } },
    description: {
      nl: 'Franstalige hulplijn na seksueel geweld.',
      fr: { text: 'Ligne d’aide après une violence sexuelle.', ...checked },
      en: { text: 'French-language helpline after sexual violence.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'sos-viol-0800-98-100',
        name: { nl: 'SOS Viol 0800 98 100', fr: { text: 'SOS Viol 0800 98 100', ...checked }, en: { text: 'SOS Viol 0800 98 100', ...checked } },
        description: {
          nl: 'Gratis nummer.',
          fr: { text: 'Numéro gratuit.', ...checked },
          en: { text: 'Free number.', ...checked },
        },
        audiences: ['young-people', 'parents'],
        topics: ['sexual-violence'],
        phones: [{ number: '+3280098100', display: '0800 98 100', kind: 'voice', free: true, source: { source: 'dhnet-sos-viol-2022', section: 'page' } }],
        serviceArea: frenchCommunity,
        sources: [{ source: 'victimes-cfwb-violences-sexuelles', section: 'page' }],
      },
    ],
    sources: [{ source: 'victimes-cfwb-violences-sexuelles', section: 'page' }, { source: 'dhnet-sos-viol-2022', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'ecoute-violences-conjugales',
    name: {
      nl: 'Écoute violences conjugales',
      fr: { text: 'Écoute violences conjugales', ...checked },
      en: { text: 'Écoute violences conjugales (domestic violence line)', ...checked },
    },
    description: {
      nl: 'Franstalige luisterlijn over geweld in het gezin en in een relatie. Gratis en anoniem.',
      fr: { text: 'Ligne d’écoute sur les violences conjugales et intrafamiliales. Gratuite et anonyme.', ...checked },
      en: { text: 'French-language listening line on domestic and family violence. Free and anonymous.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'ecoute-violences-conjugales-0800-30-030',
        name: { nl: 'Bel 0800 30 030', fr: { text: 'Appeler le 0800 30 030', ...checked }, en: { text: 'Call 0800 30 030', ...checked } },
        description: {
          nl: 'Gratis en anoniem. Geen noodnummer: in gevaar bel je 112 of 101.',
          fr: { text: 'Gratuit et anonyme. Pas un numéro d’urgence' + '\u00a0' + ': en danger, appelez le 112 ou le 101.', ...checked },
          en: { text: 'Free and anonymous. Not an emergency number: in danger, call 112 or 101.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['domestic-violence', 'listening'],
        phones: [{ number: '+3280030030', display: '0800 30 030', kind: 'voice', free: true, source: { source: 'ijbxl-ecoute-violences-conjugales', section: 'page' } }],
        serviceArea: frenchCommunity,
        hours: {
          kind: 'always',
          source: { source: 'lavenir-ecoute-violences-conjugales-2021', section: 'page' },
          asOf: '2021-06-01',
          otherSource: {
            text: {
              nl: 'De eigen site van de lijn (zonder datum) noemt nog maandag tot vrijdag van 9 tot 19 uur, daarna Télé-Accueil 107.',
              fr: { text: 'Le site de la ligne (non daté) indique encore du lundi au vendredi de 9 à 19 heures, ensuite Télé-Accueil 107.', ...checked },
              en: { text: 'The line’s own site (undated) still says Monday to Friday 9:00 to 19:00, then Télé-Accueil 107.', ...checked },
            },
            source: { source: 'ecouteviolencesconjugales-presentation', section: 'page' },
          },
        },
        url: 'https://www.ecouteviolencesconjugales.be/',
        sources: [{ source: 'ecouteviolencesconjugales-presentation', section: 'page' }, { source: 'police-be-numeros-urgence', section: 'page' }],
      },
    ],
    sources: [{ source: 'ijbxl-ecoute-violences-conjugales', section: 'page' }, { source: 'ecouteviolencesconjugales-presentation', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'tele-accueil-107',
    name: { nl: 'Télé-Accueil 107', fr: { text: 'Télé-Accueil 107', ...checked }, en: { text: 'Télé-Accueil 107', ...checked } },
    description: {
      nl: 'Franstalige luisterlijn voor iedereen die met iemand wil praten, dag en nacht. Gratis, anoniem en vertrouwelijk.',
      fr: { text: 'Ligne d’écoute pour toute personne qui a besoin de parler, jour et nuit. Gratuite, anonyme et confidentielle.', ...checked },
      en: { text: 'French-language listening line for anyone who needs to talk, day and night. Free, anonymous and confidential.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'tele-accueil-107-bellen',
        name: { nl: 'Bel 107', fr: { text: 'Appeler le 107', ...checked }, en: { text: 'Call 107', ...checked } },
        description: {
          nl: 'Een luisterend oor, geen noodnummer: in gevaar bel je 112 of 101.',
          fr: { text: 'Une écoute, pas un numéro d’urgence' + '\u00a0' + ': en danger, appelez le 112 ou le 101.', ...checked },
          en: { text: 'Someone to listen, not an emergency number: in danger, call 112 or 101.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['listening'],
        phones: [{ number: '+32107', display: '107', kind: 'voice', free: true, source: { source: 'rtbf-tele-accueil-liege-2023', section: 'page' } }],
        serviceArea: frenchCommunity,
        hours: { kind: 'always', source: { source: 'rtbf-tele-accueil-liege-2023', section: 'page' }, asOf: '2023-04' },
        sources: [{ source: 'rtbf-tele-accueil-liege-2023', section: 'page' }, { source: 'police-be-numeros-urgence', section: 'page' }],
      },
    ],
    sources: [{ source: 'rtbf-tele-accueil-liege-2023', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'maintenant-jen-parle',
    name: { nl: 'Maintenant j’en parle', fr: { text: 'Maintenant j’en parle', ...checked }, en: { text: 'Maintenant j’en parle', ...checked } },
    description: {
      nl: 'Franstalige chat voor jongeren na seksueel misbruik of seksuele intimidatie, van SOS Enfants Namur. Gratis.',
      fr: { text: 'Chat pour les jeunes victimes d’abus ou de harcèlement sexuel, de l’asbl SOS Enfants Namur. Gratuit.', ...checked },
      en: { text: 'French-language chat for young people after sexual abuse or harassment, run by SOS Enfants Namur. Free.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'maintenant-jen-parle-chat',
        name: { nl: 'Chat', fr: { text: 'Chat', ...checked }, en: { text: 'Chat', ...checked } },
        description: {
          nl: 'De jongere chat met een hulpverlener, zonder te bellen.',
          fr: { text: 'Le jeune chatte avec un intervenant, sans devoir appeler.', ...checked },
          en: { text: 'The young person chats with a counsellor, without having to call.', ...checked },
        },
        audiences: ['young-people'],
        topics: ['sexual-violence', 'child-abuse'],
        phones: [],
        serviceArea: frenchCommunity,
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '18:00', closes: '21:00' }], source: { source: 'one-maintenant-jen-parle', section: 'page' } },
        url: 'https://www.maintenantjenparle.be/',
        sources: [{ source: 'one-maintenant-jen-parle', section: 'page' }],
      },
    ],
    sources: [{ source: 'maintenantjenparle-a-propos', section: 'page' }, { source: 'one-maintenant-jen-parle', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'sos-enfants',
    name: { nl: 'Équipes SOS Enfants', fr: { text: 'Équipes SOS Enfants', ...checked }, en: { text: 'SOS Enfants teams', ...checked } },
    description: {
      nl: 'Vijftien teams tegen kindermishandeling, erkend door de Fédération Wallonie-Bruxelles en gesteund door het ONE: drie in Brussel, twaalf in Wallonië. Gratis. Ook een professional kan er een vermoeden melden.',
      fr: { text: 'Quinze équipes contre la maltraitance d’enfants, agréées par la Fédération Wallonie-Bruxelles et soutenues par l’ONE' + '\u00a0' + ': trois à Bruxelles, douze en Wallonie. Gratuites. Un professionnel peut aussi y signaler un soupçon.', ...checked },
      en: { text: 'Fifteen teams against child abuse, approved by the Wallonia–Brussels Federation and supported by the ONE: three in Brussels, twelve in Wallonia. Free. A professional can also report a suspicion to them.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'sos-enfants-teams',
        name: { nl: 'Een team in je buurt', fr: { text: 'Une équipe près de chez vous', ...checked }, en: { text: 'A team near you', ...checked } },
        description: {
          nl: 'De federatie van de teams stelt ze voor op haar site.',
          fr: { text: 'La fédération des équipes les présente sur son site.', ...checked },
          en: { text: 'The federation of the teams presents them on its site.', ...checked },
        },
        audiences: ['professionals', 'parents', 'young-people'],
        topics: ['child-abuse', 'sexual-violence'],
        phones: [],
        serviceArea: frenchCommunity,
        url: 'http://www.federationsosenfants.be/',
        sources: [{ source: 'federation-sos-enfants', section: 'La Fédération : Introduction et Historique' }, { source: 'sos-enfants-bw-approche', section: 'Nos missions' }],
      },
    ],
    sources: [{ source: 'bornin-sos-enfants-2025', section: 'page' }, { source: 'sos-enfants-bw-approche', section: 'Nos missions' }],
    reviewedAt,
  },
  {
    id: 'awel',
    name: { nl: 'Awel', fr: { text: 'Awel', ...checked }, en: { text: 'Awel', ...checked } },
    description: {
      nl: 'Vlaamse hulplijn voor kinderen en jongeren: bellen, chatten of mailen over alles wat hen bezighoudt. Gratis en anoniem.',
      fr: { text: 'Ligne d’aide flamande (en néerlandais) pour les enfants et les jeunes' + '\u00a0' + ': appeler, chatter ou écrire sur tout ce qui les préoccupe. Gratuite et anonyme.', ...checked },
      en: { text: 'Flemish helpline (in Dutch) for children and young people: call, chat or e-mail about anything on their mind. Free and anonymous.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'awel-102',
        name: { nl: 'Bel 102', fr: { text: 'Appeler le 102', ...checked }, en: { text: 'Call 102', ...checked } },
        description: {
          nl: 'Een kind of jongere kan erover praten, zonder zijn naam te zeggen.',
          fr: { text: 'Un enfant ou un jeune peut en parler, sans dire son nom.', ...checked },
          en: { text: 'A child or young person can talk about it, without giving their name.', ...checked },
        },
        audiences: ['young-people'],
        topics: ['listening', 'child-abuse'],
        phones: [{ number: '+32102', display: '102', kind: 'voice', free: true, source: { source: 'hln-awel-2021', section: 'page' } }],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'th', 'fr', 'su'], opens: '16:00', closes: '22:00' }, { days: ['we', 'sa'], opens: '14:00', closes: '22:00' }], source: { source: 'hln-awel-2021', section: 'page' }, asOf: '2021-02' },
      },
    ],
    sources: [{ source: 'hln-awel-2021', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'tele-onthaal-106',
    name: { nl: 'Tele-Onthaal 106', fr: { text: 'Tele-Onthaal 106', ...checked }, en: { text: 'Tele-Onthaal 106', ...checked } },
    description: {
      nl: 'Vlaamse luisterlijn voor iedereen die met iemand wil praten: bellen of chatten. Gratis en anoniem.',
      fr: { text: 'Ligne d’écoute flamande (en néerlandais) pour toute personne qui a besoin de parler' + '\u00a0' + ': appeler ou chatter. Gratuite et anonyme.', ...checked },
      en: { text: 'Flemish listening line (in Dutch) for anyone who needs to talk: call or chat. Free and anonymous.', ...checked },
    },
    timeZone: 'Europe/Brussels',
    services: [
      {
        id: 'tele-onthaal-106-bellen',
        name: { nl: 'Bel 106', fr: { text: 'Appeler le 106', ...checked }, en: { text: 'Call 106', ...checked } },
        description: {
          nl: 'Een luisterend oor, dag en nacht. Geen noodnummer: in gevaar bel je 112 of 101.',
          fr: { text: 'Une écoute, jour et nuit. Pas un numéro d’urgence' + '\u00a0' + ': en danger, appelez le 112 ou le 101.', ...checked },
          en: { text: 'Someone to listen, day and night. Not an emergency number: in danger, call 112 or 101.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['listening'],
        phones: [{ number: '+32106', display: '106', kind: 'voice', free: true, source: { source: 'ruraalnetwerk-tele-onthaal', section: 'page' } }],
        serviceArea: ['BE-VLG'],
        hours: { kind: 'always', source: { source: 'ruraalnetwerk-tele-onthaal', section: 'page' } },
        sources: [{ source: 'focus-wtv-tele-onthaal-2025', section: 'page' }, { source: 'police-be-numeros-urgence', section: 'page' }],
      },
      {
        id: 'tele-onthaal-chat',
        name: { nl: 'Chatten met Tele-Onthaal', fr: { text: 'Chatter avec Tele-Onthaal', ...checked }, en: { text: 'Chat with Tele-Onthaal', ...checked } },
        description: {
          nl: 'Gratis en anoniem chatten, ’s avonds.',
          fr: { text: 'Chatter gratuitement et anonymement, le soir.', ...checked },
          en: { text: 'Chat free and anonymously, in the evening.', ...checked },
        },
        audiences: ['young-people', 'parents', 'professionals'],
        topics: ['listening'],
        phones: [],
        serviceArea: ['BE-VLG'],
        hours: {
          kind: 'weekly',
          hours: [
            { days: ['mo', 'tu', 'th', 'fr'], opens: '18:00', closes: '23:00' },
            { days: ['we'], opens: '15:00', closes: '23:00' },
            { days: ['sa', 'su'], opens: '18:00', closes: '22:00' },
          ],
          source: { source: 'ruraalnetwerk-tele-onthaal', section: 'page' },
        },
        url: 'https://www.tele-onthaal.be',
        sources: [{ source: 'focus-wtv-tele-onthaal-2025', section: 'page' }],
      },
    ],
    sources: [{ source: 'ruraalnetwerk-tele-onthaal', section: 'page' }, { source: 'focus-wtv-tele-onthaal-2025', section: 'page' }],
    reviewedAt,
  },
] as const satisfies readonly Contact[];

export const dutchHelplines = [
  {
    id: 'kindertelefoon',
    name: { nl: 'De Kindertelefoon', fr: { text: 'De Kindertelefoon', ...checked }, en: { text: 'De Kindertelefoon', ...checked } },
    description: {
      nl: 'Nederlandse hulplijn voor kinderen en jongeren: bellen of chatten over alles wat hen bezighoudt. Gratis en anoniem.',
      fr: { text: 'Ligne d’aide néerlandaise pour les enfants et les jeunes' + '\u00a0' + ': appeler ou chatter sur tout ce qui les préoccupe. Gratuite et anonyme.', ...checked },
      en: { text: 'Dutch helpline for children and young people: call or chat about anything on their mind. Free and anonymous.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'kindertelefoon-0800-0432',
        name: { nl: 'Bel 0800-0432', fr: { text: 'Appeler le 0800-0432', ...checked }, en: { text: 'Call 0800-0432', ...checked } },
        description: {
          nl: 'Een kind of jongere kan erover praten, zonder zijn naam te zeggen.',
          fr: { text: 'Un enfant ou un jeune peut en parler, sans dire son nom.', ...checked },
          en: { text: 'A child or young person can talk about it, without giving their name.', ...checked },
        },
        audiences: ['young-people'],
        topics: ['listening', 'child-abuse'],
        phones: [{ number: '+318000432', display: '0800-0432', kind: 'voice', free: true, source: { source: 'flair-kindertelefoon-2019', section: 'page' } }],
        serviceArea: ['NL'],
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '11:00', closes: '21:00' }], source: { source: 'flair-kindertelefoon-2019', section: 'page' }, asOf: '2019-09' },
      },
    ],
    sources: [{ source: 'flair-kindertelefoon-2019', section: 'page' }],
    reviewedAt,
  },
  {
    id: 'meld-misdaad-anoniem',
    name: { nl: 'Meld Misdaad Anoniem', fr: { text: 'Meld Misdaad Anoniem', ...checked }, en: { text: 'Meld Misdaad Anoniem (Crime Stoppers)', ...checked } },
    description: {
      nl: 'Meld een misdrijf zonder je naam te geven. Geen noodnummer: bij acuut gevaar bel je 112.',
      fr: { text: 'Signalez un délit sans donner votre nom. Pas un numéro d’urgence' + '\u00a0' + ': en cas de danger aigu, appelez le 112.', ...checked },
      en: { text: 'Report a crime without giving your name. Not an emergency number: in acute danger, call 112.', ...checked },
    },
    timeZone: 'Europe/Amsterdam',
    services: [
      {
        id: 'meld-misdaad-anoniem-0800-7000',
        name: { nl: 'Bel 0800-7000', fr: { text: 'Appeler le 0800-7000', ...checked }, en: { text: 'Call 0800-7000', ...checked } },
        description: {
          nl: 'Gratis. Melden kan ook met een formulier op de site.',
          fr: { text: 'Gratuit. On peut aussi signaler par un formulaire sur le site.', ...checked },
          en: { text: 'Free. You can also report with a form on the website.', ...checked },
        },
        audiences: ['professionals', 'parents', 'young-people'],
        topics: ['reporting'],
        phones: [{ number: '+318007000', display: '0800-7000', kind: 'voice', free: true, source: { source: 'politie-nl-meld-misdaad-anoniem', section: 'page' } }],
        serviceArea: ['NL'],
        hours: { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '08:00', closes: '24:00' }], source: { source: 'opennieuwsbank-mma-2006', section: 'page' }, asOf: '2006-03-03' },
        url: 'https://www.politie.nl/themas/meld-misdaad-anoniem.html',
        sources: [{ source: 'opennieuwsbank-mma-2006', section: 'page' }, { source: 'politie-nl-meld-misdaad-anoniem', section: 'page' }],
      },
    ],
    sources: [{ source: 'politie-nl-meld-misdaad-anoniem', section: 'page' }, { source: 'wegwijzer-melden', section: 'Melden van mensenhandel' }],
    reviewedAt,
  },
] as const satisfies readonly Contact[];
