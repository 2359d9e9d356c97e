// @mh/legal-secrecy: "Am I allowed to tell, do I have to, and to whom?" for professionals who
// worry about a minor in Belgium or the Netherlands. No zod here: validators live in
// `@mh/legal-secrecy/schema`. General information, not legal advice.
import { articleCaveat, provisions } from './data/provisions.js';
import { recipients } from './data/recipients.js';
import { reasons, steps } from './data/steps.js';
import { disclaimer, verdictDefinitions } from './data/verdicts.js';
import type { LegalSecrecyDataFile } from './types.js';

export { provisions, recipients, verdictDefinitions, disclaimer, articleCaveat };
export type { ProvisionId } from './data/provisions.js';
export {
  decideDisclosure,
  getProvision,
  caseConsultationKinds,
  InvalidSituationError,
  UnknownJurisdictionError,
  UnknownProvisionError,
  type BelgianSituation,
  type CaseConsultationKind,
  type Disclosure,
  type DisclosureInput,
  type DutchSituation,
} from './decide.js';
export {
  jurisdictions,
  legalBases,
  provisionKinds,
  recipientIds,
  verdicts,
  type BelgianArticles,
  type BelgianProvision,
  type CitedArticle,
  type CitedText,
  type DisclosureReason,
  type DisclosureStep,
  type DutchLaw,
  type DutchProvision,
  type Jurisdiction,
  type LegalBasis,
  type LegalSecrecyDataFile,
  type Provision,
  type ProvisionKind,
  type Recipient,
  type RecipientId,
  type Verdict,
  type VerdictDefinition,
} from './types.js';

/** What `@mh/legal-secrecy/data.json` holds. */
export const dataFile: LegalSecrecyDataFile = { provisions, recipients, verdicts: verdictDefinitions, steps, reasons, disclaimer, articleCaveat };
