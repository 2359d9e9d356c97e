// disclosureInputFor: what the ticked signs tell the law on professional secrecy, as the input
// of @mh/legal-secrecy's decideDisclosure. Pure: the check and any other app call it alike.
import { countryOf } from '@mh/core';
import type { BelgianSituation, DisclosureInput, DutchSituation } from '@mh/legal-secrecy';
import { thresholds, type Assessment } from './assess.js';

/**
 * The situation the law asks about, from a result of assessSignals:
 * - Belgium: a sign of the fiche's exploitation group is an indication that the minor is
 *   exploited: sexually (`sexual-acts-and-distress`, the poster's "aanwijzingen ... seksuele
 *   uitbuiting", seed 000) or for labour, which is trafficking (art. 433quinquies, seed 002 §2).
 *   Several signs together are indications of trafficking: the fiche says the fear of it is then
 *   real (seed 002 §4.1). Acute danger is the serious danger of art. 422bis. Whether you can
 *   protect the young person yourself is not asked by a checklist, so it is left unknown.
 * - The Netherlands: any sign, or danger, is a suspicion (a gut feeling is enough, seed 004,
 *   barrier 1); acute danger is the acute unsafety of the afwegingskader.
 * Returns undefined when nothing was ticked and no danger was said: there is nothing to weigh.
 * `knownThroughWork: false` says the reader does not know it through their work (a parent, a
 * friend): they hold no professional secret and fall under no meldcode.
 */
export function disclosureInputFor(result: Assessment, options: { readonly knownThroughWork?: boolean } = {}): DisclosureInput | undefined {
  if (result.level === 'none') return undefined;
  const acute = result.level === 'acute';
  const outsideWork = options.knownThroughWork === false ? { knownThroughWork: false } : {};
  if (countryOf(result.region) === 'NL') {
    const situation: DutchSituation = { ...outsideWork, suspicionOfAbuseOrExploitation: true, ...(acute ? { acuteOrStructuralUnsafety: true } : {}) };
    return { jurisdiction: 'NL', situation };
  }
  const exploitation = result.indicators.filter((indicator) => indicator.group === 'exploitation');
  const sexual = exploitation.some((indicator) => indicator.forms.includes('sexual'));
  const trafficked = exploitation.some((indicator) => !indicator.forms.includes('sexual')) || result.indicators.length >= thresholds.concern;
  const situation: BelgianSituation = {
    ...outsideWork,
    ...(sexual ? { minorExploitedSexually: true } : {}),
    ...(trafficked ? { minorTrafficked: true } : {}),
    ...(acute ? { seriousDanger: true } : {}),
  };
  return { jurisdiction: 'BE', situation };
}
