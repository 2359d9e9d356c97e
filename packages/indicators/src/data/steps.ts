// Next steps per level and region. Belgium: seed 002 §4.2 and §5 (Flemish youth care; the
// prosecutor and the specialised centres serve all of Belgium). The Netherlands: seeds 001 and 004.
// `assessSignals` keeps this order, so within a level the first step here is shown first.
import { checked } from '@mh/core';
import type { NextStep } from '../types.js';

const firstActions = '4.2 Eerste acties bij vermoeden van slachtofferschap';
const acute = `${firstActions}, Acute situatie`;

export const steps = [
  // ---- Acute (Belgium): a number to call now first (112/101), then the parket, then who is
  // involved. Step texts name no article number: the provisions carry it, with the caveat.
  {
    id: 'call-emergency-be',
    levels: ['acute'],
    regions: ['BE'],
    title: {
      nl: 'Is de jongere nu in gevaar? Bel 112 of 101',
      fr: { text: 'Le jeune est-il en danger maintenant ? Appelez le 112 ou le 101', ...checked },
      en: { text: 'Is the young person in danger now? Call 112 or 101', ...checked },
    },
    detail: {
      nl: 'Bel 112 als iemand dringend medische hulp nodig heeft. Bel 101 als je dringend de politie nodig hebt.',
      fr: { text: 'Appelez le 112 si quelqu’un a besoin d’une aide médicale urgente. Appelez le 101 si vous avez besoin de la police en urgence.', ...checked },
      en: { text: 'Call 112 if someone needs urgent medical help. Call 101 if you need the police urgently.', ...checked },
    },
    contacts: ['emergency-112', 'police-101'],
    callNow: true,
    provisions: ['duty-to-help'],
    sources: [
      { source: 'police-be-numeros-urgence', section: 'Numéros d’urgence' },
      { source: 'hulplijn-1712-over', section: 'Let op' },
      { source: 'wallonie-violences-intrafamiliales', section: "En cas d'urgence" },
    ],
  },
  {
    id: 'inform-prosecutor',
    levels: ['acute'],
    regions: ['BE'],
    title: {
      nl: 'Verwittig daarna meteen het parket',
      fr: { text: 'Prévenez ensuite immédiatement le parquet', ...checked },
      en: { text: 'Then inform the public prosecutor’s office straight away', ...checked },
    },
    detail: {
      nl: 'Verwittig rechtstreeks het jeugdparket of de referentiemagistraat mensenhandel. Dat mag, ook met je beroepsgeheim, als je de jongere niet zelf of met anderen kunt beschermen. Elk gerechtelijk arrondissement heeft een parket. Het Openbaar Ministerie geeft hun contactgegevens.',
      fr: { text: 'Prévenez directement le parquet de la jeunesse ou le magistrat de référence traite des êtres humains. Vous le pouvez, même tenu au secret professionnel, si vous ne pouvez pas protéger le jeune vous-même ou avec d’autres. Chaque arrondissement judiciaire a un parquet. Le ministère public donne leurs coordonnées.', ...checked },
      en: { text: 'Inform the youth prosecutor or the reference magistrate for human trafficking directly. You may do so, even under professional secrecy, if you cannot protect the young person yourself or with others. Every judicial district has a prosecutor’s office. The Public Prosecution Service lists their contact details.', ...checked },
    },
    contacts: ['parket'],
    provisions: ['right-to-speak', 'duty-to-help'],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: acute },
      { source: 'elfri-col-04-2018', section: 'Uittreksel uit het strafwetboek, Art. 458bis' },
      { source: 'om-parketten-procureur-des-konings', section: 'Parketten van de procureur des Konings' },
    ],
  },
  {
    id: 'sexual-violence-care',
    levels: ['acute'],
    regions: ['BE'],
    title: {
      nl: 'Seksueel geweld? Zorg snel voor medische en psychologische hulp',
      fr: { text: 'Violence sexuelle ? Organisez vite une aide médicale et psychologique', ...checked },
      en: { text: 'Sexual violence? Get medical and psychological help quickly', ...checked },
    },
    detail: {
      nl: 'Dat kan bij de huisarts, bij een arts van de voorziening of in een Zorgcentrum na Seksueel Geweld (ZSG). Daar krijgt elk slachtoffer van seksueel geweld medische en psychische zorg en een forensisch onderzoek. Als de jongere dat wil, kan die er ook klacht indienen bij de politie.',
      fr: { text: 'Chez le médecin traitant, chez un médecin de l’institution ou dans un Centre de prise en charge des violences sexuelles (CPVS). Toute victime de violence sexuelle y reçoit des soins médicaux et psychologiques et un examen médico-légal. Si le jeune le souhaite, il peut aussi y porter plainte à la police.', ...checked },
      en: { text: 'This can be the family doctor, a doctor of the service, or a Sexual Assault Care Centre (ZSG/CPVS). There, every victim of sexual violence gets medical and psychological care and a forensic examination. If the young person wants, they can also file a complaint with the police there.', ...checked },
    },
    contacts: ['zsg-gent', 'zsg-antwerpen', 'zsg-roeselare', 'zsg-leuven', 'zsg-genk', 'zsg-brussel', 'zsg-luik', 'zsg-charleroi', 'zsg-namen', 'zsg-aarlen'],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: `${firstActions}, Huisarts / Zorgcentra na Seksueel Geweld` }],
  },
  {
    id: 'inform-involved-parties',
    levels: ['acute'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Laat weten welke stappen je zette',
      fr: { text: 'Dites quelles démarches vous avez entreprises', ...checked },
      en: { text: 'Say which steps you took', ...checked },
    },
    detail: {
      nl: 'Informeer na het parket ook de consulent van het OCJ of de SDJ en de jeugdrechter, als zij betrokken zijn.',
      fr: { text: 'Après le parquet, informez aussi le ou la consulent (la personne de référence de l’OCJ ou du SDJ, les services flamands d’aide à la jeunesse) et le juge de la jeunesse, s’ils sont concernés.', ...checked },
      en: { text: 'After the prosecutor, also inform the caseworker (consulent) of the OCJ or SDJ, the Flemish youth-care services, and the youth judge, if they are involved.', ...checked },
    },
    contacts: [],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: acute }],
  },
  // ---- Suspicion (Belgium): talk it through, discuss, report where a scheme exists.
  {
    id: 'talk-to-child-focus',
    levels: ['none', 'attention', 'concern'],
    regions: ['BE'],
    title: {
      nl: 'Twijfel je? Bespreek het met Child Focus',
      fr: { text: 'Un doute ? Parlez-en avec Child Focus', ...checked },
      en: { text: 'In doubt? Talk it through with Child Focus', ...checked },
    },
    detail: {
      nl: 'Je hoeft geen namen te noemen. Je kunt er ook terecht als er nog geen concrete aanwijzingen zijn en je alvast informatie wilt.',
      fr: { text: 'Vous n’avez pas besoin de citer de noms. Vous pouvez aussi appeler s’il n’y a pas encore d’indices concrets et que vous voulez vous informer.', ...checked },
      en: { text: 'You do not have to give names. You can also call when there are no concrete indications yet and you want information first.', ...checked },
    },
    contacts: ['child-focus'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` },
      { source: 'draaiboek-jeugdhulp', section: '3.1 Kennis omtrent de tienerpooierproblematiek, Child Focus' },
    ],
  },
  {
    id: 'discuss-with-specialised-centre',
    levels: ['attention', 'concern'],
    regions: ['BE'],
    title: {
      nl: 'Bespreek wat je ziet met een gespecialiseerd centrum',
      fr: { text: 'Discutez de ce que vous observez avec un centre spécialisé', ...checked },
      en: { text: 'Discuss what you see with a specialised centre', ...checked },
    },
    detail: {
      nl: 'De gespecialiseerde centra mensenhandel zijn PAG-ASA in Brussel, Payoke in Antwerpen en Sürya in Luik. Ze zijn dag en nacht bereikbaar voor professionals en werken in heel België.',
      fr: { text: 'Les centres spécialisés en traite des êtres humains sont PAG-ASA à Bruxelles, Payoke à Anvers et Sürya à Liège. Ils sont joignables jour et nuit par les professionnels et travaillent dans toute la Belgique.', ...checked },
      en: { text: 'The specialised human trafficking centres are PAG-ASA in Brussels, Payoke in Antwerp and Sürya in Liège. Professionals can reach them day and night, and they work across Belgium.', ...checked },
    },
    contacts: ['pag-asa', 'payoke', 'surya', 'mensenhandel-helpline'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` },
      { source: 'draaiboek-jeugdhulp', section: '3.1 Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)' },
      // Day and night: Fedasil, "De onthaalcentra zijn bereikbaar 24 uur op 24 uur" (PUBLIC-FACTS §11); seed 002 does not say it.
      { source: 'fedasil-slachtoffers-mensenhandel', section: 'page' },
    ],
  },
  {
    id: 'discuss-with-vk',
    levels: ['concern'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Bespreek gerichte vragen ook met een Vertrouwenscentrum Kindermishandeling',
      fr: { text: 'Discutez aussi de questions précises avec un Vertrouwenscentrum Kindermishandeling (centre flamand de confiance pour la maltraitance des enfants)', ...checked },
      en: { text: 'Also discuss specific questions with a Vertrouwenscentrum Kindermishandeling (Flemish child abuse centre)', ...checked },
    },
    detail: {
      nl: 'Het draaiboek noemt voor gerichte vragen PAG-ASA, Payoke en het Vertrouwenscentrum Kindermishandeling (VK).',
      fr: { text: 'Pour des questions précises, le guide cite PAG-ASA, Payoke et le Vertrouwenscentrum Kindermishandeling (VK).', ...checked },
      en: { text: 'For specific questions, the playbook names PAG-ASA, Payoke and the Vertrouwenscentrum Kindermishandeling (VK).', ...checked },
    },
    contacts: [],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` },
      { source: 'hulplijn-1712-over', section: 'page' },
    ],
  },
  {
    id: 'contact-consultant',
    levels: ['concern'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Is er een consulent betrokken? Neem contact op',
      fr: { text: 'Un ou une consulent est-il impliqué ? Prenez contact', ...checked },
      en: { text: 'Is a caseworker (consulent) involved? Get in touch', ...checked },
    },
    detail: {
      nl: 'Is er al een consulent van het OCJ of de SDJ betrokken? Neem dan contact met die consulent op. Is er nog geen consulent, is de situatie verontrustend en vermoed je een maatschappelijke noodzaak? Dan kun je de jongere aanmelden volgens de gekende procedures.',
      fr: { text: 'Un ou une consulent (la personne de référence de l’OCJ ou du SDJ, les services flamands d’aide à la jeunesse) est déjà impliqué ? Prenez contact avec cette personne. Il n’y en a pas encore, la situation est préoccupante et vous soupçonnez une nécessité sociale (« maatschappelijke noodzaak ») ? Vous pouvez alors signaler le jeune selon les procédures connues.', ...checked },
      en: { text: 'Is a caseworker (consulent) of the OCJ or SDJ, the Flemish youth-care services, already involved? Then contact them. No caseworker yet, a worrying situation, and you suspect a “maatschappelijke noodzaak” (a social necessity, the threshold for a referral)? Then you can refer the young person through the usual procedures.', ...checked },
    },
    contacts: [],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` }],
  },
  // The reporting scheme to Payoke (and PAG-ASA) is a pilot of the Flemish government (seed 002
  // §5.1): Flanders only. Wallonia names Sürya (step below); Brussels keeps the Belgian steps.
  {
    id: 'report-to-specialised-centre',
    levels: ['concern'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Meld je vermoeden aan Payoke of PAG-ASA',
      fr: { text: 'Signalez votre soupçon à Payoke ou PAG-ASA', ...checked },
      en: { text: 'Report your suspicion to Payoke or PAG-ASA', ...checked },
    },
    detail: {
      nl: 'De Vlaamse overheid laat in een proefproject elk ernstig vermoeden melden bij Payoke. Melden bij PAG-ASA kan ook. Na je melding kan het centrum met de jongere praten en nagaan of het om mensenhandel gaat (een assessment). Je melding gaat niet vanzelf naar het parket.',
      fr: { text: 'Dans un projet pilote, le gouvernement flamand fait signaler tout soupçon sérieux à Payoke. Il est aussi possible de signaler à PAG-ASA. Après votre signalement, le centre peut parler avec le jeune et examiner s’il s’agit de traite des êtres humains (un assessment). Votre signalement n’est pas transmis automatiquement au parquet.', ...checked },
      en: { text: 'In a pilot project, the Flemish government has every serious suspicion reported to Payoke. Reporting to PAG-ASA is possible too. After your report, the centre can talk with the young person and look at whether it is human trafficking (an assessment). Your report does not go to the prosecutor automatically.', ...checked },
    },
    contacts: ['payoke', 'pag-asa'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '5.1 Melding' },
      { source: 'draaiboek-jeugdhulp', section: '5 Melding en assessment' },
    ],
  },
  // Brussels (seed 002 §5.1): the Flemish pilot binds the organisations recognised by the Flemish
  // agencies (Jongerenwelzijn, VAPH), some of which work in Brussels; everyone else there talks
  // to PAG-ASA, the Brussels centre (§3.1).
  {
    id: 'discuss-with-pag-asa',
    levels: ['concern'],
    regions: ['BE-BRU'],
    title: {
      nl: 'Bespreek je vermoeden met PAG-ASA in Brussel',
      fr: { text: 'Parlez de votre soupçon avec PAG-ASA à Bruxelles', ...checked },
      en: { text: 'Discuss your suspicion with PAG-ASA in Brussels', ...checked },
    },
    detail: {
      nl: 'PAG-ASA is het gespecialiseerd centrum voor slachtoffers van mensenhandel in Brussel. Je kunt er ook een ernstig vermoeden melden.',
      fr: { text: 'PAG-ASA est le centre spécialisé pour les victimes de la traite des êtres humains à Bruxelles. Vous pouvez aussi y signaler un soupçon sérieux.', ...checked },
      en: { text: 'PAG-ASA is the specialised centre for victims of human trafficking in Brussels. You can also report a serious suspicion there.', ...checked },
    },
    contacts: ['pag-asa'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '3.1 Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)' },
      { source: 'draaiboek-jeugdhulp', section: '5.1 Melding' },
    ],
  },
  {
    id: 'flemish-organisations-report-to-payoke',
    levels: ['concern'],
    regions: ['BE-BRU'],
    title: {
      nl: 'Is je organisatie erkend door een Vlaams agentschap? Dan meldt ze aan Payoke of PAG-ASA',
      fr: { text: 'Votre organisation est agréée par une agence flamande ? Elle signale alors à Payoke ou PAG-ASA', ...checked },
      en: { text: 'Is your organisation recognised by a Flemish agency? Then it reports to Payoke or PAG-ASA', ...checked },
    },
    detail: {
      nl: 'Dit geldt voor organisaties die erkend zijn door het Vlaams Agentschap Jongerenwelzijn of het Vlaams Agentschap voor Personen met een Handicap. In een proefproject van de Vlaamse overheid melden zij elk ernstig vermoeden bij Payoke. Melden bij PAG-ASA kan ook.',
      fr: { text: 'Cela vaut pour les organisations agréées par l’agence flamande Jongerenwelzijn (aide à la jeunesse) ou par l’agence flamande pour les personnes handicapées (Vlaams Agentschap voor Personen met een Handicap). Dans un projet pilote du gouvernement flamand, elles signalent tout soupçon sérieux à Payoke. Il est aussi possible de signaler à PAG-ASA.', ...checked },
      en: { text: 'This applies to organisations recognised by the Flemish youth welfare agency (Jongerenwelzijn) or the Flemish agency for persons with a disability (Vlaams Agentschap voor Personen met een Handicap). In a pilot of the Flemish government, they report every serious suspicion to Payoke. Reporting to PAG-ASA is possible too.', ...checked },
    },
    contacts: ['payoke', 'pag-asa'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '5.1 Melding' },
      // Why in Brussels: a Flemish agency recognises and funds organisations there too.
      { source: 'codex-opgroeien-brussel', section: 'Rechtsgronden' },
    ],
  },
  {
    id: 'discuss-with-surya',
    levels: ['concern'],
    regions: ['BE-WAL'],
    title: {
      nl: 'Bespreek je vermoeden met Sürya in Luik',
      fr: { text: 'Parlez de votre soupçon avec Sürya à Liège', ...checked },
      en: { text: 'Discuss your suspicion with Sürya in Liège', ...checked },
    },
    detail: {
      nl: 'Sürya is het gespecialiseerd centrum mensenhandel in Wallonië. Het team is op elk moment bereikbaar voor eerstelijnsdiensten.',
      fr: { text: 'Sürya est le centre spécialisé en traite des êtres humains en Wallonie. L’équipe est joignable à tout moment par les services de première ligne.', ...checked },
      en: { text: 'Sürya is the specialised human trafficking centre in Wallonia. Its team can be reached at any time by front-line services.', ...checked },
    },
    contacts: ['surya'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: '3.1 Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)' },
      { source: 'surya-nos-missions', section: 'page' },
    ],
  },
  {
    id: 'involve-the-parents',
    levels: ['concern', 'acute'],
    regions: ['BE'],
    title: {
      nl: 'Bespreek met de jongere of je de ouders inlicht',
      fr: { text: 'Voyez avec le jeune s’il faut informer les parents', ...checked },
      en: { text: 'Discuss with the young person whether to inform the parents', ...checked },
    },
    detail: {
      nl: 'Soms is het nodig de ouders in te lichten. Ouders zijn verantwoordelijk voor hun kind. Ze kunnen ook klacht indienen bij de politie, ook als de jongere dat zelf niet wil of kan. Spelen de ouders een actieve rol in het leven van de jongere? Bespreek dan met de jongere waarom het belangrijk is hen in te lichten.',
      fr: { text: 'Il est parfois nécessaire d’informer les parents. Les parents sont responsables de leur enfant. Ils peuvent aussi porter plainte à la police, même si le jeune ne veut pas ou ne peut pas le faire lui-même. Les parents jouent un rôle actif dans la vie du jeune ? Expliquez-lui alors pourquoi il est important de les informer.', ...checked },
      en: { text: 'Sometimes the parents need to be informed. Parents are responsible for their child. They can also file a complaint with the police, even if the young person will not or cannot. Do the parents play an active part in the young person’s life? Then talk with the young person about why it matters to inform them.', ...checked },
    },
    contacts: [],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' }],
  },
  {
    id: 'be-open-with-the-young-person',
    levels: ['concern', 'acute'],
    regions: ['BE'],
    title: {
      nl: 'Wees open tegenover de jongere',
      fr: { text: 'Soyez transparent envers le jeune', ...checked },
      en: { text: 'Be open with the young person', ...checked },
    },
    detail: {
      nl: 'Vertel de jongere welke stappen je zult zetten. Blijf niet alleen met je vragen: bespreek ze met Child Focus (116 000) of een gespecialiseerd centrum.',
      fr: { text: 'Dites au jeune quelles démarches vous allez entreprendre. Ne restez pas seul avec vos questions : parlez-en avec Child Focus (116 000) ou un centre spécialisé.', ...checked },
      en: { text: 'Tell the young person which steps you will take. Do not stay alone with your questions: talk them through with Child Focus (116 000) or a specialised centre.', ...checked },
    },
    contacts: ['child-focus'],
    provisions: [],
    sources: [{ source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' }],
  },
  {
    id: 'organisation-reports-serious-event',
    levels: ['concern', 'acute'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Werk je in een erkende jeugdhulpvoorziening? Dan meldt je organisatie dit',
      fr: { text: 'Vous travaillez dans un service agréé d’aide à la jeunesse en Flandre ? Votre organisation doit alors le signaler', ...checked },
      en: { text: 'Do you work in a recognised Flemish youth-care service? Then your organisation reports this', ...checked },
    },
    detail: {
      nl: 'Een erkende voorziening moet grensoverschrijdend gedrag melden aan de administratie: de afdeling Voorzieningenbeleid Jeugdhulp van het Agentschap Opgroeien. Dat heet een melding ernstige gebeurtenis. Het is een taak van de organisatie, niet van jou alleen.',
      fr: { text: 'Un service agréé doit signaler les comportements transgressifs à l’administration : la division Voorzieningenbeleid Jeugdhulp de l’Agentschap Opgroeien (agence flamande). C’est le « signalement d’un événement grave » (melding ernstige gebeurtenis). C’est une tâche de l’organisation, pas de vous seul.', ...checked },
      en: { text: 'A recognised service must report transgressive behaviour to the administration: the Voorzieningenbeleid Jeugdhulp division of the Agentschap Opgroeien (Flemish agency). This is called a “melding ernstige gebeurtenis” (report of a serious event). It is a task of the organisation, not yours alone.', ...checked },
    },
    contacts: [],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: `${firstActions}, Melding ernstige gebeurtenis / mogelijke media aandacht` }],
  },
  // ---- The Netherlands (seeds 001 and 004).
  {
    id: 'nl-call-112',
    levels: ['acute'],
    regions: ['NL'],
    title: {
      nl: 'Acuut gevaar? Bel 112',
      fr: { text: 'Danger aigu ? Appelez le 112', ...checked },
      en: { text: 'Acute danger? Call 112', ...checked },
    },
    detail: {
      nl: 'Ook bij een vermoeden van mensenhandel bel je 112 als er acuut gevaar is.',
      fr: { text: 'Même en cas de soupçon de traite des êtres humains, appelez le 112 en cas de danger aigu.', ...checked },
      en: { text: 'With a suspicion of human trafficking too, call 112 when there is acute danger.', ...checked },
    },
    contacts: ['emergency-112-nl'],
    callNow: true,
    provisions: [],
    sources: [{ source: 'wegwijzer-melden', section: 'Melden van mensenhandel' }],
  },
  {
    id: 'nl-talk-to-care-coordinator',
    levels: ['none', 'attention', 'concern'],
    regions: ['NL'],
    title: {
      nl: 'Vertrouw op je onderbuikgevoel en vraag advies',
      fr: { text: 'Fiez-vous à votre intuition et demandez conseil', ...checked },
      en: { text: 'Trust your gut feeling and ask for advice', ...checked },
    },
    detail: {
      nl: 'Je hoeft niet zeker te weten dat er sprake is van uitbuiting. Neem contact op met de zorgcoördinator mensenhandel in je regio of met Veilig Thuis.',
      fr: { text: "Vous n'avez pas besoin d'être sûr qu'il s'agit d'exploitation. Contactez le coordinateur de soins traite des êtres humains de votre région ou Veilig Thuis.", ...checked },
      en: { text: 'You do not need to know for sure that it is exploitation. Contact the regional care coordinator for human trafficking or Veilig Thuis.', ...checked },
    },
    contacts: ['zorgcoordinator-mensenhandel', 'veilig-thuis'],
    provisions: [],
    sources: [
      { source: 'reis-van-kelly', section: 'Huisarts/medische professional' },
      { source: 'tien-drempels', section: '1. “Zie ik het wel goed?”' },
      { source: 'tien-drempels', section: '8. “Ik heb geen idee waar ik terecht kan met mijn vermoeden.”' },
    ],
  },
  {
    id: 'nl-assess-risk-together',
    levels: ['concern', 'acute'],
    regions: ['NL'],
    title: {
      nl: 'Bang om de jongere in gevaar te brengen? Schat het risico samen in',
      fr: { text: 'Peur de mettre le jeune en danger ? Évaluez le risque ensemble', ...checked },
      en: { text: 'Afraid of putting the young person at risk? Assess the risk together', ...checked },
    },
    detail: {
      nl: 'Slachtoffers worden vaak bedreigd, of hun familie. De zorgcoördinator mensenhandel in je regio en de politie helpen je het risico in te schatten en zeggen wat er moet gebeuren.',
      fr: { text: 'Les victimes ou leur famille sont souvent menacées. Le coordinateur de soins traite des êtres humains de votre région et la police vous aident à évaluer le risque et vous disent ce qu’il faut faire.', ...checked },
      en: { text: 'Victims, or their families, are often threatened. The regional care coordinator for human trafficking and the police help you assess the risk and advise what must happen.', ...checked },
    },
    contacts: ['zorgcoordinator-mensenhandel'],
    provisions: [],
    sources: [{ source: 'tien-drempels', section: '3. “Wat als ik de jongere verder in de problemen breng als ik iets ga melden?”' }],
  },
  {
    id: 'nl-act-on-danger',
    levels: ['acute'],
    regions: ['NL'],
    title: {
      nl: 'Er is gevaar: doe wat nodig is om de jongere te beschermen',
      fr: { text: 'Il y a danger : faites le nécessaire pour protéger le jeune', ...checked },
      en: { text: 'There is danger: do what is needed to protect the young person', ...checked },
    },
    detail: {
      nl: 'Moet een jongere beschermd worden? Dan doe je als professional wat goed is, ook als je bang bent de vertrouwensband te verliezen. Bij acute of structurele onveiligheid is melden bij Veilig Thuis de norm.',
      fr: { text: 'Un jeune doit être protégé ? En tant que professionnel, vous faites alors ce qui est juste, même si vous craignez de perdre le lien de confiance. En cas d’insécurité aiguë ou structurelle, le signalement à Veilig Thuis est la norme.', ...checked },
      en: { text: 'Must a young person be protected? Then, as a professional, you do what is right, even if you fear losing the bond of trust. With acute or structural unsafety, reporting to Veilig Thuis is the norm.', ...checked },
    },
    contacts: ['veilig-thuis'],
    callNow: true,
    // Reporting as the norm comes from the meldcode's afwegingskader, not from the meldrecht (a right).
    provisions: ['meldcode'],
    sources: [
      { source: 'tien-drempels', section: '2. “Straks verlies ik de vertrouwensband.”' },
      { source: 'handelingsprotocol-utrecht-stap-5', section: 'Wanneer MOET je in ieder geval melden bij Veilig Thuis?' },
    ],
  },
  {
    id: 'nl-sexual-violence-care',
    levels: ['acute'],
    regions: ['NL'],
    title: {
      nl: 'Seksueel geweld? Bel het Centrum Seksueel Geweld',
      fr: { text: 'Violence sexuelle ? Appelez le Centrum Seksueel Geweld', ...checked },
      en: { text: 'Sexual violence? Call the Centrum Seksueel Geweld', ...checked },
    },
    detail: {
      nl: 'Je kunt er gratis bellen, dag en nacht. Bel liefst binnen zeven dagen na de feiten.',
      fr: { text: 'L’appel est gratuit, jour et nuit. Appelez de préférence dans les sept jours qui suivent les faits.', ...checked },
      en: { text: 'You can call free of charge, day and night. Call preferably within seven days of what happened.', ...checked },
    },
    contacts: ['centrum-seksueel-geweld'],
    provisions: [],
    sources: [
      { source: 'csg-in-de-media', section: 'Werkbezoek ministers Dekker en Grapperhaus' },
      { source: 'nu-meldpunt-seksueel-geweld', section: 'Tweede alinea: “Het centrum opent met 0800-0188 een gratis nummer”' },
    ],
  },
] as const satisfies readonly NextStep[];
