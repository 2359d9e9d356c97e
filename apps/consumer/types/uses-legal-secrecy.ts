// Compiled (not run) under bundler and node16 resolution: the published types must resolve in both.
import { decideDisclosure, getProvision, type Disclosure, type DisclosureInput, type ProvisionId } from '@mh/legal-secrecy';
import { parseProvisions } from '@mh/legal-secrecy/schema';

const concept: ProvisionId = 'right-to-speak';
// @ts-expect-error: a provision id that does not exist does not compile
const typo: ProvisionId = 'right-to-speek';

const input: DisclosureInput = { jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: true } };
// @ts-expect-error: a Belgian question is not a Dutch one
const mixed: DisclosureInput = { jurisdiction: 'NL', situation: { caseConsultation: 'informal' } };

export const answer: Disclosure = decideDisclosure(input);
export const article: string = getProvision(concept).articles.code1867.article;
export const parsed = parseProvisions([]);
export { typo, mixed };
