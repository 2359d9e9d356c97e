// resultTipsFor: what a result of the check adds for a reader in a role. Apart from guidanceFor so
// that a page with the check alone carries the roles' tips, not the conversation rules and barriers.
import type { Region } from '@mh/core';
import { aboutForms, appliesIn, checkQuery } from './tips.js';
import type { ExploitationForm, Role, Tip } from './types.js';

/** How serious a result is, as @mh/indicators' assessSignals says it. */
export type ResultLevel = 'none' | 'attention' | 'concern' | 'acute';

export interface ResultTipsQuery {
  /** A role id; an unknown one throws UnknownRoleError with the valid ids. */
  readonly role: string;
  readonly region: Region;
  /** The forms of exploitation ticked; none or empty: all forms. */
  readonly exploitation?: readonly ExploitationForm[];
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
export function resultTipsFor({ role: roleId, region, exploitation = [], level, max = 3 }: ResultTipsQuery): ResultTips {
  const role = checkQuery(roleId, region, exploitation);
  const tips = role.tips.filter((tip) => aboutForms(tip, exploitation) && appliesIn(tip, region));
  const ranked = level === 'acute' ? [...tips.filter((tip) => tip.danger), ...tips.filter((tip) => !tip.danger)] : tips.filter((tip) => !tip.danger);
  return { role, tips: ranked.slice(0, Math.max(0, max)), here: ranked.length };
}
