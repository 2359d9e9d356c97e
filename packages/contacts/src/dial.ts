// telHref: what a phone's tel: link dials. Short numbers are dialled as people dial them.
import type { Phone } from './types.js';

// Belgium and the Netherlands: their subscriber numbers have 8 or 9 digits after the country
// code, their short numbers (112, 101, 116 000, 1712, 102, 106) at most 6.
const shortNumber = /^\+(?:32|31)(\d{3,6})$/;

/**
 * The `tel:` URI of a phone. A short number goes without its country code (`tel:112`, not
 * `tel:+32112`): it can only be dialled inside its country (see `Phone.number`), and a phone's
 * dialler knows 112 as an emergency number by those three digits. Other numbers stay E.164.
 */
export function telHref(phone: Pick<Phone, 'number'>): string {
  const short = shortNumber.exec(phone.number);
  return `tel:${short?.[1] ?? phone.number}`;
}
