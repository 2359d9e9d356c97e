// The page behind frame.html, for a CMS that allows an iframe but no script: it reads the widget
// and its attributes from the query string (?widget=signal-check&lang=nl&region=BE-VLG,
// ?widget=role-tips&reader-role=teacher&region=BE-VLG).
import '../signal-check.js';
import '../role-tips.js';
import type { ContactCard } from '../components/contact-card/contact-card.js';
import { languageOf } from '../internal/language.js';
import { fill, strings } from '../internal/strings.js';

const tags: Readonly<Record<string, string>> = { 'signal-check': 'mh-signal-check', 'contact-card': 'mh-contact-card', 'role-tips': 'mh-role-tips' };
/** The attributes the widgets take; anything else in the query string is ignored. */
const passed = ['region', 'contact', 'compact', 'exit-url', 'heading-level', 'reader-role'] as const;

const params = new URLSearchParams(window.location.search);
const widget = params.get('widget')?.trim() ?? '';
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;

const main = document.querySelector('main') ?? document.body;
const tag = tags[widget];
if (tag) {
  const element = document.createElement(tag);
  for (const name of passed) {
    const value = params.get(name);
    if (value !== null) element.setAttribute(name, value);
  }
  main.replaceChildren(element);
  document.title = element.localName === 'mh-signal-check' ? strings[languageOf(element).locale].heading : 'mh';
} else {
  const message = document.createElement('mh-contact-card') as ContactCard;
  main.replaceChildren(message);
  message.strings = { missingContact: fill(strings[languageOf(message).locale].unknownWidget, { widget }) };
}
