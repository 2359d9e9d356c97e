// Placeholders that survive a CMS editor: a plain <div data-mh="signal-check" data-region="BE-VLG">
// becomes the widget. The drop-in files upgrade the ones on the page and any added later, each
// once, however many copies of the files the page loads. Without scripts, the placeholder's
// own content (a link to a help page) stays as the fallback.
import { fill, strings } from '../internal/strings.js';
import { languageOf } from '../internal/language.js';
import { warnOnce } from '../internal/warn.js';
import type { ContactCard } from '../components/contact-card/contact-card.js';

const widgets: Readonly<Record<string, string>> = { 'signal-check': 'mh-signal-check', 'contact-card': 'mh-contact-card', 'role-tips': 'mh-role-tips' };
/** Marks a placeholder as taken, in the DOM, so a second copy of the script leaves it alone. */
const TAKEN = 'data-mh-upgraded';
const selector = `[data-mh]:not([${TAKEN}])`;

/** `data-lang` → `lang`, `data-exit-url` → `exit-url`, `data-reader-role` → `reader-role`; `data-i18n-*` overrides are kept as they are. */
function attributesOf(placeholder: Element): [string, string][] {
  return [...placeholder.attributes]
    .filter((attribute) => attribute.name.startsWith('data-') && attribute.name !== 'data-mh' && attribute.name !== TAKEN)
    .map((attribute) => [attribute.name.startsWith('data-i18n-') ? attribute.name : attribute.name.slice('data-'.length), attribute.value]);
}

function upgrade(placeholder: Element): void {
  const kind = placeholder.getAttribute('data-mh')?.trim() ?? '';
  const tag = widgets[kind];
  // A known widget whose file this page did not load: another drop-in file may define it.
  if (tag && !customElements.get(tag)) return;
  placeholder.setAttribute(TAKEN, '');
  if (!tag) {
    // The same polite message as an unknown contact id, in the card's own style.
    warnOnce(`data-mh:${kind}`, `mh: unknown data-mh="${kind}". Use data-mh="signal-check", data-mh="contact-card" or data-mh="role-tips".`);
    const message = document.createElement('mh-contact-card') as ContactCard;
    for (const [name, value] of attributesOf(placeholder)) if (name === 'lang') message.setAttribute(name, value);
    placeholder.replaceChildren(message);
    message.strings = { missingContact: fill(strings[languageOf(message).locale].unknownWidget, { widget: kind }) };
    return;
  }
  const element = document.createElement(tag);
  for (const [name, value] of attributesOf(placeholder)) element.setAttribute(name, value);
  placeholder.replaceChildren(element);
}

function upgradeWithin(root: ParentNode): void {
  if (root instanceof Element && root.matches(selector)) upgrade(root);
  for (const placeholder of root.querySelectorAll(selector)) upgrade(placeholder);
}

/** Upgrades the placeholders on the page now and whenever a CMS or page builder adds some. */
export function watchPlaceholders(): void {
  upgradeWithin(document);
  new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) upgradeWithin(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
