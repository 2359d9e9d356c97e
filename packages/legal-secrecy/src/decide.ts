// decideDisclosure: from a few answers about a situation to "may I tell, must I, and to whom?",
// with the provisions, reasons, steps and contacts behind the answer. getProvision by id.
import type { ContactId } from '@mh/contacts';
import type { LocalizedText } from '@mh/core';
import { articleCaveat, provisions, type ProvisionId } from './data/provisions.js';
import { recipients } from './data/recipients.js';
import { reasons, steps, type ReasonId, type StepId } from './data/steps.js';
import { disclaimer, verdictDefinitions } from './data/verdicts.js';
import {
  jurisdictions,
  type CitedText,
  type DisclosureReason,
  type DisclosureStep,
  type Jurisdiction,
  type Provision,
  type Recipient,
  type RecipientId,
  type Verdict,
  type VerdictDefinition,
} from './types.js';

export const caseConsultationKinds = ['set-up-by-law', 'prosecutor-consent', 'informal'] as const;
/**
 * The kind of case consultation you take part in: `set-up-by-law` (by or under a law, decree or
 * ordinance), `prosecutor-consent` (with the reasoned consent of the procureur des Konings), or
 * `informal` (any other), per art. 458ter Sw.
 */
export type CaseConsultationKind = (typeof caseConsultationKinds)[number];

/** What you know about the situation in Belgium. Leave out what you do not know. */
export interface BelgianSituation {
  /** You know it through your position or profession, i.e. through your work. Default `true`. */
  readonly knownThroughWork?: boolean;
  /** There are indications that the minor is a victim of sexual exploitation (seed 000: "aanwijzingen"). */
  readonly minorExploitedSexually?: boolean;
  /** There are indications that the minor is a victim of human trafficking in any form (art. 433quinquies Sw.). */
  readonly minorTrafficked?: boolean;
  /** The minor is in serious danger: a serious and imminent danger to their physical or mental integrity. */
  readonly seriousDanger?: boolean;
  /** There are indications of a serious and real danger that other minors become victims. */
  readonly otherMinorsAtRisk?: boolean;
  /** You can protect the minor's integrity yourself or with others' help. Only `false` opens art. 458bis. */
  readonly canProtectAlone?: boolean;
  /** A case consultation you take part in, if there is one. */
  readonly caseConsultation?: CaseConsultationKind;
  /** The young person committed offences as a direct result of the exploitation. */
  readonly offencesResultOfExploitation?: boolean;
}

/** What you know about the situation in the Netherlands. Leave out what you do not know. */
export interface DutchSituation {
  /** You know it through your work, as a professional. Default `true`; a parent or friend does not. */
  readonly knownThroughWork?: boolean;
  /** You suspect domestic violence, child abuse or exploitation; a gut feeling counts (seed 004, barrier 1). */
  readonly suspicionOfAbuseOrExploitation?: boolean;
  /** You judge that there is acute and/or structural unsafety (afwegingskader, question 2). */
  readonly acuteOrStructuralUnsafety?: boolean;
  /** The young person committed offences under coercion during the exploitation. */
  readonly offencesResultOfExploitation?: boolean;
}

export type DisclosureInput =
  | { readonly jurisdiction: 'BE'; readonly situation: BelgianSituation }
  | { readonly jurisdiction: 'NL'; readonly situation: DutchSituation };

export interface Disclosure {
  readonly jurisdiction: Jurisdiction;
  readonly verdict: Verdict;
  /** The verdict's title and summary, in words. */
  readonly definition: VerdictDefinition;
  /** The provisions behind the answer, the deciding one first. */
  readonly provisions: readonly ProvisionId[];
  /** Why the answer is what it is. */
  readonly reasons: readonly DisclosureReason[];
  /** Whom you may or must tell; empty when no one. */
  readonly tellWhom: readonly Recipient[];
  /** What to do next, most urgent first. */
  readonly steps: readonly DisclosureStep[];
  /** The contact ids of those steps and recipients, each once, in the order they are named. */
  readonly contacts: readonly ContactId[];
  /** Said with every answer: general information, not legal advice. */
  readonly disclaimer: LocalizedText;
  /**
   * What a reader must know beside the provisions' article numbers: for Belgium, that they are
   * the numbers of the 1867 Criminal Code (a new code took effect in 2026). Show them
   * wherever the provisions are shown. Empty for the Netherlands.
   */
  readonly caveats: readonly CitedText[];
}

const provisionIds = provisions.map((provision) => provision.id);
const provisionById: ReadonlyMap<string, Provision> = new Map(provisions.map((provision) => [provision.id, provision]));

export class UnknownProvisionError extends Error {
  override readonly name = 'UnknownProvisionError';
  readonly unknownId: string;
  readonly validIds: readonly ProvisionId[];

  constructor(unknownId: string) {
    super(`Unknown provision id "${unknownId}". Valid ids: ${provisionIds.join(', ')}.`);
    this.unknownId = unknownId;
    this.validIds = provisionIds;
  }
}

export class UnknownJurisdictionError extends Error {
  override readonly name = 'UnknownJurisdictionError';
  readonly jurisdiction: unknown;
  readonly validJurisdictions: readonly Jurisdiction[] = jurisdictions;

  constructor(jurisdiction: unknown) {
    super(`Unknown jurisdiction ${JSON.stringify(jurisdiction) ?? String(jurisdiction)}. Use one of: ${jurisdictions.join(', ')} (BE for Belgium, NL for the Netherlands).`);
    this.jurisdiction = jurisdiction;
  }
}

export class InvalidSituationError extends Error {
  override readonly name = 'InvalidSituationError';
  readonly jurisdiction: Jurisdiction;
  /** One line per problem: the key and what is wrong with it. */
  readonly problems: readonly string[];

  constructor(jurisdiction: Jurisdiction, problems: readonly string[]) {
    super(`Invalid situation for ${jurisdiction}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.jurisdiction = jurisdiction;
    this.problems = problems;
  }
}

/** The provision with this id, typed as it is; throws UnknownProvisionError (listing the valid ids) for any other. */
export function getProvision<const Id extends ProvisionId>(id: Id): Extract<(typeof provisions)[number], { readonly id: Id }>;
export function getProvision(id: string): Provision;
export function getProvision(id: string): Provision {
  const provision = provisionById.get(id);
  if (!provision) throw new UnknownProvisionError(id);
  return provision;
}

const booleanKeys = {
  BE: ['knownThroughWork', 'minorExploitedSexually', 'minorTrafficked', 'seriousDanger', 'otherMinorsAtRisk', 'canProtectAlone', 'offencesResultOfExploitation'],
  NL: ['knownThroughWork', 'suspicionOfAbuseOrExploitation', 'acuteOrStructuralUnsafety', 'offencesResultOfExploitation'],
} as const satisfies Record<Jurisdiction, readonly string[]>;

function checkSituation(jurisdiction: Jurisdiction, situation: unknown): void {
  if (typeof situation !== 'object' || situation === null || Array.isArray(situation)) {
    throw new InvalidSituationError(jurisdiction, [`the situation must be an object, got ${situation === null ? 'null' : typeof situation}`]);
  }
  const allowed: readonly string[] = jurisdiction === 'BE' ? [...booleanKeys.BE, 'caseConsultation'] : booleanKeys.NL;
  const problems: string[] = [];
  for (const [key, value] of Object.entries(situation)) {
    if (!allowed.includes(key)) {
      problems.push(`"${key}" is not a question for ${jurisdiction}; use: ${allowed.join(', ')}`);
    } else if (key === 'caseConsultation') {
      if (value !== undefined && !(caseConsultationKinds as readonly unknown[]).includes(value)) {
        problems.push(`"caseConsultation" must be one of ${caseConsultationKinds.join(', ')}, got ${JSON.stringify(value)}`);
      }
    } else if (value !== undefined && typeof value !== 'boolean') {
      problems.push(`"${key}" must be true or false, got ${JSON.stringify(value)}`);
    }
  }
  if (problems.length > 0) throw new InvalidSituationError(jurisdiction, problems);
}

const stepById: ReadonlyMap<string, DisclosureStep> = new Map(steps.map((step) => [step.id, step]));
const reasonById: ReadonlyMap<string, DisclosureReason> = new Map(reasons.map((reason) => [reason.id, reason]));
const recipientById: ReadonlyMap<string, Recipient> = new Map(recipients.map((recipient) => [recipient.id, recipient]));
const definitionById: ReadonlyMap<string, VerdictDefinition> = new Map(verdictDefinitions.map((definition) => [definition.id, definition]));

interface Draft {
  verdict: Verdict;
  provisions: ProvisionId[];
  reasons: ReasonId[];
  tellWhom: RecipientId[];
  steps: StepId[];
}

/**
 * Belgium (seed 002 §9 is the authority; PUBLIC-FACTS §8 gives the statutory wording):
 * - What you do not know through your work is not a professional secret (art. 458 covers what
 *   you know "uit hoofde van staat of beroep"): you may tell the police or the prosecutor like
 *   anyone.
 * - Serious danger obliges everyone to help (art. 422bis, schuldig verzuim; it names no one to
 *   tell). The right to speak (art. 458bis) comes in only where you cannot protect the minor
 *   yourself or with others; then the playbook asks you to inform the parket directly (§4.2).
 * - Without danger, indications of exploitation let you speak under the conditions of art.
 *   458bis; all of them met, you may inform the prosecutor.
 * - A case consultation lifts secrecy only if set up by law or with the prosecutor's consent.
 */
function decideBelgium(situation: BelgianSituation): Draft {
  const knownThroughWork = situation.knownThroughWork !== false;
  const exploited = situation.minorExploitedSexually === true || situation.minorTrafficked === true;
  const seriousDanger = situation.seriousDanger === true;
  const canProtect = situation.canProtectAlone;
  const rightToSpeakMet = knownThroughWork && exploited && (seriousDanger || situation.otherMinorsAtRisk === true) && canProtect === false;
  const lawfulConsultation = situation.caseConsultation === 'set-up-by-law' || situation.caseConsultation === 'prosecutor-consent';

  let draft: Draft;
  if (seriousDanger) {
    // Whether the right to speak also applies turns on one question: can you protect the minor?
    const mayInformProsecutor = knownThroughWork && canProtect !== true;
    draft = {
      verdict: 'must-act',
      provisions: ['duty-to-help', ...(mayInformProsecutor ? (['right-to-speak'] as const) : []), ...(knownThroughWork ? (['professional-secrecy'] as const) : [])],
      reasons: [
        'serious-danger',
        ...(!knownThroughWork
          ? (['not-known-through-work'] as const)
          : rightToSpeakMet
            ? (['right-to-speak-met', 'prosecutor-only'] as const)
            : canProtect === true
              ? (['can-protect-yourself'] as const)
              : (['right-to-speak-if-you-cannot-protect'] as const)),
      ],
      tellWhom: !knownThroughWork ? ['police', 'procureur-des-konings'] : rightToSpeakMet ? ['procureur-des-konings'] : [],
      steps: [
        'call-emergency-be',
        'help-the-young-person',
        ...(!knownThroughWork ? (['tell-police-like-anyone'] as const) : mayInformProsecutor ? (['inform-prosecutor-now', 'reach-the-parket'] as const) : []),
        'be-open-with-the-young-person',
      ],
    };
  } else if (!knownThroughWork) {
    draft = {
      verdict: 'no-professional-secret',
      provisions: ['professional-secrecy', 'duty-to-help'],
      reasons: ['not-known-through-work'],
      tellWhom: ['police', 'procureur-des-konings'],
      steps: ['tell-police-like-anyone', 'reach-the-parket', 'talk-to-child-focus', 'look-again-for-danger'],
    };
  } else if (rightToSpeakMet) {
    draft = {
      verdict: 'may-speak',
      provisions: ['right-to-speak', 'professional-secrecy'],
      reasons: ['right-to-speak-met', 'prosecutor-only'],
      tellWhom: ['procureur-des-konings'],
      steps: ['inform-prosecutor', 'reach-the-parket', 'be-open-with-the-young-person', 'talk-to-child-focus', 'talk-to-specialised-centre'],
    };
  } else if (lawfulConsultation) {
    draft = {
      verdict: 'may-share-in-consultation',
      provisions: ['shared-secrecy', 'professional-secrecy'],
      reasons: ['lawful-consultation'],
      tellWhom: ['case-consultation'],
      steps: ['share-in-consultation'],
    };
  } else if (exploited) {
    draft = {
      verdict: 'may-speak-under-conditions',
      provisions: ['right-to-speak', 'professional-secrecy', 'state-of-necessity'],
      reasons: ['exploitation-indicated', ...(canProtect === true ? (['can-protect-yourself'] as const) : (['right-to-speak-conditions'] as const)), 'necessity-remains'],
      tellWhom: [],
      steps: ['talk-to-child-focus', 'talk-to-specialised-centre', 'look-again-for-danger', 'be-open-with-the-young-person'],
    };
  } else {
    draft = {
      verdict: 'keep-secret',
      provisions: ['professional-secrecy', 'state-of-necessity'],
      reasons: ['no-ground', 'necessity-remains'],
      tellWhom: [],
      steps: ['talk-to-child-focus', 'look-again-for-danger'],
    };
  }

  // A lawful consultation is a second way to share, whatever else applies.
  if (lawfulConsultation && knownThroughWork && draft.verdict !== 'may-share-in-consultation') {
    draft.provisions.push('shared-secrecy');
    draft.reasons.push('lawful-consultation');
    draft.tellWhom.push('case-consultation');
    draft.steps.push('share-in-consultation');
  }
  if (situation.caseConsultation === 'informal' && knownThroughWork) {
    draft.provisions.push('shared-secrecy');
    draft.reasons.push('informal-consultation');
  }
  if (situation.offencesResultOfExploitation === true) {
    draft.provisions.push('non-punishment-be');
    draft.steps.push('no-punishment-be');
  }
  return draft;
}

/**
 * The Netherlands: a suspicion (a gut feeling is enough) brings the meldcode's five steps, and the
 * meldrecht lets you report to Veilig Thuis without consent. Acute or structural unsafety makes
 * reporting the norm (afwegingskader). Someone who does not know it through their work (a parent,
 * a friend) has neither: like anyone who worries about a child, they may call Veilig Thuis, and
 * 112 in direct danger.
 */
function decideNetherlands(situation: DutchSituation): Draft {
  const unsafety = situation.acuteOrStructuralUnsafety === true;
  const suspicion = unsafety || situation.suspicionOfAbuseOrExploitation === true;

  let draft: Draft;
  if (situation.knownThroughWork === false) {
    draft = {
      verdict: 'no-professional-secret',
      provisions: [],
      reasons: ['not-known-through-work-nl'],
      tellWhom: ['veilig-thuis'],
      steps: [...(unsafety ? (['call-112-nl'] as const) : []), 'anyone-may-call-veilig-thuis'],
    };
  } else if (unsafety) {
    draft = {
      verdict: 'report-is-the-norm',
      provisions: ['meldcode', 'meldrecht'],
      reasons: ['acute-or-structural-unsafety', 'trafficking-not-named'],
      tellWhom: ['veilig-thuis'],
      steps: ['call-112-nl', 'report-to-veilig-thuis', 'may-report-without-consent', 'do-what-is-right'],
    };
  } else if (suspicion) {
    draft = {
      verdict: 'follow-meldcode',
      provisions: ['meldcode', 'meldrecht'],
      reasons: ['suspicion', 'trafficking-not-named'],
      tellWhom: ['veilig-thuis'],
      steps: ['meldcode-step-1', 'meldcode-step-2', 'meldcode-step-3', 'meldcode-step-4', 'meldcode-step-5', 'may-report-without-consent', 'ask-care-coordinator'],
    };
  } else {
    draft = {
      verdict: 'seek-advice',
      provisions: ['meldcode'],
      reasons: ['no-suspicion'],
      tellWhom: [],
      steps: ['gut-feeling-is-enough', 'ask-care-coordinator'],
    };
  }
  if (situation.offencesResultOfExploitation === true) {
    draft.provisions.push('non-punishment-nl');
    draft.steps.push('no-punishment-nl');
  }
  return draft;
}

function pick<T>(byId: ReadonlyMap<string, T>, id: string): T {
  const found = byId.get(id);
  if (found === undefined) throw new Error(`@mh/legal-secrecy: no data for "${id}"; this is a bug in the package`);
  return found;
}

/**
 * Answers "may I tell, must I, and to whom?" for a situation, from the cited provisions. Throws
 * UnknownJurisdictionError for a jurisdiction other than BE or NL, and InvalidSituationError for
 * a question that does not belong to that jurisdiction or an answer of the wrong type.
 */
export function decideDisclosure(input: DisclosureInput): Disclosure {
  const jurisdiction: unknown = (input as { jurisdiction?: unknown } | null | undefined)?.jurisdiction;
  if (!(jurisdictions as readonly unknown[]).includes(jurisdiction)) throw new UnknownJurisdictionError(jurisdiction);
  checkSituation(input.jurisdiction, input.situation);
  const draft = input.jurisdiction === 'BE' ? decideBelgium(input.situation) : decideNetherlands(input.situation);

  const tellWhom = draft.tellWhom.map((id) => pick(recipientById, id));
  const answerSteps = draft.steps.map((id) => pick(stepById, id));
  return {
    jurisdiction: input.jurisdiction,
    verdict: draft.verdict,
    definition: pick(definitionById, draft.verdict),
    provisions: [...new Set(draft.provisions)],
    reasons: [...new Set(draft.reasons)].map((id) => pick(reasonById, id)),
    tellWhom,
    steps: answerSteps,
    contacts: [...new Set([...tellWhom.flatMap((recipient) => recipient.contacts), ...answerSteps.flatMap((step) => step.contacts)])],
    disclaimer,
    caveats: input.jurisdiction === 'BE' ? [articleCaveat] : [],
  };
}
