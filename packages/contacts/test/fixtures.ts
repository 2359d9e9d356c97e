// Made-up contacts for logic tests. They are not data and cite nothing real: no source in the
// data gives office hours that are both current and uncontested (README, "Where the facts come from"),
// so the weekly-hours logic is tested on these.
import type { Contact, Schedule, TimeZone } from '../src/index.js';

const testSource = { source: 'tien-drempels', section: 'test fixture' } as const;

export function officeContact(options: { readonly timeZone?: TimeZone; readonly closedOn?: readonly string[]; readonly hours?: Schedule } = {}): Contact {
  const hours: Schedule = options.hours ?? {
    kind: 'weekly',
    hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
    ...(options.closedOn && { closedOn: options.closedOn }),
    source: testSource,
  };
  return {
    id: 'test-office',
    name: { nl: 'Testkantoor', fr: { text: 'Bureau de test', status: 'draft' }, en: { text: 'Test office', status: 'draft' } },
    description: { nl: 'Geen echt contact.', fr: { text: 'Pas un vrai contact.', status: 'draft' }, en: { text: 'Not a real contact.', status: 'draft' } },
    timeZone: options.timeZone ?? 'Europe/Brussels',
    services: [
      {
        id: 'test-office-desk',
        name: { nl: 'Balie', fr: { text: 'Guichet', status: 'draft' }, en: { text: 'Desk', status: 'draft' } },
        description: { nl: 'Op werkdagen.', fr: { text: 'Les jours ouvrables.', status: 'draft' }, en: { text: 'On working days.', status: 'draft' } },
        audiences: ['professionals'],
        topics: ['reporting'],
        phones: [{ number: '+3221234567', display: '02 123 45 67', kind: 'voice', source: testSource }],
        serviceArea: ['BE'],
        hours,
      },
    ],
    sources: [testSource],
    reviewedAt: '2026-12-01',
  };
}
