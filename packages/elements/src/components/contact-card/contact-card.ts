// <mh-contact-card>: one help line or centre from @mh/contacts, ready to call on a phone.
import { localize, type LocalizedText, type Locale } from '@mh/core';
import { contacts, isScheduleOpenAt, nextOpening, telHref, type Contact, type Phone, type Schedule, type Service } from '@mh/contacts';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { languageOf } from '../../internal/language.js';
import { glossed } from '../../internal/gloss.js';
import { fill, overridesFrom, strings, type Strings } from '../../internal/strings.js';
import { warnOnce } from '../../internal/warn.js';
import { contactCardStyles } from './contact-card.styles.js';
import { formatSourceDate, formatWeeklyHours, languageName, weekdayName } from './format.js';

const byId: ReadonlyMap<string, Contact> = new Map(contacts.map((contact) => [contact.id, contact]));

/** A link's text says where it goes: `www.childfocus.be/nl/vorming`, without the scheme. */
function displayUrl(url: string): string {
  const { host, pathname } = new URL(url);
  return pathname === '/' ? host : `${host}${pathname.replace(/\/$/, '')}`;
}

/**
 * A help line or centre: its name, what it does, each service and what it offers, each phone as
 * a `tel:` link with "free" (or what a call costs) and "24/7" where a source says so, e-mail,
 * website, and opening hours where a source gives them: "open now" or "closed now, opens at …"
 * by the contact's own clock, with the date of the source and what another source says where
 * they differ. Unknown hours show nothing. An unknown id shows a polite message and warns once
 * in the console.
 *
 * @tag mh-contact-card
 * @summary Shows one contact of @mh/contacts, ready to call.
 *
 * @attr contact - The contact's id, e.g. `child-focus`, `payoke`, `veilig-thuis`.
 * @attr compact - Shows only the name and the phones (or, without a phone, the website).
 * @attr heading-level - The heading level of the name (2–6, default 3), to fit the page's outline.
 * @attr lang - The language (nl, fr, en; `nl-BE` → nl); else the nearest ancestor's `lang`.
 *
 * @csspart card - The card.
 * @csspart name - The contact's name.
 * @csspart description - What the contact does.
 * @csspart phone - Each phone link.
 * @csspart badge - The "free" and "24/7" labels.
 * @csspart charge - What a call costs, where a source says it is not free.
 * @csspart message - The message shown instead of a card when the id is unknown.
 *
 * @cssprop --mh-contact-card-accent - The accent stripe (falls back to `--mh-color-accent`).
 * @cssprop --mh-contact-card-background - The card's background (falls back to `--mh-color-surface`).
 * @cssprop --mh-contact-card-border-color - The card's border (falls back to `--mh-color-border`).
 * @cssprop --mh-contact-card-radius - The card's corner radius (falls back to `--mh-radius`).
 * @cssprop --mh-contact-card-link - Link colour (falls back to `--mh-color-link`).
 */
export class ContactCard extends LitElement {
  static override styles = contactCardStyles;

  static override properties = {
    contact: { type: String, reflect: true },
    compact: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    declaredLang: { type: String, attribute: 'lang' },
    now: { attribute: false },
    strings: { attribute: false },
  };

  /** The contact's id. */
  contact = '';
  compact = false;
  headingLevel = 3;
  /** Mirrors the `lang` attribute, so a change re-renders. */
  declaredLang: string | null = null;
  /** The moment "open now" is computed for; the time of rendering when unset. */
  now: Date | undefined = undefined;
  /** Per-instance overrides of any visible string (also as `data-i18n-<key>` attributes). */
  strings: Partial<Strings> = {};

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('contact') && this.contact && !byId.has(this.contact)) {
      warnOnce(`contact:${this.contact}`, `<mh-contact-card>: unknown contact "${this.contact}". Use one of: ${[...byId.keys()].join(', ')}.`);
    }
  }

  override render(): TemplateResult {
    const { locale } = languageOf(this);
    const text: Strings = { ...strings[locale], ...overridesFrom(this), ...this.strings };
    const contact = byId.get(this.contact);
    if (!contact) {
      const message = this.contact ? fill(text.unknownContact, { id: this.contact }) : text.missingContact;
      return html`<p class="message" part="message" role="status">${message}</p>`;
    }
    const t = (value: LocalizedText) => localize(value, locale).text;
    const level = Math.min(6, Math.max(2, Math.trunc(this.headingLevel) || 3));
    const services = contact.services;
    const now = this.now ?? new Date();
    // A card is one view: an abbreviation is written out at its first use in it.
    const seen = new Set<string>();
    return html`
      <article class="card ${this.compact ? 'compact' : ''}" part="card" aria-labelledby="name">
        <div class="name" part="name" id="name" role="heading" aria-level=${level}>${t(contact.name)}</div>
        <p class="description" part="description">${glossed(t(contact.description), locale, seen)}</p>
        ${this.compact
          ? this.renderCompactPhones(contact, text, locale, now)
          : services.map((service) => this.renderService(contact, service, services.length > 1, level, locale, text, now, seen))}
        ${this.compact ? nothing : this.renderDetails(contact, locale, text)}
      </article>
    `;
  }

  private renderService(contact: Contact, service: Service, named: boolean, level: number, locale: Locale, text: Strings, now: Date, seen: Set<string>): TemplateResult {
    const t = (value: LocalizedText) => localize(value, locale).text;
    const always = service.hours?.kind === 'always';
    const phones = service.phones.filter((phone) => phone.kind !== 'fax');
    return html`
      <section class="service">
        ${named ? html`<div class="service-name" role="heading" aria-level=${Math.min(6, level + 1)}>${t(service.name)}</div>` : nothing}
        <p class="service-description">${glossed(t(service.description), locale, seen)}</p>
        ${phones.length
          ? html`<ul class="phones">${phones.map((phone) => this.renderPhone(phone, always, text, locale))}</ul>`
          : nothing}
        ${service.hours?.kind === 'weekly'
          ? html`<p class="hours">
              ${this.renderStatus(contact, service.hours, now, locale, text)}
              · ${service.hours.hours.map((range) => formatWeeklyHours(range, locale)).join('; ')}
            </p>`
          : nothing}
        ${service.hours && (service.hours.asOf || service.hours.otherSource)
          ? html`<p class="hours-source">${[
              service.hours.asOf ? fill(text.hoursAsOf, { date: formatSourceDate(service.hours.asOf, locale) }) : '',
              service.hours.otherSource ? t(service.hours.otherSource.text) : '',
            ]
              .filter(Boolean)
              .join(' ')}</p>`
          : nothing}
        ${!this.compact && service.url && service.url !== contact.url
          ? html`<p><a href=${service.url}>${displayUrl(service.url)}</a></p>`
          : nothing}
      </section>
    `;
  }

  /**
   * "Open now", or "closed now, opens at 16:00" / "… opens Monday at 09:00", by the contact's
   * own clock; just "closed now" when it opens on none of the next seven days.
   */
  private renderStatus(contact: Contact, hours: Schedule, now: Date, locale: Locale, text: Strings): TemplateResult {
    if (isScheduleOpenAt(hours, now, contact.timeZone)) return html`<span class="open">${text.openNow}</span>`;
    const next = nextOpening(hours, now, contact.timeZone);
    const status = !next
      ? text.closedNow
      : next.inDays === 0
        ? fill(text.closedOpensAt, { time: next.time })
        : fill(text.closedOpensOn, { day: weekdayName(next.weekday, locale, 'long'), time: next.time });
    return html`<span class="closed">${status}</span>`;
  }

  /**
   * Compact: every number once, whichever services share it, with "24/7" if one of them is, or
   * whether it is open now where a source gives weekly hours (the check's list of contacts).
   */
  private renderCompactPhones(contact: Contact, text: Strings, locale: Locale, now: Date): TemplateResult {
    const phones = new Map<string, { phone: Phone; always: boolean; status?: TemplateResult }>();
    for (const service of contact.services) {
      for (const phone of service.phones) {
        if (phone.kind === 'fax') continue;
        const always = service.hours?.kind === 'always' || phones.get(phone.number)?.always === true;
        const status =
          phones.get(phone.number)?.status ??
          (service.hours?.kind === 'weekly' ? this.renderStatus(contact, service.hours, now, locale, text) : undefined);
        phones.set(phone.number, { phone: phones.get(phone.number)?.phone ?? phone, always, ...(status && !always && { status }) });
      }
    }
    // A centre whose phone no source gives is still reached: by its (or its service's) website.
    const url = contact.url ?? contact.services.find((service) => service.url)?.url;
    if (phones.size === 0) return url ? html`<p><a href=${url}>${displayUrl(url)}</a></p>` : html``;
    return html`<ul class="phones">${[...phones.values()].map(({ phone, always, status }) => this.renderPhone(phone, always, text, locale, status))}</ul>`;
  }

  /** A number, "free" or what a call costs where a source says it, and "24/7". */
  private renderPhone(phone: Phone, always: boolean, text: Strings, locale: Locale, status?: TemplateResult): TemplateResult {
    return html`<li>
      <a class="phone" part="phone" href=${telHref(phone)}>${phone.display}</a>${phone.free
        ? html`<span class="badge" part="badge">${text.free}</span>`
        : nothing}${always ? html`<span class="badge" part="badge" title=${text.reachableAlways}>24/7</span>` : nothing}${phone.charge
        ? html`<span class="charge" part="charge">${localize(phone.charge.text, locale).text}</span>`
        : nothing}${status ? html`<span class="status">${status}</span>` : nothing}
    </li>`;
  }

  private renderDetails(contact: Contact, locale: Locale, text: Strings): TemplateResult {
    const emails = [...(contact.emails ?? []), ...contact.services.flatMap((service) => service.emails ?? [])];
    const uniqueEmails = [...new Set(emails.map((email) => email.address))];
    const languages = [...new Set(contact.services.flatMap((service) => service.languages ?? []))];
    const address = contact.address;
    return html`<dl>
      ${uniqueEmails.length
        ? html`<dt>${text.email}</dt>${uniqueEmails.map((address) => html`<dd><a href="mailto:${address}">${address}</a></dd>`)}`
        : nothing}
      ${contact.url ? html`<dt>${text.website}</dt><dd><a href=${contact.url}>${displayUrl(contact.url)}</a></dd>` : nothing}
      ${address ? html`<dt>${text.address}</dt><dd>${address.street}, ${address.postalCode} ${address.locality}</dd>` : nothing}
      ${languages.length ? html`<dt>${text.languages}</dt><dd>${languages.map((tag) => languageName(tag, locale)).join(', ')}</dd>` : nothing}
    </dl>`;
  }
}
