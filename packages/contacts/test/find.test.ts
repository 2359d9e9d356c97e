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

  it('finds every contact without a filter, in the order of the data, but a centre only announced only when asked', () => {
    const announced = ['zsg-jette', 'zsg-doornik', 'zsg-ottignies'];
    expect(idsOf(findContacts())).toEqual(idsOf(contacts).filter((id) => !announced.includes(id)));
    expect(idsOf(findContacts({ announced: true }))).toEqual(idsOf(contacts));
    expect(idsOf(contacts.filter((contact) => 'announced' in contact))).toEqual(announced);
  });

  // PUBLIC-FACTS §4: ten centres in operation since November 2023; Jette, Tournai and Ottignies
  // announced for 1 January 2026 (BX1, 2025-12-27), Ottignies for June 2026 by its own page.
  it('in Wallonia, after sexual violence, finds every centre in operation there and the francophone lines, not an announced centre', () => {
    expect(idsOf(findContacts({ region: 'BE-WAL', topic: 'sexual-violence' }))).toEqual([
      'zsg-luik',
      'zsg-charleroi',
      'zsg-namen',
      'zsg-aarlen',
      'sos-viol',
      'maintenant-jen-parle',
      'sos-enfants',
    ]);
    expect(idsOf(findContacts({ region: 'BE-VLG', topic: 'sexual-violence', audience: 'professionals' }))).toEqual([
      'sensoa',
      'zsg-gent',
      'zsg-antwerpen',
      'zsg-roeselare',
      'zsg-leuven',
      'zsg-genk',
    ]);
    expect(idsOf(findContacts({ region: 'BE-BRU', topic: 'sexual-violence', announced: true }))).toContain('zsg-jette');
  });

  // PUBLIC-FACTS §5 and §11: 103, 107, SOS Viol, Écoute violences conjugales, the chat of SOS
  // Enfants Namur and the SOS Enfants teams serve Wallonia and Brussels; Awel 102 and Tele-Onthaal
  // 106 sit beside 1712 in Flanders; De Kindertelefoon and Meld Misdaad Anoniem in the Netherlands.
  it('gives each region the lines that serve it, and none from another', () => {
    const francophone = ['ecoute-enfants-103', 'sos-viol', 'ecoute-violences-conjugales', 'tele-accueil-107', 'maintenant-jen-parle', 'sos-enfants'];
    const flemish = ['hulplijn-1712', 'awel', 'tele-onthaal-106'];
    const dutch = ['kindertelefoon', 'meld-misdaad-anoniem', 'centrum-seksueel-geweld', 'fier'];
    for (const region of ['BE-WAL', 'BE-BRU'] as const) {
      const ids = idsOf(findContacts({ region }));
      for (const id of francophone) expect(ids, region).toContain(id);
      for (const id of [...flemish, ...dutch]) expect(ids, region).not.toContain(id);
    }
    const flanders = idsOf(findContacts({ region: 'BE-VLG' }));
    for (const id of flemish) expect(flanders).toContain(id);
    for (const id of [...francophone, ...dutch]) expect(flanders).not.toContain(id);
    const netherlands = idsOf(findContacts({ region: 'NL' }));
    for (const id of dutch) expect(netherlands).toContain(id);
    for (const id of [...francophone, ...flemish]) expect(netherlands).not.toContain(id);
  });

  // PUBLIC-FACTS §11: "0900-8844 kost 2 cent per minuut, plus de gebruikelijke belkosten" (2023).
  it('says that the Dutch police number costs money, and marks free only the calls a source calls free', () => {
    const phone = getContact('politie-nl').services[0]?.phones[0];
    expect(phone?.free).toBeUndefined();
    expect(phone?.charge?.text.nl).toMatch(/niet gratis: 2 cent per minuut/i);
    for (const id of ['kindertelefoon', 'meld-misdaad-anoniem', 'awel', 'tele-onthaal-106', 'ecoute-enfants-103', 'sos-viol', 'tele-accueil-107']) {
      expect(getContact(id).services.flatMap((service) => service.phones).every((call) => call.free), id).toBe(true);
    }
  });
});
