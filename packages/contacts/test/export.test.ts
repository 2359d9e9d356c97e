import { describe, expect, it } from 'vitest';
import { escapeVCardText, foldVCardLine, getContact, toJsonLd, toVCard, type Contact } from '../src/index.js';
import { officeContact } from './fixtures.js';

const octets = (text: string) => new TextEncoder().encode(text).length;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Undoes folding the way a vCard reader does (RFC 6350 §3.2) and splits into lines. */
function unfold(card: string): string[] {
  return card.replace(/\r\n[ \t]/g, '').split('\r\n').filter((line) => line !== '');
}

function withText(contact: Contact, name: string, description: string): Contact {
  return { ...contact, name: { nl: name }, description: { nl: description } };
}

describe('toVCard', () => {
  const card = toVCard(getContact('child-focus'));
  const lines = unfold(card);

  it('is a vCard 4.0 for an organisation, with CRLF line ends only', () => {
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\n')).toBe(true);
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('has every phone as a tel: URI, the e-mail, the web sites, the address and the review date', () => {
    expect(lines).toEqual(
      expect.arrayContaining([
        'FN:Child Focus',
        'ORG:Child Focus',
        'TEL;VALUE=uri;TYPE=voice:tel:+32116000',
        'TEL;VALUE=uri;TYPE=voice:tel:+3224754411',
        'EMAIL:116000@childfocus.org',
        'URL:https://childfocus.be/nl',
        'URL:http://www.stoptienerpooiers.be/',
        'ADR;TYPE=work:;;Avenue Houba-de Strooper 292;Bruxelles;;1020;België',
        'REV:20261201T000000Z',
      ]),
    );
    expect(lines.find((line) => line.startsWith('NOTE:'))).toBe(`NOTE:${escapeVCardText(getContact('child-focus').description.nl)}`);
  });

  it('writes each phone once, even when two services share it', () => {
    expect(unfold(toVCard(getContact('payoke'))).filter((line) => line.startsWith('TEL'))).toEqual(['TEL;VALUE=uri;TYPE=voice:tel:+3232011690']);
  });

  it('speaks the language asked for', () => {
    const french = unfold(toVCard(getContact('zsg-brussel'), 'fr-BE'));
    expect(french).toContain('FN:Centre de prise en charge des violences sexuelles de Bruxelles (CHU Saint-Pierre)');
    expect(french).toContain('ADR;TYPE=work:;;Rue Haute 320;Bruxelles;;1000;Belgique');
  });

  it('escapes backslash, comma, semicolon and newline in text values', () => {
    expect(escapeVCardText('a\\b, c; d\ne')).toBe('a\\\\b\\, c\\; d\\ne');
    const tricky = unfold(toVCard(withText(officeContact(), 'Hulp, advies; meer\\minder', 'Regel 1\nRegel 2')));
    expect(tricky).toContain('FN:Hulp\\, advies\\; meer\\\\minder');
    expect(tricky).toContain('NOTE:Regel 1\\nRegel 2');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    // "FN:" + 71 letters is 74 octets, so the two-octet é cannot fit on the first line.
    const name = `${'a'.repeat(71)}éü${'Zürich Liège '.repeat(12)}`;
    const folded = toVCard(withText(officeContact(), name, name));
    const physical = folded.split('\r\n');
    for (const line of physical) {
      expect(octets(line)).toBeLessThanOrEqual(75);
      expect(() => strictUtf8.decode(new TextEncoder().encode(line))).not.toThrow();
    }
    const fn = physical.findIndex((line) => line.startsWith('FN:'));
    expect(octets(physical[fn] ?? '')).toBe(74);
    expect(physical[fn + 1]?.startsWith(' éü')).toBe(true);
    expect(unfold(folded)).toContain(`FN:${name}`);
    expect(unfold(folded)).toContain(`NOTE:${name}`);
  });

  it('leaves a short line alone and folds an emoji whole', () => {
    expect(foldVCardLine('FN:Child Focus')).toBe('FN:Child Focus');
    const folded = foldVCardLine(`NOTE:${'x'.repeat(69)}😀😀`);
    expect(folded.split('\r\n ')).toEqual([`NOTE:${'x'.repeat(69)}`, '😀😀']);
  });
});

describe('toJsonLd', () => {
  it('describes the contact as a schema.org Organization with its address', () => {
    const ld = toJsonLd(getContact('child-focus'));
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Child Focus',
      description: getContact('child-focus').description.nl,
      url: 'https://childfocus.be/nl',
      address: {
        '@type': 'PostalAddress',
        streetAddress: 'Avenue Houba-de Strooper 292',
        postalCode: '1020',
        addressLocality: 'Bruxelles',
        addressRegion: 'BE-BRU',
        addressCountry: 'BE',
      },
    });
    expect(ld).not.toHaveProperty('@id');
    expect(JSON.parse(JSON.stringify(ld))).toEqual(ld);
  });

  it('has one ContactPoint per phone, with 24/7 written as Monday–Sunday 00:00–23:59', () => {
    const points = toJsonLd(getContact('child-focus')).contactPoint;
    expect(points.map((point) => point.telephone)).toEqual(['+32116000', '+3224754411', undefined]);
    expect(points[0]).toEqual({
      '@type': 'ContactPoint',
      telephone: '+32116000',
      contactType: 'Noodnummer 116 000',
      description: getContact('child-focus').services[0]?.description.nl,
      areaServed: ['BE'],
      contactOption: 'https://schema.org/TollFree',
      email: '116000@childfocus.org',
      hoursAvailable: [
        {
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: [
            'https://schema.org/Monday',
            'https://schema.org/Tuesday',
            'https://schema.org/Wednesday',
            'https://schema.org/Thursday',
            'https://schema.org/Friday',
            'https://schema.org/Saturday',
            'https://schema.org/Sunday',
          ],
          opens: '00:00',
          closes: '23:59',
        },
      ],
    });
    expect(points[1]).not.toHaveProperty('hoursAvailable');
    expect(points[1]).not.toHaveProperty('contactOption');
    expect(points[2]).toMatchObject({ contactType: 'GPS: preventietool en vorming', url: 'https://www.childfocus.be/nl/vorming-gps-preventietool-tienerpooiers' });
  });

  it('writes weekly hours and closed days, and speaks the language asked for', () => {
    const point = toJsonLd(officeContact({ closedOn: ['2026-12-25'] }), 'en').contactPoint[0];
    expect(point?.contactType).toBe('Desk');
    expect(point?.hoursAvailable).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['https://schema.org/Monday', 'https://schema.org/Tuesday', 'https://schema.org/Wednesday', 'https://schema.org/Thursday', 'https://schema.org/Friday'],
        opens: '09:00',
        closes: '17:00',
      },
      { '@type': 'OpeningHoursSpecification', opens: '00:00', closes: '00:00', validFrom: '2026-12-25', validThrough: '2026-12-25' },
    ]);
    expect(toJsonLd(getContact('surya'), 'fr').contactPoint[0]?.contactType).toBe('Accueil et accompagnement des victimes');
  });
});
