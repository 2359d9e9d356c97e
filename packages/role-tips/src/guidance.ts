// guidanceFor: what a person in one role, in one region, is shown: the role's tips whose source
// speaks for that region; the role's tips from elsewhere, grouped by where they apply, so a page
// can show them as that place's practice (a Dutch tip is Dutch practice in Flanders, a Flemish
// scheme is not a Walloon one); the five conversation rules and the ten barriers, each list with
// the place its source speaks for when that is not the reader's. Pure: an element only renders it.
import { isRegion, regionIncludes, regions, type Region } from '@mh/core';
import { barriers } from './data/barriers.js';
import { conversationRules } from './data/helping.js';
import { getRole, UnknownRoleError } from './tips.js';
import { exploitationForms, type Barrier, type ExploitationForm, type NumberedItem, type Role, type Tip } from './types.js';

export interface GuidanceQuery {
  /** A role id (`teacher`, `gp` …); an unknown one throws UnknownRoleError with the valid ids. */
  readonly role: string;
  readonly region: Region;
  /** The forms of exploitation in view (what was ticked); none or empty: all forms. */
  readonly exploitation?: readonly ExploitationForm[];
}

/** Tips of the role that apply elsewhere, with the region their source speaks for. */
export interface PracticeElsewhere {
  readonly region: Region;
  readonly tips: readonly Tip[];
}

/** A list from one source, with the region that source speaks for when it is not the reader's. */
export interface SourcedList<T> {
  readonly items: readonly T[];
  /** Set when the list's source does not speak for the reader's region: say where it is from. */
  readonly from?: Region;
}

export interface Guidance {
  readonly role: Role;
  readonly region: Region;
  /** The role's tips whose source speaks for the region, in the sources' order. */
  readonly tips: readonly Tip[];
  /** The role's other tips, by the region their source speaks for, in data order. */
  readonly elsewhere: readonly PracticeElsewhere[];
  readonly conversationRules: SourcedList<NumberedItem>;
  readonly barriers: SourcedList<Barrier>;
}

const appliesIn = (item: { readonly regions: readonly Region[] }, region: Region) => item.regions.some((area) => regionIncludes(area, region));

/** A list from one document (the poster, the ten barriers): `from` where it does not apply here. */
function sourcedList<T extends { readonly regions: readonly Region[] }>(items: readonly T[], region: Region): SourcedList<T> {
  const from = items.find((item) => !appliesIn(item, region))?.regions[0];
  return from === undefined ? { items } : { items, from };
}

export function guidanceFor({ role: roleId, region, exploitation = [] }: GuidanceQuery): Guidance {
  const role = getRole(roleId);
  if (!role) throw new UnknownRoleError(roleId);
  if (!isRegion(region)) throw new TypeError(`Unknown region "${String(region)}". Use one of: ${regions.join(', ')}.`);
  const unknownForm = exploitation.find((form) => !(exploitationForms as readonly string[]).includes(form));
  if (unknownForm !== undefined) throw new TypeError(`Unknown form of exploitation "${String(unknownForm)}". Use one of: ${exploitationForms.join(', ')}.`);

  const inView = role.tips.filter((tip) => exploitation.length === 0 || tip.forms.some((form) => exploitation.includes(form)));
  const here = inView.filter((tip) => appliesIn(tip, region));
  const elsewhere = new Map<Region, Tip[]>();
  for (const tip of inView) {
    if (here.includes(tip)) continue;
    const place = tip.regions[0]!;
    elsewhere.set(place, [...(elsewhere.get(place) ?? []), tip]);
  }
  return {
    role,
    region,
    tips: here,
    elsewhere: [...elsewhere].map(([place, tips]) => ({ region: place, tips })),
    conversationRules: sourcedList(conversationRules, region),
    barriers: sourcedList(barriers, region),
  };
}

/** How serious a result is, as @mh/indicators' assessSignals says it. */
export type ResultLevel = 'none' | 'attention' | 'concern' | 'acute';

export interface ResultTipsQuery extends GuidanceQuery {
  readonly level: ResultLevel;
  /** At most this many tips (default 3): a result is read on a phone, at a moment of worry. */
  readonly max?: number;
}

export interface ResultTips {
  readonly role: Role;
  /** The role's most relevant tips here, at most `max`. */
  readonly tips: readonly Tip[];
  /** How many of the role's tips apply here in all: more than `tips` shows means there is more to read. */
  readonly here: number;
}

/**
 * What a result of the check adds for a reader in a role: the role's tips whose source speaks for
 * the region, for the forms of exploitation ticked, in the sources' order, at most `max`. In
 * danger the tips about danger (their own words say so) come first; below it they are left out,
 * as they are for danger. No source ranks a role's tips otherwise.
 */
export function resultTipsFor({ level, max = 3, ...query }: ResultTipsQuery): ResultTips {
  const { role, tips } = guidanceFor(query);
  const ranked = level === 'acute' ? [...tips.filter((tip) => tip.danger), ...tips.filter((tip) => !tip.danger)] : tips.filter((tip) => !tip.danger);
  return { role, tips: ranked.slice(0, Math.max(0, max)), here: ranked.length };
}
