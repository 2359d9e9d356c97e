// telHref: the number a tel: link dials. The Belgian emergency numbers are 112 and 101
// (PUBLIC-FACTS §5, E1), the Dutch 112 (§6, F1–F3): a link dials exactly those digits.
import { describe, expect, it } from 'vitest';
import { contacts, getContact, telHref, type Contact, type Phone } from '../src/index.js';

const firstPhone = (id: string) => getContact(id).services.flatMap((service) => service.phones)[0]!;

describe('telHref', () => {
  it('dials emergency and other short numbers as people dial them, without the country code', () => {
    expect(telHref(firstPhone('emergency-112'))).toBe('tel:112');
    expect(telHref(firstPhone('police-101'))).toBe('tel:101');
    expect(telHref(firstPhone('emergency-112-nl'))).toBe('tel:112');
    expect(telHref(firstPhone('child-focus'))).toBe('tel:116000');
    expect(telHref(firstPhone('hulplijn-1712'))).toBe('tel:1712');
  });

  it('keeps a full number in E.164', () => {
    expect(telHref(firstPhone('veilig-thuis'))).toBe('tel:+318002000');
    expect(telHref(firstPhone('payoke'))).toBe('tel:+3232011690');
    expect(telHref({ number: '+3242324030' })).toBe('tel:+3242324030');
  });

  it('gives every phone in the data a link that dials digits only, with a + only before a country code', () => {
    const phones: Phone[] = (contacts as readonly Contact[]).flatMap((contact) => contact.services.flatMap((service) => service.phones));
    expect(phones.length).toBeGreaterThan(20);
    for (const phone of phones) {
      expect(telHref(phone)).toMatch(/^tel:(\+3[12]\d{7,10}|\d{3,6})$/);
    }
  });
});
