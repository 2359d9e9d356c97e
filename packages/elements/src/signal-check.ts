// Defines <mh-signal-check> (and <mh-contact-card>, which its result uses).
import './contact-card.js';
import { SignalCheck, type AssessEventDetail } from './components/signal-check/signal-check.js';
import { defineElement } from './internal/define.js';

export { SignalCheck, type AssessEventDetail };
export type { Strings, StringKey } from './internal/strings.js';

defineElement('mh-signal-check', SignalCheck);

declare global {
  interface HTMLElementTagNameMap {
    'mh-signal-check': SignalCheck;
  }
  interface HTMLElementEventMap {
    'mh-assess': CustomEvent<AssessEventDetail>;
  }
}
