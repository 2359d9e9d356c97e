// Uses @mh/indicators as an app does: its errors, the data files, the schema entry.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assessSignals, UnknownIndicatorError } from '@mh/indicators';
import data from '@mh/indicators/data.json' with { type: 'json' };
import jsonSchema from '@mh/indicators/data.schema.json' with { type: 'json' };

test('an unknown id is a typed error an app can catch', () => {
  assert.throws(() => assessSignals({ indicators: ['nope'] }), UnknownIndicatorError);
});

test('data.json holds every indicator, and its JSON Schema was generated for it', () => {
  assert.equal(data.indicators.length, 13);
  assert.equal(jsonSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(jsonSchema.$id, '@mh/indicators/data.schema.json');
  assert.deepEqual(Object.keys(jsonSchema.properties).sort(), ['groups', 'indicators', 'levels', 'steps', 'traffickingDefinition']);
});

test('parseIndicators names the path of a problem in a site’s own data', async () => {
  const { parseIndicators } = await import('@mh/indicators/schema');
  const broken = structuredClone(data.indicators);
  broken[2].text.fr.status = 'final';
  assert.throws(() => parseIndicators(broken), /\[2\]\.text\.fr\.status/);
});
