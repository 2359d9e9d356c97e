// Semantic lint rules over the published data: each says what it checks and why it matters.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { countryOf, getSource, isRegion, type SourceRef } from '@mh/core';
import { collectLocalizedTexts, collectSourceRefs, commonLintRules, plainDutch, readabilityCsv, readabilityOf, translationsRead, type LintRule } from '@mh/core/schema';
import { writeTestReport } from '../../../scripts/test-report.mjs';
import { describe, expect, it } from 'vitest';
import { dataFile, type Contact, type Phone } from '../src/index.js';
import { dataFileSchema, e164Pattern, shortNumberPattern } from '../src/schema.js';

import { publicFactsFile, reportSkipped, seedsDir, skipWithoutSeeds } from '../../../scripts/seeds.mjs';

// The seed documents sit beside the repo (../shared/seeds), or where MH_SEEDS_DIR says;
// PUBLIC-FACTS.md, which lists every public fact with its source, sits beside the seeds
// (scripts/seeds.mjs). Without them, outside CI, the rules that read them are skipped.
reportSkipped('@mh/contacts: the contacts against their sources (cited sections, phones, e-mails, streets, "free")');

const countryCodes = { BE: '32', NL: '31' } as const;


const contacts: readonly Contact[] = dataFile.contacts;
const services = contacts.flatMap((contact) => contact.services.map((service) => ({ contact, service })));
const phones = services.flatMap(({ contact, service }) =>
  service.phones.map((phone, index) => ({ contact, service, phone, path: `${contact.id}/${service.id}/phones[${index}]` })),
);

/** The text a citation points into: the seed file, or PUBLIC-FACTS.md for a public page. */
function textOf(ref: SourceRef): string {
  const source = getSource(ref.source);
  return readFileSync(source.kind === 'seed' ? join(seedsDir, source.file) : publicFactsFile, 'utf8');
}

const normalize = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');
const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** The country whose short numbers and national prefix a phone uses: that of its service area. */
function countryOfPhone(service: Contact['services'][number]): keyof typeof countryCodes {
  return countryOf(service.serviceArea[0] ?? 'BE');
}

/** Every way the source text writes a phone number, as digits: `+32 (0)2 475 44 11` → `3224754411`. */
function phoneDigitsIn(text: string, countryCode: string): Set<string> {
  const found = new Set<string>();
  for (const [candidate] of text.matchAll(/\+?\d[\d\s()./-]{1,18}\d/g)) {
    const digits = digitsOf(candidate.replace(/\(0\)/g, ''));
    found.add(digits);
    if (digits.startsWith('0')) found.add(countryCode + digits.slice(1));
  }
  return found;
}

const rules: LintRule[] = [
  ...commonLintRules({
    subject: 'contact data',
    data: dataFile,
    schema: dataFileSchema,
    // Service ids are unique across all contacts: a site may link one ("child-focus-116000").
    ids: { contacts, services: services.map(({ service }) => service) },
  }),
  translationsRead('contact data', dataFile),
  // Issue 26, part 3: CONTENT.md promises Dutch at B1, measured with Flesch-Douma.
  plainDutch('contact data', dataFile),
  {
    name: 'every contact cites where it comes from',
    description: 'The contact as a whole (name, description, url) needs a source, besides each phone and address.',
    check: () => contacts.filter((contact) => contact.sources.length === 0).map((contact) => `${contact.id} cites nothing`),
  },
  {
    name: 'every phone is E.164 and shows the same digits as it dials',
    description:
      'A card shows `display` and dials `number`: they must be the same line. National forms drop the leading 0 for +32/+31; a short number (116 000, 112) is its country code followed by the digits shown.',
    check: () =>
      phones.flatMap(({ service, phone, path }) => {
        const code = countryCodes[countryOfPhone(service)];
        const shown = digitsOf(phone.display);
        const expected = shown.startsWith('0') ? `+${code}${shown.slice(1)}` : `+${code}${shown}`;
        return [
          ...(e164Pattern.test(phone.number) || shortNumberPattern.test(phone.number) ? [] : [`${path}: ${phone.number} is not E.164`]),
          ...(phone.number === expected ? [] : [`${path}: dials ${phone.number} but shows ${phone.display} (${expected})`]),
          ...(/^[\d +()-]+$/.test(phone.display) ? [] : [`${path}: display ${phone.display} has characters people do not dial`]),
        ];
      }),
  },
  {
    name: 'texts never call the perpetrator a boyfriend',
    description: 'It is trafficking, not a relationship problem (CONTENT.md).',
    check: () =>
      collectLocalizedTexts(dataFile).flatMap((found) =>
        [found.value.nl, found.value.fr?.text ?? '', found.value.en?.text ?? '']
          .filter((text) => /\b(vriendje|boyfriend|petit ami|petit copain|lover)\b/i.test(text))
          .map((text) => `${found.path}: ${text}`),
      ),
  },
  {
    name: 'hours say how old their source is, and a conflict names another source',
    description:
      'Hours are only as new as the page that gives them (PUBLIC-FACTS §11): `asOf` is that page’s own date where it shows one, and absent where it shows none; where another source says otherwise, `otherSource` cites that other page.',
    check: () =>
      services.flatMap(({ service }) => {
        const hours = service.hours;
        if (!hours) return [];
        const source = getSource(hours.source.source);
        const published = source.kind === 'public' ? source.published : undefined;
        return [
          ...(hours.asOf === published ? [] : [`${service.id}: asOf ${hours.asOf ?? '(none)'}, but its source's date is ${published ?? '(none)'}`]),
          ...(hours.otherSource && hours.otherSource.source.source === hours.source.source ? [`${service.id}: otherSource cites the same page as the hours`] : []),
        ];
      }),
  },
  {
    name: 'every service can be reached',
    description: 'A card with nothing to call, mail or open helps nobody.',
    check: () =>
      services.filter(({ service }) => service.phones.length === 0 && !service.url && !service.emails?.length).map(({ service }) => `${service.id} has no phone, url or e-mail`),
  },
  {
    name: 'every service area is a known region, and an address lies in its contact’s country',
    description: 'findContacts matches on regions; an unknown region or a Dutch address on a Belgian time zone would mislead.',
    check: () => [
      ...services.flatMap(({ service }) => service.serviceArea.filter((region) => !isRegion(region)).map((region) => `${service.id}: unknown region ${region}`)),
      ...services
        .filter(({ contact, service }) => service.serviceArea.some((region) => (countryOf(region) === 'NL') !== (contact.timeZone === 'Europe/Amsterdam')))
        .map(({ service }) => `${service.id}: its area and its contact’s time zone are in different countries`),
    ],
  },
  {
    name: 'every contact was reviewed against its sources since 2026-12-01, and not after the newest page it cites was read',
    description: 'reviewedAt tells a reader how old the facts are; a content owner re-checks them live before a release.',
    check: () =>
      contacts
        .filter((contact) => {
          const read = collectSourceRefs(contact).map((found) => getSource(found.value.source)).flatMap((source) => (source.kind === 'public' ? [source.consulted] : []));
          return contact.reviewedAt < '2026-12-01' || read.some((consulted) => consulted > contact.reviewedAt);
        })
        .map((contact) => `${contact.id}: reviewed ${contact.reviewedAt}`),
  },
];

// The rules that read the source documents: skipped, with one line, where they are missing.
const sourceRules: LintRule[] = [
  {
    name: 'every section cited in a seed is a heading of that seed',
    description: 'A section that does not exist sends a reviewer looking for a sentence that is not there.',
    check: () =>
      collectSourceRefs(dataFile)
        .filter((found) => getSource(found.value.source).kind === 'seed' && !found.value.section.startsWith('['))
        .flatMap((found) => {
          const text = normalize(textOf(found.value));
          return found.value.section.split(': ').flatMap((part) => {
            const numbered = /^(\d+(?:\.\d+)*\.?)\s+(.*)$/.exec(part);
            const wanted = [numbered?.[2] ?? part, ...(numbered?.[1] ? [`${numbered[1]} `] : [])];
            return wanted.filter((piece) => !text.includes(normalize(piece))).map((piece) => `${found.path}: "${piece}" is not in ${found.value.source}`);
          });
        }),
  },
  {
    name: 'every phone number is written in the source it cites',
    description: 'Never invent a number: each one must appear in the seed it cites, or in PUBLIC-FACTS.md for a public page.',
    check: () =>
      phones
        .filter(({ service, phone }) => !phoneDigitsIn(textOf(phone.source), countryCodes[countryOfPhone(service)]).has(digitsOf(phone.number)))
        .filter(({ phone }) => !textOf(phone.source).includes(phone.display))
        .map(({ phone, path }) => `${path}: ${phone.display} is not in ${phone.source.source}`),
  },
  {
    name: 'every e-mail address and street is written in the source it cites',
    description: 'Never invent an address: a mail to a wrong address is a report that nobody reads.',
    check: () => {
      const emails = [
        ...contacts.flatMap((contact) => (contact.emails ?? []).map((email) => ({ owner: contact.id, email }))),
        ...services.flatMap(({ service }) => (service.emails ?? []).map((email) => ({ owner: service.id, email }))),
      ];
      return [
        ...emails
          .filter(({ email }) => !textOf(email.source).toLowerCase().includes(email.address.toLowerCase()))
          .map(({ owner, email }) => `${owner}: ${email.address} is not in ${email.source.source}`),
        ...contacts
          .filter((contact) => contact.address && !normalize(textOf(contact.address.source)).includes(normalize(contact.address.street.replace(/^Avenue /, ''))))
          .map((contact) => `${contact.id}: ${contact.address?.street} is not in ${contact.address?.source.source}`),
      ];
    },
  },
  {
    name: 'only a cited source makes a call free',
    description: '`free: true` tells a young person the call costs nothing: the line of the source that gives the number must say so.',
    check: () =>
      phones
        .filter(({ phone }) => phone.free)
        .filter(({ phone }) => !textOf(phone.source).split('\n').some((line) => line.includes(phone.display) && /gratis|free|gratuit/i.test(line)))
        .map(({ phone, path }) => `${path}: free, but ${phone.source.source} does not say so beside ${phone.display}`),
  },
];


describe.skipIf(skipWithoutSeeds)('contacts data against its sources', () => {
  it('finds the source documents', () => {
    expect(existsSync(seedsDir), `seed folder not found at ${seedsDir}; set MH_SEEDS_DIR`).toBe(true);
    expect(existsSync(publicFactsFile), `PUBLIC-FACTS.md not found at ${publicFactsFile}`).toBe(true);
  });

  it.each(sourceRules)('$name', (rule) => {
    expect(rule.check(), rule.description).toEqual([]);
  });
});

describe('contacts data', () => {
  // Issue 26, part 3: each Dutch text's score, hardest first, for a content owner (the Storybook
  // page Content/Readability shows the same).
  it('scores every Dutch text of eight words or more, per item (test-results/readability.csv)', () => {
    const texts = readabilityOf(dataFile);
    writeTestReport(import.meta.url, 'readability.csv', readabilityCsv(texts));
    expect(texts.length).toBeGreaterThan(20);
  });
  it.each(rules)('$name', (rule) => {
    expect(rule.check(), rule.description).toEqual([]);
  });

  it('holds the contacts the project promised', () => {
    const ids = contacts.map((contact) => contact.id);
    for (const id of ['child-focus', 'sensoa', 'pimento', 'payoke', 'pag-asa', 'surya', 'zsg-gent', 'zsg-brussel', 'zsg-luik', 'emergency-112', 'police-101', 'mensenhandel-helpline', 'veilig-thuis', 'comensha', 'zorgcoordinator-mensenhandel']) {
      expect(ids).toContain(id);
    }
  });
});

// The phone helpers above are checked too, so a rule cannot pass because its helper is broken.
describe('the lint helpers', () => {
  it('read a number however a source writes it', () => {
    const digits = phoneDigitsIn('Tel: +32 (0)2 475 44 11 of 116 000; bel 0800-2000', '32');
    expect(digits.has('3224754411')).toBe(true);
    expect(digits.has('116000')).toBe(true);
    expect(digits.has('328002000')).toBe(true);
    expect(digits.has('3224754412')).toBe(false);
  });

  it('take the country of a phone from its service area', () => {
    const phone: Phone = { number: '+31112', display: '112', kind: 'voice', source: { source: 'tien-drempels', section: '1' } };
    const service = { ...services[0]!.service, serviceArea: ['NL'], phones: [phone] } as const;
    expect(countryOfPhone(service)).toBe('NL');
  });
});
