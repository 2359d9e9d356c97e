// guidanceFor: what a person in one role, in one region, is shown: the role's tips whose source
// speaks for that region; the role's tips from elsewhere, grouped by where they apply, so a page
// can show them as that place's practice (a Dutch tip is Dutch practice in Flanders, a Flemish
// scheme is not a Walloon one); the five conversation rules and the ten barriers, each list with
// the place its source speaks for when that is not the reader's. Pure: an element only renders it.
import type { Region } from '@mh/core';
import { barriers } from './data/barriers.js';
import { conversationRules } from './data/helping.js';
import { aboutForms, appliesIn, checkQuery } from './tips.js';
import type { Barrier, ExploitationForm, NumberedItem, Role, Tip } from './types.js';

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

/** A list from one document (the poster, the ten barriers): `from` where it does not apply here. */
function sourcedList<T extends { readonly regions: readonly Region[] }>(items: readonly T[], region: Region): SourcedList<T> {
  const from = items.find((item) => !appliesIn(item, region))?.regions[0];
  return from === undefined ? { items } : { items, from };
}

export function guidanceFor({ role: roleId, region, exploitation = [] }: GuidanceQuery): Guidance {
  const role = checkQuery(roleId, region, exploitation);

  const inView = role.tips.filter((tip) => aboutForms(tip, exploitation));
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

