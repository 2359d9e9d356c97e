import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { validate as isUuid, version as uuidVersion, v5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { getSource } from '@mh/core';
import { contacts as ourContacts, getContact, type Contact } from '../src/index.js';
import {
  HsdsExportError,
  hsdsId,
  hsdsIdentifierType,
  hsdsNamespace,
  toHsds,
  toHsdsOrganization,
  type HsdsMetadata,
  type HsdsOrganization,
  type HsdsService,
} from '../src/hsds.js';
import { officeContact } from './fixtures.js';

// The official HSDS 3.0 schemas, vendored unmodified (see hsds-3.0/NOTICE).
const schemaDir = new URL('./hsds-3.0/', import.meta.url);
const builtFile = new URL('../dist/hsds.json', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

/**
 * Ajv for the HSDS schemas: draft 2020-12, strict, formats asserted. The schemas carry
 * Frictionless data-package annotations, declared here as keywords so strict mode accepts them
 * and still rejects anything else it does not know. They have no `$id`: they `$ref` each other
 * by file name (`"$ref": "phone.json"`), so each is registered under its file name.
 */
function hsdsValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'datapackage_type', 'constraints', 'example', 'core', 'tabular_required']);
  const files = readdirSync(schemaDir).filter((file) => file.endsWith('.json'));
  for (const file of files) ajv.addSchema(readJson(new URL(file, schemaDir)) as object, file);
  const compiled = (file: string): ValidateFunction => {
    const validate = ajv.getSchema(file);
    if (!validate) throw new Error(`${file} is not registered`);
    return validate;
  };
  // Compiling every file resolves every $ref: a missing or misnamed file fails here.
  for (const file of files) compiled(file);
  const organization = compiled('organization.json');
  const service = compiled('service.json');
  const describeErrors = (where: string, errors: readonly ErrorObject[] | null | undefined) =>
    (errors ?? []).map((error) => `${where}${error.instancePath} ${error.message ?? error.keyword} ${JSON.stringify(error.params)}`);
  return {
    files,
    /**
     * The problems of one organization record. organization.json has no `services` property (the
     * full examples add it), so each service is also checked against service.json.
     */
    problemsOf(record: unknown, where: string): string[] {
      const problems = organization(record) ? [] : describeErrors(where, organization.errors);
      const services = (record as { services?: unknown }).services;
      if (Array.isArray(services)) {
        services.forEach((item, index) => {
          if (!service(item)) problems.push(...describeErrors(`${where}.services[${index}]`, service.errors));
        });
      }
      return problems;
    },
    problemsOfService(record: unknown, where: string): string[] {
      return service(record) ? [] : describeErrors(where, service.errors);
    },
  };
}

function readBuiltFile(): unknown {
  if (!existsSync(builtFile)) throw new Error(`${fileURLToPath(builtFile)} is missing: run the package's build first (turbo runs it before test).`);
  return readJson(builtFile);
}

/** Every value in a JSON tree with its path. */
function* walk(value: unknown, path = ''): Generator<readonly [string, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* walk(item, `${path}[${index}]`);
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
}

const placeholder = /^(?:-+|\?+|\.\.\.|…|x+|n\/?a|none|null|undefined|nil|tbd|todo|fixme|unknown|onbekend|inconnu|placeholder|example|lorem\b.*)$/i;

/** Empty strings, placeholders, untrimmed text, null, empty lists and empty objects, by path. */
function emptyOrPlaceholderValues(value: unknown): string[] {
  const problems: string[] = [];
  for (const [path, item] of walk(value)) {
    if (item === null || item === undefined) problems.push(`${path} is ${String(item)}`);
    else if (typeof item === 'string' && (item.trim() === '' || item.trim() !== item || placeholder.test(item) || /example\.(com|org)/i.test(item)))
      problems.push(`${path} is ${JSON.stringify(item)}`);
    else if (Array.isArray(item) && item.length === 0) problems.push(`${path} is an empty list`);
    else if (typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length === 0) problems.push(`${path} is an empty object`);
  }
  return problems;
}

/** Every `id` anywhere in the records. */
function allIds(records: unknown): string[] {
  return [...walk(records)].filter(([path, item]) => path.endsWith('.id') && typeof item === 'string').map(([, item]) => item as string);
}

// Typed as the model, not as the literal data, so optional fields read as optional.
const contacts: readonly Contact[] = ourContacts;
const records = toHsds();
const servicesOf = (organizations: readonly HsdsOrganization[]): HsdsService[] => organizations.flatMap((organization) => organization.services);
const serviceById = (id: string): HsdsService => {
  const found = servicesOf(records).find((service) => service.mh_id === id);
  if (!found) throw new Error(`no HSDS service for ${id}`);
  return found;
};
const weeklyOffice = (options: Parameters<typeof officeContact>[0] = {}): Contact => ({
  ...officeContact(options),
  address: { street: 'Teststraat 1', postalCode: '1000', locality: 'Brussel', region: 'BE-BRU', country: 'BE', source: { source: 'tien-drempels', section: 'test fixture' } },
});

describe('HSDS 3.0 validity', () => {
  it('validates the official examples, rejects broken records, and accepts every record of toHsds() and dist/hsds.json', () => {
    const validator = hsdsValidator();
    expect(validator.files).toHaveLength(21); // the modular schemas of HSDS 3.0

    // First the validator itself: the official full examples pass …
    const organizationExample = readJson(new URL('examples/organization_full.json', schemaDir));
    const serviceExample = readJson(new URL('examples/service_full.json', schemaDir));
    expect(validator.problemsOf(organizationExample, 'organization_full')).toEqual([]);
    expect((organizationExample as { services: unknown[] }).services.length).toBeGreaterThan(0);
    expect(validator.problemsOfService(serviceExample, 'service_full')).toEqual([]);

    // … and it has teeth: formats are asserted, required fields and enums enforced, $refs followed.
    const first = structuredClone(records[0]) as unknown as Record<string, unknown> & { services: Record<string, unknown>[] };
    expect(validator.problemsOf({ ...first, id: 'child-focus' }, 'broken')).toEqual([expect.stringMatching(/^broken\/id must match format "uuid"/)]);
    expect(validator.problemsOf({ ...first, website: 'not a url' }, 'broken').join()).toMatch(/\/website must match format "uri"/);
    const { name: _name, ...nameless } = first;
    expect(validator.problemsOf(nameless, 'broken').join()).toMatch(/must have required property 'name'/);
    const brokenPhone = structuredClone(first);
    (brokenPhone.services[0]?.['phones'] as Record<string, unknown>[])[0] = { id: 'phone-0', number: '+32116000' };
    expect(validator.problemsOf(brokenPhone, 'broken').join()).toMatch(/services\[0\]\/phones\/0\/id must match format "uuid"/);
    const brokenStatus = structuredClone(first);
    if (brokenStatus.services[0]) brokenStatus.services[0]['status'] = 'open';
    expect(validator.problemsOf(brokenStatus, 'broken').join()).toMatch(/services\[0\]\/status must be equal to one of the allowed values/);
    const brokenAddress = structuredClone(first) as unknown as HsdsOrganization;
    const { state_province: _province, ...addressWithoutProvince } = brokenAddress.locations?.[0]?.addresses[0] ?? {};
    expect(validator.problemsOf({ ...brokenAddress, locations: [{ ...brokenAddress.locations?.[0], addresses: [addressWithoutProvince] }] }, 'broken').join()).toMatch(
      /locations\/0\/addresses\/0 must have required property 'state_province'/,
    );

    // Then our records, from the source and as built.
    expect(records).toHaveLength(contacts.length);
    expect(records.flatMap((record, index) => validator.problemsOf(record, `toHsds()[${index}]`))).toEqual([]);
    const built = readBuiltFile();
    expect(Array.isArray(built)).toBe(true);
    expect((built as unknown[]).flatMap((record, index) => validator.problemsOf(record, `dist/hsds.json[${index}]`))).toEqual([]);
    expect(built).toEqual(records);

    // And records made from made-up contacts with weekly hours, closed days and languages.
    const office = toHsds([weeklyOffice({ closedOn: ['2026-12-25'] }), { ...officeContact(), services: [{ ...officeContact().services[0]!, languages: ['nl', 'fr-BE'] }] }]);
    expect(office.flatMap((record, index) => validator.problemsOf(record, `office[${index}]`))).toEqual([]);
  }, 30_000); // compiling 21 schemas with Ajv is slow on a busy 2-core CI machine
});

describe('ids', () => {
  const ids = allIds(records);

  it('are UUID v5, unique across every record', () => {
    expect(ids.length).toBeGreaterThan(contacts.length * 3);
    expect(ids.filter((id) => !isUuid(id) || uuidVersion(id) !== 5)).toEqual([]);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('are the same on every run and derive from our ids under the one fixed namespace', () => {
    expect(allIds(toHsds())).toEqual(ids);
    expect(hsdsNamespace).toBe('5ba34749-e7a9-4341-a224-51ac703cab50');
    // Pinned: if this changes, every importer's stored ids break.
    expect(hsdsId('organization:child-focus')).toBe('0f08f7e4-c73e-567a-a9a9-026b42af2451');
    const childFocus = records[0];
    expect(childFocus?.id).toBe(v5('organization:child-focus', hsdsNamespace));
    expect(childFocus?.services[0]?.id).toBe(hsdsId('service:child-focus-116000'));
    expect(childFocus?.services[0]?.phones?.[0]?.id).toBe(hsdsId('phone:child-focus-116000:0'));
  });

  it('keep our own id visible, so an importer can map back', () => {
    for (const [index, contact] of contacts.entries()) {
      const record = records[index];
      expect(record?.mh_id).toBe(contact.id);
      expect(record?.organization_identifiers).toEqual([
        { id: hsdsId(`organization_identifier:${contact.id}`), organization_id: record?.id, identifier_type: hsdsIdentifierType, identifier: contact.id },
      ]);
      expect(record?.services.map((service) => service.mh_id)).toEqual(contact.services.map((service) => service.id));
    }
  });
});

describe('links between records', () => {
  it('every service, location and e-mail contact points to its organization; every part to its service', () => {
    const organizationIds = new Set(records.map((record) => record.id));
    let links = 0;
    for (const organization of records) {
      for (const service of organization.services) {
        expect(organizationIds.has(service.organization_id)).toBe(true);
        expect(service.organization_id).toBe(organization.id);
        const parts = [...(service.phones ?? []), ...(service.schedules ?? []), ...service.service_areas, ...(service.languages ?? []), ...(service.contacts ?? [])];
        for (const part of parts) expect(part.service_id).toBe(service.id);
        links += 1 + parts.length;
      }
      for (const location of organization.locations ?? []) {
        expect(location.organization_id).toBe(organization.id);
        for (const address of location.addresses) expect(address.location_id).toBe(location.id);
      }
      for (const contact of organization.contacts ?? []) expect(contact.organization_id).toBe(organization.id);
    }
    expect(links).toBeGreaterThan(50);
  });

  it('every metadata entry describes the record it sits on', () => {
    let entries = 0;
    for (const [path, item] of walk(records)) {
      if (item === null || typeof item !== 'object' || Array.isArray(item) || !('metadata' in item)) continue;
      const record = item as { id: string; metadata: readonly HsdsMetadata[] };
      for (const entry of record.metadata) {
        expect(entry.resource_id, path).toBe(record.id);
        expect(entry.field_name in record, `${path}: ${entry.field_name}`).toBe(true);
        expect((record as unknown as Record<string, unknown>)[entry.field_name], `${path}.${entry.field_name}`).toBe(entry.replacement_value);
        entries += 1;
      }
    }
    expect(entries).toBeGreaterThan(100);
  });
});

describe('content', () => {
  it('has every phone of every contact, with its number, kind and display form', () => {
    let phones = 0;
    for (const contact of contacts) {
      for (const service of contact.services) {
        const hsds = serviceById(service.id);
        expect(hsds.phones?.length ?? 0).toBe(service.phones.length);
        service.phones.forEach((phone, index) => {
          expect(hsds.phones?.[index]).toMatchObject({ id: hsdsId(`phone:${service.id}:${index}`), number: phone.number, type: phone.kind, mh_display: phone.display });
          phones += 1;
        });
      }
    }
    expect(phones).toBeGreaterThan(20);
    expect(serviceById('child-focus-116000').phones?.[0]).toMatchObject({ number: '+32116000', mh_display: '116 000', description: 'Gratis nummer.', mh_free: true });
    expect(serviceById('child-focus-general').phones?.[0]).not.toHaveProperty('mh_free');
  });

  it('gives Child Focus 116 000 a 24/7 schedule and no schedule where the hours are unknown', () => {
    expect(serviceById('child-focus-116000').schedules).toEqual([
      expect.objectContaining({ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59', mh_time_zone: 'Europe/Brussels', description: 'Dag en nacht, elke dag.' }),
    ]);
    expect(serviceById('child-focus-general')).not.toHaveProperty('schedules');
    expect(serviceById('veilig-thuis-0800-2000').schedules?.[0]?.mh_time_zone).toBe('Europe/Amsterdam');
  });

  it('writes weekly hours as one WEEKLY rule per range, 24:00 as 23:59, closed days as notes', () => {
    const [record] = toHsds([
      officeContact({
        hours: {
          kind: 'weekly',
          hours: [
            { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:30' },
            { days: ['sa'], opens: '18:00', closes: '24:00' },
          ],
          closedOn: ['2026-12-25', '2027-01-01'],
          source: { source: 'tien-drempels', section: 'test fixture' },
        },
      }),
    ]);
    const schedules = record?.services[0]?.schedules;
    expect(schedules?.map(({ byday, opens_at, closes_at, notes, mh_closed_on }) => ({ byday, opens_at, closes_at, notes, mh_closed_on }))).toEqual([
      { byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: '12:30', notes: 'Gesloten op 2026-12-25, 2027-01-01.', mh_closed_on: ['2026-12-25', '2027-01-01'] },
      { byday: 'SA', opens_at: '18:00', closes_at: '23:59', notes: 'Gesloten op 2026-12-25, 2027-01-01.', mh_closed_on: ['2026-12-25', '2027-01-01'] },
    ]);
    expect(schedules?.[0]?.mh_translations?.notes?.en).toEqual({ text: 'Closed on 2026-12-25, 2027-01-01.', status: 'draft' });
    expect(schedules?.[0]).not.toHaveProperty('description');
  });

  it('names the service areas in nl and keeps the ISO code', () => {
    expect(serviceById('sensoa-general').service_areas.map(({ name, description, mh_region }) => ({ name, description, mh_region }))).toEqual([
      { name: 'Vlaams Gewest', description: 'ISO 3166-2: BE-VLG', mh_region: 'BE-VLG' },
      { name: 'Brussels Hoofdstedelijk Gewest', description: 'ISO 3166-2: BE-BRU', mh_region: 'BE-BRU' },
    ]);
    expect(serviceById('child-focus-116000').service_areas[0]).toMatchObject({ name: 'België', description: 'ISO 3166-1: BE', mh_translations: { name: { en: { text: 'Belgium' } } } });
    expect(serviceById('veilig-thuis-0800-2000').service_areas[0]?.name).toBe('Nederland');
    const names = new Set(servicesOf(records).flatMap((service) => service.service_areas.map((area) => `${area.mh_region} ${area.name}`)));
    expect([...names].sort()).toEqual(['BE België', 'BE-BRU Brussels Hoofdstedelijk Gewest', 'BE-VLG Vlaams Gewest', 'BE-WAL Waals Gewest', 'NL Nederland']);
  });

  it('gives a contact without an address no locations at all, and one with an address exactly one', () => {
    const without = contacts.filter((contact) => !('address' in contact));
    const withAddress = contacts.filter((contact) => 'address' in contact);
    expect(without.length).toBeGreaterThan(0);
    expect(withAddress.length).toBeGreaterThan(0);
    for (const contact of without) expect(toHsdsOrganization(contact)).not.toHaveProperty('locations');
    for (const contact of withAddress) {
      const address = contact.address;
      expect(toHsdsOrganization(contact).locations).toEqual([
        expect.objectContaining({
          location_type: 'physical',
          name: contact.name.nl,
          addresses: [expect.objectContaining({ address_1: address?.street, city: address?.locality, postal_code: address?.postalCode, country: address?.country, address_type: 'physical' })],
        }),
      ]);
    }
    expect(toHsdsOrganization(getContact('payoke')).locations?.[0]?.addresses[0]?.state_province).toBe('Vlaams Gewest');
  });

  it('refuses an address in a whole country rather than invent its state_province', () => {
    const dutch = { ...weeklyOffice(), id: 'test-nl', address: { street: 'Teststraat 1', postalCode: '1011 AA', locality: 'Amsterdam', region: 'NL', country: 'NL', source: { source: 'tien-drempels', section: 'test fixture' } } } as const;
    expect(() => toHsds([dutch])).toThrow(HsdsExportError);
    expect(() => toHsds([dutch])).toThrow(/"test-nl".*state_province/);
  });

  it('has e-mails as the service email and as contacts, and urls as url and website', () => {
    const melding = serviceById('payoke-melding');
    expect(melding.email).toBe('traffickingLBTP@payoke.be');
    expect(melding.contacts).toEqual([expect.objectContaining({ id: hsdsId('contact:service:payoke-melding:0'), email: 'traffickingLBTP@payoke.be', service_id: melding.id })]);
    expect(serviceById('child-focus-general').url).toBe('http://www.stoptienerpooiers.be/');
    expect(records[0]?.website).toBe('https://childfocus.be/nl');
    const emails = contacts.flatMap((contact) => contact.services.flatMap((service) => (service.emails ?? []).map((email) => email.address)));
    const hsdsEmails = servicesOf(records).flatMap((service) => (service.contacts ?? []).map((contact) => contact.email));
    expect(hsdsEmails).toEqual(emails);
  });

  it('writes texts in nl and keeps fr and en in mh_translations', () => {
    for (const [index, contact] of contacts.entries()) {
      const record = records[index];
      expect(record?.name).toBe(contact.name.nl);
      expect(record?.description).toBe(contact.description.nl);
      expect(record?.mh_translations?.description?.fr).toEqual(contact.description.fr);
      expect(record?.mh_translations?.description?.en).toEqual(contact.description.en);
      contact.services.forEach((service, serviceIndex) => {
        expect(record?.services[serviceIndex]?.description).toBe(service.description.nl);
        expect(record?.services[serviceIndex]?.mh_translations?.name?.en).toEqual(service.name.en);
      });
    }
  });

  it('lists languages by ISO 639 code and nl name, only where the data name them', () => {
    expect(servicesOf(records).filter((service) => 'languages' in service)).toEqual([]);
    const [record] = toHsds([{ ...officeContact(), services: [{ ...officeContact().services[0]!, languages: ['fr', 'nl-BE'] }] }]);
    expect(record?.services[0]?.languages?.map(({ code, name, mh_tag }) => ({ code, name, mh_tag }))).toEqual([
      { code: 'fr', name: 'Frans', mh_tag: undefined },
      { code: 'nl', name: expect.any(String), mh_tag: 'nl-BE' },
    ]);
  });

  it('has no empty string, placeholder, null or empty list anywhere', () => {
    expect(emptyOrPlaceholderValues(records)).toEqual([]);
    expect(emptyOrPlaceholderValues(toHsds([weeklyOffice({ closedOn: ['2026-12-25'] })]))).toEqual([]);
    // The check itself finds what it looks for.
    expect(emptyOrPlaceholderValues([{ a: '', b: 'n/a', c: [], d: { e: null }, f: ' x', g: 'TODO', h: {} }])).toEqual([
      '[0].a is ""',
      '[0].b is "n/a"',
      '[0].c is an empty list',
      '[0].d.e is null',
      '[0].f is " x"',
      '[0].g is "TODO"',
      '[0].h is an empty object',
    ]);
  });
});

describe('provenance', () => {
  it('every cited record says which sources it was checked against, and when', () => {
    for (const [index, contact] of contacts.entries()) {
      const record = records[index];
      if (!record) throw new Error(`no record for ${contact.id}`);
      const cited = [record, ...record.services, ...servicesOf([record]).flatMap((service) => [...(service.phones ?? []), ...(service.schedules ?? []), ...(service.contacts ?? [])]), ...(record.locations ?? []).flatMap((location) => location.addresses)];
      for (const item of cited) {
        expect(item.metadata.length, item.id).toBeGreaterThan(0);
        for (const entry of item.metadata) {
          expect(entry).toMatchObject({ last_action_date: contact.reviewedAt, last_action_type: 'verified', updated_by: 'mh (@mh/contacts)' });
          expect(entry.previous_value).toBe(entry.replacement_value);
          expect(entry.mh_sources.length).toBeGreaterThan(0);
          for (const source of entry.mh_sources) {
            expect(source.title).toBe(getSource(source.source_id)?.title);
            expect(source.url ?? source.seed_file).toBeTruthy();
          }
        }
      }
      record.services.forEach((service) => expect(service.assured_date).toBe(contact.reviewedAt));
    }
  });

  it('marks a centre that is only announced as inactive, and says what a charged call costs', () => {
    expect(serviceById('zsg-jette-zorg').status).toBe('inactive');
    expect(serviceById('zsg-namen-zorg').status).toBe('active');
    expect(serviceById('politie-nl-0900-8844').phones?.[0]?.description).toMatch(/^Niet gratis: 2 cent per minuut/);
  });

  // PUBLIC-FACTS §11: L'Avenir (2021) says 24/7; the line's own undated page still says Mon–Fri 9–19.
  it('keeps the newer hours and says in the schedule’s notes what the other source says, citing it', () => {
    const [schedule] = serviceById('ecoute-violences-conjugales-0800-30-030').schedules ?? [];
    expect(schedule).toMatchObject({ byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '00:00', closes_at: '23:59' });
    expect(schedule?.notes).toMatch(/^De eigen site van de lijn \(zonder datum\) noemt nog maandag tot vrijdag van 9 tot 19 uur/);
    expect(schedule?.metadata.find((entry) => entry.field_name === 'notes')?.mh_sources.map((source) => source.source_id)).toEqual(['ecouteviolencesconjugales-presentation']);
    // Fier's chat runs through the night: two records, 19:00–23:59 and 00:00–06:00.
    expect(serviceById('fier-chat').schedules?.map((record) => `${record.opens_at}–${record.closes_at}`)).toEqual(['19:00–23:59', '00:00–06:00']);
  });

  it('cites the source of each fact, resolved from the registry', () => {
    const childFocus = records[0];
    expect(childFocus?.metadata.map((entry) => entry.field_name)).toEqual(['name', 'description', 'website']);
    expect(childFocus?.metadata[0]?.mh_sources.map((source) => source.source_id)).toEqual(getContact('child-focus').sources.map((ref) => ref.source));
    expect(childFocus?.metadata[0]?.mh_sources[0]).toEqual({
      source_id: 'draaiboek-jeugdhulp',
      title: 'Draaiboek mensenhandel Jeugdhulp. Seksuele uitbuiting d.m.v. tienerpooiermethodiek',
      section: '3.1 Kennis omtrent de tienerpooierproblematiek: Child Focus',
      seed_file: '002_fced2f01d0374083.txt',
    });
    const address = childFocus?.locations?.[0]?.addresses[0];
    expect(address?.metadata[0]?.mh_sources).toEqual([expect.objectContaining({ source_id: 'childfocus-folder-2015', section: 'page', url: expect.stringMatching(/^https:\/\//), consulted: '2026-11-23' })]);
    for (const contact of contacts) {
      for (const service of contact.services) {
        const hsds = serviceById(service.id);
        service.phones.forEach((phone, index) => {
          expect(hsds.phones?.[index]?.metadata).toEqual([
            expect.objectContaining({ field_name: 'number', replacement_value: phone.number, mh_sources: [expect.objectContaining({ source_id: phone.source.source, section: phone.source.section })] }),
            // What a call costs cites its own source (PUBLIC-FACTS §11 for the Dutch police's 0900 number).
            ...(phone.charge
              ? [expect.objectContaining({ field_name: 'description', replacement_value: phone.charge.text.nl, mh_sources: [expect.objectContaining({ source_id: phone.charge.source.source })] })]
              : []),
          ]);
        });
        expect(hsds.metadata[0]?.mh_sources.map((source) => source.source_id)).toEqual((service.sources ?? contact.sources).map((ref) => ref.source));
      }
    }
  });
});
