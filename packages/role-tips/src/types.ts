// The shapes of @mh/role-tips' data: roles and their tips, conversation rules, the helping
// relationship, specialised shelter, the ten barriers to signalling, and where to learn more.
import type { LocalizedText, Region, SourceRef } from '@mh/core';

export const exploitationForms = ['sexual', 'criminal', 'labour'] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

/** One thing a person in a role can do, or can expect, as its source says it. */
export interface Tip {
  /** Unique across all roles, so a site can link to one tip. */
  readonly id: string;
  /** Written to the person in the role ("je"), faithful to the source. */
  readonly text: LocalizedText;
  /** The forms of exploitation the tip is about: those its source document is about. */
  readonly forms: readonly ExploitationForm[];
  /** Where the tip applies: a tip for BE also applies in BE-VLG, BE-BRU and BE-WAL. */
  readonly regions: readonly Region[];
  /** The tip is about what to do in danger (its own words say so): first when there is danger. */
  readonly danger?: true;
  readonly source: SourceRef;
}

export interface Role {
  readonly id: string;
  readonly name: LocalizedText;
  /** The regions the role has tips for. */
  readonly regions: readonly Region[];
  /**
   * Whether a person in the role knows what they see through their work, and so may hold a
   * professional secret and fall under the meldcode: false for a parent or friend.
   */
  readonly professional: boolean;
  readonly tips: readonly Tip[];
}

/** A cited text with an id, such as one tip for the helping relationship. */
export interface CitedItem {
  readonly id: string;
  readonly text: LocalizedText;
  /** Where it applies: where its source speaks (the poster is Flemish, for Belgium). */
  readonly regions: readonly Region[];
  readonly source: SourceRef;
}

/** An item of a list whose order is the source's (conversation rules, shelter phases). */
export interface NumberedItem extends CitedItem {
  /** 1 for the first item, in the source's order. */
  readonly number: number;
}

/** A cited text without an id, for a note beside a list. */
export interface CitedText {
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

/** A doubt that keeps a professional from signalling, and the source's answer to it. */
export interface Barrier {
  readonly id: string;
  readonly number: number;
  /** The doubt, quoted as the source words it (without the quotation marks). */
  readonly doubt: LocalizedText;
  readonly answer: LocalizedText;
  /** Where the answer applies: where its source speaks (the ten barriers are Dutch). */
  readonly regions: readonly Region[];
  readonly source: SourceRef;
}

/** A legal principle, explained in plain words. */
export interface Principle {
  readonly id: string;
  readonly name: LocalizedText;
  readonly text: LocalizedText;
  /** Where the source states it. */
  readonly regions: readonly Region[];
  readonly source: SourceRef;
}

/** A course to learn more, with its address as the source gives it. */
export interface LearningResource {
  readonly id: string;
  /** Its own name, not translated. */
  readonly name: string;
  readonly url: string;
  readonly providers: readonly string[];
  readonly free: boolean;
  readonly text: LocalizedText;
  readonly forms: readonly ExploitationForm[];
  readonly regions: readonly Region[];
  readonly source: SourceRef;
}

/** Everything the package publishes as `@mh/role-tips/data.json`. */
export interface RoleTipsDataFile {
  readonly roles: readonly Role[];
  /** The five rules for a conversation with a young person, in the poster's order. */
  readonly conversationRules: readonly NumberedItem[];
  readonly relationshipTips: readonly CitedItem[];
  readonly shelterIntro: CitedText;
  /** The three phases of specialised shelter, in order. */
  readonly shelterPhases: readonly NumberedItem[];
  /** Who the specialised shelters are for, from the Flemish playbook. */
  readonly shelterNote: CitedText;
  /** The ten barriers to signalling, in the source's order. */
  readonly barriers: readonly Barrier[];
  readonly nonPunishment: Principle;
  readonly learning: LearningResource;
}
