// Compiled (not run) under bundler and node16 resolution: the published types must resolve in both.
import { findContacts, getContact, isOpenAt, toJsonLd, toVCard, type Contact, type ContactId, type JsonLdOrganization, type Topic } from '@mh/contacts';
import { dataJsonSchema, parseContacts } from '@mh/contacts/schema';

const id: ContactId = 'child-focus';
// @ts-expect-error: a contact id that does not exist does not compile
const typo: ContactId = 'child-fokus';
// @ts-expect-error: a topic outside the closed list does not compile
const topic: Topic = 'loverboys';

export const contact: Contact = getContact(id);
export const inFlanders: readonly Contact[] = findContacts({ region: 'BE-VLG', topic: 'missing-children', audience: 'professionals' });
export const open: boolean | undefined = isOpenAt(contact, new Date(), 'child-focus-116000');
export const card: string = toVCard(contact, 'fr-BE');
export const jsonLd: JsonLdOrganization = toJsonLd(contact);
export const parsed: readonly Contact[] = parseContacts([]);
export const schema: Record<string, unknown> = dataJsonSchema();
export { typo, topic };
