// The packages point at each other by id: a next step names contacts and legal provisions.
// Each id must exist in the package that owns it, or a widget would show "unknown" to a user.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contacts } from '@mh/contacts';
import { steps } from '@mh/indicators';
import { provisions } from '@mh/legal-secrecy';

const contactIds = new Set(contacts.map((contact) => contact.id));
const provisionIds = new Set(provisions.map((provision) => provision.id));

test('every contact a next step names exists in @mh/contacts', () => {
  const missing = steps.flatMap((step) => step.contacts.filter((id) => !contactIds.has(id)).map((id) => `${step.id} → ${id}`));
  assert.deepEqual(missing, []);
});

test('every provision a next step names exists in @mh/legal-secrecy', () => {
  const named = steps.flatMap((step) => step.provisions);
  assert.ok(named.length > 0, 'expected the acute steps to name provisions');
  const missing = steps.flatMap((step) => step.provisions.filter((id) => !provisionIds.has(id)).map((id) => `${step.id} → ${id}`));
  assert.deepEqual(missing, []);
});
