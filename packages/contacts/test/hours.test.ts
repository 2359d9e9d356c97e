import { describe, expect, it } from 'vitest';
import { getContact, isOpenAt, localTimeIn, UnknownServiceError } from '../src/index.js';
import { officeContact } from './fixtures.js';

describe('isOpenAt with the real data', () => {
  it('Child Focus 116 000 is open at 03:00 on a Sunday night (seed 002: dag en nacht, zeven dagen op zeven)', () => {
    const sundayNight = new Date('2026-11-29T02:00:00Z'); // 03:00 in Brussels
    expect(localTimeIn('Europe/Brussels', sundayNight)).toEqual({ date: '2026-11-29', weekday: 'su', time: '03:00' });
    expect(isOpenAt(getContact('child-focus'), sundayNight, 'child-focus-116000')).toBe(true);
    expect(isOpenAt(getContact('child-focus'), sundayNight)).toBe(true);
  });

  it('says "unknown" (undefined), not "closed", where no source gives the hours', () => {
    const mondayMorning = new Date('2026-11-30T09:00:00Z');
    expect(isOpenAt(getContact('child-focus'), mondayMorning, 'child-focus-general')).toBeUndefined();
    expect(isOpenAt(getContact('sensoa'), mondayMorning)).toBeUndefined();
    expect(isOpenAt(getContact('payoke'), mondayMorning)).toBeUndefined();
  });

  it('the care centres and the Belgian and Dutch 24/7 lines are open at any hour', () => {
    const newYearsNight = new Date('2026-12-31T23:30:00Z');
    for (const id of ['zsg-gent', 'zsg-brussel', 'zsg-luik', 'mensenhandel-helpline', 'veilig-thuis', 'centrum-seksueel-geweld']) {
      expect(isOpenAt(getContact(id), newYearsNight), id).toBe(true);
    }
  });

  it('names the valid service ids when asked for one the contact does not have', () => {
    expect(() => isOpenAt(getContact('payoke'), new Date(), 'payoke-116000')).toThrow(UnknownServiceError);
    expect(() => isOpenAt(getContact('payoke'), new Date(), 'payoke-116000')).toThrow(/payoke-melding, payoke-begeleiding/);
  });

  it('refuses an invalid date instead of answering for it', () => {
    expect(() => isOpenAt(officeContact(), new Date('not a date'))).toThrow(RangeError);
  });
});

// Monday to Friday 09:00–17:00 (a test fixture: see fixtures.ts).
describe('isOpenAt with office hours', () => {
  const office = officeContact();
  const at = (iso: string) => isOpenAt(office, new Date(iso));

  it('is open on a Tuesday at 10:00 and closed on a Saturday at 10:00', () => {
    expect(at('2026-12-01T09:00:00Z')).toBe(true); // Tue 10:00 in Brussels
    expect(at('2026-12-05T09:00:00Z')).toBe(false); // Sat 10:00
    expect(at('2026-12-06T09:00:00Z')).toBe(false); // Sun 10:00
  });

  it('opens at 09:00 sharp and closes at 17:00 sharp', () => {
    expect(at('2026-12-01T07:59:00Z')).toBe(false); // 08:59
    expect(at('2026-12-01T08:00:00Z')).toBe(true); // 09:00
    expect(at('2026-12-01T15:59:00Z')).toBe(true); // 16:59
    expect(at('2026-12-01T16:00:00Z')).toBe(false); // 17:00
  });

  it('reads the clock in local time on both sides of the March 2026 change (29 March)', () => {
    // Friday 27 March: CET, UTC+1, so 09:30 local is 08:30Z.
    expect(at('2026-03-27T08:30:00Z')).toBe(true);
    expect(at('2026-03-27T07:30:00Z')).toBe(false); // 08:30 local
    // Monday 30 March: CEST, UTC+2, so 09:30 local is 07:30Z.
    expect(at('2026-03-30T07:30:00Z')).toBe(true);
    expect(at('2026-03-30T06:30:00Z')).toBe(false); // 08:30 local
    expect(at('2026-03-30T15:00:00Z')).toBe(false); // 17:00 local
  });

  it('reads the clock in local time on both sides of the October 2026 change (25 October)', () => {
    // Friday 23 October: CEST, so 09:30 local is 07:30Z.
    expect(at('2026-10-23T07:30:00Z')).toBe(true);
    expect(at('2026-10-23T15:30:00Z')).toBe(false); // 17:30 local
    // Monday 26 October: CET, so 09:30 local is 08:30Z, and 07:30Z is still 08:30 local.
    expect(at('2026-10-26T08:30:00Z')).toBe(true);
    expect(at('2026-10-26T07:30:00Z')).toBe(false);
    expect(at('2026-10-26T15:30:00Z')).toBe(true); // 16:30 local
  });

  it('knows the hour that is skipped and the one that is repeated', () => {
    expect(localTimeIn('Europe/Brussels', new Date('2026-03-29T00:59:00Z')).time).toBe('01:59');
    expect(localTimeIn('Europe/Brussels', new Date('2026-03-29T01:00:00Z')).time).toBe('03:00');
    expect(localTimeIn('Europe/Amsterdam', new Date('2026-10-25T00:30:00Z')).time).toBe('02:30');
    expect(localTimeIn('Europe/Amsterdam', new Date('2026-10-25T01:30:00Z')).time).toBe('02:30');
  });

  it('uses the contact’s own time zone', () => {
    const amsterdam = officeContact({ timeZone: 'Europe/Amsterdam' });
    expect(isOpenAt(amsterdam, new Date('2026-03-30T07:30:00Z'))).toBe(true);
    expect(isOpenAt(amsterdam, new Date('2026-03-27T07:30:00Z'))).toBe(false);
  });
});

describe('closedOn', () => {
  it('closes on a listed date only', () => {
    const christmasFriday = new Date('2026-12-25T09:00:00Z');
    expect(isOpenAt(officeContact({ closedOn: ['2026-12-25'] }), christmasFriday)).toBe(false);
    expect(isOpenAt(officeContact({ closedOn: ['2026-12-25'] }), new Date('2026-12-24T09:00:00Z'))).toBe(true);
    // A public holiday that is not listed is a working day like any other: nothing is assumed.
    expect(isOpenAt(officeContact(), christmasFriday)).toBe(true);
  });

  it('takes the date in local time, not in UTC', () => {
    const allDay = officeContact({
      hours: {
        kind: 'weekly',
        hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
        closedOn: ['2026-12-25'],
        source: { source: 'tien-drempels', section: 'test fixture' },
      },
    });
    expect(isOpenAt(allDay, new Date('2026-12-24T22:30:00Z'))).toBe(true); // 24 Dec 23:30 local
    expect(isOpenAt(allDay, new Date('2026-12-24T23:30:00Z'))).toBe(false); // 25 Dec 00:30 local
    expect(isOpenAt(allDay, new Date('2026-12-25T23:30:00Z'))).toBe(true); // 26 Dec 00:30 local
  });
});
