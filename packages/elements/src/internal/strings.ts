// Every visible string of the elements, per locale. nl is the source; fr and en are drafts
// until a person reviews them. `{name}` marks a value filled in at render.
import type { Locale } from '@mh/core';

const nl = {
  // <mh-contact-card>
  reachableAlways: 'Dag en nacht bereikbaar',
  free: 'gratis',
  openNow: 'Nu open',
  closedNow: 'Nu gesloten',
  email: 'E-mail',
  website: 'Website',
  address: 'Adres',
  languages: 'Talen',
  hours: 'Openingsuren',
  unknownContact: 'Deze contactgegevens kunnen niet getoond worden: "{id}" is geen bekend contact.',
  missingContact: 'Er is geen contact gekozen. Geef het attribuut contact een waarde, zoals "child-focus".',
  unknownWidget: 'Dit onderdeel kan niet getoond worden: "{widget}" is onbekend. Gebruik data-mh="signal-check" of data-mh="contact-card".',
  // <mh-signal-check>
  heading: 'Zorgen over een jongere?',
  intro: 'Deze check helpt je een zorg over mensenhandel te wegen en de volgende stap te vinden. Het is geen diagnose.',
  privacy: 'Wat je aanvinkt, blijft op deze pagina. Er wordt niets verstuurd of bewaard.',
  instructions: 'Vink aan wat je bij de jongere ziet of hoort.',
  looksLike: 'Hoe het eruit kan zien:',
  acuteQuestion: 'Is de jongere nu in gevaar, of is er een acute dreiging?',
  yes: 'Ja',
  no: 'Nee',
  submit: 'Toon de volgende stappen',
  why: 'Waarom',
  nextSteps: 'Volgende stappen',
  whoCanHelp: 'Wie kan je helpen',
  secrecy: 'Mag of moet je je beroepsgeheim doorbreken?',
  readMore: 'Lees meer',
  newWindow: 'opent in een nieuw venster',
  tellWhom: 'Aan wie:',
  startOver: 'Opnieuw beginnen',
  print: 'Samenvatting afdrukken',
  quickExit: 'Snel weg van deze pagina',
  quickExitHint: 'Druk twee keer op Escape om deze pagina meteen te verlaten.',
  draftTranslation: 'Deze tekst is vertaald en nog niet nagelezen.',
  unknownRegion: 'De regio "{region}" is onbekend. De stappen voor België worden getoond.',
} as const;

export type StringKey = keyof typeof nl;
export type Strings = Readonly<Record<StringKey, string>>;

const fr: Strings = {
  reachableAlways: 'Joignable jour et nuit',
  free: 'gratuit',
  openNow: 'Ouvert maintenant',
  closedNow: 'Fermé maintenant',
  email: 'E-mail',
  website: 'Site web',
  address: 'Adresse',
  languages: 'Langues',
  hours: "Heures d'ouverture",
  unknownContact: 'Ces coordonnées ne peuvent pas être affichées : « {id} » n’est pas un contact connu.',
  missingContact: 'Aucun contact n’a été choisi. Donnez une valeur à l’attribut contact, par exemple « child-focus ».',
  unknownWidget: 'Cet élément ne peut pas être affiché : « {widget} » est inconnu. Utilisez data-mh="signal-check" ou data-mh="contact-card".',
  heading: 'Inquiet pour un jeune ?',
  intro: 'Ce test vous aide à évaluer une inquiétude de traite des êtres humains et à trouver l’étape suivante. Ce n’est pas un diagnostic.',
  privacy: 'Ce que vous cochez reste sur cette page. Rien n’est envoyé ni enregistré.',
  instructions: 'Cochez ce que vous voyez ou entendez chez le jeune.',
  looksLike: 'À quoi cela peut ressembler :',
  acuteQuestion: 'Le jeune est-il en danger maintenant, ou y a-t-il une menace aiguë ?',
  yes: 'Oui',
  no: 'Non',
  submit: 'Voir les étapes suivantes',
  why: 'Pourquoi',
  nextSteps: 'Étapes suivantes',
  whoCanHelp: 'Qui peut vous aider',
  secrecy: 'Pouvez-vous ou devez-vous lever votre secret professionnel ?',
  readMore: 'En savoir plus',
  newWindow: 's’ouvre dans une nouvelle fenêtre',
  tellWhom: 'À qui :',
  startOver: 'Recommencer',
  print: 'Imprimer le résumé',
  quickExit: 'Quitter rapidement cette page',
  quickExitHint: 'Appuyez deux fois sur Échap pour quitter cette page immédiatement.',
  draftTranslation: 'Ce texte est traduit et n’a pas encore été relu.',
  unknownRegion: 'La région « {region} » est inconnue. Les étapes pour la Belgique sont affichées.',
};

const en: Strings = {
  reachableAlways: 'Reachable day and night',
  free: 'free',
  openNow: 'Open now',
  closedNow: 'Closed now',
  email: 'Email',
  website: 'Website',
  address: 'Address',
  languages: 'Languages',
  hours: 'Opening hours',
  unknownContact: 'These contact details cannot be shown: "{id}" is not a known contact.',
  missingContact: 'No contact was chosen. Give the contact attribute a value, such as "child-focus".',
  unknownWidget: 'This part cannot be shown: "{widget}" is unknown. Use data-mh="signal-check" or data-mh="contact-card".',
  heading: 'Worried about a young person?',
  intro: 'This check helps you weigh a worry about human trafficking and find the next step. It is not a diagnosis.',
  privacy: 'What you tick stays on this page. Nothing is sent or stored.',
  instructions: 'Tick what you see or hear in the young person.',
  looksLike: 'What it can look like:',
  acuteQuestion: 'Is the young person in danger now, or is there an acute threat?',
  yes: 'Yes',
  no: 'No',
  submit: 'Show the next steps',
  why: 'Why',
  nextSteps: 'Next steps',
  whoCanHelp: 'Who can help',
  secrecy: 'May or must you break professional secrecy?',
  readMore: 'Read more',
  newWindow: 'opens in a new window',
  tellWhom: 'To whom:',
  startOver: 'Start over',
  print: 'Print a summary',
  quickExit: 'Leave this page quickly',
  quickExitHint: 'Press Escape twice to leave this page at once.',
  draftTranslation: 'This text is a translation that has not been reviewed yet.',
  unknownRegion: 'The region "{region}" is unknown. The steps for Belgium are shown.',
};

export const strings: Readonly<Record<Locale, Strings>> = { nl, fr, en };

/** Reads the per-instance overrides a page wrote as `data-i18n-<key>` attributes (kebab-case key). */
export function overridesFrom(element: Element): Partial<Strings> {
  const overrides: Partial<Record<StringKey, string>> = {};
  for (const key of Object.keys(nl) as StringKey[]) {
    const value = element.getAttribute(`data-i18n-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    if (value !== null) overrides[key] = value;
  }
  return overrides;
}

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);
}
