// Defines <mh-contact-card>. Import this file (or a drop-in file from dist/cdn) to use the tag.
import { ContactCard } from './components/contact-card/contact-card.js';
import { defineElement } from './internal/define.js';

export { ContactCard };
export type { Strings, StringKey } from './internal/strings.js';

defineElement('mh-contact-card', ContactCard);

declare global {
  interface HTMLElementTagNameMap {
    'mh-contact-card': ContactCard;
  }
}
