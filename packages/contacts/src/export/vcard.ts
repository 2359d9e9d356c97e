// A contact as a vCard 4.0 (RFC 6350), so a phone can save it to its address book.
import { localize, resolveLocale } from '@mh/core';
import type { Contact } from '../types.js';

const maxOctets = 75;
const encoder = new TextEncoder();

/** RFC 6350 §3.4: backslash, comma and semicolon are escaped, a newline becomes `\n`. */
export function escapeVCardText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * RFC 6350 §3.2: a line longer than 75 octets continues on the next line after CRLF and one
 * space. Splits only between code points, so a UTF-8 character (é, ü, an emoji) stays whole.
 */
export function foldVCardLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? maxOctets : maxOctets - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function revOf(date: string): string {
  return `${date.replaceAll('-', '')}T000000Z`;
}

/**
 * The contact as a vCard 4.0 (`KIND:org`), texts in `locale` (any BCP 47 tag; nl when
 * unsupported): one TEL per phone of every service, the e-mails and web addresses of the contact
 * and its services, the address, the description as NOTE and `reviewedAt` as REV. Lines end in
 * CRLF and are folded at 75 octets.
 */
export function toVCard(contact: Contact, locale = 'nl'): string {
  const name = escapeVCardText(localize(contact.name, locale).text);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0', 'KIND:org', `FN:${name}`, `ORG:${name}`];
  lines.push(...new Set(contact.services.flatMap((service) => service.phones.map((phone) => `TEL;VALUE=uri;TYPE=${phone.kind}:tel:${phone.number}`))));
  const emails = new Set([...(contact.emails ?? []), ...contact.services.flatMap((service) => service.emails ?? [])].map((email) => email.address));
  for (const email of emails) lines.push(`EMAIL:${escapeVCardText(email)}`);
  const urls = new Set([contact.url, ...contact.services.map((service) => service.url)].filter((url): url is string => url !== undefined));
  for (const url of urls) lines.push(`URL:${url}`);
  if (contact.address) {
    const { street, locality, postalCode, country } = contact.address;
    const countryName = new Intl.DisplayNames([resolveLocale(locale).locale], { type: 'region' }).of(country) ?? country;
    // Post office box; extended address; street; locality; region; postal code; country.
    lines.push(`ADR;TYPE=work:;;${[street, locality, '', postalCode, countryName].map(escapeVCardText).join(';')}`);
  }
  lines.push(`NOTE:${escapeVCardText(localize(contact.description, locale).text)}`);
  lines.push(`REV:${revOf(contact.reviewedAt)}`, 'END:VCARD');
  return `${lines.map(foldVCardLine).join('\r\n')}\r\n`;
}
