// Each content package's data.json is valid against its published data.schema.json, checked by
// a real JSON Schema 2020-12 validator (Ajv, formats asserted), as a reader of the open data would.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

for (const pkg of ['@mh/indicators', '@mh/contacts', '@mh/legal-secrecy', '@mh/role-tips']) {
  test(`${pkg}/data.json is valid against ${pkg}/data.schema.json`, async () => {
    const { default: data } = await import(`${pkg}/data.json`, { with: { type: 'json' } });
    const { default: schema } = await import(`${pkg}/data.schema.json`, { with: { type: 'json' } });
    // Formats (uri, email, date) are asserted, as a careful reader of the open data would.
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.equal(validate(data), true, JSON.stringify(validate.errors?.slice(0, 3), null, 2));
    // And the schema has teeth: a citation of an unknown source is rejected.
    const broken = structuredClone(data);
    const firstList = Object.values(broken).find(Array.isArray);
    const ref = JSON.stringify(firstList).match(/"source":"[a-z0-9-]+"/)?.[0];
    assert.ok(ref, 'expected a citation in the data');
    const tampered = JSON.parse(JSON.stringify(broken).replace(ref, '"source":"not-a-source"'));
    assert.equal(validate(tampered), false);
  });
}
