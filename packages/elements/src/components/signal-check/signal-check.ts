// <mh-signal-check>: the indicators as a checklist, weighed by assessSignals, with next steps and contacts.
import { getSource, localize, parseRegion, type LocalizedText, type Locale, type Region } from '@mh/core';
import { findContacts, getContact, telHref, type Phone } from '@mh/contacts';
import { assessSignals, disclosureInputFor, indicatorsByGroup, traffickingDefinition, type Assessment, type Level } from '@mh/indicators';
import { decideDisclosure, getProvision, type Disclosure, type Provision } from '@mh/legal-secrecy';
import { getRole, isRoleId, roleIds, resultTipsFor, type Role } from '@mh/role-tips';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { languageOf } from '../../internal/language.js';
import { glossed } from '../../internal/gloss.js';
import { placeKeys, roleTipsKeys, roleTipsStrings, type RoleTipsText as Text } from '../../internal/role-tips-text.js';
import { fill, overridesFrom, strings, type Strings } from '../../internal/strings.js';
import { warnOnce } from '../../internal/warn.js';
import { signalCheckStyles } from './signal-check.styles.js';

/** What `mh-assess` carries: the level and the ticked indicator ids, nothing else. */
export interface AssessEventDetail {
  readonly level: Level;
  readonly indicators: readonly string[];
}

/**
 * The contacts of the result's steps that serve the user's region (a Flemish teacher sees the
 * care centre in Gent, not the one in Liège). A step none of whose contacts serves the region
 * (the region is just `BE`) keeps them all, so no step loses its contacts.
 */
function contactsServing(result: Assessment): string[] {
  const serving = new Set<string>(findContacts({ region: result.region }).map((contact) => contact.id));
  return [
    ...new Set(
      result.steps.flatMap((step) => {
        const here = step.contacts.filter((id) => serving.has(id));
        return here.length ? here : step.contacts;
      }),
    ),
  ];
}

/**
 * The phones to call now (`Assessment.callNow`: 112 and 101, or 112 and Veilig Thuis), each with
 * what it is for: its service's name, or the contact's where that only repeats the number
 * ("Veilig Thuis 0800-2000").
 */
function callNowPhones(result: Assessment, t: (value: LocalizedText) => string): { readonly phone: Phone; readonly what: string }[] {
  const found = result.callNow.flatMap((id) => {
    const contact = getContact(id);
    return contact.services.flatMap((service) =>
      service.phones.filter((phone) => phone.kind === 'voice').map((phone) => ({ phone, what: t(service.name).includes(phone.display) ? t(contact.name) : t(service.name) })),
    );
  });
  return found.filter(({ phone }, index) => found.findIndex((other) => other.phone.number === phone.number) === index);
}

/**
 * The professional-secrecy answer that fits what was ticked: @mh/indicators maps it, @mh/legal-secrecy
 * decides. A reader whose role does not know it through work (a parent, a friend) holds no professional secret.
 */
function disclosureFor(result: Assessment, role: Role | undefined): Disclosure | undefined {
  const input = disclosureInputFor(result, role && !role.professional ? { knownThroughWork: false } : {});
  return input && decideDisclosure(input);
}


/** The page and section to read more: those of the first provision behind the answer that names one. */
function readMoreOf(disclosure: Disclosure): { readonly url: string; readonly section: string } | undefined {
  for (const id of disclosure.provisions) {
    const { readMore }: Provision = getProvision(id);
    const source = readMore ? getSource(readMore.source) : undefined;
    if (readMore && source?.kind === 'public') return { url: source.url, section: readMore.section };
  }
  return undefined;
}

/** Two presses of Escape within this time leave the page (when `exit-url` is set). */
const ESCAPE_TWICE_MS = 2000;

/**
 * Helps a professional weigh a worry about a young person: the indicators of the FOD Justitie
 * fiche as a checklist in their four groups, a question about acute danger, and a result with
 * the level in words, why, the next steps for the region and the contacts to call. It is not a
 * diagnosis, and says so. What is ticked never leaves the page.
 *
 * @tag mh-signal-check
 * @summary A checklist of signals of human trafficking with next steps and contacts.
 *
 * @attr region - `BE` (default), `BE-VLG`, `BE-BRU`, `BE-WAL` or `NL`: picks the next steps and contacts.
 * @attr lang - The language (nl, fr, en; `nl-BE` → nl); else the nearest ancestor's `lang`.
 * @attr exit-url - Adds a quick-exit button (first in tab order; Escape twice does the same) that replaces the page with this URL.
 * @attr heading-level - The heading level of the title (2–5, default 2).
 * @attr reader-role - The reader's role (`teacher`, `gp`, `parent-or-friend` …, as `<mh-role-tips>`): the result adds what that role can do, and links to an `<mh-role-tips>` on the page (the one whose `for` is this check's id, else one with an id). A parent or friend is told they hold no professional secret. Without it nothing changes.
 *
 * @event mh-assess - When a result is shown. `detail`: `{ level, indicators }`.
 *
 * @csspart container - The whole check.
 * @csspart heading - The title.
 * @csspart definition - What human trafficking is, and that the teen-pimp method (in the Netherlands: the loverboy) is a form of it.
 * @csspart privacy - The line that says nothing leaves the page.
 * @csspart quick-exit - The quick-exit button.
 * @csspart group - Each fieldset of indicators.
 * @csspart submit - The button that shows the result.
 * @csspart result - The result.
 * @csspart result-heading - The level in words.
 * @csspart call-now - In danger: the numbers to call now (112 and 101; in the Netherlands 112 and Veilig Thuis), first in the result.
 * @csspart call - Each of those numbers, a click-to-call link.
 * @csspart ask-acute - The prompt to answer the acute question, after a sign of the exploitation itself.
 * @csspart steps - The list of next steps.
 * @csspart role-tips - With `reader-role`: what the reader's role can do, and the link to more.
 * @csspart secrecy - What the law says about professional secrecy here, with a link to read more.
 * @csspart caveat - The note that Belgian article numbers are those of the 1867 Criminal Code.
 * @csspart start-over - The button that clears everything.
 * @csspart print - The print button.
 *
 * @cssprop --mh-signal-check-accent - Buttons, borders and focus (falls back to `--mh-color-accent`).
 * @cssprop --mh-signal-check-background - Background (falls back to `--mh-color-surface`).
 * @cssprop --mh-signal-check-border-color - Borders (falls back to `--mh-color-border`).
 * @cssprop --mh-signal-check-radius - Corner radius (falls back to `--mh-radius`).
 * @cssprop --mh-signal-check-exit - The quick-exit button (falls back to `--mh-color-exit`).
 * @cssprop --mh-signal-check-link - Links (falls back to `--mh-color-link`).
 * @cssprop --mh-color-focus - The focus ring.
 */
export class SignalCheck extends LitElement {
  static override styles = signalCheckStyles;

  static override properties = {
    region: { type: String, reflect: true },
    exitUrl: { type: String, attribute: 'exit-url' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    readerRole: { type: String, attribute: 'reader-role', reflect: true },
    declaredLang: { type: String, attribute: 'lang' },
    strings: { attribute: false },
    ticked: { state: true },
    acute: { state: true },
    result: { state: true },
  };

  region: string | null = null;
  exitUrl: string | null = null;
  headingLevel = 2;
  /** The reader's role id, as the page set it. */
  readerRole: string | null = null;
  /** Mirrors the `lang` attribute, so a change re-renders. */
  declaredLang: string | null = null;
  /** Per-instance overrides of any visible string (also as `data-i18n-<key>` attributes). */
  strings: Partial<Text> = {};

  /** @internal */
  private ticked: ReadonlySet<string> = new Set();
  /** @internal */
  private acute: 'yes' | 'no' | undefined = undefined;
  /** @internal */
  private result: Assessment | undefined = undefined;
  private lastEscape = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onDocumentKeydown);
  }

  override disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onDocumentKeydown);
    super.disconnectedCallback();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('region') && this.region !== null && !parseRegion(this.region)) {
      warnOnce(`region:${this.region}`, `<mh-signal-check>: unknown region "${this.region}"; use BE, BE-VLG, BE-BRU, BE-WAL or NL. Showing the steps for BE.`);
    }
    if (changed.has('readerRole') && this.readerRole && !isRoleId(this.readerRole)) {
      warnOnce(`reader-role:${this.readerRole}`, `<mh-signal-check>: unknown reader-role "${this.readerRole}". Use one of: ${roleIds.join(', ')}.`);
    }
    // A result was computed for one region; a new region needs a new result.
    if (changed.has('region') && this.result) this.result = this.assess();
  }

  private get effectiveRegion(): Region {
    return parseRegion(this.region) ?? 'BE';
  }

  /** The reader's role, when `reader-role` names one we know (not `role`: that is the ARIA property of every element). */
  private get readerRoleData(): Role | undefined {
    return this.readerRole && isRoleId(this.readerRole) ? getRole(this.readerRole) : undefined;
  }

  /** The <mh-role-tips> on the page to link to: the one `for` this check, else the first with an id. */
  private roleTipsOnPage(): HTMLElement | undefined {
    const root = this.getRootNode() as Document | ShadowRoot;
    const all = [...root.querySelectorAll<HTMLElement>('mh-role-tips')];
    return (this.id ? all.find((element) => element.getAttribute('for') === this.id) : undefined) ?? all.find((element) => element.id);
  }

  /** The exit URL if it is a web address; a `javascript:` or garbled value adds no button. */
  private get safeExitUrl(): string | undefined {
    if (!this.exitUrl) return undefined;
    try {
      const url = new URL(this.exitUrl, document.baseURI);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
    } catch {
      return undefined;
    }
  }

  private readonly onDocumentKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.safeExitUrl) return;
    const now = event.timeStamp;
    if (this.lastEscape && now - this.lastEscape <= ESCAPE_TWICE_MS) this.exit();
    this.lastEscape = now;
  };

  private exit(): void {
    const url = this.safeExitUrl;
    if (url) this.leavePage(url);
  }

  /**
   * @internal Replaces the page (tests stub it). replace(), not assign(): Back must not return
   * here. In an iframe the whole page goes, not only the frame; a sandbox without
   * `allow-top-navigation` forbids that, and then only the frame is replaced.
   */
  leavePage(url: string): void {
    try {
      (window.top ?? window).location.replace(url);
    } catch {
      window.location.replace(url);
    }
  }

  private assess(): Assessment {
    // Unanswered stays undefined, so that after a sign of the exploitation itself the check asks the acute question.
    const answered = this.acute === undefined ? {} : { acuteDanger: this.acute === 'yes' };
    return assessSignals({ indicators: [...this.ticked], ...answered, region: this.effectiveRegion });
  }

  private onToggle(id: string, checked: boolean): void {
    const next = new Set(this.ticked);
    if (checked) next.add(id);
    else next.delete(id);
    this.ticked = next;
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    this.result = this.assess();
    this.dispatchEvent(
      new CustomEvent<AssessEventDetail>('mh-assess', {
        detail: { level: this.result.level, indicators: this.result.indicators.map((indicator) => indicator.id) },
        bubbles: true,
        composed: true,
      }),
    );
    await this.updateComplete;
    this.moveTo('#result-heading', 'start');
  }

  /** Moves to the acute question: a sign of the exploitation itself was ticked, danger not answered. */
  private goToAcute(): void {
    this.moveTo('#acute-question', 'center');
  }

  /** Focuses a part of the check and scrolls it into view, smoothly unless reduced motion is asked. */
  private moveTo(selector: string, block: ScrollLogicalPosition): void {
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    target?.focus({ preventScroll: true });
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target?.scrollIntoView({ block, behavior: reduceMotion ? 'auto' : 'smooth' });
  }

  private async startOver(): Promise<void> {
    this.ticked = new Set();
    this.acute = undefined;
    this.result = undefined;
    this.renderRoot.querySelector('form')?.reset();
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  override render(): TemplateResult {
    const { locale } = languageOf(this);
    const text: Text = { ...strings[locale], ...roleTipsStrings[locale], ...overridesFrom(this), ...overridesFrom(this, roleTipsKeys), ...this.strings };
    const t = (value: LocalizedText) => localize(value, locale, { region: this.effectiveRegion }).text;
    const level = Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const exitUrl = this.safeExitUrl;
    return html`
      <section class="check" part="container" aria-labelledby="heading">
        ${exitUrl
          ? html`<button type="button" class="quick-exit" part="quick-exit" @click=${this.exit}>${text.quickExit}</button>`
          : nothing}
        <div class="heading" part="heading" id="heading" role="heading" aria-level=${level}>${text.heading}</div>
        <p>${text.intro}</p>
        <p class="definition" part="definition">${t(traffickingDefinition.text)}</p>
        <p class="privacy" part="privacy">${text.privacy}</p>
        ${exitUrl ? html`<p class="hint">${text.quickExitHint}</p>` : nothing}
        ${locale === 'nl' ? nothing : html`<p class="notice">${text.draftTranslation}</p>`}
        ${this.region !== null && !parseRegion(this.region) ? html`<p class="notice" role="status">${fill(text.unknownRegion, { region: this.region })}</p>` : nothing}
        ${this.readerRole && !this.readerRoleData ? html`<p class="notice" role="status">${fill(text.unknownRoleInCheck, { role: this.readerRole })}</p>` : nothing}
        <form @submit=${this.onSubmit} novalidate>
          <p>${text.instructions}</p>
          ${indicatorsByGroup().map(
            ({ group, indicators }) => html`<fieldset part="group">
              <legend>${t(group.name)}</legend>
              ${indicators.map(
                (indicator) => html`<div class="option">
                  <input
                    type="checkbox"
                    id="indicator-${indicator.id}"
                    name="indicator"
                    value=${indicator.id}
                    .checked=${this.ticked.has(indicator.id)}
                    aria-describedby=${indicator.looksLike.length ? `looks-like-${indicator.id}` : nothing}
                    @change=${(event: Event) => this.onToggle(indicator.id, (event.target as HTMLInputElement).checked)}
                  />
                  <label for="indicator-${indicator.id}">${t(indicator.text)}</label>
                  ${indicator.looksLike.length
                    ? html`<p class="looks-like" id="looks-like-${indicator.id}">${text.looksLike} ${indicator.looksLike.map((example) => t(example.text)).join(' ')}</p>`
                    : nothing}
                </div>`,
              )}
            </fieldset>`,
          )}
          <fieldset part="group" id="acute-question" tabindex="-1">
            <legend>${text.acuteQuestion}</legend>
            <div class="answers">
              ${(['yes', 'no'] as const).map(
                (answer) => html`<div class="option">
                  <input type="radio" id="acute-${answer}" name="acute" value=${answer} .checked=${this.acute === answer} @change=${() => (this.acute = answer)} />
                  <label for="acute-${answer}">${text[answer]}</label>
                </div>`,
              )}
            </div>
          </fieldset>
          <button type="submit" part="submit">${text.submit}</button>
        </form>
        <div class="visually-hidden" aria-live="polite">${this.result ? t(this.result.definition.title) : ''}</div>
        ${this.result ? this.renderResult(this.result, locale, text, level) : nothing}
      </section>
    `;
  }

  private renderResult(result: Assessment, locale: Locale, text: Text, level: number): TemplateResult {
    const t = (value: LocalizedText) => localize(value, locale, { region: result.region }).text;
    // The result is one view: an abbreviation is written out at its first use in it.
    const seen = new Set<string>();
    const g = (value: LocalizedText) => glossed(t(value), locale, seen);
    const contacts = contactsServing(result);
    const callNow = callNowPhones(result, t);
    // A sign of the exploitation itself, danger not answered: the prompt stands above the reasons.
    const askAcute = result.reasons.find((reason) => reason.id === 'ask-acute');
    return html`<section class="result level-${result.level}" part="result" aria-labelledby="result-heading">
      <div class="result-heading" part="result-heading" id="result-heading" role="heading" aria-level=${level + 1} tabindex="-1">${t(result.definition.title)}</div>
      ${callNow.length
        ? html`<ul class="call-now" part="call-now" aria-label=${text.callNow}>
            ${callNow.map(
              ({ phone, what }) =>
                html`<li><a part="call" href=${telHref(phone)}>${fill(text.call, { number: phone.display })} <span class="call-what">${what}</span></a></li>`,
            )}
          </ul>`
        : nothing}
      <p>${g(result.definition.summary)}</p>
      <p><strong>${t(result.notADiagnosis)}</strong></p>
      ${askAcute
        ? html`<p class="notice ask-acute" part="ask-acute">
            ${g(askAcute.text)}
            <button type="button" class="secondary" @click=${this.goToAcute}>${text.goToAcute}</button>
          </p>`
        : nothing}
      <div class="subheading" role="heading" aria-level=${level + 2}>${text.why}</div>
      <ul>${result.reasons.filter((reason) => reason.id !== 'ask-acute').map((reason) => html`<li>${g(reason.text)}</li>`)}</ul>
      <div class="subheading" role="heading" aria-level=${level + 2}>${text.nextSteps}</div>
      <ol part="steps">
        ${result.steps.map(
          (step) => html`<li>
            <strong>${g(step.title)}</strong>
            ${step.detail ? html`<p class="step-detail">${g(step.detail)}</p>` : nothing}
          </li>`,
        )}
      </ol>
      ${contacts.length
        ? html`<div class="subheading" role="heading" aria-level=${level + 2}>${text.whoCanHelp}</div>
            <ul class="contacts">
              ${contacts.map(
                (id) => html`<li><mh-contact-card contact=${id} compact lang=${locale} heading-level=${Math.min(6, level + 3)}></mh-contact-card></li>`,
              )}
            </ul>`
        : nothing}
      ${this.renderRoleTips(result, locale, text, level, seen)}
      ${this.renderSecrecy(result, locale, text, level, seen)}
      <div class="actions">
        <button type="button" class="secondary" part="print" @click=${() => window.print()}>${text.print}</button>
        <button type="button" class="secondary" part="start-over" @click=${this.startOver}>${text.startOver}</button>
      </div>
    </section>`;
  }

  /** With `reader-role`: the role's most relevant tips for this result (@mh/role-tips' resultTipsFor), and where to read more. */
  private renderRoleTips(result: Assessment, locale: Locale, text: Text, level: number, seen: Set<string>): TemplateResult | typeof nothing {
    const role = this.readerRoleData;
    if (!role) return nothing;
    const t = (value: LocalizedText) => localize(value, locale, { region: result.region }).text;
    const { tips } = resultTipsFor({ role: role.id, region: result.region, exploitation: result.forms, level: result.level });
    const more = this.roleTipsOnPage();
    // A plain block, not a landmark: an <mh-role-tips> on the same page is the region with this name.
    return html`<div class="role-tips" part="role-tips">
      <div class="subheading" role="heading" aria-level=${level + 2}>${glossed(fill(text.roleHeading, { role: t(role.name) }), locale, seen)}</div>
      ${tips.length
        ? html`<ul>${tips.map((tip) => html`<li>${glossed(t(tip.text), locale, seen)}</li>`)}</ul>`
        : html`<p>${fill(text.noTipsHere, { place: text[placeKeys[result.region]] })}</p>`}
      ${more?.id
        ? html`<p><a href="#${more.id}">${text.moreTips}</a></p>`
        : more
          ? html`<p><button type="button" class="secondary" @click=${() => more.scrollIntoView()}>${text.moreTips}</button></p>`
          : nothing}
    </div>`;
  }

  private renderSecrecy(result: Assessment, locale: Locale, text: Text, level: number, seen: Set<string>): TemplateResult | typeof nothing {
    const disclosure = disclosureFor(result, this.readerRoleData);
    if (!disclosure) return nothing;
    const t = (value: LocalizedText) => localize(value, locale, { region: result.region }).text;
    const g = (value: LocalizedText) => glossed(t(value), locale, seen);
    const readMore = readMoreOf(disclosure);
    return html`<section class="secrecy" part="secrecy" aria-labelledby="secrecy-heading">
      <div class="subheading" id="secrecy-heading" role="heading" aria-level=${level + 2}>${text.secrecy}</div>
      <p><strong>${t(disclosure.definition.title)}</strong>. ${g(disclosure.definition.summary)}</p>
      ${disclosure.tellWhom.length ? html`<p>${text.tellWhom} ${disclosure.tellWhom.map((recipient) => t(recipient.name)).join(', ')}</p>` : nothing}
      ${disclosure.provisions.length
        ? html`<ul>
            ${disclosure.provisions.map((id) => {
              const provision: Provision = getProvision(id);
              const article = provision.jurisdiction === 'BE' ? provision.articles.code1867?.article : undefined;
              return html`<li><strong>${t(provision.name)}</strong>${article ? html` (${glossed(fill(text.article, { article }), locale, seen)})` : ''}${text.labelSeparator}${g(provision.summary)}</li>`;
            })}
          </ul>`
        : nothing}
      ${disclosure.caveats.map((caveat) => html`<p class="notice" part="caveat">${g(caveat.text)}</p>`)}
      <p class="notice">${t(disclosure.disclaimer)}</p>
      ${readMore
        ? html`<p><a href=${readMore.url} rel="noreferrer" target="_blank">${text.readMore}<span class="visually-hidden"> (${text.newWindow})</span></a>${text.labelSeparator}${readMore.section}</p>`
        : nothing}
    </section>`;
  }
}
