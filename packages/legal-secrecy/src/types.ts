// The shapes of @mh/legal-secrecy's data: legal provisions on secrecy and reporting, whom they
// let you tell, and the texts decideDisclosure() answers with.
import type { ContactId } from '@mh/contacts';
import type { LocalizedText, SourceRef } from '@mh/core';

export const jurisdictions = ['BE', 'NL'] as const;
/** The country whose law applies: Belgium or the Netherlands. */
export type Jurisdiction = (typeof jurisdictions)[number];

/**
 * What a provision does to a professional who holds a secret:
 * - `duty-of-secrecy`: you must keep what you were told in confidence to yourself (art. 458 Sw.).
 * - `right-to-speak`: you may speak, you do not have to (art. 458bis Sw., meldrecht).
 * - `duty-to-act`: you must act; keeping silent can be an offence (art. 422bis Sw.).
 * - `shared-secrecy`: you may share secrets inside a consultation set up as the law says (art. 458ter Sw.).
 * - `necessity`: a ground from case law that can justify speaking when a higher interest is at stake (noodtoestand).
 * - `procedure`: steps you must follow before you decide, not itself a right or a duty to speak (the meldcode).
 * - `protection`: protects the young person, not the professional (non-punishment of trafficking victims).
 */
export const provisionKinds = ['duty-of-secrecy', 'right-to-speak', 'duty-to-act', 'shared-secrecy', 'necessity', 'procedure', 'protection'] as const;
export type ProvisionKind = (typeof provisionKinds)[number];

/**
 * Where a provision comes from: a `statute` (an article of a law), `case-law` (a ground the
 * courts accept, with no article), or a `guideline` (a prosecution service's policy, no statute).
 */
export const legalBases = ['statute', 'case-law', 'guideline'] as const;
export type LegalBasis = (typeof legalBases)[number];

/** A text with the source it says. */
export interface CitedText {
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

/** An article number as a source gives it, e.g. `art. 458bis Sw.`. */
export interface CitedArticle {
  readonly article: string;
  readonly source: SourceRef;
}

/**
 * A Belgian provision's article in the Criminal Code of 1867 and in the new Criminal Code of
 * 2024 (in force 8 April 2026). `code2024` is `undefined` until a public source gives the new
 * number: it is never guessed.
 */
export interface BelgianArticles {
  readonly code1867?: CitedArticle;
  readonly code2024?: CitedArticle | undefined;
}

/** A Dutch provision's law (or, for a guideline, the instrument) and article where a source gives one. */
export interface DutchLaw {
  readonly name: LocalizedText;
  readonly article?: string;
  readonly source: SourceRef;
}

export const recipientIds = ['procureur-des-konings', 'police', 'case-consultation', 'veilig-thuis'] as const;
/** Whom a provision lets or makes you tell. */
export type RecipientId = (typeof recipientIds)[number];

export interface Recipient {
  readonly id: RecipientId;
  readonly jurisdiction: Jurisdiction;
  readonly name: LocalizedText;
  /** Ids of `@mh/contacts` contacts that reach this recipient; empty where there is none. */
  readonly contacts: readonly ContactId[];
  readonly source: SourceRef;
}

interface ProvisionBase {
  readonly id: string;
  readonly kind: ProvisionKind;
  readonly basis: LegalBasis;
  /** The provision's name, as a professional would look it up. */
  readonly name: LocalizedText;
  /** Who it applies to. */
  readonly appliesTo: LocalizedText;
  /** What it lets you do (a right), where it does. */
  readonly allows?: LocalizedText;
  /** What it makes you do (a duty or a procedure), where it does. */
  readonly requires?: LocalizedText;
  /** What it means for the young person (a protection), where it does. */
  readonly protects?: LocalizedText;
  /** Whom it lets or makes you tell; empty when it names no one. */
  readonly tellWhom: readonly RecipientId[];
  /** What must be true for it to apply, each from its source. */
  readonly conditions: readonly CitedText[];
  /** What it does not let you do, each from its source. */
  readonly doesNotAllow: readonly CitedText[];
  /** For a procedure: its steps, in order. */
  readonly steps?: readonly CitedText[];
  /** What else a reader should know: the status of the rule, a related rule. */
  readonly context: readonly CitedText[];
  /** One plain sentence a teacher understands, said first. */
  readonly summary: LocalizedText;
  readonly sources: readonly SourceRef[];
  /**
   * A public page, one of `sources`, and the section of it where a professional reads more about
   * the rule: the link `<mh-signal-check>` shows with its answer. Absent where no source
   * explains it for readers.
   */
  readonly readMore?: SourceRef;
  /** When the provision was last checked against its sources (YYYY-MM-DD). */
  readonly reviewedAt: string;
  /** For editors: what was checked, what was not found. Not shown to readers. */
  readonly note?: string;
}

export interface BelgianProvision extends ProvisionBase {
  readonly jurisdiction: 'BE';
  /** Empty for a ground from case law, which has no article. */
  readonly articles: BelgianArticles;
}

export interface DutchProvision extends ProvisionBase {
  readonly jurisdiction: 'NL';
  readonly law: DutchLaw;
}

export type Provision = BelgianProvision | DutchProvision;

/**
 * decideDisclosure's answer, in short:
 * - `must-act`: someone is in serious danger: you must help (schuldig verzuim, art. 422bis; it
 *   applies to everyone). Where you cannot protect the minor yourself or with others, you may
 *   also inform the prosecutor (BE).
 * - `may-speak`: the conditions of the right to speak are met: you may inform the prosecutor (BE).
 * - `may-speak-under-conditions`: there are indications of exploitation of a minor: you may break
 *   your secrecy if there is serious danger you cannot avert yourself or with others (BE).
 * - `may-share-in-consultation`: you may share in a case consultation set up as the law says (BE).
 * - `no-professional-secret`: you do not know it through your work, so you hold no professional
 *   secret about it: you may inform the police or the prosecutor like anyone (BE).
 * - `seek-advice`: no suspicion yet; a gut feeling is already enough to ask for advice (NL).
 * - `keep-secret`: your secrecy still applies; you can ask for advice without names (BE).
 * - `follow-meldcode`: follow the five steps of the meldcode; you may report to Veilig Thuis (NL).
 * - `report-is-the-norm`: acute or structural unsafety: reporting to Veilig Thuis is the norm (NL).
 */
export const verdicts = [
  'must-act',
  'may-speak',
  'may-speak-under-conditions',
  'may-share-in-consultation',
  'no-professional-secret',
  'seek-advice',
  'keep-secret',
  'follow-meldcode',
  'report-is-the-norm',
] as const;
export type Verdict = (typeof verdicts)[number];

export interface VerdictDefinition {
  readonly id: Verdict;
  readonly title: LocalizedText;
  readonly summary: LocalizedText;
  readonly sources: readonly SourceRef[];
}

/** A next step of an answer, with the contacts to show with it. */
export interface DisclosureStep {
  readonly id: string;
  readonly text: LocalizedText;
  /** Ids of `@mh/contacts` contacts to show with this step. */
  readonly contacts: readonly ContactId[];
  readonly sources: readonly SourceRef[];
}

/** Why an answer is what it is: a condition met or not met, in words. */
export interface DisclosureReason {
  readonly id: string;
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

/** Everything the package publishes as `@mh/legal-secrecy/data.json`. */
export interface LegalSecrecyDataFile {
  readonly provisions: readonly Provision[];
  readonly recipients: readonly Recipient[];
  readonly verdicts: readonly VerdictDefinition[];
  readonly steps: readonly DisclosureStep[];
  readonly reasons: readonly DisclosureReason[];
  /** Said with every answer: general information, not legal advice. */
  readonly disclaimer: LocalizedText;
  /** Said wherever a Belgian article number is shown: the numbers are those of the 1867 code. */
  readonly articleCaveat: CitedText;
}
