import { describe, expect, expectTypeOf, it } from 'vitest';
import { contacts, findContacts, getContact, UnknownContactError, type ContactId } from '../src/index.js';

const idsOf = (list: readonly { readonly id: string }[]) => list.map((item) => item.id);

describe('getContact', () => {
  it('finds a contact by id', () => {
    expect(getContact('payoke').address?.street).toBe('Leguit 4');
    expect(getContact('veilig-thuis').timeZone).toBe('Europe/Amsterdam');
  });

  it('throws UnknownContactError that names the id and lists the valid ones', () => {
    let error: unknown;
    try {
      getContact('child-fokus');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(UnknownContactError);
    const unknown = error as UnknownContactError;
    expect(unknown.name).toBe('UnknownContactError');
    expect(unknown.id).toBe('child-fokus');
    expect(unknown.validIds).toEqual(idsOf(contacts));
    expect(unknown.message).toContain('"child-fokus"');
    expect(unknown.message).toContain('child-focus, sensoa, pimento, payoke, pag-asa, surya');
  });

  it('has a literal id type, so a typo can be caught at compile time', () => {
    expectTypeOf<'child-focus'>().toExtend<ContactId>();
    expectTypeOf<'veilig-thuis'>().toExtend<ContactId>();
    expectTypeOf<'child-fokus'>().not.toExtend<ContactId>();
  });
});

describe('findContacts', () => {
  it('in the Netherlands finds the Dutch contacts and no Belgian one', () => {
    const ids = idsOf(findContacts({ region: 'NL' }));
    expect(ids).toEqual(expect.arrayContaining(['veilig-thuis', 'comensha', 'zorgcoordinator-mensenhandel', 'centrum-seksueel-geweld', 'emergency-112-nl']));
    for (const belgian of ['payoke', 'pag-asa', 'surya', 'child-focus', 'emergency-112', 'zsg-gent']) expect(ids).not.toContain(belgian);
  });

  it('in Flanders, for a missing child, finds Child Focus', () => {
    expect(idsOf(findContacts({ region: 'BE-VLG', topic: 'missing-children' }))).toEqual(['child-focus']);
  });

  // PUBLIC-FACTS §5 (E1, D1) and police.be: 112 and 101 are Belgium's emergency numbers; the
  // trafficking helpline 078 05 58 00 is reachable 24/7 (§2, B5) but is not one of them.
  it('in an emergency in Belgium finds 112 and 101, and never offers the trafficking helpline as one', () => {
    const ids = idsOf(findContacts({ region: 'BE-WAL', topic: 'emergency' }));
    expect(ids).toEqual(expect.arrayContaining(['emergency-112', 'police-101']));
    expect(ids).not.toContain('mensenhandel-helpline');
    const helpline = getContact('mensenhandel-helpline').services[0]!;
    expect(helpline.description.nl).toBe('Dag en nacht bereikbaar. Geen noodnummer: bij gevaar bel je 112 of 101.');
    expect(helpline.description.nl).not.toMatch(/dringende gevallen/);
  });

  it('lets a Belgium-wide service serve Flanders, but not a Walloon centre', () => {
    const ids = idsOf(findContacts({ region: 'BE-VLG' }));
    expect(ids).toEqual(expect.arrayContaining(['child-focus', 'sensoa', 'payoke', 'surya', 'mensenhandel-helpline', 'zsg-gent', 'hulplijn-1712']));
    expect(ids).not.toContain('zsg-luik');
    expect(ids).not.toContain('veilig-thuis');
  });

  it('does not give a Flemish-only service to someone who only says "Belgium"', () => {
    const ids = idsOf(findContacts({ region: 'BE' }));
    expect(ids).toContain('child-focus');
    expect(ids).not.toContain('hulplijn-1712');
    expect(ids).not.toContain('zsg-gent');
  });

  it('applies all filters to the same service', () => {
    // Payoke has a reporting desk for professionals and support for young people, but no
    // service that is both for young people and for reporting.
    const ids = idsOf(findContacts({ region: 'BE-VLG', topic: 'reporting', audience: 'young-people' }));
    expect(ids).toContain('child-focus');
    expect(ids).not.toContain('payoke');
    expect(idsOf(findContacts({ region: 'BE-VLG', topic: 'reporting', audience: 'professionals' }))).toContain('payoke');
  });

  it('finds every contact without a filter, in the order of the data, and the 24/7 emergency-ready lines by topic', () => {
    expect(idsOf(findContacts())).toEqual(idsOf(contacts));
    expect(idsOf(findContacts({ region: 'BE-WAL', topic: 'sexual-violence' }))).toEqual(['zsg-luik', 'zsg-charleroi']);
  });
});
