import { describe, expect, it } from 'vitest';
import { getContact, isOpenAt, localTimeIn, nextOpening, UnknownServiceError, type Schedule } from '../src/index.js';
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
    expect(isOpenAt(getContact('politie-nl'), mondayMorning)).toBeUndefined(); // PUBLIC-FACTS §11: hours not found
    expect(isOpenAt(getContact('sos-viol'), mondayMorning)).toBeUndefined(); // §11: only part of the week is known
    expect(isOpenAt(getContact('ecoute-enfants-103'), mondayMorning, 'ecoute-enfants-103-chat')).toBeUndefined(); // §11: chat hours not found
  });

  it('the care centres and the Belgian and Dutch 24/7 lines are open at any hour', () => {
    const newYearsNight = new Date('2026-12-31T23:30:00Z');
    // PUBLIC-FACTS §11: the three specialised centres (Fedasil: "24 uur op 24 uur"), Télé-Accueil 107 and Tele-Onthaal 106 too.
    for (const id of ['zsg-gent', 'zsg-brussel', 'zsg-luik', 'mensenhandel-helpline', 'veilig-thuis', 'centrum-seksueel-geweld', 'payoke', 'pag-asa', 'surya', 'tele-accueil-107', 'tele-onthaal-106']) {
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
// PUBLIC-FACTS §11, each with its source and date.
describe('the hours a source gives, by the contact’s own clock', () => {
  it('Awel 102 (HLN, 2021): every day 16–22, Wednesday and Saturday from 14', () => {
    const awel = getContact('awel');
    expect(isOpenAt(awel, new Date('2026-12-09T13:30:00Z'))).toBe(true); // Wed 14:30 in Brussels
    expect(isOpenAt(awel, new Date('2026-12-10T13:30:00Z'))).toBe(false); // Thu 14:30
    expect(isOpenAt(awel, new Date('2026-12-10T20:59:00Z'))).toBe(true); // Thu 21:59
    expect(isOpenAt(awel, new Date('2026-12-10T21:00:00Z'))).toBe(false); // Thu 22:00
  });

  it('a chat’s hours are not the phone’s: Tele-Onthaal’s phone answers at noon, its chat does not', () => {
    const teleOnthaal = getContact('tele-onthaal-106');
    const noon = new Date('2026-12-08T11:00:00Z'); // Tue 12:00
    expect(isOpenAt(teleOnthaal, noon, 'tele-onthaal-106-bellen')).toBe(true);
    expect(isOpenAt(teleOnthaal, noon, 'tele-onthaal-chat')).toBe(false);
    expect(isOpenAt(teleOnthaal, new Date('2026-12-08T21:30:00Z'), 'tele-onthaal-chat')).toBe(true); // Tue 22:30
    expect(isOpenAt(teleOnthaal, new Date('2026-12-12T21:30:00Z'), 'tele-onthaal-chat')).toBe(false); // Sat 22:30: to 22 at weekends
  });

  it('Fier’s chat (Jeugdjournaal, 2019) runs through the night, 19:00 to 06:00, in Amsterdam time', () => {
    const fier = getContact('fier');
    expect(isOpenAt(fier, new Date('2026-12-08T02:00:00Z'), 'fier-chat')).toBe(true); // 03:00
    expect(isOpenAt(fier, new Date('2026-12-08T05:30:00Z'), 'fier-chat')).toBe(false); // 06:30
    expect(isOpenAt(fier, new Date('2026-07-08T17:30:00Z'), 'fier-chat')).toBe(true); // 19:30 summer time
  });
});

describe('nextOpening: when a closed line opens', () => {
  const awel = getContact('awel').services[0]?.hours as Schedule;

  it('later today, on another day, and not at all while open or always open', () => {
    expect(nextOpening(awel, new Date('2026-12-10T09:00:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-12-10', weekday: 'th', time: '16:00', inDays: 0 });
    expect(nextOpening(awel, new Date('2026-12-10T21:30:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-12-11', weekday: 'fr', time: '16:00', inDays: 1 });
    expect(nextOpening(awel, new Date('2026-12-08T22:00:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-12-09', weekday: 'we', time: '14:00', inDays: 1 });
    expect(nextOpening(awel, new Date('2026-12-10T16:00:00Z'), 'Europe/Brussels')).toBeUndefined(); // open at 17:00
    expect(nextOpening({ kind: 'always', source: { source: 'reis-van-kelly', section: 'x' } }, new Date(), 'Europe/Brussels')).toBeUndefined();
  });

  it('reads the wall clock across the change to summer time (Sunday 29 March 2026)', () => {
    // Saturday 28 March 23:00 CET is 22:00Z; the next opening is Sunday 16:00 CEST, whatever the UTC offset.
    expect(nextOpening(awel, new Date('2026-03-28T22:00:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-03-29', weekday: 'su', time: '16:00', inDays: 1 });
  });

  it('skips a closed date, and a night shift’s 00:00 is not a new opening', () => {
    const office: Schedule = { kind: 'weekly', hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }], closedOn: ['2026-12-25'], source: { source: 'reis-van-kelly', section: 'x' } };
    expect(nextOpening(office, new Date('2026-12-24T17:00:00Z'), 'Europe/Brussels')).toEqual({ date: '2026-12-28', weekday: 'mo', time: '09:00', inDays: 4 });
    const fier = getContact('fier').services[1]?.hours as Schedule;
    expect(nextOpening(fier, new Date('2026-12-08T06:00:00Z'), 'Europe/Amsterdam')).toEqual({ date: '2026-12-08', weekday: 'tu', time: '19:00', inDays: 0 });
  });
});

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
