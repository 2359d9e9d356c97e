// The provisions, keyed by concept id (other packages cite these ids). Belgium: seed 002 §9 is
// the authority (seeds README); the poster (seed 000) says it plainly; PUBLIC-FACTS §7–§8 add
// the statutory wording and the new Criminal Code. The Netherlands: PUBLIC-FACTS §6 and §9,
// seeds 001 and 004. Article numbers of the 2024 Criminal Code were not found: `undefined`.
// fr and en are drafts until a person has reviewed them against the nl text.
import { checked } from '@mh/core';
import type { Provision } from '../types.js';

const reviewedAt = '2026-12-01';

// Seed sections cited more than once.
const secrecy = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim' } as const;
const art422bis = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 422bis Sw' } as const;
const art458bis = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458bis Sw' } as const;
const art458ter = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Art. 458ter Sw' } as const;
const necessity = { source: 'draaiboek-jeugdhulp', section: '9 Beroepsgeheim, Noodtoestand' } as const;
const acute = { source: 'draaiboek-jeugdhulp', section: '4.2 Eerste acties bij vermoeden van slachtofferschap, Acute situatie' } as const;
const poster = { source: 'poster-beroepsgeheim', section: 'Beroepsgeheim doorbreken: mag en moet (eerste blok)' } as const;
const compsy422bis = { source: 'compsy-422bis', section: 'Het beroepsgeheim doorbreken in het kader van de hulpverleningsplicht (art. 422bis van het Strafwetboek)' } as const;
const nonPunishmentBarrier = { source: 'tien-drempels', section: '10. “Hoezo slachtoffer!? Dit is toch gewoon een dader?”' } as const;

// Public pages cited more than once.
// Two short pages on one topic each: the section is the page's own heading.
const leuvenNonPunishment = { source: 'advocaten-leuven-non-punishment', section: 'Niet-bestraffingsbeginsel voor slachtoffers van mensenhandel' } as const;
const wolterskluwerNonPunishment = { source: 'wolterskluwer-geen-straf-slachtoffers', section: 'Geen straf voor slachtoffers mensenhandel' } as const;
const col458bis = { source: 'elfri-col-04-2018', section: 'Uittreksel uit het strafwetboek, Art. 458bis' } as const;
// The VVSG news item quotes art. 458ter as it would appear in the Belgian Official Gazette.
const casusoverlegLaw = { source: 'vvsg-casusoverleg', section: 'Het nieuwe artikel 458ter van het Strafwetboek zoals het in het Staatsblad zal verschijnen' } as const;
const casusoverlegRules = { source: 'wolterskluwer-casusoverleg', section: 'Strijd tegen terreur: beroepsgeheim geldt niet bij casusoverleg (art. 312- 314 Potpourri V)' } as const;
// Its numbered part 28 quotes art. 5.2.6 Wmo 2015 and says it is a right to report, not a duty.
const meldrechtText = { source: 'meldplichten-meldrechten-5dok', section: '28 Meldrecht bij vermoeden van kindermishandeling/huiselijk geweld' } as const;
// KNMG meldcode, part II: note 29 names art. 5.2.6 Wmo 2015; note 30 the different rule of art. 7.3.11 Jeugdwet.
const meldrechtArticle = { source: 'knmg-meldcode-informatieverstrekking', section: 'Noot 29' } as const;
const jeugdwetNote = { source: 'knmg-meldcode-informatieverstrekking', section: 'Noot 30' } as const;
// A one-paragraph page: its heading is the section ("Sinds 1 juli 2013 is de wet Meldcode … van kracht").
const meldcodeLaw = { source: 'rijksoverheid-meldcode-brochure', section: 'De Meldcode bij (vermoedens van) eergerelateerd geweld' } as const;
const meldcodeSteps = { source: 'augeo-meldcode-stappenplan', section: 'De vijf stappen van de meldcode' } as const;
// A one-paragraph page: its heading is the section ("Per 1 januari 2019 zijn professionals verplicht te werken met een afwegingskader").
const afwegingskader = { source: 'rijksoverheid-afwegingskader', section: 'Het afwegingskader in de Meldcode huiselijk geweld en kindermishandeling' } as const;
const afwegingsvragen = { source: 'meldcode-haaglanden-stap-4', section: 'Stap 4, De afwegingsvragen' } as const;
const reportingNorm = { source: 'handelingsprotocol-utrecht-stap-5', section: 'Wanneer MOET je in ieder geval melden bij Veilig Thuis?' } as const;
const traffickingViaMeldcode = { source: 'kenniscentrum-lvb-melden', section: 'Melden van signalen' } as const;
const aanwijzing = { source: 'aanwijzing-mensenhandel-2022a002', section: 'Samenvatting' } as const;

/** Said with every Belgian article: the new Criminal Code, and why its number is missing here. */
const newCriminalCode = [
  {
    text: {
      nl: 'Volgens de Federale Overheidsdienst (FOD) Justitie geldt het nieuwe Strafwetboek vanaf 8 april 2026. Het artikelnummer hier komt uit het Strafwetboek van 1867.',
      fr: { text: 'Selon le Service public fédéral (SPF) Justice, le nouveau Code pénal s’applique à partir du 8 avril 2026. Le numéro d’article indiqué ici est celui du Code pénal de 1867.', ...checked },
      en: { text: 'According to the Federal Public Service (FPS) Justice, the new Criminal Code applies from 8 April 2026. The article number given here is that of the 1867 Criminal Code.', ...checked },
    },
    source: { source: 'justitie-hervorming-strafwetboek', section: 'Eerste alinea: “Het treedt in werking op 8 april 2026”' },
  },
  {
    text: {
      nl: 'Een advocatenkantoor schrijft dat het nieuwe Strafwetboek werd uitgesteld tot 1 september 2026.',
      fr: { text: 'Un cabinet d’avocats écrit que le nouveau Code pénal a été reporté au 1er septembre 2026.', ...checked },
      en: { text: 'A law firm writes that the new Criminal Code was postponed to 1 September 2026.', ...checked },
    },
    source: { source: 'arcaslaw-new-criminal-code', section: 'Eerste en tweede alinea: “On 1 September 2026, the revised Belgian Criminal Code will enter into force” … “was postponed”' },
  },
  {
    text: {
      nl: 'In het nieuwe Strafwetboek kregen artikels een nieuw nummer (zo werd art. 423 art. 328). Het nieuwe nummer van dit artikel vonden we nog niet in een openbare bron.',
      fr: { text: 'Dans le nouveau Code pénal, des articles ont reçu un nouveau numéro (l’art. 423 est ainsi devenu l’art. 328). Nous n’avons pas encore trouvé le nouveau numéro de cet article dans une source publique.', ...checked },
      en: { text: 'In the new Criminal Code, articles got new numbers (art. 423 became art. 328, for example). We have not yet found this article’s new number in a public source.', ...checked },
    },
    source: { source: 'elfri-verlating-van-personen', section: 'Art. 328 Sw 2024, Commentaar: “Art. 328 Sw. 2024 herneemt het artikel 423, § 1 Sw. 1867”' },
  },
] as const;

/**
 * Said wherever a Belgian article number is shown (the elements show it beside the provisions):
 * the numbers are those of the 1867 code, and the new code's are not known yet.
 */
export const articleCaveat = {
  text: {
    nl: 'De artikelnummers zijn die van het Strafwetboek van 1867. In 2026 is een nieuw Strafwetboek in werking getreden: op 8 april volgens de Federale Overheidsdienst (FOD) Justitie, op 1 september volgens een advocatenkantoor. De nieuwe nummers van deze artikels vonden we nog niet in een openbare bron. Nagekeken op 7 december 2026.',
    fr: {
      text: 'Les numéros d’article sont ceux du Code pénal de 1867. Un nouveau Code pénal est entré en vigueur en 2026 : le 8 avril selon le Service public fédéral (SPF) Justice, le 1er septembre selon un cabinet d’avocats. Nous n’avons pas encore trouvé les nouveaux numéros de ces articles dans une source publique. Vérifié le 7 décembre 2026.',
      ...checked,
    },
    en: {
      text: 'The article numbers are those of the 1867 Criminal Code. A new Criminal Code took effect in 2026: on 8 April according to the Federal Public Service (FPS) Justice, on 1 September according to a law firm. We have not yet found the new numbers of these articles in a public source. Checked on 7 December 2026.',
      ...checked,
    },
  },
  // PUBLIC-FACTS §7: G1 (8 April) and G9 (1 September, re-checked 2026-12-07); either way in force by the end of 2026.
  source: { source: 'justitie-hervorming-strafwetboek', section: 'Eerste alinea: “Het treedt in werking op 8 april 2026”' },
} as const;

const traffickingNotNamed = {
  text: {
    nl: 'Mensenhandel van minderjarigen staat niet met naam in de landelijke definities die we vonden. Een kenniscentrum zegt dat professionals die met jongeren werken, een vermoeden via de meldcode melden.',
    fr: { text: 'La traite des mineurs n’est pas nommée dans les définitions nationales que nous avons trouvées. Un centre d’expertise indique que les professionnels qui travaillent avec des jeunes signalent un soupçon via le meldcode.', ...checked },
    en: { text: 'Trafficking of minors is not named in the national definitions we found. A knowledge centre says that professionals who work with young people report a suspicion through the meldcode.', ...checked },
  },
  source: traffickingViaMeldcode,
} as const;

/** The five steps of the meldcode (PUBLIC-FACTS §6, F13), in order. */
export const meldcodeStepTexts = [
  {
    text: {
      nl: 'Stap 1: breng de signalen in kaart.',
      fr: { text: 'Étape 1 : recensez les signaux.', ...checked },
      en: { text: 'Step 1: map the signs.', ...checked },
    },
    source: meldcodeSteps,
  },
  {
    text: {
      nl: 'Stap 2: overleg met een collega en/of met Veilig Thuis.',
      fr: { text: 'Étape 2 : consultez un collègue et/ou Veilig Thuis.', ...checked },
      en: { text: 'Step 2: consult a colleague and/or Veilig Thuis.', ...checked },
    },
    source: meldcodeSteps,
  },
  {
    text: {
      nl: 'Stap 3: praat met de betrokkenen.',
      fr: { text: 'Étape 3 : parlez avec les personnes concernées.', ...checked },
      en: { text: 'Step 3: talk with those involved.', ...checked },
    },
    source: meldcodeSteps,
  },
  {
    text: {
      nl: 'Stap 4: weeg de situatie, met het afwegingskader.',
      fr: { text: 'Étape 4 : évaluez la situation, avec le cadre d’évaluation (afwegingskader).', ...checked },
      en: { text: 'Step 4: weigh the situation, using the assessment framework (afwegingskader).', ...checked },
    },
    source: meldcodeSteps,
  },
  {
    text: {
      nl: 'Stap 5: beslis. Organiseer hulp en/of meld bij Veilig Thuis.',
      fr: { text: 'Étape 5 : décidez. Organisez de l’aide et/ou signalez à Veilig Thuis.', ...checked },
      en: { text: 'Step 5: decide. Organise help and/or report to Veilig Thuis.', ...checked },
    },
    source: meldcodeSteps,
  },
] as const;

export const provisions = [
  // ---- Belgium
  {
    id: 'professional-secrecy',
    jurisdiction: 'BE',
    kind: 'duty-of-secrecy',
    basis: 'statute',
    name: {
      nl: 'Beroepsgeheim',
      fr: { text: 'Secret professionnel', ...checked },
      en: { text: 'Professional secrecy', ...checked },
    },
    articles: {
      code1867: { article: 'art. 458', source: secrecy },
      code2024: undefined,
    },
    appliesTo: {
      nl: 'Wie door zijn staat of beroep geheimen kent die hem zijn toevertrouwd, bijvoorbeeld dokters, apothekers en maatschappelijk werkers.',
      fr: { text: 'Toute personne qui, par état ou par profession, connaît des secrets qui lui ont été confiés, par exemple les médecins, les pharmaciens et les travailleurs sociaux.', ...checked },
      en: { text: 'Anyone who, through their position or profession, knows secrets confided to them, for example doctors, pharmacists and social workers.', ...checked },
    },
    requires: {
      nl: 'Je vertelt niets verder van wat je in je werk is toevertrouwd. Behalve als je moet getuigen voor een rechter of een parlementaire onderzoekscommissie, of als de wet je verplicht het bekend te maken.',
      fr: { text: 'Vous ne révélez rien de ce qui vous a été confié dans votre travail. Sauf si vous êtes appelé à témoigner en justice ou devant une commission d’enquête parlementaire, ou si la loi vous oblige à le faire connaître.', ...checked },
      en: { text: 'You pass on nothing of what you were told in confidence in your work. Unless you are called to testify before a court or a parliamentary committee of inquiry, or the law obliges you to make it known.', ...checked },
    },
    tellWhom: [],
    conditions: [
      {
        text: {
          nl: 'Het gaat om geheimen die je kent door je staat of beroep, en die je in je functie zijn verteld.',
          fr: { text: 'Il s’agit de secrets que vous connaissez par état ou par profession et qui vous ont été confiés dans vos fonctions.', ...checked },
          en: { text: 'It concerns secrets you know through your position or profession, told to you in your role.', ...checked },
        },
        source: secrecy,
      },
    ],
    doesNotAllow: [
      {
        text: {
          nl: 'Je beroepsgeheim verbreken is strafbaar, onder de voorwaarden die de wet bepaalt.',
          fr: { text: 'Violer votre secret professionnel est punissable, aux conditions fixées par la loi.', ...checked },
          en: { text: 'Breaking your professional secrecy is an offence, under the conditions the law sets.', ...checked },
        },
        source: secrecy,
      },
    ],
    context: [
      {
        text: {
          nl: 'Bij slachtoffers van tienerpooiers en mensenhandel staan de belangrijkste uitzonderingen in art. 422bis, 458bis en 458ter van het Strafwetboek. Daarnaast is er de noodtoestand.',
          fr: { text: 'Pour les victimes de proxénètes d’adolescents et de traite des êtres humains, les principales exceptions figurent aux art. 422bis, 458bis et 458ter du Code pénal. S’y ajoute l’état de nécessité.', ...checked },
          en: { text: 'For victims of teenage procurers and human trafficking, the main exceptions are in art. 422bis, 458bis and 458ter of the Criminal Code. There is also the state of necessity.', ...checked },
        },
        source: secrecy,
      },
      ...newCriminalCode,
    ],
    summary: {
      nl: 'Wat iemand je in je werk toevertrouwt, vertel je niet verder. Er zijn uitzonderingen: soms mag je spreken, soms moet je het zelfs.',
      fr: { text: 'Ce qu’une personne vous confie dans votre travail, vous ne le répétez pas. Il y a des exceptions : parfois vous pouvez parler, parfois vous devez même le faire.', ...checked },
      en: { text: 'What someone tells you in confidence at work, you do not pass on. There are exceptions: sometimes you may speak, sometimes you even must.', ...checked },
    },
    sources: [secrecy],
    reviewedAt,
    note: 'Art. 458 as summarised in seed 002 §9. New 2024-code number not found (PUBLIC-FACTS §7, re-checked 2026-12-01).',
  },
  {
    id: 'duty-to-help',
    jurisdiction: 'BE',
    kind: 'duty-to-act',
    basis: 'statute',
    name: {
      nl: 'Schuldig verzuim',
      fr: { text: 'Abstention coupable (non-assistance à personne en danger)', ...checked },
      en: { text: 'Failure to help a person in danger (schuldig verzuim)', ...checked },
    },
    articles: {
      code1867: { article: 'art. 422bis', source: art422bis },
      code2024: undefined,
    },
    appliesTo: {
      nl: 'Iedereen, ook wie een beroepsgeheim heeft. Het gaat over elke persoon die in groot gevaar is.',
      fr: { text: 'Tout le monde, y compris les personnes tenues au secret professionnel. Cela concerne toute personne exposée à un grand danger.', ...checked },
      en: { text: 'Everyone, including those bound by professional secrecy. It concerns any person in great danger.', ...checked },
    },
    requires: {
      nl: 'Je helpt een persoon die in groot gevaar is. Weet je dat een minderjarige in het milieu van een tienerpooier zit, dan moet je er alles aan doen om te helpen.',
      fr: { text: 'Vous aidez une personne exposée à un grand danger. Si vous savez qu’un mineur se trouve dans le milieu d’un proxénète d’adolescents, vous devez tout faire pour l’aider.', ...checked },
      en: { text: 'You help a person who is in great danger. If you know that a minor is caught up in a teenage procurer’s world, you must do everything you can to help.', ...checked },
    },
    // The article names no one to tell: helping is the duty. The poster's "Hoe?" is advice (context).
    tellWhom: [],
    conditions: [
      {
        text: {
          nl: 'Je stelde het gevaar zelf vast, of wie je hulp inroept, beschreef het je.',
          fr: { text: 'Vous avez constaté vous-même le danger, ou il vous a été décrit par les personnes qui demandent votre aide.', ...checked },
          en: { text: 'You saw the danger yourself, or it was described to you by those asking for your help.', ...checked },
        },
        source: art422bis,
      },
      {
        text: {
          nl: 'Je kunt helpen zonder gevaar voor jezelf of voor anderen.',
          fr: { text: 'Vous pouvez aider sans danger pour vous-même ou pour autrui.', ...checked },
          en: { text: 'You can help without danger to yourself or to others.', ...checked },
        },
        source: art422bis,
      },
    ],
    doesNotAllow: [],
    context: [
      {
        text: {
          nl: 'Deze plicht geldt voor elke burger, niet alleen voor wie een beroepsgeheim heeft.',
          fr: { text: 'Cette obligation s’applique à chaque citoyen, pas seulement aux personnes tenues au secret professionnel.', ...checked },
          en: { text: 'This duty applies to every citizen, not only to those bound by professional secrecy.', ...checked },
        },
        source: compsy422bis,
      },
      {
        text: {
          nl: 'Het artikel zegt niet wie je moet inlichten. De poster voor hulpverleners raadt aan: breng de procureur des Konings op de hoogte van de feiten.',
          fr: { text: 'L’article ne dit pas qui vous devez informer. L’affiche pour les intervenants conseille d’informer le procureur du Roi des faits.', ...checked },
          en: { text: 'The article does not say whom to inform. The poster for care workers advises informing the public prosecutor (procureur des Konings) of the facts.', ...checked },
        },
        source: poster,
      },
      ...newCriminalCode,
    ],
    summary: {
      nl: 'Is iemand in groot gevaar? Dan moet je helpen, als dat kan zonder gevaar voor jezelf of anderen. Dat geldt voor iedereen, ook met een beroepsgeheim.',
      fr: { text: 'Une personne est en grand danger ? Vous devez alors l’aider, si vous pouvez le faire sans danger pour vous-même ou pour autrui. Cela vaut pour tout le monde, y compris avec un secret professionnel.', ...checked },
      en: { text: 'Is someone in great danger? Then you must help, if you can do so without danger to yourself or others. This applies to everyone, including those bound by professional secrecy.', ...checked },
    },
    sources: [art422bis, compsy422bis, poster],
    readMore: compsy422bis,
    reviewedAt,
    note: 'Seed 002 §9 calls art. 422bis "schuldig verzuim" and paraphrases it for care workers; the Psychologencommissie (compsy.be, 2021) says it applies to every citizen. It names no recipient: the poster (seed 000) says "Hoe? Door de procureur des Konings op de hoogte te brengen", cited as its advice, not as the law. New 2024-code number not found (PUBLIC-FACTS §7).',
  },
  {
    id: 'right-to-speak',
    jurisdiction: 'BE',
    kind: 'right-to-speak',
    basis: 'statute',
    name: {
      nl: 'Spreekrecht',
      fr: { text: 'Droit de parole', ...checked },
      en: { text: 'Right to speak', ...checked },
    },
    articles: {
      code1867: { article: 'art. 458bis', source: col458bis },
      code2024: undefined,
    },
    appliesTo: {
      nl: 'Wie door zijn staat of beroep geheimen kent en zo weet heeft van een misdrijf tegen een minderjarige dat te maken heeft met tienerpooiers of mensenhandel (bijvoorbeeld art. 379, 380 of 433quinquies Sw.).',
      fr: { text: 'Toute personne qui, par état ou par profession, connaît des secrets et a ainsi connaissance d’une infraction commise sur un mineur liée aux proxénètes d’adolescents ou à la traite des êtres humains (par exemple art. 379, 380 ou 433quinquies du Code pénal).', ...checked },
      en: { text: 'Anyone who, through their position or profession, holds secrets and so knows of an offence against a minor linked to teenage procurers or human trafficking (for example art. 379, 380 or 433quinquies of the Criminal Code).', ...checked },
    },
    allows: {
      nl: 'Je mag de procureur des Konings op de hoogte brengen van het misdrijf.',
      fr: { text: 'Vous pouvez informer le procureur du Roi de l’infraction.', ...checked },
      en: { text: 'You may inform the public prosecutor (procureur des Konings) of the offence.', ...checked },
    },
    tellWhom: ['procureur-des-konings'],
    conditions: [
      {
        text: {
          nl: 'Je weet het door je staat of beroep.',
          fr: { text: 'Vous le savez en raison de votre état ou de votre profession.', ...checked },
          en: { text: 'You know it through your position or profession.', ...checked },
        },
        source: col458bis,
      },
      {
        text: {
          nl: 'Er is een ernstig en dreigend gevaar voor de lichamelijke of psychische integriteit van de minderjarige. Of er zijn aanwijzingen van een ernstig en reëel gevaar dat andere minderjarigen slachtoffer worden.',
          fr: { text: 'Il existe un danger grave et imminent pour l’intégrité physique ou psychique du mineur. Ou il existe des indices d’un danger sérieux et réel que d’autres mineurs soient victimes.', ...checked },
          en: { text: 'There is a serious and imminent danger to the minor’s physical or mental integrity. Or there are indications of a serious and real danger that other minors become victims.', ...checked },
        },
        source: art458bis,
      },
      {
        text: {
          nl: 'Je kunt die integriteit niet zelf of met hulp van anderen beschermen.',
          fr: { text: 'Vous ne pouvez pas protéger cette intégrité vous-même ou avec l’aide d’autres personnes.', ...checked },
          en: { text: 'You cannot protect that integrity yourself or with the help of others.', ...checked },
        },
        source: art458bis,
      },
    ],
    doesNotAllow: [
      {
        text: {
          nl: 'Art. 458bis laat je de procureur des Konings inlichten. Het artikel noemt de politie of andere personen niet.',
          fr: { text: 'L’art. 458bis vous permet d’informer le procureur du Roi. L’article ne mentionne ni la police ni d’autres personnes.', ...checked },
          en: { text: 'Art. 458bis lets you inform the public prosecutor (procureur des Konings). The article does not name the police or anyone else.', ...checked },
        },
        source: col458bis,
      },
      {
        text: {
          nl: 'Het neemt je plicht om te helpen niet weg: is de minderjarige in groot gevaar, dan geldt ook art. 422bis.',
          fr: { text: 'Il ne supprime pas votre obligation d’aider : si le mineur est en grand danger, l’art. 422bis s’applique aussi.', ...checked },
          en: { text: 'It does not remove your duty to help: if the minor is in great danger, art. 422bis applies too.', ...checked },
        },
        source: col458bis,
      },
      {
        text: {
          nl: 'Een advocaat met mogelijk belastende vertrouwelijke informatie van een cliënt die de dader is, valt er niet onder (Grondwettelijk Hof, arrest 127/2013).',
          fr: { text: 'Un avocat détenant des informations confidentielles potentiellement incriminantes de son client, auteur de l’infraction, n’est pas visé (Cour constitutionnelle, arrêt 127/2013).', ...checked },
          en: { text: 'A lawyer holding possibly incriminating confidential information from a client who is the offender is not covered (Constitutional Court, judgment 127/2013).', ...checked },
        },
        source: { source: 'elfri-col-04-2018', section: 'Uittreksel uit het strafwetboek, Art. 458bis, nota bij arrest nr. 127/2013' },
      },
    ],
    context: [
      {
        text: {
          nl: 'Bij gevaar of acute dreiging vraagt het draaiboek jeugdhulp om op basis van art. 458bis rechtstreeks het parket te verwittigen: het jeugdparket of de referentiemagistraat mensenhandel.',
          fr: { text: 'En cas de danger ou de menace aiguë, le guide de l’aide à la jeunesse demande de prévenir directement le parquet sur la base de l’art. 458bis : le parquet de la jeunesse ou le magistrat de référence traite des êtres humains.', ...checked },
          en: { text: 'In danger or under acute threat, the youth-care playbook asks you to inform the public prosecutor’s office directly on the basis of art. 458bis: the youth prosecutor or the reference magistrate for human trafficking.', ...checked },
        },
        source: acute,
      },
      {
        text: {
          nl: 'Het geldt ook voor misdrijven tegen een persoon die kwetsbaar is door leeftijd, zwangerschap, partnergeweld, ziekte of een lichamelijke of geestelijke beperking.',
          fr: { text: 'Il s’applique aussi aux infractions commises sur une personne vulnérable en raison de son âge, d’une grossesse, de violences entre partenaires, d’une maladie ou d’une infirmité ou déficience physique ou mentale.', ...checked },
          en: { text: 'It also applies to offences against a person who is vulnerable through age, pregnancy, partner violence, illness or a physical or mental disability.', ...checked },
        },
        source: col458bis,
      },
      {
        text: {
          nl: 'De lijst van misdrijven in art. 458bis komt hier uit de omzendbrief COL 04/2018. Latere wijzigingen van die lijst hebben we niet nagekeken. Mensenhandel (art. 433quinquies) staat er in elk geval in.',
          fr: { text: 'La liste des infractions de l’art. 458bis provient ici de la circulaire COL 04/2018. Nous n’avons pas vérifié les modifications ultérieures de cette liste. La traite des êtres humains (art. 433quinquies) y figure en tout cas.', ...checked },
          en: { text: 'The list of offences in art. 458bis comes here from circular COL 04/2018. We have not checked later changes to that list. Human trafficking (art. 433quinquies) is in it either way.', ...checked },
        },
        source: col458bis,
      },
      ...newCriminalCode,
    ],
    summary: {
      nl: 'Weet je door je werk dat een minderjarige wordt uitgebuit door een tienerpooier of mensenhandelaar? Dan mag je de procureur des Konings inlichten, als er ernstig gevaar is dat je niet zelf of met anderen kunt afwenden.',
      fr: { text: 'Vous savez par votre travail qu’un mineur est exploité par un proxénète d’adolescents ou un trafiquant d’êtres humains ? Vous pouvez alors informer le procureur du Roi, s’il existe un danger grave que vous ne pouvez pas écarter vous-même ou avec d’autres.', ...checked },
      en: { text: 'Do you know through your work that a minor is being exploited by a teenage procurer or human trafficker? Then you may inform the public prosecutor (procureur des Konings), if there is a serious danger you cannot avert yourself or with others.', ...checked },
    },
    sources: [art458bis, col458bis, poster],
    readMore: col458bis,
    reviewedAt,
    note: 'Wording per COL 04/2018 of 15 March 2018 (PUBLIC-FACTS §8, H1). Amendments after 2018 not checked; whether the list follows the 2022 sexual-offences renumbering (417/x) not verified. New 2024-code number not found (PUBLIC-FACTS §7).',
  },
  {
    id: 'shared-secrecy',
    jurisdiction: 'BE',
    kind: 'shared-secrecy',
    basis: 'statute',
    name: {
      nl: 'Casusoverleg',
      fr: { text: 'Concertation de cas', ...checked },
      en: { text: 'Case consultation', ...checked },
    },
    articles: {
      code1867: { article: 'art. 458ter', source: art458ter },
      code2024: undefined,
    },
    appliesTo: {
      nl: 'Wie door zijn staat of beroep geheimen kent en deelneemt aan een casusoverleg dat geregeld is zoals art. 458ter vraagt.',
      fr: { text: 'Toute personne qui, par état ou par profession, connaît des secrets et participe à une concertation de cas organisée comme l’exige l’art. 458ter.', ...checked },
      en: { text: 'Anyone who, through their position or profession, holds secrets and takes part in a case consultation set up as art. 458ter requires.', ...checked },
    },
    allows: {
      nl: 'Je mag in dat overleg geheimen delen. Zo kun je een situatie met een tienerpooier bespreken met andere hulpverleners, de politie en het parket, zonder je beroepsgeheim te schenden.',
      fr: { text: 'Vous pouvez partager des secrets dans cette concertation. Vous pouvez ainsi discuter d’une situation impliquant un proxénète d’adolescents avec d’autres intervenants, la police et le parquet, sans violer votre secret professionnel.', ...checked },
      en: { text: 'You may share secrets in that consultation. You can then discuss a teenage-procurer case with other care workers, the police and the prosecutor’s office without breaching your professional secrecy.', ...checked },
    },
    tellWhom: ['case-consultation'],
    conditions: [
      {
        text: {
          nl: 'Het overleg is georganiseerd bij of krachtens een wet, een decreet of een ordonnantie, of met een met redenen omklede toestemming van de procureur des Konings.',
          fr: { text: 'La concertation est organisée par ou en vertu d’une loi, d’un décret ou d’une ordonnance, ou avec l’autorisation motivée du procureur du Roi.', ...checked },
          en: { text: 'The consultation is set up by or under a law, decree or ordinance, or with the reasoned consent of the public prosecutor (procureur des Konings).', ...checked },
        },
        source: casusoverlegLaw,
      },
      {
        text: {
          nl: 'Het overleg is bedoeld om de lichamelijke en psychische integriteit van personen te beschermen, of om bepaalde misdrijven te voorkomen.',
          fr: { text: 'La concertation vise à protéger l’intégrité physique et psychique de personnes, ou à prévenir certaines infractions.', ...checked },
          en: { text: 'The consultation aims to protect people’s physical and mental integrity, or to prevent certain offences.', ...checked },
        },
        source: casusoverlegLaw,
      },
      {
        text: {
          nl: 'De regeling die het overleg opzet, zegt wie deelneemt, met welk doel en hoe het verloopt.',
          fr: { text: 'L’acte qui organise la concertation précise qui y participe, dans quel but et selon quelles modalités.', ...checked },
          en: { text: 'The act that sets up the consultation says who takes part, for what purpose and how it works.', ...checked },
        },
        source: casusoverlegRules,
      },
    ],
    doesNotAllow: [
      {
        text: {
          nl: 'Een overleg dat niet zo georganiseerd is, bijvoorbeeld een informeel overleg, valt niet onder art. 458ter.',
          fr: { text: 'Une concertation qui n’est pas organisée de cette manière, par exemple une concertation informelle, ne relève pas de l’art. 458ter.', ...checked },
          en: { text: 'A consultation not set up in this way, an informal one for example, does not fall under art. 458ter.', ...checked },
        },
        source: art458ter,
      },
      {
        text: {
          nl: 'Wat in het overleg gedeeld wordt, vertel je niet verder: wie deelneemt, moet het geheimhouden.',
          fr: { text: 'Ce qui est partagé dans la concertation, vous ne le répétez pas : les participants sont tenus au secret.', ...checked },
          en: { text: 'What is shared in the consultation you do not pass on: those who take part must keep it secret.', ...checked },
        },
        source: casusoverlegRules,
      },
    ],
    context: [
      {
        text: {
          nl: 'Het tweede doel is misdrijven voorkomen. Dan gaat het om terroristische misdrijven en om misdrijven van een criminele organisatie.',
          fr: { text: 'Le second but est de prévenir des infractions. Il s’agit alors d’infractions terroristes et d’infractions commises dans le cadre d’une organisation criminelle.', ...checked },
          en: { text: 'The second purpose is preventing offences. It then concerns terrorist offences and offences of a criminal organisation.', ...checked },
        },
        source: casusoverlegRules,
      },
      {
        text: {
          nl: 'Art. 458ter werd in het Strafwetboek ingevoegd door de wet van 6 juli 2017.',
          fr: { text: 'L’art. 458ter a été inséré dans le Code pénal par la loi du 6 juillet 2017.', ...checked },
          en: { text: 'Art. 458ter was inserted into the Criminal Code by the law of 6 July 2017.', ...checked },
        },
        source: { source: 'om-col-04-2018', section: 'COL 4/2018: Casusoverleg en beroepsgeheim' },
      },
      ...newCriminalCode,
    ],
    summary: {
      nl: 'In een casusoverleg dat een wet regelt, of dat de procureur des Konings met redenen toestaat, mag je geheimen delen om een jongere te beschermen. Een informeel overleg valt daar niet onder.',
      fr: { text: 'Dans une concertation de cas organisée par la loi, ou autorisée de manière motivée par le procureur du Roi, vous pouvez partager des secrets pour protéger un jeune. Une concertation informelle n’en fait pas partie.', ...checked },
      en: { text: 'In a case consultation set up by law, or allowed with reasons by the public prosecutor, you may share secrets to protect a young person. An informal consultation does not count.', ...checked },
    },
    sources: [art458ter, casusoverlegLaw, casusoverlegRules],
    reviewedAt,
    note: 'Full statutory wording not found (PUBLIC-FACTS §8): paraphrased, not quoted. Seed 002 says "met redenen omklede beslissing"; the statutory quote (H4) says "toestemming": we follow the quote. New 2024-code number not found.',
  },
  {
    id: 'state-of-necessity',
    jurisdiction: 'BE',
    kind: 'necessity',
    basis: 'case-law',
    name: {
      nl: 'Noodtoestand',
      fr: { text: 'État de nécessité', ...checked },
      en: { text: 'State of necessity', ...checked },
    },
    articles: {},
    appliesTo: {
      nl: 'Professionals met een beroepsgeheim.',
      fr: { text: 'Les professionnels tenus au secret professionnel.', ...checked },
      en: { text: 'Professionals bound by professional secrecy.', ...checked },
    },
    allows: {
      nl: 'Je mag wat je is toevertrouwd bekendmaken, als een hoger belang beschermen belangrijker is dan je beroepsgeheim bewaren. Bijvoorbeeld: de lichamelijke integriteit van een slachtoffer van tienerpooiers.',
      fr: { text: 'Vous pouvez révéler ce qui vous a été confié si protéger une valeur supérieure est plus important que garder votre secret professionnel. Par exemple : l’intégrité physique d’une victime de proxénètes d’adolescents.', ...checked },
      en: { text: 'You may disclose what you were told in confidence if protecting a higher interest matters more than keeping your professional secrecy. For example: the physical integrity of a victim of teenage procurers.', ...checked },
    },
    tellWhom: [],
    conditions: [
      {
        text: {
          nl: 'Het belang dat je beschermt, bijvoorbeeld de lichamelijke integriteit van de jongere, weegt zwaarder dan het beroepsgeheim.',
          fr: { text: 'La valeur que vous protégez, par exemple l’intégrité physique du jeune, pèse plus lourd que le secret professionnel.', ...checked },
          en: { text: 'The interest you protect, such as the young person’s physical integrity, weighs more than professional secrecy.', ...checked },
        },
        source: necessity,
      },
    ],
    doesNotAllow: [],
    context: [
      {
        text: {
          nl: 'De noodtoestand staat niet in een wetsartikel. Het is een rechtvaardigingsgrond uit de rechtspraak.',
          fr: { text: 'L’état de nécessité ne figure pas dans un article de loi. C’est une cause de justification issue de la jurisprudence.', ...checked },
          en: { text: 'The state of necessity is not in an article of law. It is a justification developed by the courts.', ...checked },
        },
        source: necessity,
      },
    ],
    summary: {
      nl: 'Soms is de veiligheid van een jongere belangrijker dan je beroepsgeheim. Dan mag je spreken, ook buiten de artikels 422bis, 458bis en 458ter.',
      fr: { text: 'Parfois, la sécurité d’un jeune est plus importante que votre secret professionnel. Vous pouvez alors parler, même en dehors des art. 422bis, 458bis et 458ter.', ...checked },
      en: { text: 'Sometimes a young person’s safety matters more than your professional secrecy. Then you may speak, even outside art. 422bis, 458bis and 458ter.', ...checked },
    },
    sources: [necessity],
    reviewedAt,
    note: 'A ground from case law ("jurisprudentiële rechtvaardigingsgrond", seed 002 §9): no article in either code.',
  },
  {
    id: 'non-punishment-be',
    jurisdiction: 'BE',
    kind: 'protection',
    basis: 'statute',
    name: {
      nl: 'Geen straf voor slachtoffers van mensenhandel',
      fr: { text: 'Pas de peine pour les victimes de la traite des êtres humains', ...checked },
      en: { text: 'No punishment for victims of human trafficking', ...checked },
    },
    articles: {
      // The page that quotes § 5 word for word.
      code1867: { article: 'art. 433quinquies, § 5', source: leuvenNonPunishment },
      code2024: undefined,
    },
    appliesTo: {
      nl: 'Een slachtoffer van mensenhandel.',
      fr: { text: 'Une victime de la traite des êtres humains.', ...checked },
      en: { text: 'A victim of human trafficking.', ...checked },
    },
    protects: {
      nl: 'Een slachtoffer van mensenhandel dat betrokken is bij misdrijven als rechtstreeks gevolg van de uitbuiting, krijgt voor die misdrijven geen straf.',
      fr: { text: 'Une victime de la traite impliquée dans des infractions qui sont la conséquence directe de son exploitation n’encourt pas de peine pour ces infractions.', ...checked },
      en: { text: 'A trafficking victim involved in offences as a direct result of their exploitation is not punished for those offences.', ...checked },
    },
    tellWhom: [],
    conditions: [
      {
        text: {
          nl: 'De misdrijven zijn een rechtstreeks gevolg van de uitbuiting.',
          fr: { text: 'Les infractions sont la conséquence directe de l’exploitation.', ...checked },
          en: { text: 'The offences are a direct result of the exploitation.', ...checked },
        },
        source: leuvenNonPunishment,
      },
    ],
    doesNotAllow: [],
    context: [
      {
        text: {
          nl: 'De wet van 22 mei 2019 voegde dit toe aan art. 433quinquies van het Strafwetboek. Het geldt sinds 1 juli 2019.',
          fr: { text: 'La loi du 22 mai 2019 l’a ajouté à l’art. 433quinquies du Code pénal. Il s’applique depuis le 1er juillet 2019.', ...checked },
          en: { text: 'The law of 22 May 2019 added this to art. 433quinquies of the Criminal Code. It has applied since 1 July 2019.', ...checked },
        },
        source: wolterskluwerNonPunishment,
      },
      ...newCriminalCode,
    ],
    summary: {
      nl: 'Is een slachtoffer van mensenhandel betrokken bij misdrijven als rechtstreeks gevolg van de uitbuiting? Dan krijgt het daarvoor geen straf.',
      fr: { text: 'Une victime de la traite est impliquée dans des infractions qui sont la conséquence directe de son exploitation ? Elle n’encourt alors pas de peine pour celles-ci.', ...checked },
      en: { text: 'Is a trafficking victim involved in offences as a direct result of the exploitation? Then they are not punished for them.', ...checked },
    },
    sources: [leuvenNonPunishment, wolterskluwerNonPunishment],
    readMore: leuvenNonPunishment,
    reviewedAt,
    note: 'Statutory sentence from a secondary copy (advocaten-leuven.be, PUBLIC-FACTS §8 H6); check the Belgian Official Gazette. Not in the seeds. New 2024-code number not found (PUBLIC-FACTS §7).',
  },
  // ---- The Netherlands
  {
    id: 'meldrecht',
    jurisdiction: 'NL',
    kind: 'right-to-speak',
    basis: 'statute',
    name: {
      nl: 'Meldrecht',
      fr: { text: 'Droit de signalement (meldrecht)', ...checked },
      en: { text: 'Right to report (meldrecht)', ...checked },
    },
    law: {
      name: {
        nl: 'Wet maatschappelijke ondersteuning 2015 (Wmo 2015)',
        fr: { text: 'Loi néerlandaise de 2015 sur le soutien social (Wmo 2015)', ...checked },
        en: { text: 'Social Support Act 2015 (Wmo 2015)', ...checked },
      },
      article: 'art. 5.2.6',
      source: meldrechtArticle,
    },
    appliesTo: {
      nl: 'Professionals met een geheimhoudingsplicht.',
      fr: { text: 'Les professionnels tenus à une obligation de secret.', ...checked },
      en: { text: 'Professionals with a duty of confidentiality.', ...checked },
    },
    allows: {
      nl: 'Je mag Veilig Thuis de informatie geven die nodig is om huiselijk geweld of kindermishandeling te stoppen of te onderzoeken. Als Veilig Thuis erom vraagt of uit jezelf, zonder toestemming, en als het nodig is met doorbreking van je geheimhoudingsplicht.',
      fr: { text: 'Vous pouvez donner à Veilig Thuis les informations nécessaires pour faire cesser ou examiner une situation de violence domestique ou de maltraitance d’enfant. À sa demande ou de votre propre initiative, sans consentement, et si nécessaire en levant votre obligation de secret.', ...checked },
      en: { text: 'You may give Veilig Thuis the information needed to end or investigate domestic violence or child abuse. When Veilig Thuis asks or on your own initiative, without consent, and if needed by breaking your duty of confidentiality.', ...checked },
    },
    tellWhom: ['veilig-thuis'],
    conditions: [
      {
        text: {
          nl: 'Het gaat om informatie die nodig is om huiselijk geweld of kindermishandeling te beëindigen of te onderzoeken.',
          fr: { text: 'Il s’agit d’informations nécessaires pour faire cesser ou examiner une situation de violence domestique ou de maltraitance d’enfant.', ...checked },
          en: { text: 'It concerns information needed to end or investigate domestic violence or child abuse.', ...checked },
        },
        source: meldrechtText,
      },
    ],
    doesNotAllow: [
      {
        text: {
          nl: 'Het is een recht, geen plicht: dit artikel verplicht je niet om te melden.',
          fr: { text: 'C’est un droit, pas une obligation : cet article ne vous oblige pas à signaler.', ...checked },
          en: { text: 'It is a right, not a duty: this article does not oblige you to report.', ...checked },
        },
        source: meldrechtText,
      },
      {
        text: {
          nl: 'Het gaat over informatie aan Veilig Thuis. Het artikel noemt geen andere instanties.',
          fr: { text: 'Il concerne les informations données à Veilig Thuis. L’article ne mentionne pas d’autres instances.', ...checked },
          en: { text: 'It concerns information given to Veilig Thuis. The article names no other bodies.', ...checked },
        },
        source: meldrechtText,
      },
    ],
    context: [
      traffickingNotNamed,
      {
        text: {
          nl: 'Art. 7.3.11 lid 4 Jeugdwet is een andere regel. Die gaat over de gecertificeerde instelling die een ondertoezichtstelling uitvoert, niet over een melding aan Veilig Thuis.',
          fr: { text: 'L’art. 7.3.11, alinéa 4, de la loi néerlandaise sur la jeunesse (Jeugdwet) est une autre règle. Il concerne l’institution certifiée qui exécute une mesure de surveillance, pas un signalement à Veilig Thuis.', ...checked },
          en: { text: 'Art. 7.3.11(4) of the Youth Act (Jeugdwet) is a different rule. It concerns the certified institution carrying out a supervision order, not a report to Veilig Thuis.', ...checked },
        },
        source: jeugdwetNote,
      },
    ],
    summary: {
      nl: 'Vermoed je huiselijk geweld of kindermishandeling? Dan mag je dat aan Veilig Thuis melden, ook zonder toestemming. Dat is een recht, geen plicht.',
      fr: { text: 'Vous soupçonnez de la violence domestique ou de la maltraitance d’enfant ? Vous pouvez le signaler à Veilig Thuis, même sans consentement. C’est un droit, pas une obligation.', ...checked },
      en: { text: 'Do you suspect domestic violence or child abuse? Then you may report it to Veilig Thuis, even without consent. It is a right, not a duty.', ...checked },
    },
    sources: [meldrechtText, meldrechtArticle, jeugdwetNote],
    reviewedAt,
    note: 'Article text from a secondary copy (5dok.net, PUBLIC-FACTS §9 K1); KNMG (K2) names the article. Check wetten.overheid.nl before a release.',
  },
  {
    id: 'meldcode',
    jurisdiction: 'NL',
    kind: 'procedure',
    basis: 'statute',
    name: {
      nl: 'Meldcode huiselijk geweld en kindermishandeling',
      fr: { text: 'Meldcode (code de signalement) violence domestique et maltraitance d’enfants', ...checked },
      en: { text: 'Reporting code for domestic violence and child abuse (meldcode)', ...checked },
    },
    law: {
      name: {
        nl: 'Wet verplichte meldcode huiselijk geweld en kindermishandeling',
        fr: { text: 'Loi néerlandaise sur le code de signalement obligatoire (Wet verplichte meldcode huiselijk geweld en kindermishandeling)', ...checked },
        en: { text: 'Mandatory Reporting Code Act (Wet verplichte meldcode huiselijk geweld en kindermishandeling)', ...checked },
      },
      source: meldcodeLaw,
    },
    appliesTo: {
      nl: 'Professionals in de gezondheidszorg, het onderwijs, de kinderopvang, de maatschappelijke ondersteuning, de jeugdhulp en justitie.',
      fr: { text: 'Les professionnels des soins de santé, de l’enseignement, de l’accueil de l’enfance, du soutien social, de l’aide à la jeunesse et de la justice.', ...checked },
      en: { text: 'Professionals in health care, education, childcare, social support, youth care and justice.', ...checked },
    },
    requires: {
      nl: 'Vermoed je huiselijk geweld of kindermishandeling? Dan werk je met de vijf stappen van de meldcode. In stap 4 en 5 gebruik je het afwegingskader.',
      fr: { text: 'Vous soupçonnez de la violence domestique ou de la maltraitance d’enfant ? Vous suivez alors les cinq étapes du meldcode. Aux étapes 4 et 5, vous utilisez le cadre d’évaluation (afwegingskader).', ...checked },
      en: { text: 'Do you suspect domestic violence or child abuse? Then you work through the five steps of the meldcode. In steps 4 and 5 you use the assessment framework (afwegingskader).', ...checked },
    },
    tellWhom: ['veilig-thuis'],
    conditions: [
      {
        text: {
          nl: 'Je hebt een vermoeden van (dreiging van) huiselijk geweld of kindermishandeling.',
          fr: { text: 'Vous soupçonnez de la violence domestique ou de la maltraitance d’enfant (ou une menace de celles-ci).', ...checked },
          en: { text: 'You suspect domestic violence or child abuse (or a threat of it).', ...checked },
        },
        source: afwegingsvragen,
      },
    ],
    doesNotAllow: [],
    steps: meldcodeStepTexts,
    context: [
      {
        text: {
          nl: 'De Wet verplichte meldcode geldt sinds 1 juli 2013.',
          fr: { text: 'La loi sur le code de signalement obligatoire s’applique depuis le 1er juillet 2013.', ...checked },
          en: { text: 'The Mandatory Reporting Code Act has applied since 1 July 2013.', ...checked },
        },
        source: meldcodeLaw,
      },
      {
        text: {
          nl: 'Sinds 1 januari 2019 is het afwegingskader verplicht in stap 4 en 5.',
          fr: { text: 'Depuis le 1er janvier 2019, le cadre d’évaluation est obligatoire aux étapes 4 et 5.', ...checked },
          en: { text: 'Since 1 January 2019 the assessment framework is mandatory in steps 4 and 5.', ...checked },
        },
        source: afwegingskader,
      },
      {
        text: {
          nl: 'Het afwegingskader stelt vijf vragen. Heb ik een vermoeden? Is er acute of structurele onveiligheid? Kan ik zelf hulp bieden of organiseren? Aanvaarden de betrokkenen die hulp? Leidt de hulp tot het resultaat dat nodig is?',
          fr: { text: 'Le cadre d’évaluation pose cinq questions. Ai-je un soupçon ? Y a-t-il une insécurité aiguë ou structurelle ? Puis-je moi-même offrir ou organiser de l’aide ? Les personnes concernées acceptent-elles cette aide ? L’aide donne-t-elle le résultat nécessaire ?', ...checked },
          en: { text: 'The assessment framework asks five questions. Do I have a suspicion? Is there acute or structural unsafety? Can I offer or organise help myself? Do those involved accept that help? Does the help achieve what is needed?', ...checked },
        },
        source: afwegingsvragen,
      },
      {
        text: {
          nl: 'Bij acute en/of structurele onveiligheid is melden bij Veilig Thuis altijd de norm.',
          fr: { text: 'En cas d’insécurité aiguë et/ou structurelle, le signalement à Veilig Thuis est toujours la norme.', ...checked },
          en: { text: 'In every case of acute and/or structural unsafety, reporting to Veilig Thuis is the norm.', ...checked },
        },
        source: reportingNorm,
      },
      traffickingNotNamed,
    ],
    summary: {
      nl: 'Vermoed je huiselijk geweld of kindermishandeling? Volg dan de vijf stappen van de meldcode. Is er acute of structurele onveiligheid, dan meld je bij Veilig Thuis.',
      fr: { text: 'Vous soupçonnez de la violence domestique ou de la maltraitance d’enfant ? Suivez les cinq étapes du meldcode. En cas d’insécurité aiguë ou structurelle, vous signalez à Veilig Thuis.', ...checked },
      en: { text: 'Do you suspect domestic violence or child abuse? Follow the five steps of the meldcode. If there is acute or structural unsafety, you report to Veilig Thuis.', ...checked },
    },
    sources: [meldcodeLaw, meldcodeSteps, afwegingskader, reportingNorm],
    readMore: meldcodeSteps,
    reviewedAt,
    note: 'No article number given: the facts name the Act, its start date and sectors (PUBLIC-FACTS §9 K4), the steps (§6 F13) and the afwegingskader (F14–F16).',
  },
  {
    id: 'non-punishment-nl',
    jurisdiction: 'NL',
    kind: 'protection',
    basis: 'guideline',
    name: {
      nl: 'Non-punishmentbeginsel',
      fr: { text: 'Principe de non-sanction', ...checked },
      en: { text: 'Non-punishment principle', ...checked },
    },
    law: {
      name: {
        nl: 'Aanwijzing mensenhandel (2022A002) van het Openbaar Ministerie',
        fr: { text: 'Instruction du ministère public néerlandais sur la traite des êtres humains (Aanwijzing mensenhandel, 2022A002)', ...checked },
        en: { text: 'Public Prosecution Service instruction on human trafficking (Aanwijzing mensenhandel, 2022A002)', ...checked },
      },
      source: aanwijzing,
    },
    appliesTo: {
      nl: 'Slachtoffers van mensenhandel.',
      fr: { text: 'Les victimes de la traite des êtres humains.', ...checked },
      en: { text: 'Victims of human trafficking.', ...checked },
    },
    protects: {
      nl: 'Het Openbaar Ministerie beschermt slachtoffers tegen vervolging voor strafbare feiten waartoe ze als slachtoffer van mensenhandel zijn gedwongen.',
      fr: { text: 'Le ministère public protège les victimes contre les poursuites pour des infractions qu’elles ont été contraintes de commettre en tant que victimes de la traite.', ...checked },
      en: { text: 'The Public Prosecution Service protects victims from prosecution for offences they were forced to commit as victims of human trafficking.', ...checked },
    },
    tellWhom: [],
    conditions: [
      {
        text: {
          nl: 'Het gaat om delicten die het slachtoffer tijdens de uitbuiting onder dwang pleegde.',
          fr: { text: 'Il s’agit de délits que la victime a commis sous la contrainte pendant l’exploitation.', ...checked },
          en: { text: 'It concerns offences the victim committed under coercion during the exploitation.', ...checked },
        },
        source: nonPunishmentBarrier,
      },
    ],
    doesNotAllow: [],
    context: [
      {
        text: {
          nl: 'Dit staat in een aanwijzing van het Openbaar Ministerie. Een geldend wetsartikel dat het regelt, vonden we niet.',
          fr: { text: 'Cela figure dans une instruction du ministère public. Nous n’avons pas trouvé d’article de loi en vigueur qui le règle.', ...checked },
          en: { text: 'This is in an instruction of the Public Prosecution Service. We found no statutory article in force that provides for it.', ...checked },
        },
        source: aanwijzing,
      },
      {
        text: {
          nl: 'Wetsvoorstel 36547 wil het in de wet zetten, in een nieuw art. 273f lid 9 Wetboek van Strafrecht. De Tweede Kamer nam het aan op 10 juni 2025. Of het al geldt, hebben we niet nagekeken.',
          fr: { text: 'La proposition de loi 36547 veut l’inscrire dans la loi, dans un nouvel art. 273f, alinéa 9, du Code pénal néerlandais. La Seconde Chambre l’a adoptée le 10 juin 2025. Nous n’avons pas vérifié si elle est déjà en vigueur.', ...checked },
          en: { text: 'Bill 36547 would put it into law, in a new art. 273f(9) of the Dutch Criminal Code. The House of Representatives passed it on 10 June 2025. We have not checked whether it is in force yet.', ...checked },
        },
        source: { source: 'kamerstukken-36547', section: 'B Verslag van de vaste commissie voor Justitie en Veiligheid, Vragen en opmerkingen van de leden van de fractie van de BBB' },
      },
      {
        text: {
          nl: 'Slachtoffers van criminele uitbuiting plegen soms zelf een strafbaar feit. Is er dwang of misbruik van iemands kwetsbare situatie (bij minderjarigen), dan is er sprake van mensenhandel.',
          fr: { text: 'Les victimes d’exploitation criminelle commettent parfois elles-mêmes une infraction. S’il y a contrainte ou abus de la situation vulnérable d’une personne (chez les mineurs), il s’agit de traite des êtres humains.', ...checked },
          en: { text: 'Victims of criminal exploitation sometimes commit an offence themselves. Where there is coercion or abuse of someone’s vulnerable situation (with minors), it is human trafficking.', ...checked },
        },
        source: nonPunishmentBarrier,
      },
    ],
    summary: {
      nl: 'Een jongere die tijdens de uitbuiting onder dwang delicten pleegde, mag daarvoor niet gestraft worden. Het non-punishmentbeginsel kan slachtoffers zo beschermen.',
      fr: { text: 'Un jeune qui a commis des délits sous la contrainte pendant son exploitation ne doit pas être puni pour ceux-ci. Le principe de non-sanction peut ainsi protéger les victimes.', ...checked },
      en: { text: 'A young person who committed offences under coercion during the exploitation must not be punished for them. The non-punishment principle can protect victims in this way.', ...checked },
    },
    sources: [nonPunishmentBarrier, aanwijzing],
    reviewedAt,
    note: 'No statute in force found (PUBLIC-FACTS §9): bill 36547 (new art. 273f lid 9 Sr) passed the lower house on 10 June 2025; in force not verified.',
  },
] as const satisfies readonly Provision[];

export type ProvisionId = (typeof provisions)[number]['id'];
