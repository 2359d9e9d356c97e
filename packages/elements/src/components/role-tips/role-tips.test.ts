// <mh-role-tips> in Chromium and Firefox (issue 27, part 1). What it shows comes from
// @mh/role-tips' guidanceFor: a tip applies where its source speaks (issue 24, part 1). Seed 001
// ("De reis van Kelly", the tips per role) and seed 004 (the ten barriers) are Dutch; seed 000
// (the poster: the five conversation rules, the police's role) is Flemish, for Belgium; seed 002
// (the playbook) is Flemish youth care.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../role-tips.js';
import { captureWarnings, shadow, watchLeaks } from '../../internal/testing.js';
import type { RoleTips } from './role-tips.js';

const textOf = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const heading = (tips: RoleTips) => shadow(tips).querySelector('[part="heading"]');
const tipTexts = (root: ParentNode) => [...root.querySelectorAll('[part="tip"]')].map((tip) => textOf(tip));

describe('<mh-role-tips> shows what a role can do where the reader works', () => {
  it('a teacher in Flanders: no Belgian tip yet, the Dutch tips as Dutch practice, the five rules and the ten barriers as Dutch', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="teacher" region="BE-VLG" lang="nl"></mh-role-tips>`);
    const root = shadow(tips);
    expect(textOf(heading(tips))).to.equal('Docent: wat je kunt doen');
    expect(heading(tips)?.getAttribute('role')).to.equal('heading');
    expect(heading(tips)?.getAttribute('aria-level')).to.equal('2');
    expect(textOf(root.querySelector('[part="container"] > p'))).to.equal('Voor deze rol vonden we nog geen tips in een bron voor Vlaanderen.');
    const elsewhere = root.querySelector('[part="elsewhere"]');
    expect(textOf(elsewhere?.querySelector('[role="heading"]'))).to.equal('Uit de praktijk in Nederland');
    expect(textOf(elsewhere?.querySelector('.note'))).to.contain('bestaan misschien niet waar jij werkt');
    expect(tipTexts(elsewhere!)).to.have.length(4);
    expect(textOf(elsewhere?.querySelector('[part="source"]'))).to.equal('Bron: De reis van Kelly, Vladimir of Michael, Docent');
    // Only one list of tips: none is shown as Flemish practice.
    expect(root.querySelectorAll('[part="tips"]')).to.have.length(1);
    const rules = root.querySelector('[part="rules"]');
    expect([...(rules?.querySelectorAll('li') ?? [])].map(textOf)).to.deep.equal(['Bied een veilig kader', 'Wees authentiek', '(Ver)oordeel niet', 'Stel vragen', 'Respecteer het tempo van de jongere']);
    expect(rules?.querySelector('.note')).to.equal(null);
    const barriers = root.querySelector('[part="barriers"]');
    expect(textOf(barriers?.querySelector('.note'))).to.equal('Uit een bron voor Nederland.');
    const details = [...root.querySelectorAll<HTMLDetailsElement>('details[part="barrier"]')];
    expect(details).to.have.length(10);
    expect(details.every((item) => !item.open)).to.equal(true);
    expect(textOf(details[0]?.querySelector('summary'))).to.equal('Zie ik het wel goed?');
    await expect(tips).to.be.accessible();
  });

  it('the police in Wallonia, in French: the Belgian tips as theirs, the Dutch ones as Dutch practice', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="police" region="BE-WAL" lang="fr"></mh-role-tips>`);
    const root = shadow(tips);
    expect(heading(tips)?.textContent?.trim()).to.equal('Police\u00a0: ce que vous pouvez faire');
    const own = root.querySelector('[part="container"] > [part="tips"]');
    expect(tipTexts(own!)[0]).to.match(/^Rédigez un PV \(procès-verbal/);
    expect(textOf(root.querySelector('[part="elsewhere"] [role="heading"]'))).to.equal('Pratique aux Pays-Bas');
    expect(textOf(root.querySelector('[part="barriers"] .note'))).to.equal('D’une source valable aux Pays-Bas.');
    await expect(tips).to.be.accessible();
  });

  it('a youth care worker in Brussels, in English: the Flemish playbook only as Flemish practice', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="youth-care-worker" region="BE-BRU" lang="en"></mh-role-tips>`);
    const root = shadow(tips);
    expect(textOf(root.querySelector('[part="container"] > p'))).to.equal('For this role we have not yet found tips in a source for Brussels.');
    expect(textOf(root.querySelector('[part="elsewhere"] [role="heading"]'))).to.equal('Practice in Flanders');
    await expect(tips).to.be.accessible();
  });

  it('a teacher in the Netherlands: the Dutch tips as theirs, the Flemish conversation rules said to be Belgian', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="teacher" region="NL" lang="nl"></mh-role-tips>`);
    const root = shadow(tips);
    expect(tipTexts(root.querySelector('[part="container"] > [part="tips"]')!)).to.have.length(4);
    expect(root.querySelector('[part="elsewhere"]')).to.equal(null);
    expect(textOf(root.querySelector('[part="rules"] .note'))).to.equal('Uit een bron voor België.');
    expect(root.querySelector('[part="barriers"] .note')).to.equal(null);
    await expect(tips).to.be.accessible();
  });

  it('writes an abbreviation out at its first use, here in the heading: the consulent of the OCJ', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="consultant" region="BE-VLG" lang="nl"></mh-role-tips>`);
    expect(textOf(heading(tips))).to.match(/^Consulent van het OCJ \(Ondersteuningscentrum Jeugdzorg\) of de SDJ \(.+\): wat je kunt doen$/);
    const text = textOf(shadow(tips).querySelector('[part="container"]')) ?? '';
    expect(text.split('(Ondersteuningscentrum Jeugdzorg)')).to.have.length(2);
    await expect(tips).to.be.accessible();
  });

  it('takes the heading level of the page: its sections are one level below', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="gp" region="NL" heading-level="3"></mh-role-tips>`);
    expect(heading(tips)?.getAttribute('aria-level')).to.equal('3');
    expect(shadow(tips).querySelector('[part="rules"] [role="heading"]')?.getAttribute('aria-level')).to.equal('4');
  });
});

describe('<mh-role-tips> without a known role', () => {
  it('without reader-role, asks for the role with a labelled picker first, then shows that role', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips region="NL" lang="nl"></mh-role-tips>`);
    const root = shadow(tips);
    expect(textOf(heading(tips))).to.equal('Wat kan je doen in je rol?');
    const select = root.querySelector<HTMLSelectElement>('select');
    expect(textOf(root.querySelector(`label[for="${select?.id}"]`))).to.equal('Je rol');
    expect(select?.options).to.have.length(14);
    expect(root.querySelector('[part="rules"]')).to.equal(null);
    await expect(tips).to.be.accessible();
    select!.value = 'gp';
    select!.dispatchEvent(new Event('change'));
    await tips.updateComplete;
    expect(textOf(heading(tips))).to.equal('Huisarts of medische professional: wat je kunt doen');
    expect(tipTexts(root)[0]).to.match(/^Vertrouw op je onderbuikgevoel/);
    await expect(tips).to.be.accessible();
  });

  it('an unknown role: a polite message, the picker, and one console warning', async () => {
    const warnings = captureWarnings();
    let wrapper: HTMLElement;
    try {
      wrapper = await fixture(html`<div><mh-role-tips reader-role="pupil" lang="nl"></mh-role-tips><mh-role-tips reader-role="pupil" lang="nl"></mh-role-tips></div>`);
    } finally {
      warnings.restore();
    }
    const tips = wrapper!.querySelector('mh-role-tips') as RoleTips;
    const root = shadow(tips);
    const message = root.querySelector('[part="message"]');
    expect(message?.getAttribute('role')).to.equal('status');
    expect(textOf(message)).to.equal('De rol "pupil" kennen we niet. Kies hieronder je rol.');
    expect(root.querySelector('select')).to.exist;
    expect(warnings.messages.filter((line) => line.includes('unknown reader-role "pupil"'))).to.have.length(1);
    expect(warnings.messages.find((line) => line.includes('pupil'))).to.contain('teacher');
    await expect(tips).to.be.accessible();
  });

  it('an unknown region: a notice, the tips for Belgium, and one console warning', async () => {
    const warnings = captureWarnings();
    let tips: RoleTips;
    try {
      tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="police" region="FR" lang="en"></mh-role-tips>`);
    } finally {
      warnings.restore();
    }
    const root = shadow(tips!);
    expect(textOf(root.querySelector('[part="message"]'))).to.equal('The region "FR" is unknown. The tips for Belgium are shown.');
    expect(tipTexts(root.querySelector('[part="container"] > [part="tips"]')!)[0]).to.match(/^Write a full/);
    expect(warnings.messages.filter((line) => line.includes('unknown region "FR"'))).to.have.length(1);
  });

  it('an unsupported language falls back to nl', async () => {
    const warnings = captureWarnings();
    let tips: RoleTips;
    try {
      tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="teacher" region="NL" lang="de"></mh-role-tips>`);
    } finally {
      warnings.restore();
    }
    expect(textOf(heading(tips!))).to.equal('Docent: wat je kunt doen');
    expect(warnings.messages.filter((line) => line.includes('"de" is not supported'))).to.have.length(1);
  });
});

describe('<mh-role-tips> with the keyboard only', () => {
  it('picks a role with the arrow keys and opens a barrier with Enter', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips region="NL" lang="nl"></mh-role-tips>`);
    const root = shadow(tips);
    root.querySelector('select')?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await tips.updateComplete;
    expect(textOf(heading(tips))).to.equal('Docent: wat je kunt doen');
    await sendKeys({ press: 'Tab' });
    expect(textOf(root.activeElement)).to.equal('Zie ik het wel goed?');
    await sendKeys({ press: 'Enter' });
    const first = root.querySelector<HTMLDetailsElement>('details[part="barrier"]');
    expect(first?.open).to.equal(true);
    expect(textOf(first?.querySelector('p'))).to.match(/^Je hoeft niet zeker te weten/);
  });
});

describe('<mh-role-tips> can be adapted by the page', () => {
  it('takes per-instance strings from data-i18n-* attributes and the strings property', async () => {
    const tips = await fixture<RoleTips>(html`<mh-role-tips reader-role="teacher" region="NL" lang="nl" data-i18n-conversation-rules="Zo voer je het gesprek"></mh-role-tips>`);
    expect(textOf(shadow(tips).querySelector('[part="rules"] [role="heading"]'))).to.equal('Zo voer je het gesprek');
    tips.strings = { barriers: 'Twijfels' };
    await tips.updateComplete;
    expect(textOf(shadow(tips).querySelector('[part="barriers"] [role="heading"]'))).to.equal('Twijfels');
  });
});

describe('<mh-role-tips> keeps what is picked on the page', () => {
  it('picking a role and opening barriers touches no network API, cookie or storage', async () => {
    const leaks = await watchLeaks(async () => {
      const tips = await fixture<RoleTips>(html`<mh-role-tips region="BE-VLG"></mh-role-tips>`);
      const select = shadow(tips).querySelector<HTMLSelectElement>('select')!;
      select.value = 'youth-care-worker';
      select.dispatchEvent(new Event('change'));
      await tips.updateComplete;
      for (const summary of shadow(tips).querySelectorAll<HTMLElement>('summary')) summary.click();
      await tips.updateComplete;
    });
    expect(leaks).to.deep.equal({ touched: [], resources: 0 });
  });
});
