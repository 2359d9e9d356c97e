// The shapes of @mh/indicators' data: indicators in groups, assessment levels and next steps.
import type { ContactId } from '@mh/contacts';
import type { LocalizedText, Region, SourceRef } from '@mh/core';

export const indicatorGroupIds = ['psychological', 'behavioural-physical', 'exploitation', 'running-away'] as const;
export type IndicatorGroupId = (typeof indicatorGroupIds)[number];

export const exploitationForms = ['sexual', 'criminal', 'labour'] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

export const levels = ['none', 'attention', 'concern', 'acute'] as const;
export type Level = (typeof levels)[number];

export interface IndicatorGroup {
  readonly id: IndicatorGroupId;
  readonly name: LocalizedText;
  readonly source: SourceRef;
}

/** A cited text, for what an indicator can look like in practice or what to keep in mind. */
export interface CitedText {
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

export interface Indicator {
  readonly id: string;
  readonly group: IndicatorGroupId;
  /** The signal, faithful to the source, written about "the young person". */
  readonly text: LocalizedText;
  /** What it can look like in practice, where a source says so. */
  readonly looksLike: readonly CitedText[];
  /** Something to keep in mind when you see it, where a source says so. */
  readonly note?: CitedText;
  /** The forms of exploitation it points to, where a source supports it; empty when it can point to any. */
  readonly forms: readonly ExploitationForm[];
  readonly source: SourceRef;
}

export interface LevelDefinition {
  readonly id: Level;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly source: SourceRef;
}

export interface NextStep {
  readonly id: string;
  /** The levels this step belongs to. */
  readonly levels: readonly Level[];
  /** Where the step applies: a step for BE also applies in BE-VLG, BE-BRU and BE-WAL. */
  readonly regions: readonly Region[];
  readonly title: LocalizedText;
  readonly detail?: LocalizedText;
  /** The `@mh/contacts` contacts to show with this step: a typo does not compile. */
  readonly contacts: readonly ContactId[];
  /**
   * A number to call now: in danger, a page shows the phones of this step's contacts as
   * click-to-call links before anything else (`Assessment.callNow`).
   */
  readonly callNow?: true;
  /** Concept ids of `@mh/legal-secrecy` provisions that govern this step. */
  readonly provisions: readonly string[];
  readonly sources: readonly SourceRef[];
}

/** Everything the package publishes as `@mh/indicators/data.json`. */
export interface IndicatorsDataFile {
  readonly groups: readonly IndicatorGroup[];
  readonly indicators: readonly Indicator[];
  readonly levels: readonly LevelDefinition[];
  readonly steps: readonly NextStep[];
  /** What human trafficking is, with the teen-pimp method (nl-NL: the loverboy) as a form of it. */
  readonly traffickingDefinition: CitedText;
}
