// Content review: every contact of @mh/contacts with its services, phones, e-mails, address and
// hours, each with its source, and whether each service is open at the moment the page renders.
import { contacts as dataContacts, isOpenAt, localTimeIn, type Contact, type Email, type Phone, type Schedule, type Service, type Weekday } from '@mh/contacts';
import { localize, type SourceRef } from '@mh/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { citation, reviewStyles, textWithStatus } from './review.js';

const meta: Meta = {
  title: 'Content/Contacts',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

// Widened to the model's types, so optional fields can be read on every contact and service.
const contacts: readonly Contact[] = dataContacts;

const dayNames: Readonly<Record<Weekday, string>> = { mo: 'Mon', tu: 'Tue', we: 'Wed', th: 'Thu', fr: 'Fri', sa: 'Sat', su: 'Sun' };
const dayLongNames: Readonly<Record<Weekday, string>> = { mo: 'Monday', tu: 'Tuesday', we: 'Wednesday', th: 'Thursday', fr: 'Friday', sa: 'Saturday', su: 'Sunday' };

function sources(refs: readonly SourceRef[] | undefined): TemplateResult | string {
  if (!refs?.length) return '—';
  return html`<ul>${refs.map((ref) => html`<li>${citation(ref)}</li>`)}</ul>`;
}

function emails(list: readonly Email[] | undefined): TemplateResult | string {
  if (!list?.length) return '—';
  return html`<ul>${list.map((email) => html`<li><a href="mailto:${email.address}">${email.address}</a><br /><small>${citation(email.source)}</small></li>`)}</ul>`;
}

function link(url: string | undefined): TemplateResult | string {
  return url ? html`<a href=${url}>${url}</a>` : '—';
}

function phone(entry: Phone): TemplateResult {
  return html`<li>
    <strong>${entry.display}</strong> (${entry.kind})<br />
    E.164: <code>${entry.number}</code><br />
    ${entry.free ? 'Free: yes, a source says so' : entry.charge ? html`Cost: ${localize(entry.charge.text, 'nl').text} <small>(${citation(entry.charge.source)})</small>` : 'Free: not known (no source says so)'}<br />
    <small>${citation(entry.source)}</small>
  </li>`;
}

/** How old the hours are, and what another source says where they differ. */
function hoursSource(schedule: Schedule): TemplateResult {
  return html`<small>${citation(schedule.source)}; page date: ${schedule.asOf ?? 'none shown'}</small>
    ${schedule.otherSource ? html`<p>Another source says: ${localize(schedule.otherSource.text, 'nl').text} <small>(${citation(schedule.otherSource.source)})</small></p>` : nothing}`;
}

function hours(schedule: Schedule | undefined): TemplateResult {
  if (!schedule) return html`<p>Unknown: no source gives the hours (never guessed).</p>`;
  if (schedule.kind === 'always') return html`<p>24/7: every day, around the clock.</p>${hoursSource(schedule)}`;
  return html`<ul>
      ${schedule.hours.map(
        (range) => html`<li>${range.days.map((day) => html`<abbr title=${dayLongNames[day]}>${dayNames[day]}</abbr>`).map((day, index) => html`${index ? ', ' : ''}${day}`)}: ${range.opens}–${range.closes}</li>`,
      )}
    </ul>
    ${schedule.closedOn?.length ? html`<p>Closed all day on: ${schedule.closedOn.join(', ')}</p>` : nothing}
    ${hoursSource(schedule)}`;
}

function openNow(contact: Contact, service: Service, now: Date): TemplateResult {
  const open = isOpenAt(contact, now, service.id);
  if (open === undefined) return html`<span class="now now-unknown">? Hours unknown</span>`;
  return open ? html`<span class="now now-open">✓ Open now</span>` : html`<span class="now now-closed">✗ Closed now</span>`;
}

function anyOpen(contact: Contact, now: Date): TemplateResult {
  const open = isOpenAt(contact, now);
  if (open === undefined) return html`<span class="now now-unknown">? Not known</span>: no service is open now and the hours of at least one are unknown`;
  return open ? html`<span class="now now-open">✓ Yes</span>: at least one service is open now` : html`<span class="now now-closed">✗ No</span>: every service is closed now`;
}

function hoursInShort(schedule: Schedule | undefined): TemplateResult | string {
  if (!schedule) return 'unknown';
  if (schedule.kind === 'always') return '24/7';
  return html`${schedule.hours.map((range, index) => html`${index ? html`<br />` : nothing}${range.days.map((day) => dayNames[day]).join(', ')} ${range.opens}–${range.closes}`)}${schedule.closedOn?.length ? html`<br />closed ${schedule.closedOn.join(', ')}` : nothing}`;
}

function localMoment(contact: Contact, now: Date): string {
  const local = localTimeIn(contact.timeZone, now);
  return `local time ${dayLongNames[local.weekday]} ${local.date} ${local.time}, ${contact.timeZone}`;
}

const pageStyles = `
  .now { font-weight: 600; white-space: nowrap; }
  .contact { margin-block-end: 3rem; }
  .facts th[scope='row'] { inline-size: 13rem; }
  td a, td small { overflow-wrap: anywhere; }
  .nowrap { white-space: nowrap; }
  ul { margin: 0; padding-inline-start: 1.25rem; }
  li + li { margin-block-start: 0.25rem; }
  td p { margin-block: 0 0.25rem; }
  h3 { margin-block-start: 1.5rem; }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

function renderedAt(now: Date): TemplateResult {
  return html`<p>
    "Now" was computed when this page rendered: ${now.toISOString()} (UTC), read in each contact's own time zone. Reload the page to
    compute it again.
  </p>`;
}

function serviceFacts(contact: Contact, service: Service, locale: string, now: Date): TemplateResult {
  return html`<table class="facts">
    <caption class="visually-hidden">${localize(service.name, locale).text}: the facts</caption>
    <tbody>
      <tr><th scope="row">Id</th><td><code>${service.id}</code></td></tr>
      <tr><th scope="row">Name</th><td>${textWithStatus(service.name, locale)}</td></tr>
      <tr><th scope="row">Description</th><td>${textWithStatus(service.description, locale)}</td></tr>
      <tr><th scope="row">For</th><td>${service.audiences.join(', ') || '—'}</td></tr>
      <tr><th scope="row">Topics</th><td>${service.topics.join(', ') || '—'}</td></tr>
      <tr><th scope="row">Serves people in</th><td>${service.serviceArea.join(', ') || '—'}</td></tr>
      <tr><th scope="row">Languages</th><td>${service.languages?.length ? service.languages.join(', ') : 'not known (no source names them)'}</td></tr>
      <tr><th scope="row">Phones</th><td>${service.phones.length ? html`<ul>${service.phones.map(phone)}</ul>` : '— (no phone: reached by website or e-mail)'}</td></tr>
      <tr><th scope="row">E-mail</th><td>${emails(service.emails)}</td></tr>
      <tr><th scope="row">Website</th><td>${link(service.url)}</td></tr>
      <tr><th scope="row">Hours</th><td>${hours(service.hours)}</td></tr>
      <tr><th scope="row">Now</th><td>${openNow(contact, service, now)} <small>(${localMoment(contact, now)})</small></td></tr>
      <tr><th scope="row">Sources of this service</th><td>${service.sources?.length ? sources(service.sources) : 'those of the contact'}</td></tr>
    </tbody>
  </table>`;
}

export const AllContacts: StoryObj = {
  name: 'All contacts',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    // The moment this story rendered: "open now" is judged at this moment, in each contact's zone.
    const now = new Date();
    return html`<style>${unsafeCSS(pageStyles)}</style>
      <p>${contacts.length} contacts with ${contacts.reduce((sum, contact) => sum + contact.services.length, 0)} services, in the order of the data.</p>
      ${renderedAt(now)}
      ${contacts.map(
        (contact) => html`<section class="contact" aria-labelledby="contact-${contact.id}">
          <h2 id="contact-${contact.id}">${textWithStatus(contact.name, locale)}</h2>
          <table class="facts">
            <caption class="visually-hidden">${localize(contact.name, locale).text}: the facts</caption>
            <tbody>
              <tr><th scope="row">Id</th><td><code>${contact.id}</code></td></tr>
              <tr><th scope="row">Description</th><td>${textWithStatus(contact.description, locale)}</td></tr>
              <tr><th scope="row">Website</th><td>${link(contact.url)}</td></tr>
              <tr><th scope="row">E-mail</th><td>${emails(contact.emails)}</td></tr>
              <tr>
                <th scope="row">Address</th>
                <td>${contact.address
                  ? html`${contact.address.street}<br />${contact.address.postalCode} ${contact.address.locality}<br />Region ${contact.address.region}, ${contact.address.country}<br /><small>${citation(contact.address.source)}</small>`
                  : '—'}</td>
              </tr>
              <tr>
                <th scope="row">Status</th>
                <td>${contact.announced
                  ? html`Announced, not confirmed open: opens ${contact.announced.opens} <small>(${citation(contact.announced.source)})</small>${contact.announced.otherDates?.map(
                      (other) => html`<br />Another source: ${other.opens} <small>(${citation(other.source)})</small>`,
                    )}<br />Left out of findContacts unless asked.`
                  : 'In operation'}</td>
              </tr>
              <tr><th scope="row">Time zone of the hours</th><td>${contact.timeZone}</td></tr>
              <tr><th scope="row">Reachable now (any service)</th><td>${anyOpen(contact, now)}</td></tr>
              <tr><th scope="row">Sources (contact as a whole)</th><td>${sources(contact.sources)}</td></tr>
              <tr><th scope="row">Reviewed at</th><td>${contact.reviewedAt}</td></tr>
            </tbody>
          </table>
          ${contact.services.map(
            (service, index) => html`<h3>Service ${index + 1} of ${contact.services.length}: ${textWithStatus(service.name, locale)}</h3>
              ${serviceFacts(contact, service, locale, now)}`,
          )}
        </section>`,
      )}`;
  },
};

export const OpenNow: StoryObj = {
  name: 'Open now: every service',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    const now = new Date();
    return html`<style>${unsafeCSS(pageStyles)}</style>
      <h2>Every service: phones, hours and whether it is open now</h2>
      ${renderedAt(now)}
      <table>
        <thead>
          <tr>
            <th scope="col">Contact</th>
            <th scope="col">Service</th>
            <th scope="col">Phones</th>
            <th scope="col">Hours</th>
            <th scope="col">Now</th>
          </tr>
        </thead>
        <tbody>
          ${contacts.flatMap((contact) =>
            contact.services.map(
              (service) => html`<tr>
                <td>${localize(contact.name, locale).text}<br /><small><code>${contact.id}</code></small></td>
                <th scope="row">${textWithStatus(service.name, locale)}<br /><small><code>${service.id}</code></small></th>
                <td>${service.phones.length ? service.phones.map((entry, index) => html`${index ? html`<br />` : nothing}<span class="nowrap">${entry.display}</span>${entry.free ? ' (free)' : entry.charge ? ' (not free)' : ''}`) : '—'}</td>
                <td class="nowrap">${hoursInShort(service.hours)}${service.hours ? html`<br /><small>as of ${service.hours.asOf ?? 'an undated page'}${service.hours.otherSource ? '; another source differs' : ''}</small>` : nothing}</td>
                <td>${openNow(contact, service, now)}</td>
              </tr>`,
            ),
          )}
        </tbody>
      </table>`;
  },
};
