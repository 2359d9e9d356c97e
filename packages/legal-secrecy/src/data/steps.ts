// The next steps and the reasons decideDisclosure() answers with, each cited. decide.ts picks
// them by id; their order here is not their order in an answer. fr and en are drafts.
import { checked } from '@mh/core';
import type { DisclosureReason, DisclosureStep } from '../types.js';
import { meldcodeStepTexts } from './provisions.js';

const poster = { source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' } as const;
const acute = { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie' } as const;
const aftoetsing = { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Aftoetsing van signalen' } as const;
const secrecy = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' } as const;
const art422bis = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 422bis Sw' } as const;
const art458bis = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' } as const;
const art458ter = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458ter Sw' } as const;
const necessity = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Noodtoestand' } as const;
const compsy422bis = { source: 'compsy-422bis', section: 'Het beroepsgeheim doorbreken in het kader van de hulpverleningsplicht (art. 422bis van het Strafwetboek)' } as const;
const parketten = { source: 'om-parketten-procureur-des-konings', section: 'Parketten van de procureur des Konings' } as const;
const police = { source: 'draaiboek-jeugdhulp', section: '8.1 Politie' } as const;
const centres = { source: 'draaiboek-jeugdhulp', section: '3.1 Gespecialiseerde centra voor slachtoffers van mensenhandel (PAG-ASA, Payoke en Sürya)' } as const;
const meldrecht = { source: 'meldplichten-meldrechten-5dok', section: '28 Meldrecht bij vermoeden van kindermishandeling/huiselijk geweld' } as const;
const afwegingsvragen = { source: 'meldcode-haaglanden-stap-4', section: 'Stap 4, De afwegingsvragen' } as const;
const reportingNorm = { source: 'handelingsprotocol-utrecht-stap-5', section: 'Wanneer MOET je in ieder geval melden bij Veilig Thuis?' } as const;

export const steps = [
  // ---- Belgium. Step texts name no article number: the provisions carry it, with the caveat.
  {
    id: 'call-emergency-be',
    text: {
      nl: 'Is de jongere nu in gevaar? Bel eerst 112 voor dringende medische hulp of 101 voor dringende politiehulp.',
      fr: { text: 'Le jeune est-il en danger maintenant ? Appelez d’abord le 112 pour l’aide médicale urgente ou le 101 pour l’aide policière urgente.', ...checked },
      en: { text: 'Is the young person in danger now? First call 112 for urgent medical help or 101 for urgent police help.', ...checked },
    },
    contacts: ['emergency-112', 'police-101'],
    sources: [{ source: 'hulplijn-1712-over', section: 'Let op' }, { source: 'wallonie-violences-intrafamiliales', section: "En cas d'urgence" }],
  },
  {
    id: 'help-the-young-person',
    text: {
      nl: 'Doe er alles aan om de jongere te helpen. Dat moet, als je kunt helpen zonder gevaar voor jezelf of voor anderen.',
      fr: { text: 'Faites tout pour aider le jeune. C’est une obligation si vous pouvez aider sans danger pour vous-même ou pour autrui.', ...checked },
      en: { text: 'Do everything you can to help the young person. You must, if you can help without danger to yourself or to others.', ...checked },
    },
    contacts: [],
    sources: [art422bis, compsy422bis],
  },
  {
    id: 'inform-prosecutor-now',
    text: {
      nl: 'Kun je de jongere niet zelf of met anderen beschermen? Verwittig dan meteen het parket: het jeugdparket of de referentiemagistraat mensenhandel.',
      fr: { text: 'Vous ne pouvez pas protéger le jeune vous-même ou avec d’autres ? Prévenez alors immédiatement le parquet : le parquet de la jeunesse ou le magistrat de référence traite des êtres humains.', ...checked },
      en: { text: 'Can you not protect the young person yourself or with others? Then inform the public prosecutor’s office straight away: the youth prosecutor or the reference magistrate for human trafficking.', ...checked },
    },
    contacts: ['parket'],
    sources: [acute, art458bis],
  },
  {
    id: 'inform-prosecutor',
    text: {
      nl: 'Je mag de procureur des Konings (het parket) op de hoogte brengen van de feiten.',
      fr: { text: 'Vous pouvez informer le procureur du Roi (le parquet) des faits.', ...checked },
      en: { text: 'You may inform the public prosecutor (procureur des Konings) of the facts.', ...checked },
    },
    contacts: ['parket'],
    sources: [art458bis, poster],
  },
  {
    id: 'reach-the-parket',
    text: {
      nl: 'Zo bereik je het parket: elk gerechtelijk arrondissement heeft er een, en het Openbaar Ministerie geeft hun contactgegevens.',
      fr: { text: 'Pour joindre le parquet : chaque arrondissement judiciaire a le sien, et le ministère public donne leurs coordonnées.', ...checked },
      en: { text: 'How to reach the prosecutor’s office: every judicial district has one, and the Public Prosecution Service lists their contact details.', ...checked },
    },
    contacts: ['parket'],
    sources: [parketten],
  },
  {
    id: 'tell-police-like-anyone',
    text: {
      nl: 'Je mag de politie of het parket inlichten, zoals iedereen. De politie kan ook een onderzoek starten op basis van wat anderen haar vertellen.',
      fr: { text: 'Vous pouvez informer la police ou le parquet, comme tout le monde. La police peut aussi ouvrir une enquête sur la base de ce que d’autres lui disent.', ...checked },
      en: { text: 'You may inform the police or the prosecutor’s office, like anyone. The police can also start an investigation on the basis of what others tell them.', ...checked },
    },
    contacts: ['parket'],
    sources: [police],
  },
  {
    id: 'share-in-consultation',
    text: {
      nl: 'Je mag de situatie in het casusoverleg bespreken. Wat de anderen er delen, houd je geheim.',
      fr: { text: 'Vous pouvez discuter de la situation dans la concertation de cas. Ce que les autres y partagent, vous le gardez secret.', ...checked },
      en: { text: 'You may discuss the situation in the case consultation. What the others share there, you keep secret.', ...checked },
    },
    contacts: [],
    sources: [art458ter, { source: 'wolterskluwer-casusoverleg', section: 'Strijd tegen terreur: beroepsgeheim geldt niet bij casusoverleg (art. 312- 314 Potpourri V)' }],
  },
  {
    id: 'be-open-with-the-young-person',
    text: {
      nl: 'Wees open tegenover de jongere: vertel welke stappen je zult zetten.',
      fr: { text: 'Soyez transparent envers le jeune : dites-lui quelles démarches vous allez entreprendre.', ...checked },
      en: { text: 'Be open with the young person: tell them which steps you will take.', ...checked },
    },
    contacts: [],
    sources: [poster],
  },
  {
    id: 'talk-to-child-focus',
    text: {
      nl: 'Twijfel je? Bespreek het met Child Focus (116 000). Je hoeft geen namen te noemen.',
      fr: { text: 'Un doute ? Parlez-en avec Child Focus (116 000). Vous n’avez pas besoin de citer de noms.', ...checked },
      en: { text: 'In doubt? Talk it through with Child Focus (116 000). You do not have to give names.', ...checked },
    },
    contacts: ['child-focus'],
    sources: [aftoetsing, poster],
  },
  {
    id: 'talk-to-specialised-centre',
    text: {
      nl: 'Of neem contact op met een expertisecentrum mensenhandel: Payoke, PAG-ASA of Sürya.',
      fr: { text: 'Ou contactez un centre d’expertise en traite des êtres humains : Payoke, PAG-ASA ou Sürya.', ...checked },
      en: { text: 'Or contact a specialised human trafficking centre: Payoke, PAG-ASA or Sürya.', ...checked },
    },
    contacts: ['payoke', 'pag-asa', 'surya'],
    sources: [poster, centres],
  },
  {
    id: 'look-again-for-danger',
    text: {
      nl: 'Kijk opnieuw: is de jongere in ernstig gevaar, dan moet je helpen, ook als je een beroepsgeheim hebt.',
      fr: { text: 'Réexaminez la situation : si le jeune est en danger grave, vous devez l’aider, même si vous êtes tenu au secret professionnel.', ...checked },
      en: { text: 'Look again: if the young person is in serious danger, you must help, even if you are bound by professional secrecy.', ...checked },
    },
    contacts: [],
    sources: [poster, art422bis],
  },
  {
    id: 'no-punishment-be',
    text: {
      nl: 'Pleegde de jongere zelf misdrijven als rechtstreeks gevolg van de uitbuiting? Dan krijgt de jongere daarvoor geen straf.',
      fr: { text: 'Le jeune a-t-il lui-même commis des infractions qui sont la conséquence directe de son exploitation ? Il n’encourt alors pas de peine pour celles-ci.', ...checked },
      en: { text: 'Did the young person commit offences as a direct result of the exploitation? Then they are not punished for them.', ...checked },
    },
    contacts: [],
    sources: [{ source: 'advocaten-leuven-non-punishment', section: 'Niet-bestraffingsbeginsel voor slachtoffers van mensenhandel' }],
  },
  // ---- The Netherlands
  { id: 'meldcode-step-1', text: meldcodeStepTexts[0].text, contacts: [], sources: [meldcodeStepTexts[0].source] },
  { id: 'meldcode-step-2', text: meldcodeStepTexts[1].text, contacts: ['veilig-thuis'], sources: [meldcodeStepTexts[1].source] },
  { id: 'meldcode-step-3', text: meldcodeStepTexts[2].text, contacts: [], sources: [meldcodeStepTexts[2].source] },
  { id: 'meldcode-step-4', text: meldcodeStepTexts[3].text, contacts: [], sources: [meldcodeStepTexts[3].source] },
  { id: 'meldcode-step-5', text: meldcodeStepTexts[4].text, contacts: ['veilig-thuis'], sources: [meldcodeStepTexts[4].source] },
  {
    id: 'may-report-without-consent',
    text: {
      nl: 'Je mag je vermoeden aan Veilig Thuis melden, ook zonder toestemming. Dat is een recht, geen plicht.',
      fr: { text: 'Vous pouvez signaler votre soupçon à Veilig Thuis, même sans consentement. C’est un droit, pas une obligation.', ...checked },
      en: { text: 'You may report your suspicion to Veilig Thuis, even without consent. It is a right, not a duty.', ...checked },
    },
    contacts: ['veilig-thuis'],
    sources: [meldrecht],
  },
  {
    id: 'ask-care-coordinator',
    text: {
      nl: 'Vertrouw op je onderbuikgevoel en neem contact op met de zorgcoördinator mensenhandel in je regio of met Veilig Thuis.',
      fr: { text: 'Fiez-vous à votre intuition et contactez le coordinateur de soins traite des êtres humains de votre région ou Veilig Thuis.', ...checked },
      en: { text: 'Trust your gut feeling and contact the regional care coordinator for human trafficking or Veilig Thuis.', ...checked },
    },
    contacts: ['zorgcoordinator-mensenhandel', 'veilig-thuis'],
    sources: [{ source: 'reis-van-kelly', section: 'Huisarts/medische professional' }],
  },
  {
    id: 'gut-feeling-is-enough',
    text: {
      nl: 'Je hoeft niet zeker te weten dat er sprake is van uitbuiting. Een vermoeden of onderbuikgevoel is al genoeg om actie te ondernemen.',
      fr: { text: 'Vous n’avez pas besoin de savoir avec certitude qu’il s’agit d’exploitation. Un soupçon ou une intuition suffit déjà pour agir.', ...checked },
      en: { text: 'You do not need to know for sure that it is exploitation. A suspicion or a gut feeling is already enough to take action.', ...checked },
    },
    contacts: [],
    sources: [{ source: 'tien-drempels', section: '1. “Zie ik het wel goed?”' }],
  },
  {
    id: 'report-to-veilig-thuis',
    text: {
      nl: 'Meld bij Veilig Thuis. Bij acute en/of structurele onveiligheid is melden de norm.',
      fr: { text: 'Signalez à Veilig Thuis. En cas d’insécurité aiguë et/ou structurelle, le signalement est la norme.', ...checked },
      en: { text: 'Report to Veilig Thuis. With acute and/or structural unsafety, reporting is the norm.', ...checked },
    },
    contacts: ['veilig-thuis'],
    sources: [reportingNorm, afwegingsvragen],
  },
  // PUBLIC-FACTS §6 (F2): "Iedereen die zich zorgen maakt over de veiligheid of het welzijn van een
  // kind of een volwassene, kan Veilig Thuis bellen", free, 24 hours a day, 0800-2000.
  {
    id: 'anyone-may-call-veilig-thuis',
    text: {
      nl: 'Maak je je zorgen over een kind? Iedereen kan Veilig Thuis bellen: gratis, dag en nacht, op 0800-2000.',
      fr: { text: 'Vous vous inquiétez pour un enfant ? Tout le monde peut appeler Veilig Thuis : gratuitement, jour et nuit, au 0800-2000.', ...checked },
      en: { text: 'Worried about a child? Anyone can call Veilig Thuis: free, day and night, on 0800-2000.', ...checked },
    },
    contacts: ['veilig-thuis'],
    sources: [{ source: 'augeo-veilig-thuis', section: 'Eerste alinea: “Iedereen die zich zorgen maakt over de veiligheid of het welzijn van een kind of een volwassene, kan Veilig Thuis bellen”' }],
  },
  {
    id: 'call-112-nl',
    text: {
      nl: 'Is er direct gevaar? Bel 112.',
      fr: { text: 'Y a-t-il un danger immédiat ? Appelez le 112.', ...checked },
      en: { text: 'Is there immediate danger? Call 112.', ...checked },
    },
    contacts: ['emergency-112-nl'],
    sources: [{ source: 'wegwijzer-melden', section: 'Melden van mensenhandel' }],
  },
  {
    id: 'do-what-is-right',
    text: {
      nl: 'Stel je vast dat er gevaar is of dreigt en moet de jongere beschermd worden? Dan ben je verplicht om te doen wat goed is, ook als je bang bent de vertrouwensband te verliezen.',
      fr: { text: 'Vous constatez un danger présent ou menaçant et le jeune doit être protégé ? Vous êtes alors tenu de faire ce qui est juste, même si vous craignez de perdre le lien de confiance.', ...checked },
      en: { text: 'Do you find there is or may be danger and the young person must be protected? Then you are obliged to do what is right, even if you fear losing the bond of trust.', ...checked },
    },
    contacts: [],
    sources: [{ source: 'tien-drempels', section: '2. “Straks verlies ik de vertrouwensband.”' }],
  },
  {
    id: 'no-punishment-nl',
    text: {
      nl: 'Pleegde de jongere tijdens de uitbuiting onder dwang delicten? Slachtoffers mogen daarvoor niet gestraft worden. Zo kan het non-punishmentbeginsel de jongere beschermen.',
      fr: { text: 'Le jeune a-t-il commis des délits sous la contrainte pendant son exploitation ? Les victimes ne doivent pas être punies pour cela. Le principe de non-sanction peut ainsi le protéger.', ...checked },
      en: { text: 'Did the young person commit offences under coercion during the exploitation? Victims must not be punished for that. The non-punishment principle can protect them in this way.', ...checked },
    },
    contacts: [],
    sources: [
      { source: 'tien-drempels', section: '10. “Hoezo slachtoffer!? Dit is toch gewoon een dader?”' },
      { source: 'aanwijzing-mensenhandel-2022a002', section: 'Samenvatting' },
    ],
  },
] as const satisfies readonly DisclosureStep[];

export type StepId = (typeof steps)[number]['id'];

export const reasons = [
  // ---- Belgium. Reasons say what the rule asks; they never blame you for a question not asked.
  {
    id: 'serious-danger',
    text: {
      nl: 'Je gaf aan dat de jongere in ernstig gevaar is. Dan moet je helpen: dat is de regel over schuldig verzuim. Die geldt voor iedereen, ook voor wie een beroepsgeheim heeft.',
      fr: { text: 'Vous avez indiqué que le jeune est en danger grave. Vous devez alors l’aider : c’est la règle de l’abstention coupable. Elle vaut pour tout le monde, y compris pour les personnes tenues au secret professionnel.', ...checked },
      en: { text: 'You said the young person is in serious danger. Then you must help: that is the rule on failure to help a person in danger. It applies to everyone, including those bound by professional secrecy.', ...checked },
    },
    source: art422bis,
  },
  {
    id: 'can-protect-yourself',
    text: {
      nl: 'Kun je het gevaar zelf of met anderen afwenden? Dan doe je dat: dat is je plicht. Het spreekrecht geldt pas als je de jongere niet zelf of met anderen kunt beschermen.',
      fr: { text: 'Vous pouvez écarter le danger vous-même ou avec d’autres ? Faites-le : c’est votre obligation. Le droit de parole ne s’applique que si vous ne pouvez pas protéger le jeune vous-même ou avec d’autres.', ...checked },
      en: { text: 'Can you avert the danger yourself or with others? Then do so: that is your duty. The right to speak only applies if you cannot protect the young person yourself or with others.', ...checked },
    },
    source: art458bis,
  },
  {
    id: 'right-to-speak-if-you-cannot-protect',
    text: {
      nl: 'Kun je de jongere niet zelf of met anderen beschermen? Dan mag je de procureur des Konings inlichten: dat is het spreekrecht. Het draaiboek jeugdhulp vraagt om bij gevaar of acute dreiging rechtstreeks het parket te verwittigen.',
      fr: { text: 'Vous ne pouvez pas protéger le jeune vous-même ou avec d’autres ? Vous pouvez alors informer le procureur du Roi : c’est le droit de parole. Le guide de l’aide à la jeunesse demande, en cas de danger ou de menace aiguë, de prévenir directement le parquet.', ...checked },
      en: { text: 'Can you not protect the young person yourself or with others? Then you may inform the public prosecutor: that is the right to speak. The youth-care playbook asks you to inform the prosecutor’s office directly in danger or under acute threat.', ...checked },
    },
    source: acute,
  },
  {
    id: 'right-to-speak-met',
    text: {
      nl: 'Je weet het door je werk, er is ernstig gevaar voor deze of andere minderjarigen, en je kunt de jongere niet zelf of met anderen beschermen. Dan mag je spreken: dat is het spreekrecht.',
      fr: { text: 'Vous le savez par votre travail, il existe un danger grave pour ce mineur ou d’autres, et vous ne pouvez pas protéger le jeune vous-même ou avec d’autres. Vous pouvez alors parler : c’est le droit de parole.', ...checked },
      en: { text: 'You know it through your work, there is serious danger for this or other minors, and you cannot protect the young person yourself or with others. Then you may speak: that is the right to speak.', ...checked },
    },
    source: art458bis,
  },
  {
    id: 'exploitation-indicated',
    text: {
      nl: 'Je duidde een aanwijzing van uitbuiting van een minderjarige aan. Bij zulke aanwijzingen mag je je beroepsgeheim doorbreken, onder de voorwaarden van het spreekrecht.',
      fr: { text: 'Vous avez indiqué un indice d’exploitation d’un mineur. Avec de tels indices, vous pouvez lever votre secret professionnel, aux conditions du droit de parole.', ...checked },
      en: { text: 'You indicated a sign of exploitation of a minor. With such indications you may break your professional secrecy, under the conditions of the right to speak.', ...checked },
    },
    source: poster,
  },
  {
    id: 'right-to-speak-conditions',
    text: {
      nl: 'Het spreekrecht geldt als je het door je werk weet, als er ernstig gevaar is voor deze of andere minderjarigen, én als je de jongere niet zelf of met anderen kunt beschermen. Ga na of dat zo is, en vraag advies als je twijfelt.',
      fr: { text: 'Le droit de parole s’applique si vous le savez par votre travail, s’il existe un danger grave pour ce mineur ou d’autres, et si vous ne pouvez pas protéger le jeune vous-même ou avec d’autres. Vérifiez si c’est le cas, et demandez conseil en cas de doute.', ...checked },
      en: { text: 'The right to speak applies if you know it through your work, there is serious danger for this or other minors, and you cannot protect the young person yourself or with others. Check whether that is so, and ask for advice if in doubt.', ...checked },
    },
    source: art458bis,
  },
  {
    id: 'prosecutor-only',
    text: {
      nl: 'Het spreekrecht laat je de procureur des Konings inlichten. Het artikel noemt de politie of andere personen niet.',
      fr: { text: 'Le droit de parole vous permet d’informer le procureur du Roi. L’article ne mentionne ni la police ni d’autres personnes.', ...checked },
      en: { text: 'The right to speak lets you inform the public prosecutor (procureur des Konings). The article does not name the police or anyone else.', ...checked },
    },
    source: { source: 'elfri-col-04-2018', section: 'Uittreksel uit het strafwetboek, Art. 458bis' },
  },
  {
    id: 'lawful-consultation',
    text: {
      nl: 'Het casusoverleg is geregeld bij of krachtens een wet, decreet of ordonnantie, of de procureur des Konings gaf er met redenen toestemming voor. Dan mag je er geheimen delen.',
      fr: { text: 'La concertation de cas est organisée par ou en vertu d’une loi, d’un décret ou d’une ordonnance, ou le procureur du Roi l’a autorisée de manière motivée. Vous pouvez alors y partager des secrets.', ...checked },
      en: { text: 'The case consultation is set up by or under a law, decree or ordinance, or the public prosecutor gave reasoned consent. Then you may share secrets in it.', ...checked },
    },
    source: { source: 'vvsg-casusoverleg', section: 'Het nieuwe artikel 458ter van het Strafwetboek zoals het in het Staatsblad zal verschijnen' },
  },
  {
    id: 'informal-consultation',
    text: {
      nl: 'Een informeel overleg valt niet onder de regel over casusoverleg. Het heft je beroepsgeheim dus niet op.',
      fr: { text: 'Une concertation informelle ne relève pas de la règle sur la concertation de cas. Elle ne lève donc pas votre secret professionnel.', ...checked },
      en: { text: 'An informal consultation does not fall under the rule on case consultation. So it does not lift your professional secrecy.', ...checked },
    },
    source: art458ter,
  },
  // The meldrecht is for "derden die beroepshalve beschikken over inlichtingen" (art. 5.2.6 Wmo
  // 2015, quoted in part 28 of the 5dok copy); the meldcode is for professionals in six sectors.
  {
    id: 'not-known-through-work-nl',
    text: {
      nl: 'Het meldrecht en de meldcode gaan over wat je als professional door je werk weet. Weet je dit niet door je werk, dan gelden ze hier niet voor jou.',
      fr: { text: 'Le droit de signalement (meldrecht) et le meldcode portent sur ce que vous savez en tant que professionnel, par votre travail. Si vous ne le savez pas par votre travail, ils ne s’appliquent pas à vous ici.', ...checked },
      en: { text: 'The meldrecht and the meldcode concern what you know as a professional, through your work. If you do not know this through your work, they do not apply to you here.', ...checked },
    },
    source: meldrecht,
  },
  {
    id: 'not-known-through-work',
    text: {
      nl: 'Je beroepsgeheim gaat over wat je door je staat of beroep weet. Weet je dit niet door je werk, dan heb je hierover geen beroepsgeheim. Je mag de politie of het parket inlichten, zoals iedereen.',
      fr: { text: 'Votre secret professionnel porte sur ce que vous savez par état ou par profession. Si vous ne le savez pas par votre travail, vous n’avez pas de secret professionnel à ce sujet. Vous pouvez informer la police ou le parquet, comme tout le monde.', ...checked },
      en: { text: 'Your professional secrecy concerns what you know through your position or profession. If you do not know this through your work, you hold no professional secret about it. You may inform the police or the prosecutor’s office, like anyone.', ...checked },
    },
    source: secrecy,
  },
  {
    id: 'no-ground',
    text: {
      nl: 'Je beroepsgeheim blijft gelden zolang er geen ernstig gevaar is, geen aanwijzing van uitbuiting en geen casusoverleg dat de wet regelt.',
      fr: { text: 'Votre secret professionnel reste d’application tant qu’il n’y a ni danger grave, ni indice d’exploitation, ni concertation de cas organisée par la loi.', ...checked },
      en: { text: 'Your professional secrecy still applies as long as there is no serious danger, no sign of exploitation and no case consultation set up by law.', ...checked },
    },
    source: secrecy,
  },
  {
    id: 'necessity-remains',
    text: {
      nl: 'Ook dan kan een noodtoestand het doorbreken van je beroepsgeheim rechtvaardigen, als de veiligheid van de jongere zwaarder weegt. Vraag daarover advies.',
      fr: { text: 'Même dans ce cas, un état de nécessité peut justifier la levée de votre secret professionnel, si la sécurité du jeune pèse plus lourd. Demandez conseil à ce sujet.', ...checked },
      en: { text: 'Even then, a state of necessity can justify breaking your professional secrecy, if the young person’s safety weighs more. Ask for advice about it.', ...checked },
    },
    source: necessity,
  },
  // ---- The Netherlands
  {
    id: 'no-suspicion',
    text: {
      nl: 'Je gaf aan dat je (nog) geen vermoeden hebt van huiselijk geweld, kindermishandeling of uitbuiting.',
      fr: { text: 'Vous avez indiqué ne pas (encore) soupçonner de violence domestique, de maltraitance d’enfant ou d’exploitation.', ...checked },
      en: { text: 'You said you have no suspicion (yet) of domestic violence, child abuse or exploitation.', ...checked },
    },
    source: afwegingsvragen,
  },
  {
    id: 'suspicion',
    text: {
      nl: 'Je hebt een vermoeden. Dan werk je met de meldcode, en mag je melden bij Veilig Thuis.',
      fr: { text: 'Vous avez un soupçon. Vous suivez alors le meldcode, et vous pouvez signaler à Veilig Thuis.', ...checked },
      en: { text: 'You have a suspicion. Then you work with the meldcode, and you may report to Veilig Thuis.', ...checked },
    },
    source: afwegingsvragen,
  },
  {
    id: 'acute-or-structural-unsafety',
    text: {
      nl: 'Je schat in dat er acute en/of structurele onveiligheid is. Dan is melden bij Veilig Thuis de norm.',
      fr: { text: 'Vous estimez qu’il y a une insécurité aiguë et/ou structurelle. Le signalement à Veilig Thuis est alors la norme.', ...checked },
      en: { text: 'You judge that there is acute and/or structural unsafety. Then reporting to Veilig Thuis is the norm.', ...checked },
    },
    source: reportingNorm,
  },
  {
    id: 'trafficking-not-named',
    text: {
      nl: 'Mensenhandel van minderjarigen staat niet met naam in de landelijke definities die we vonden. Een kenniscentrum zegt dat professionals die met jongeren werken, een vermoeden via de meldcode melden.',
      fr: { text: 'La traite des mineurs n’est pas nommée dans les définitions nationales que nous avons trouvées. Un centre d’expertise indique que les professionnels qui travaillent avec des jeunes signalent un soupçon via le meldcode.', ...checked },
      en: { text: 'Trafficking of minors is not named in the national definitions we found. A knowledge centre says that professionals who work with young people report a suspicion through the meldcode.', ...checked },
    },
    source: { source: 'kenniscentrum-lvb-melden', section: 'Melden van signalen' },
  },
] as const satisfies readonly DisclosureReason[];

export type ReasonId = (typeof reasons)[number]['id'];
