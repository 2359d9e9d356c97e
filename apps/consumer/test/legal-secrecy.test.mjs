// Uses @mh/legal-secrecy as an app does: the README's cases, the data files, the schema entry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localize } from '@mh/core';
import { decideDisclosure, getProvision, provisions, UnknownJurisdictionError, UnknownProvisionError } from '@mh/legal-secrecy';
import data from '@mh/legal-secrecy/data.json' with { type: 'json' };
import jsonSchema from '@mh/legal-secrecy/data.schema.json' with { type: 'json' };

test('sexual exploitation known through work: may inform the procureur des Konings, not the police', () => {
  const answer = decideDisclosure({
    jurisdiction: 'BE',
    situation: { minorExploitedSexually: true, knownThroughWork: true, otherMinorsAtRisk: true, canProtectAlone: false },
  });
  assert.equal(answer.verdict, 'may-speak');
  assert.deepEqual(answer.tellWhom.map((recipient) => recipient.id), ['procureur-des-konings']);
  assert.ok(!answer.contacts.includes('police-101'));
  assert.equal(localize(answer.disclaimer, 'fr').text, 'Information générale, pas un avis juridique.');
});

test('serious danger must be acted on; an informal consultation lifts nothing; NL follows the meldcode', () => {
  assert.equal(decideDisclosure({ jurisdiction: 'BE', situation: { seriousDanger: true } }).verdict, 'must-act');
  assert.equal(decideDisclosure({ jurisdiction: 'BE', situation: { caseConsultation: 'informal' } }).verdict, 'keep-secret');
  assert.equal(decideDisclosure({ jurisdiction: 'BE', situation: { caseConsultation: 'set-up-by-law' } }).verdict, 'may-share-in-consultation');
  assert.equal(decideDisclosure({ jurisdiction: 'NL', situation: { suspicionOfAbuseOrExploitation: true } }).verdict, 'follow-meldcode');
  assert.equal(decideDisclosure({ jurisdiction: 'NL', situation: { acuteOrStructuralUnsafety: true } }).verdict, 'report-is-the-norm');
});

test('bad input is a typed error an app can catch', () => {
  assert.throws(() => decideDisclosure({ jurisdiction: 'FR', situation: {} }), UnknownJurisdictionError);
  assert.throws(() => getProvision('art-458'), UnknownProvisionError);
});

test('data.json holds the nine provisions, with no guessed 2024 article, and its JSON Schema was generated for it', () => {
  assert.deepEqual(
    data.provisions.map((provision) => provision.id),
    provisions.map((provision) => provision.id),
  );
  assert.equal(data.provisions.length, 9);
  assert.ok(data.provisions.every((provision) => provision.jurisdiction !== 'BE' || !('code2024' in provision.articles)));
  assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(jsonSchema.$id, '@mh/legal-secrecy/data.schema.json');
  assert.deepEqual(Object.keys(jsonSchema.properties).sort(), ['articleCaveat', 'disclaimer', 'provisions', 'reasons', 'recipients', 'steps', 'verdicts']);
});

test('parseProvisions names the path of a problem in a site’s own data', async () => {
  const { parseProvisions } = await import('@mh/legal-secrecy/schema');
  const broken = structuredClone(data.provisions);
  broken[1].summary.fr.status = 'final';
  assert.throws(() => parseProvisions(broken), /\[1\]\.summary\.fr\.status/);
});
