import { expect, fixture, html } from '@open-wc/testing';
import '../../contact-card.js';
import { captureWarnings, shadow } from '../../internal/testing.js';
import type { ContactCard } from './contact-card.js';
import { formatWeeklyHours } from './format.js';

describe('<mh-contact-card>', () => {
  it('shows Child Focus with 116 000 as a free, 24/7 tel: link', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="child-focus" lang="nl"></mh-contact-card>`);
    const root = shadow(card);
    expect(root.querySelector('[part="name"]')?.textContent).to.equal('Child Focus');
    expect(root.querySelector('[part="name"]')?.getAttribute('aria-level')).to.equal('3');
    const link = root.querySelector<HTMLAnchorElement>('a[href="tel:116000"]');
    expect(link?.textContent).to.equal('116 000');
    const badges = [...(link?.parentElement?.querySelectorAll('[part="badge"]') ?? [])].map((badge) => badge.textContent);
    expect(badges).to.deep.equal(['gratis', '24/7']);
    expect(root.querySelector('a[href="tel:+3224754411"]')?.textContent).to.equal('02 475 44 11');
    await expect(card).to.be.accessible();
  });

  it('speaks French and English, from its own lang or an ancestor’s', async () => {
    const french = await fixture<ContactCard>(html`<div lang="fr-BE"><mh-contact-card contact="child-focus"></mh-contact-card></div>`);
    const card = french.querySelector('mh-contact-card') as ContactCard;
    await card.updateComplete;
    expect(shadow(card).querySelector('[part="badge"]')?.textContent).to.equal('gratuit');
    await expect(card).to.be.accessible();
    const english = await fixture<ContactCard>(html`<mh-contact-card contact="payoke" lang="en"></mh-contact-card>`);
    expect(shadow(english).querySelector('dt')?.textContent).to.equal('Email');
    await expect(english).to.be.accessible();
  });

  it('falls back to nl for an unsupported language and warns once', async () => {
    const warnings = captureWarnings();
    try {
      await fixture(html`<div><mh-contact-card contact="payoke" lang="de-BE"></mh-contact-card><mh-contact-card contact="pag-asa" lang="de-BE"></mh-contact-card></div>`);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages.filter((message) => message.includes('"de-BE" is not supported'))).to.have.length(1);
  });

  it('compact shows the name and phones only', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="payoke" compact></mh-contact-card>`);
    const root = shadow(card);
    expect(root.querySelector('a[href="tel:+3232011690"]')).to.exist;
    expect(getComputedStyle(root.querySelector('[part="description"]') as Element).display).to.equal('none');
    expect(root.querySelector('dl')).to.equal(null);
    // Payoke's two services share one number: a compact card shows it once.
    expect(root.querySelectorAll('a[href^="tel:"]')).to.have.length(1);
  });

  // PUBLIC-FACTS §4: no source gives the Namur centre's phone; the network lists the centres.
  it('compact, a centre without a phone still offers its website, so no card is a dead end', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="zsg-namen" compact lang="fr"></mh-contact-card>`);
    const root = shadow(card);
    expect(root.querySelector('a[href^="tel:"]')).to.equal(null);
    const link = root.querySelector<HTMLAnchorElement>('a[href="https://www.violencessexuelles.be/centres-prise-charge-violences-sexuelles"]');
    expect(link?.textContent).to.equal('www.violencessexuelles.be/centres-prise-charge-violences-sexuelles');
    await expect(card).to.be.accessible();
  });

  // PUBLIC-FACTS §4 (how soon: < 72 h, < 7 days, < 1 month) and §11 (the police's 0900 number costs 2 cents a minute).
  it('says what each service offers: how soon to go to a care centre, and what a charged call costs', async () => {
    const centre = await fixture<ContactCard>(html`<mh-contact-card contact="zsg-gent" lang="nl"></mh-contact-card>`);
    expect(shadow(centre).querySelector('.service-description')?.textContent).to.match(/binnen 72 uur.*Tot 7 dagen.*Tot een maand/);
    const police = await fixture<ContactCard>(html`<mh-contact-card contact="politie-nl" lang="fr"></mh-contact-card>`);
    const root = shadow(police);
    const line = root.querySelector('a[href="tel:+319008844"]')?.parentElement;
    expect(line?.querySelector('[part="charge"]')?.textContent).to.match(/^Pas gratuit\u00a0: 2 centimes par minute/);
    expect([...(line?.querySelectorAll('[part="badge"]') ?? [])].map((badge) => badge.textContent)).not.to.include('gratuit');
    await expect(police).to.be.accessible();
  });

  // PUBLIC-FACTS §11: Awel 102 every day 16–22, Wednesday and Saturday from 14 (HLN, February 2021).
  it('says a closed line opens later today or on which day, by Brussels time, and how old its source is', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="awel" lang="nl"></mh-contact-card>`);
    const status = () => shadow(card).querySelector('.hours > span')?.textContent;
    card.now = new Date('2026-12-10T09:00:00Z'); // Thursday 10:00 in Brussels
    await card.updateComplete;
    expect(status()).to.equal('Nu gesloten, opent om 16:00');
    card.now = new Date('2026-12-10T21:30:00Z'); // Thursday 22:30
    await card.updateComplete;
    expect(status()).to.equal('Nu gesloten, opent vrijdag om 16:00');
    card.now = new Date('2026-07-08T12:30:00Z'); // Wednesday 14:30 in summer time (UTC+2)
    await card.updateComplete;
    expect(status()).to.equal('Nu open');
    expect(shadow(card).querySelector('.hours-source')?.textContent).to.equal('Uren volgens een bron van februari 2021.');
    await expect(card).to.be.accessible();
  });

  it('in the check’s compact list, a line with weekly hours says whether it is open now; a 24/7 line keeps its badge', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="hulplijn-1712" compact lang="fr"></mh-contact-card>`);
    card.now = new Date('2026-12-12T10:00:00Z'); // Saturday 11:00: 1712 answers on working days 9–17 (2020)
    await card.updateComplete;
    const line = shadow(card).querySelector('a[href="tel:1712"]')?.parentElement;
    expect(line?.querySelector('.status')?.textContent).to.equal('Fermé maintenant, ouvre lundi à 09:00');
    const always = await fixture<ContactCard>(html`<mh-contact-card contact="tele-accueil-107" compact lang="fr"></mh-contact-card>`);
    const line107 = shadow(always).querySelector('a[href="tel:107"]')?.parentElement;
    expect(line107?.querySelector('.status')).to.equal(null);
    expect([...(line107?.querySelectorAll('[part="badge"]') ?? [])].map((badge) => badge.textContent)).to.deep.equal(['gratuit', '24/7']);
    await expect(card).to.be.accessible();
  });

  // PUBLIC-FACTS §11: L'Avenir (June 2021) says 24/7; the line's own undated page says Mon–Fri 9–19.
  it('keeps the newer hours and shows what the other source says beside them', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="ecoute-violences-conjugales" lang="fr"></mh-contact-card>`);
    expect(shadow(card).querySelector('.hours-source')?.textContent).to.equal(
      'Horaires selon une source de 1 juin 2021. Le site de la ligne (non daté) indique encore du lundi au vendredi de 9 à 19 heures, ensuite Télé-Accueil 107.',
    );
    await expect(card).to.be.accessible();
  });

  // Issue 25: the ONE is the Office de la Naissance et de l'Enfance (its own site, one.be).
  it('writes an abbreviation out at its first use in the card, in the card’s language', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="sos-enfants" lang="en"></mh-contact-card>`);
    const description = shadow(card).querySelector('[part="description"]');
    expect(description?.textContent).to.contain('the ONE (Office de la Naissance et de l’Enfance, the French Community’s office for birth and childhood)');
    expect(description?.querySelector('abbr')?.getAttribute('title')).to.equal('Office de la Naissance et de l’Enfance, the French Community’s office for birth and childhood');
    await expect(card).to.be.accessible();
  });

  it('an unknown id shows a polite message, warns once, and never renders blank', async () => {
    const warnings = captureWarnings();
    let card: ContactCard;
    try {
      card = await fixture<ContactCard>(html`<mh-contact-card contact="childfocus"></mh-contact-card>`);
      card.requestUpdate();
      await card.updateComplete;
    } finally {
      warnings.restore();
    }
    const message = shadow(card).querySelector('[part="message"]');
    expect(message?.getAttribute('role')).to.equal('status');
    expect(message?.textContent).to.contain('"childfocus" is geen bekend contact');
    expect(warnings.messages.filter((entry) => entry.includes('unknown contact "childfocus"'))).to.have.length(1);
    expect(warnings.messages[0]).to.contain('child-focus');
    await expect(card).to.be.accessible();
  });

  it('without a contact attribute it says what to fill in', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card></mh-contact-card>`);
    expect(shadow(card).querySelector('[part="message"]')?.textContent).to.contain('attribuut contact');
  });

  it('follows an attribute changed after render', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="payoke"></mh-contact-card>`);
    card.setAttribute('contact', 'veilig-thuis');
    card.setAttribute('lang', 'en');
    await card.updateComplete;
    expect(shadow(card).querySelector('a[href="tel:+318002000"]')?.textContent).to.equal('0800-2000');
    expect(shadow(card).querySelector('[part="badge"]')?.textContent).to.equal('free');
  });

  it('works when created with document.createElement and appended later', async () => {
    const card = document.createElement('mh-contact-card');
    card.setAttribute('contact', 'surya');
    card.setAttribute('heading-level', '2');
    document.body.append(card);
    await card.updateComplete;
    expect(shadow(card).querySelector('[part="name"]')?.getAttribute('aria-level')).to.equal('2');
    expect(shadow(card).querySelector('a[href^="tel:"]')).to.exist;
    card.remove();
  });

  it('reflows in 320 CSS px: the longest card does not scroll sideways', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 320px"><mh-contact-card contact="child-focus"></mh-contact-card></div>`);
    const card = wrapper.querySelector('mh-contact-card') as ContactCard;
    await card.updateComplete;
    expect(shadow(card).querySelector('.card')!.scrollWidth).to.be.at.most(320);
  });

  it('takes per-instance string overrides from data-i18n-* attributes', async () => {
    const card = await fixture<ContactCard>(html`<mh-contact-card contact="child-focus" data-i18n-free="kosteloos"></mh-contact-card>`);
    expect(shadow(card).querySelector('[part="badge"]')?.textContent).to.equal('kosteloos');
  });
});

describe('formatWeeklyHours', () => {
  it('writes a run of days as a range and other days as a list, in the reader’s language', () => {
    expect(formatWeeklyHours({ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }, 'nl')).to.equal('ma–vr 09:00–17:00');
    expect(formatWeeklyHours({ days: ['mo', 'we'], opens: '09:00', closes: '12:00' }, 'en')).to.equal('Mon, Wed 09:00–12:00');
  });
});
