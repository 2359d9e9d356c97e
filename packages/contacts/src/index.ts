// @mh/contacts: whom to call about trafficking of minors in Belgium and the Netherlands, with
// lookups, opening hours, JSON-LD and vCard. No zod here: validators live in `@mh/contacts/schema`.
import { regionIncludes, type Region } from '@mh/core';
import { contacts, type ContactId } from './data/contacts.js';
import { isScheduleOpenAt } from './hours.js';
import type { Audience, Contact, DataFile, Service, Topic } from './types.js';

export { contacts, type ContactId, type ServiceId } from './data/contacts.js';
export { audiences, topics, weekdays, timeZones, phoneKinds } from './types.js';
export type {
  Audience,
  Topic,
  Weekday,
  TimeZone,
  PhoneKind,
  Phone,
  Charge,
  Announced,
  Email,
  Address,
  WeeklyHours,
  AlwaysOpen,
  OtherHours,
  WeeklySchedule,
  Schedule,
  Service,
  Contact,
  DataFile,
} from './types.js';
export { localTimeIn, isScheduleOpenAt, nextOpening, type LocalTime, type NextOpening } from './hours.js';
export { telHref } from './dial.js';
export { toJsonLd, type JsonLdOrganization, type JsonLdContactPoint, type JsonLdPostalAddress, type JsonLdOpeningHours } from './export/json-ld.js';
export { toVCard, escapeVCardText, foldVCardLine } from './export/vcard.js';

/** The published data: what `@mh/contacts/data.json` holds. */
export const dataFile = { contacts } as const satisfies DataFile;

/** Thrown by `getContact` for an id the data does not have. */
export class UnknownContactError extends Error {
  override readonly name = 'UnknownContactError';
  readonly id: string;
  readonly validIds: readonly ContactId[];

  constructor(id: string, validIds: readonly ContactId[]) {
    super(`Unknown contact id ${JSON.stringify(id)}. Use one of: ${validIds.join(', ')}.`);
    this.id = id;
    this.validIds = validIds;
  }
}

/** Thrown by `isOpenAt` for a service id the contact does not have. */
export class UnknownServiceError extends Error {
  override readonly name = 'UnknownServiceError';
  readonly contactId: string;
  readonly serviceId: string;
  readonly validIds: readonly string[];

  constructor(contact: Contact, serviceId: string) {
    const validIds = contact.services.map((service) => service.id);
    super(`Contact ${JSON.stringify(contact.id)} has no service ${JSON.stringify(serviceId)}. Use one of: ${validIds.join(', ')}.`);
    this.contactId = contact.id;
    this.serviceId = serviceId;
    this.validIds = validIds;
  }
}

const contactIds: readonly ContactId[] = contacts.map((contact) => contact.id);
const byId: ReadonlyMap<string, Contact> = new Map(contacts.map((contact) => [contact.id, contact]));

/** The contact with this id; throws `UnknownContactError` (listing the valid ids) for any other. */
export function getContact(id: ContactId): Contact;
export function getContact(id: string): Contact;
export function getContact(id: string): Contact {
  const contact = byId.get(id);
  if (!contact) throw new UnknownContactError(id, contactIds);
  return contact;
}

export interface ContactFilter {
  /** Where the person is: a service serves them if one of its areas includes this region. */
  readonly region?: Region;
  readonly topic?: Topic;
  readonly audience?: Audience;
  /** Also the centres that are only announced (`announced`): left out unless this is true. */
  readonly announced?: boolean;
}

function serviceMatches(service: Service, filter: ContactFilter): boolean {
  const { region, topic, audience } = filter;
  return (
    (region === undefined || service.serviceArea.some((area) => regionIncludes(area, region))) &&
    (topic === undefined || service.topics.includes(topic)) &&
    (audience === undefined || service.audiences.includes(audience))
  );
}

/**
 * The contacts with at least one service that matches every given filter (the filters apply to
 * the same service), in the order of the data. A `BE` service serves someone in `BE-VLG`; a
 * `BE-VLG` service does not serve someone who only says `BE`, nor anyone in `NL`. A centre that
 * is only announced is not a place to send anyone: it is left out unless `announced` is true.
 */
export function findContacts(filter: ContactFilter = {}, from: readonly Contact[] = contacts): Contact[] {
  return from.filter(
    (contact) => (filter.announced === true || !contact.announced) && contact.services.some((service) => serviceMatches(service, filter)),
  );
}

function isServiceOpenAt(service: Service, contact: Contact, date: Date): boolean | undefined {
  return service.hours ? isScheduleOpenAt(service.hours, date, contact.timeZone) : undefined;
}

/**
 * Whether the contact can be reached at `date`, judged in the contact's own time zone.
 *
 * - With `serviceId`: that service's answer (`UnknownServiceError` if the contact has no such service).
 * - Without: `true` when any service is open; `false` only when every service is known to be
 *   closed; `undefined` when none is open and the hours of at least one are unknown.
 *
 * `undefined` means "unknown": no source gives the hours, so say so rather than "closed".
 */
export function isOpenAt(contact: Contact, date: Date, serviceId?: string): boolean | undefined {
  if (serviceId !== undefined) {
    const service = contact.services.find((candidate) => candidate.id === serviceId);
    if (!service) throw new UnknownServiceError(contact, serviceId);
    return isServiceOpenAt(service, contact, date);
  }
  let unknown = false;
  for (const service of contact.services) {
    const open = isServiceOpenAt(service, contact, date);
    if (open) return true;
    if (open === undefined) unknown = true;
  }
  return unknown ? undefined : false;
}
