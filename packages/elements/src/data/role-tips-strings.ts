// The visible strings of <mh-role-tips>, per locale, apart from the shared table (strings.ts) so
// the check's and the card's files do not carry them. nl is the source. `{name}` marks a value
// filled in at render. Plain values only: a one-language drop-in file keeps only its language's.
import type { Locale } from '@mh/core';

const nl = {
  pickRoleHeading: 'Wat kan je doen in je rol?',
  roleHeading: '{role}: wat je kunt doen',
  roleLabel: 'Je rol',
  chooseRole: 'Kies je rol',
  unknownRole: 'De rol "{role}" kennen we niet. Kies hieronder je rol.',
  unknownRegionTips: 'De regio "{region}" is onbekend. De tips voor België worden getoond.',
  noTipsHere: 'Voor deze rol vonden we nog geen tips in een bron voor {place}.',
  practiceElsewhere: 'Uit de praktijk in {place}',
  practiceElsewhereNote: 'Deze tips komen uit een bron voor {place}. Diensten die ze noemen, bestaan misschien niet waar jij werkt.',
  conversationRules: 'Vijf regels voor een gesprek met een jongere',
  barriers: 'Twijfel je? Tien drempels en wat je kunt doen',
  listFrom: 'Uit een bron voor {place}.',
  sourceLabel: 'Bron: {source}',
  // In <mh-signal-check reader-role>: the link to <mh-role-tips> on the same page, and an unknown role.
  moreTips: 'Meer over wat je kunt doen in je rol',
  unknownRoleInCheck: 'De rol "{role}" kennen we niet. Het resultaat toont geen tips voor een rol.',
  // Where a tip or list applies, as it reads after "in" / "voor" above.
  placeBE: 'België',
  placeBEVLG: 'Vlaanderen',
  placeBEBRU: 'Brussel',
  placeBEWAL: 'Wallonië',
  placeNL: 'Nederland',
} as const;

export type RoleTipsStringKey = keyof typeof nl;
export type RoleTipsStrings = Readonly<Record<RoleTipsStringKey, string>>;

const fr: RoleTipsStrings = {
  pickRoleHeading: 'Que pouvez-vous faire dans votre rôle ?',
  roleHeading: '{role} : ce que vous pouvez faire',
  roleLabel: 'Votre rôle',
  chooseRole: 'Choisissez votre rôle',
  unknownRole: 'Le rôle « {role} » est inconnu. Choisissez votre rôle ci-dessous.',
  unknownRegionTips: 'La région « {region} » est inconnue. Les conseils pour la Belgique sont affichés.',
  noTipsHere: 'Pour ce rôle, nous n’avons pas encore trouvé de conseils dans une source valable {place}.',
  practiceElsewhere: 'Pratique {place}',
  practiceElsewhereNote: 'Ces conseils viennent d’une source valable {place}. Les services qu’ils citent n’existent peut-être pas là où vous travaillez.',
  conversationRules: 'Cinq règles pour une conversation avec un jeune',
  barriers: 'Un doute ? Dix freins et ce que vous pouvez faire',
  listFrom: 'D’une source valable {place}.',
  sourceLabel: 'Source : {source}',
  moreTips: 'Plus sur ce que vous pouvez faire dans votre rôle',
  unknownRoleInCheck: 'Le rôle « {role} » est inconnu. Le résultat n’affiche pas de conseils pour un rôle.',
  placeBE: 'en Belgique',
  placeBEVLG: 'en Flandre',
  placeBEBRU: 'à Bruxelles',
  placeBEWAL: 'en Wallonie',
  placeNL: 'aux Pays-Bas',
};

const en: RoleTipsStrings = {
  pickRoleHeading: 'What can you do in your role?',
  roleHeading: '{role}: what you can do',
  roleLabel: 'Your role',
  chooseRole: 'Choose your role',
  unknownRole: 'The role "{role}" is unknown. Choose your role below.',
  unknownRegionTips: 'The region "{region}" is unknown. The tips for Belgium are shown.',
  noTipsHere: 'For this role we have not yet found tips in a source for {place}.',
  practiceElsewhere: 'Practice in {place}',
  practiceElsewhereNote: 'These tips come from a source for {place}. Services they name may not exist where you work.',
  conversationRules: 'Five rules for a conversation with a young person',
  barriers: 'In doubt? Ten barriers and what you can do',
  listFrom: 'From a source for {place}.',
  sourceLabel: 'Source: {source}',
  moreTips: 'More on what you can do in your role',
  unknownRoleInCheck: 'The role "{role}" is unknown. The result shows no tips for a role.',
  placeBE: 'Belgium',
  placeBEVLG: 'Flanders',
  placeBEBRU: 'Brussels',
  placeBEWAL: 'Wallonia',
  placeNL: 'the Netherlands',
};

export const roleTipsStrings: Readonly<Record<Locale, RoleTipsStrings>> = { nl, fr, en };
