// The contact model (HSDS 3 shaped: an organisation offers services, a service has phones and
// hours), written once by hand and checked against the zod schemas in test/schema.test.ts.
import type { Country, LocalizedText, Region, SourceRef } from '@mh/core';

/** Who a service is for. */
export const audiences = ['young-people', 'professionals', 'parents'] as const;
export type Audience = (typeof audiences)[number];

/** What a service helps with: a small closed set, so a filter never misses a spelling. */
export const topics = [
  'trafficking',
  'sexual-exploitation',
  'criminal-exploitation',
  'labour-exploitation',
  'missing-children',
  'sexual-violence',
  'child-abuse',
  'online-safety',
  'sexual-health',
  'prevention',
  'emergency',
  'reporting',
  /** Domestic and family violence. */
  'domestic-violence',
  /** Someone to talk to, about anything: a listening line. */
  'listening',
] as const;
export type Topic = (typeof topics)[number];

/** ISO 8601 order, Monday first, as iCalendar writes them. */
export const weekdays = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Weekday = (typeof weekdays)[number];

/** The IANA time zones of the two countries; hours are written in the contact's own zone. */
export const timeZones = ['Europe/Brussels', 'Europe/Amsterdam'] as const;
export type TimeZone = (typeof timeZones)[number];

export const phoneKinds = ['voice', 'fax', 'text'] as const;
export type PhoneKind = (typeof phoneKinds)[number];

export interface Phone {
  /**
   * E.164, e.g. `+3224754411`. Short numbers (116 000, 112, 101, 1712) are written with the
   * country code in front (`+32116000`): they can only be dialled inside that country.
   */
  readonly number: string;
  /** As people write it in that country: `116 000`, `02 475 44 11`, `0800-2000`. */
  readonly display: string;
  readonly kind: PhoneKind;
  /** Set only where a source says the call is free. Absent means "not known", not "paid". */
  readonly free?: true;
  /** What a call costs, where a source says it is not free (the Dutch police's 0900 number). */
  readonly charge?: Charge;
  readonly source: SourceRef;
}

/** The price of a call as a source states it, e.g. "2 cent per minute plus the usual call cost". */
export interface Charge {
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

export interface Email {
  readonly address: string;
  readonly source: SourceRef;
}

export interface Address {
  readonly street: string;
  readonly postalCode: string;
  readonly locality: string;
  readonly region: Region;
  readonly country: Country;
  readonly source: SourceRef;
}

/** One opening range on some weekdays: `opens` inclusive, `closes` exclusive, `HH:MM` local time. */
export interface WeeklyHours {
  readonly days: readonly Weekday[];
  readonly opens: string;
  /** `HH:MM` after `opens` on the same day (`24:00` for midnight); a night shift is two ranges. */
  readonly closes: string;
}

/**
 * Where sources disagree on the hours, the data keeps the newer and says what the other says,
 * with its source, beside them (PUBLIC-FACTS §11: never a blend of the two).
 */
export interface OtherHours {
  readonly text: LocalizedText;
  readonly source: SourceRef;
}

/** What every schedule says of where it comes from. */
interface ScheduleSource {
  readonly source: SourceRef;
  /**
   * The date of the page that gives these hours (YYYY, YYYY-MM or YYYY-MM-DD), where it shows
   * one: hours are only as new as their source, so a card shows it.
   */
  readonly asOf?: string;
  readonly otherSource?: OtherHours;
}

/** Around the clock, every day, as a source says. */
export interface AlwaysOpen extends ScheduleSource {
  readonly kind: 'always';
}

export interface WeeklySchedule extends ScheduleSource {
  readonly kind: 'weekly';
  readonly hours: readonly WeeklyHours[];
  /**
   * Local dates (YYYY-MM-DD) on which the service is closed all day. A public holiday closes a
   * service only if it is listed here: nothing is assumed.
   */
  readonly closedOn?: readonly string[];
}

export type Schedule = AlwaysOpen | WeeklySchedule;

/** What a contact offers: a phone line, a reporting desk, a training, a website (HSDS service). */
export interface Service {
  /** Kebab-case, unique across all contacts, e.g. `child-focus-116000`. */
  readonly id: string;
  readonly name: LocalizedText;
  readonly description: LocalizedText;
  readonly audiences: readonly Audience[];
  readonly topics: readonly Topic[];
  /** May be empty when the service is reached by its `url` or `emails`. */
  readonly phones: readonly Phone[];
  /** Where the service serves people: a `BE` service serves someone in `BE-VLG`, not the reverse. */
  readonly serviceArea: readonly Region[];
  /** BCP 47 tags, only where a source names the languages; absent means not known. */
  readonly languages?: readonly string[];
  /** Absent when no source gives the hours: never guessed. */
  readonly hours?: Schedule;
  readonly url?: string;
  readonly emails?: readonly Email[];
  /**
   * Where this service's name, description, area and url come from, when that is not the
   * contact's `sources`. Phones, e-mails and hours always carry their own source.
   */
  readonly sources?: readonly SourceRef[];
}

/**
 * A centre a source announces, with the date it gives, that no source yet shows open. It is
 * listed so a reader knows it is coming, never offered as a place to go (findContacts leaves it out).
 */
export interface Announced {
  /** The opening a source announces: YYYY-MM-DD, or YYYY-MM where it names only the month. */
  readonly opens: string;
  readonly source: SourceRef;
  /** Where another source gives another date: each with its source, shown beside the first. */
  readonly otherDates?: readonly { readonly opens: string; readonly source: SourceRef }[];
}

/** An organisation, help line or centre to call (HSDS organization). */
export interface Contact {
  /** Kebab-case, stable: `child-focus`, `payoke`, `veilig-thuis`. */
  readonly id: string;
  readonly name: LocalizedText;
  /** What it does for people who work with young people, in plain words. */
  readonly description: LocalizedText;
  readonly url?: string;
  readonly emails?: readonly Email[];
  readonly address?: Address;
  /** Set while it is only announced: no source yet shows it open. */
  readonly announced?: Announced;
  /** The zone its hours are written in. */
  readonly timeZone: TimeZone;
  /** At least one. */
  readonly services: readonly Service[];
  /**
   * Where the contact as a whole comes from (name, description, url), the main source first.
   * Every other fact carries its own source.
   */
  readonly sources: readonly SourceRef[];
  /** The date (YYYY-MM-DD) a person last checked these facts against their sources. */
  readonly reviewedAt: string;
}

/** The published data file, `@mh/contacts/data.json`. */
export interface DataFile {
  readonly contacts: readonly Contact[];
}
