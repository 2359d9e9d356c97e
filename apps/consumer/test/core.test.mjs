// Imports @mh/core as an app does (its package exports, its built files), in plain Node ESM.
import assert from 'node:assert/strict';
import { test } from 'node:test';

test('the runtime entry localizes, knows regions and sources', async () => {
  const core = await import('@mh/core');
  assert.deepEqual(core.localize({ nl: 'hallo', fr: { text: 'bonjour', status: 'draft' } }, 'fr-BE'), {
    text: 'bonjour',
    locale: 'fr',
    variant: undefined,
    status: 'draft',
    fallback: false,
  });
  assert.equal(core.regionIncludes('BE', 'BE-VLG'), true);
  assert.equal(core.getSource('draaiboek-jeugdhulp').file, '002_fced2f01d0374083.txt');
});

test('the schema entry validates and names the path of a problem', async () => {
  const { parseData, localizedTextSchema, DataValidationError } = await import('@mh/core/schema');
  assert.throws(() => parseData(localizedTextSchema, { nl: 'x', fr: { text: 'y', status: 'done' } }, 'text'), (error) => {
    assert.ok(error instanceof DataValidationError);
    assert.match(error.message, /fr\.status/);
    return true;
  });
});
