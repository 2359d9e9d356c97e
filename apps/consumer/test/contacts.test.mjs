// Imports @mh/contacts as an app does (its package exports, its built files), in plain Node ESM.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import data from '@mh/contacts/data.json' with { type: 'json' };
import jsonSchema from '@mh/contacts/data.schema.json' with { type: 'json' };

test('the runtime entry finds contacts, knows hours and exports cards', async () => {
  const contacts = await import('@mh/contacts');
  assert.throws(() => contacts.getContact('child-fokus'), (error) => {
    assert.ok(error instanceof contacts.UnknownContactError);
    assert.equal(error.id, 'child-fokus');
    assert.ok(error.validIds.includes('child-focus'));
    return true;
  });
  assert.equal(contacts.toJsonLd(contacts.getContact('veilig-thuis'))['@type'], 'Organization');
  assert.deepEqual(contacts.dataFile, data, 'data.json is the data the runtime entry exports');
});

test('the schema entry validates and names the path of a problem', async () => {
  const { parseContacts, dataJsonSchema, DataValidationError } = await import('@mh/contacts/schema');
  assert.equal(parseContacts(data.contacts).length, data.contacts.length);
  const broken = structuredClone(data.contacts);
  broken[0].services[1].phones[0].number = '02 475 44 11';
  assert.throws(() => parseContacts(broken), (error) => {
    assert.ok(error instanceof DataValidationError);
    assert.match(error.message, /\[0\]\.services\[1\]\.phones\[0\]\.number/);
    return true;
  });
  assert.deepEqual(dataJsonSchema(), jsonSchema);
  assert.equal(jsonSchema.$id, '@mh/contacts/data.schema.json');
});
