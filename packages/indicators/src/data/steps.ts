// Next steps per level and region. Belgium: seed 002 §4.2 and §5 (Flemish youth care; the
// prosecutor and the specialised centres serve all of Belgium). The Netherlands: seeds 001 and 004.
// `assessSignals` keeps this order, so within a level the first step here is shown first.
import type { NextStep } from '../types.js';

const firstActions = '4.2 Eerste acties bij vermoeden van slachtofferschap';
const acute = `${firstActions}, Acute situatie`;

export const steps = [
  // ---- Acute (Belgium): the prosecutor first (art. 458bis Sw.), then who is involved.
  {
    id: 'inform-prosecutor',
    levels: ['acute'],
    regions: ['BE'],
    title: {
      nl: 'Verwittig meteen het parket',
      fr: { text: 'Prévenez immédiatement le parquet', status: 'draft' },
      en: { text: 'Inform the public prosecutor’s office straight away', status: 'draft' },
    },
    detail: {
      nl: 'Bij gevaar of acute dreiging verwittig je rechtstreeks het parket: het jeugdparket of de referentiemagistraat mensenhandel. Je beroepsgeheim laat dat toe (art. 458bis Strafwetboek). Zit een minderjarige in ernstig gevaar, dan moet je het doen.',
      fr: { text: "En cas de danger ou de menace aiguë, prévenez directement le parquet : le parquet de la jeunesse ou le magistrat de référence traite des êtres humains. Votre secret professionnel le permet (art. 458bis du Code pénal). Si un mineur est en danger grave, vous devez le faire.", status: 'draft' },
      en: { text: 'In danger or under acute threat, inform the public prosecutor’s office directly: the youth prosecutor or the reference magistrate for human trafficking. Your professional secrecy allows this (art. 458bis Criminal Code). If a minor is in serious danger, you must do it.', status: 'draft' },
    },
    contacts: [],
    provisions: ['right-to-speak', 'duty-to-help'],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: acute },
      { source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' },
    ],
  },
  {
    id: 'call-emergency-be',
    levels: ['acute'],
    regions: ['BE'],
    title: {
      nl: 'Direct gevaar voor leven of gezondheid? Bel 112 of 101',
      fr: { text: 'Danger immédiat pour la vie ou la santé ? Appelez le 112 ou le 101', status: 'draft' },
      en: { text: 'Immediate danger to life or health? Call 112 or 101', status: 'draft' },
    },
    detail: {
      nl: 'Bel 112 voor dringende medische hulp, 101 voor dringende politiehulp.',
      fr: { text: "Appelez le 112 pour une aide médicale urgente, le 101 pour une aide policière urgente.", status: 'draft' },
      en: { text: 'Call 112 for urgent medical help, 101 for urgent police help.', status: 'draft' },
    },
    contacts: ['emergency-112', 'police-101'],
    provisions: [],
    sources: [
      { source: 'hulplijn-1712-over', section: 'Let op' },
      { source: 'wallonie-violences-intrafamiliales', section: "En cas d'urgence" },
    ],
  },
  {
    id: 'sexual-violence-care',
    levels: ['acute'],
    regions: ['BE'],
    title: {
      nl: 'Seksueel geweld? Zorg snel voor medische en psychologische hulp',
      fr: { text: 'Violence sexuelle ? Organisez vite une aide médicale et psychologique', status: 'draft' },
      en: { text: 'Sexual violence? Get medical and psychological help quickly', status: 'draft' },
    },
    detail: {
      nl: 'Dat kan bij de huisarts, een arts van de voorziening of een Zorgcentrum na Seksueel Geweld. Daar kan elk slachtoffer van seksueel geweld terecht, op elk uur en elke dag, voor medische zorg, psychische zorg, een forensisch onderzoek en, als de jongere dat wil, een klacht bij de politie.',
      fr: { text: "Chez le médecin traitant, un médecin de l'institution ou dans un Centre de prise en charge des violences sexuelles. Toute victime de violence sexuelle peut s'y rendre, à toute heure et tous les jours, pour des soins médicaux, des soins psychologiques, un examen médico-légal et, si le jeune le souhaite, une plainte à la police.", status: 'draft' },
      en: { text: 'This can be the family doctor, a doctor of the service, or a Sexual Assault Care Centre. Any victim of sexual violence can go there at any hour, any day, for medical care, psychological care, a forensic examination and, if the young person wants, a complaint to the police.', status: 'draft' },
    },
    contacts: ['zsg-gent', 'zsg-brussel', 'zsg-luik', 'zsg-charleroi'],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: `${firstActions}, Huisarts / Zorgcentra na Seksueel Geweld` }],
  },
  {
    id: 'inform-involved-parties',
    levels: ['acute'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Laat weten welke stappen je zette',
      fr: { text: 'Informez des étapes que vous avez faites', status: 'draft' },
      en: { text: 'Say which steps you took', status: 'draft' },
    },
    detail: {
      nl: 'Informeer na het parket ook de consulent van het OCJ of de SDJ en de jeugdrechter, als zij betrokken zijn.',
      fr: { text: "Après le parquet, informez aussi le consulent de l'OCJ ou du SDJ et le juge de la jeunesse, s'ils sont concernés.", status: 'draft' },
      en: { text: 'After the prosecutor, also inform the consultant of the OCJ or SDJ and the youth judge, if they are involved.', status: 'draft' },
    },
    contacts: [],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: acute }],
  },
  // ---- Suspicion (Belgium): talk it through, discuss, report.
  {
    id: 'talk-to-child-focus',
    levels: ['none', 'attention', 'concern'],
    regions: ['BE'],
    title: {
      nl: 'Twijfel je? Bespreek het met Child Focus',
      fr: { text: 'Un doute ? Parlez-en avec Child Focus', status: 'draft' },
      en: { text: 'In doubt? Talk it through with Child Focus', status: 'draft' },
    },
    detail: {
      nl: 'Je hoeft geen namen te noemen. Je kan er ook terecht als er nog geen concrete aanwijzingen zijn en je alvast informatie wil.',
      fr: { text: "Vous ne devez citer aucun nom. Vous pouvez aussi appeler s'il n'y a pas encore d'indices concrets et que vous voulez vous informer.", status: 'draft' },
      en: { text: 'You do not have to give names. You can also call when there are no concrete indications yet and you want information first.', status: 'draft' },
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
      fr: { text: 'Discutez de ce que vous observez avec un centre spécialisé', status: 'draft' },
      en: { text: 'Discuss what you see with a specialised centre', status: 'draft' },
    },
    detail: {
      nl: 'De gespecialiseerde centra mensenhandel (PAG-ASA, Payoke en Sürya) zijn dag en nacht bereikbaar voor professionals en werken in heel België.',
      fr: { text: 'Les centres spécialisés en traite des êtres humains (PAG-ASA, Payoke et Sürya) sont joignables jour et nuit pour les professionnels et travaillent dans toute la Belgique.', status: 'draft' },
      en: { text: 'The specialised human trafficking centres (PAG-ASA, Payoke and Sürya) can be reached day and night by professionals and work across Belgium.', status: 'draft' },
    },
    contacts: ['pag-asa', 'payoke', 'surya', 'mensenhandel-helpline'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` },
      { source: 'draaiboek-jeugdhulp', section: '3.1 Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)' },
    ],
  },
  {
    id: 'contact-consultant',
    levels: ['concern'],
    regions: ['BE-VLG'],
    title: {
      nl: 'Is er een consulent betrokken? Neem contact op',
      fr: { text: 'Un consulent est-il impliqué ? Prenez contact', status: 'draft' },
      en: { text: 'Is a consultant involved? Get in touch', status: 'draft' },
    },
    detail: {
      nl: 'Is er al een consulent betrokken, neem dan contact met hem of haar op. Is er nog geen consulent en is de situatie verontrustend, dan kan je de jongere aanmelden volgens de gekende procedures.',
      fr: { text: "Si un consulent est déjà impliqué, prenez contact avec lui ou elle. S'il n'y en a pas encore et que la situation est préoccupante, vous pouvez signaler le jeune selon les procédures connues.", status: 'draft' },
      en: { text: 'If a consultant is already involved, contact them. If there is none yet and the situation is worrying, you can refer the young person through the usual procedures.', status: 'draft' },
    },
    contacts: [],
    provisions: [],
    sources: [{ source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` }],
  },
  {
    id: 'report-to-specialised-centre',
    levels: ['concern'],
    regions: ['BE'],
    title: {
      nl: 'Meld je vermoeden aan PAG-ASA of Payoke',
      fr: { text: 'Signalez votre soupçon à PAG-ASA ou Payoke', status: 'draft' },
      en: { text: 'Report your suspicion to PAG-ASA or Payoke', status: 'draft' },
    },
    detail: {
      nl: 'Na je melding bekijkt het centrum samen met jou of het om mensenhandel gaat (een assessment).',
      fr: { text: "Après votre signalement, le centre examine avec vous s'il s'agit de traite des êtres humains (un assessment).", status: 'draft' },
      en: { text: 'After your report, the centre looks at whether it is human trafficking, together with you (an assessment).', status: 'draft' },
    },
    contacts: ['payoke', 'pag-asa'],
    provisions: [],
    sources: [
      { source: 'draaiboek-jeugdhulp', section: `${firstActions}, Aftoetsing van signalen` },
      { source: 'draaiboek-jeugdhulp', section: '5 Melding en assessment' },
    ],
  },
  {
    id: 'be-open-with-the-young-person',
    levels: ['concern', 'acute'],
    regions: ['BE'],
    title: {
      nl: 'Wees open tegenover de jongere',
      fr: { text: 'Soyez transparent envers le jeune', status: 'draft' },
      en: { text: 'Be open with the young person', status: 'draft' },
    },
    detail: {
      nl: 'Vertel de jongere welke stappen je zal zetten. Blijf niet alleen met je vragen: bespreek ze met Child Focus (116 000) of een gespecialiseerd centrum.',
      fr: { text: "Dites au jeune quelles étapes vous allez faire. Ne restez pas seul avec vos questions : parlez-en avec Child Focus (116 000) ou un centre spécialisé.", status: 'draft' },
      en: { text: 'Tell the young person which steps you will take. Do not stay alone with your questions: talk them through with Child Focus (116 000) or a specialised centre.', status: 'draft' },
    },
    contacts: ['child-focus'],
    provisions: [],
    sources: [{ source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' }],
  },
  // ---- The Netherlands (seeds 001 and 004).
  {
    id: 'nl-call-112',
    levels: ['acute'],
    regions: ['NL'],
    title: {
      nl: 'Acuut gevaar? Bel 112',
      fr: { text: 'Danger aigu ? Appelez le 112', status: 'draft' },
      en: { text: 'Acute danger? Call 112', status: 'draft' },
    },
    detail: {
      nl: 'Ook bij een vermoeden van mensenhandel bel je 112 als er acuut gevaar is.',
      fr: { text: 'Même en cas de soupçon de traite des êtres humains, appelez le 112 en cas de danger aigu.', status: 'draft' },
      en: { text: 'With a suspicion of human trafficking too, call 112 when there is acute danger.', status: 'draft' },
    },
    contacts: ['emergency-112-nl'],
    provisions: [],
    sources: [{ source: 'wegwijzer-melden', section: 'Melden van mensenhandel' }],
  },
  {
    id: 'nl-talk-to-care-coordinator',
    levels: ['none', 'attention', 'concern'],
    regions: ['NL'],
    title: {
      nl: 'Vertrouw op je onderbuikgevoel en vraag advies',
      fr: { text: 'Fiez-vous à votre intuition et demandez conseil', status: 'draft' },
      en: { text: 'Trust your gut feeling and ask for advice', status: 'draft' },
    },
    detail: {
      nl: 'Je hoeft niet zeker te weten dat er sprake is van uitbuiting. Neem contact op met de zorgcoördinator mensenhandel in je regio of met Veilig Thuis.',
      fr: { text: "Vous n'avez pas besoin d'être sûr qu'il s'agit d'exploitation. Contactez le coordinateur de soins traite des êtres humains de votre région ou Veilig Thuis.", status: 'draft' },
      en: { text: 'You do not need to know for sure that it is exploitation. Contact the regional care coordinator for human trafficking or Veilig Thuis.', status: 'draft' },
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
      fr: { text: 'Peur de mettre le jeune en danger ? Évaluez le risque ensemble', status: 'draft' },
      en: { text: 'Afraid of putting the young person at risk? Assess the risk together', status: 'draft' },
    },
    detail: {
      nl: 'Slachtoffers worden vaak bedreigd, of hun familie. De zorgcoördinator mensenhandel in je regio en de politie helpen je het risico in te schatten en zeggen wat er moet gebeuren.',
      fr: { text: 'Les victimes ou leur famille sont souvent menacées. Le coordinateur de soins de votre région et la police vous aident à évaluer le risque et vous disent ce qu’il faut faire.', status: 'draft' },
      en: { text: 'Victims, or their families, are often threatened. The regional care coordinator for human trafficking and the police help you assess the risk and advise what must happen.', status: 'draft' },
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
      fr: { text: 'Il y a danger : faites le nécessaire pour protéger le jeune', status: 'draft' },
      en: { text: 'There is danger: do what is needed to protect the young person', status: 'draft' },
    },
    detail: {
      nl: 'Stel je vast dat er gevaar is of dreigt en moet een jongere beschermd worden, dan ben je als professional verplicht om te doen wat goed is, ook als je bang bent de vertrouwensband te verliezen. Meld het bij Veilig Thuis.',
      fr: { text: "Si vous constatez qu'il y a un danger ou une menace et qu'un jeune doit être protégé, vous êtes tenu, en tant que professionnel, de faire ce qui est juste, même si vous craignez de perdre le lien de confiance. Signalez-le à Veilig Thuis.", status: 'draft' },
      en: { text: 'If you find there is or may be danger and a young person must be protected, as a professional you are obliged to do what is right, even if you fear losing the bond of trust. Report it to Veilig Thuis.', status: 'draft' },
    },
    contacts: ['veilig-thuis'],
    provisions: ['meldrecht'],
    sources: [
      { source: 'tien-drempels', section: '2. “Straks verlies ik de vertrouwensband.”' },
      { source: 'reis-van-kelly', section: 'Huisarts/medische professional' },
    ],
  },
  {
    id: 'nl-sexual-violence-care',
    levels: ['acute'],
    regions: ['NL'],
    title: {
      nl: 'Seksueel geweld? Bel het Centrum Seksueel Geweld',
      fr: { text: 'Violence sexuelle ? Appelez le Centrum Seksueel Geweld', status: 'draft' },
      en: { text: 'Sexual violence? Call the Centrum Seksueel Geweld', status: 'draft' },
    },
    detail: {
      nl: 'Artsen, verpleegkundigen, politie en psychologen geven er samen zorg. Bel liefst binnen zeven dagen.',
      fr: { text: 'Médecins, infirmiers, police et psychologues y soignent ensemble. Appelez de préférence dans les sept jours.', status: 'draft' },
      en: { text: 'Doctors, nurses, police and psychologists give care together there. Call preferably within seven days.', status: 'draft' },
    },
    contacts: ['centrum-seksueel-geweld'],
    provisions: [],
    sources: [{ source: 'csg-in-de-media', section: 'Werkbezoek ministers Dekker en Grapperhaus' }],
  },
] as const satisfies readonly NextStep[];
