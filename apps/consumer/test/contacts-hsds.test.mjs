// Imports @mh/contacts/hsds and @mh/contacts/hsds.json as an app does, in plain Node ESM: the
// published file is what the function returns, and the runtime entry does not carry the export.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import hsds from '@mh/contacts/hsds.json' with { type: 'json' };

test('@mh/contacts/hsds and @mh/contacts/hsds.json agree', async () => {
  const { toHsds, hsdsId, HsdsExportError } = await import('@mh/contacts/hsds');
  const { contacts } = await import('@mh/contacts');
  assert.deepEqual(toHsds(), hsds);
  assert.deepEqual(hsds.map((organization) => organization.mh_id), contacts.map((contact) => contact.id));
  assert.equal(hsds[0].id, hsdsId('organization:child-focus'));
  assert.equal(hsds[0].services[0].phones[0].number, '+32116000');
  for (const organization of hsds) {
    for (const service of organization.services) assert.equal(service.organization_id, organization.id);
  }
  assert.equal(typeof HsdsExportError, 'function');
});

/** Every file a module loads through relative imports. */
function filesLoadedBy(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, relative] of readFileSync(file, 'utf8').matchAll(/from\s*["'](\.[^"']+)["']/g)) filesLoadedBy(join(dirname(file), relative), seen);
  return seen;
}

test('@mh/contacts (the card bundle) does not carry the HSDS export', () => {
  const files = [...filesLoadedBy(fileURLToPath(import.meta.resolve('@mh/contacts')))];
  assert.ok(files.length >= 2, 'expected the runtime entry to load its chunks');
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    assert.doesNotMatch(code, /from\s*["']uuid["']/, `${file} imports uuid`);
    assert.doesNotMatch(code, /toHsds/, `${file} contains the HSDS export`);
  }
  // The check can see the export where it is.
  assert.match(readFileSync(fileURLToPath(import.meta.resolve('@mh/contacts/hsds')), 'utf8'), /from\s*["']uuid["']/);
});
