// Uses @mh/role-tips as an app does: the runtime entry, the data files, the schema entry.
// (That the runtime entry loads no zod is checked for every package in runtime-entries.test.mjs.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localize } from '@mh/core';
import { barriers, conversationRules, getRole, rolesFor, shelterPhases, tipsFor, UnknownRoleError } from '@mh/role-tips';
import data from '@mh/role-tips/data.json' with { type: 'json' };
import jsonSchema from '@mh/role-tips/data.schema.json' with { type: 'json' };

test('a role’s tips, filtered by region and form', () => {
  assert.deepEqual(
    tipsFor('police', { region: 'NL' }).map((tip) => tip.id),
    ['police-nl-record-suspicions', 'police-nl-limit-interviews', 'police-nl-assess-risk'],
  );
  assert.ok(tipsFor('police', { region: 'BE-WAL' }).every((tip) => tip.regions.includes('BE')));
  assert.equal(tipsFor('youth-prosecutor', { form: 'criminal' }).length, 0);
  assert.equal(localize(getRole('teacher').name, 'fr').text, 'Enseignant');
  assert.deepEqual(rolesFor('BE-BRU').map((role) => role.id), ['police', 'social-worker', 'youth-prosecutor', 'reference-magistrate']);
});

test('an unknown role is a typed error an app can catch, with the valid roles', () => {
  assert.throws(
    () => tipsFor('teachr'),
    (error) => error instanceof UnknownRoleError && error.validIds.includes('teacher') && /Valid roles: parent-or-friend/.test(error.message),
  );
});

test('the lists the sources number keep their count and order', () => {
  assert.equal(conversationRules.length, 5);
  assert.equal(conversationRules[0].text.nl, 'Bied een veilig kader');
  assert.deepEqual(shelterPhases.map((phase) => phase.number), [1, 2, 3]);
  assert.equal(barriers.length, 10);
  assert.match(barriers[0].answer.nl, /vermoeden of onderbuikgevoel is al genoeg/);
});

test('data.json holds the same data, and its JSON Schema was generated for it', () => {
  assert.equal(data.roles.length, 13);
  assert.equal(data.barriers.length, 10);
  assert.deepEqual(data.roles.find((role) => role.id === 'gp').tips, getRole('gp').tips);
  assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(jsonSchema.$id, '@mh/role-tips/data.schema.json');
  assert.deepEqual(Object.keys(jsonSchema.properties).sort(), Object.keys(data).sort());
  assert.equal(jsonSchema.properties.barriers.minItems, 10);
  assert.equal(jsonSchema.properties.barriers.maxItems, 10);
});

test('parseRoles names the path of a problem in a site’s own roles', async () => {
  const { parseRoles } = await import('@mh/role-tips/schema');
  const broken = structuredClone(data.roles);
  broken[1].tips[0].text.fr.status = 'final';
  assert.throws(() => parseRoles(broken), /\[1\]\.tips\[0\]\.text\.fr\.status/);
});
