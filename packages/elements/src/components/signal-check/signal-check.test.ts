import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../signal-check.js';
import { captureWarnings, shadow, watchLeaks } from '../../internal/testing.js';
import type { AssessEventDetail, SignalCheck } from './signal-check.js';

function checkbox(check: SignalCheck, id: string): HTMLInputElement {
  const input = shadow(check).querySelector<HTMLInputElement>(`#indicator-${id}`);
  if (!input) throw new Error(`no checkbox ${id}`);
  return input;
}

async function submit(check: SignalCheck): Promise<void> {
  shadow(check).querySelector<HTMLButtonElement>('[part="submit"]')?.click();
  await check.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 0));
}

const stepTitles = (check: SignalCheck) => [...shadow(check).querySelectorAll('[part="steps"] > li > strong')].map((node) => node.textContent?.trim());

describe('<mh-signal-check>', () => {
  it('starts with what it is, the privacy line and the indicators in four groups, then the acute question', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check lang="nl" region="BE-VLG"></mh-signal-check>`);
    const root = shadow(check);
    expect(root.querySelector('[part="heading"]')?.nextElementSibling?.textContent).to.contain('Het is geen diagnose');
    expect(root.querySelector('[part="privacy"]')?.textContent).to.contain('blijft op deze pagina');
    const legends = [...root.querySelectorAll('legend')].map((legend) => legend.textContent?.trim());
    expect(legends).to.deep.equal([
      'Psychologische signalen',
      'Signalen in gedrag of lichaam',
      'Signalen over de uitbuiting zelf',
      'Weglopen',
      'Is de jongere nu in gevaar, of is er een acute dreiging?',
    ]);
    expect(root.querySelectorAll('input[type="checkbox"]')).to.have.length(13);
    const described = checkbox(check, 'fearful-when-contacted').getAttribute('aria-describedby');
    expect(root.getElementById(described ?? '')?.textContent).to.contain('begeleid');
    await expect(check).to.be.accessible();
  });

  it('two signals give "concern": focus moves to the result heading, announced politely', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG"></mh-signal-check>`);
    checkbox(check, 'fearful-when-contacted').click();
    checkbox(check, 'often-absent-from-school').click();
    const event = oneEvent(check, 'mh-assess');
    await submit(check);
    const { detail } = (await event) as CustomEvent<AssessEventDetail>;
    expect(detail).to.deep.equal({ level: 'concern', indicators: ['fearful-when-contacted', 'often-absent-from-school'] });
    const root = shadow(check);
    const heading = root.querySelector('[part="result-heading"]');
    expect(heading?.textContent).to.equal('Je zorg is reëel');
    expect(root.activeElement).to.equal(heading);
    expect(root.querySelector('[aria-live="polite"]')?.textContent).to.equal('Je zorg is reëel');
    expect(root.querySelector('[part="result"]')?.textContent).to.contain('Dit is geen diagnose');
    expect(stepTitles(check)[0]).to.equal('Twijfel je? Bespreek het met Child Focus');
    const cards = [...root.querySelectorAll('mh-contact-card')].map((card) => card.getAttribute('contact'));
    expect(cards).to.deep.equal(['child-focus', 'pag-asa', 'payoke', 'surya', 'mensenhandel-helpline']);
    await expect(check).to.be.accessible();
  });

  it('acute danger puts a number to call now first, then the parket', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-BRU"></mh-signal-check>`);
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    expect(shadow(check).querySelector('[part="result-heading"]')?.textContent).to.equal('Gevaar: handel nu');
    expect(stepTitles(check).slice(0, 2)).to.deep.equal(['Is de jongere nu in gevaar? Bel 112 of 101', 'Verwittig daarna meteen het parket']);
    // The care centre of Brussels, not those of Gent or Liège.
    const cards = [...shadow(check).querySelectorAll('mh-contact-card')].map((card) => card.getAttribute('contact'));
    expect(cards.filter((id) => id?.startsWith('zsg-'))).to.deep.equal(['zsg-brussel']);
  });

  it('in the Netherlands it points to Veilig Thuis, not to Belgian services', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="NL" lang="nl-NL"></mh-signal-check>`);
    checkbox(check, 'runs-away').click();
    await submit(check);
    const root = shadow(check);
    const cards = [...root.querySelectorAll('mh-contact-card')].map((card) => card.getAttribute('contact'));
    expect(cards).to.include('veilig-thuis');
    expect(cards).not.to.include('child-focus');
    expect(root.querySelector('[part="result"]')?.textContent).to.contain('loverboys');
  });

  it('follows a region changed after a result was shown', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG"></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    await submit(check);
    check.setAttribute('region', 'NL');
    await check.updateComplete;
    expect(stepTitles(check)[0]).to.equal('Vertrouw op je onderbuikgevoel en vraag advies');
  });

  it('start over clears every tick, the answer and the result', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.click();
    await submit(check);
    shadow(check).querySelector<HTMLButtonElement>('[part="start-over"]')?.click();
    await check.updateComplete;
    const root = shadow(check);
    expect(root.querySelector('[part="result"]')).to.equal(null);
    expect([...root.querySelectorAll<HTMLInputElement>('input')].filter((input) => input.checked)).to.have.length(0);
    expect(root.activeElement).to.equal(checkbox(check, 'fearful-when-contacted'));
  });

  it('speaks French and English, says the translation is a draft, and passes axe in each', async () => {
    for (const [lang, legend, submitLabel] of [
      ['fr', 'Signaux psychologiques', 'Voir les étapes suivantes'],
      ['en', 'Psychological signs', 'Show the next steps'],
    ] as const) {
      const check = await fixture<SignalCheck>(html`<mh-signal-check lang=${lang}></mh-signal-check>`);
      const root = shadow(check);
      expect(root.querySelector('legend')?.textContent?.trim()).to.equal(legend);
      expect(root.querySelector('[part="submit"]')?.textContent).to.equal(submitLabel);
      expect(root.querySelector('.notice')?.textContent).to.not.equal('');
      checkbox(check, 'often-tired').click();
      checkbox(check, 'runs-away').click();
      await submit(check);
      await expect(check).to.be.accessible();
    }
  });

  it('an unknown region shows a notice, warns once, and uses the Belgian steps', async () => {
    const warnings = captureWarnings();
    let check: SignalCheck;
    try {
      check = await fixture<SignalCheck>(html`<mh-signal-check region="vlaanderen"></mh-signal-check>`);
      check.requestUpdate();
      await check.updateComplete;
    } finally {
      warnings.restore();
    }
    expect(shadow(check).querySelector('[role="status"]')?.textContent).to.contain('"vlaanderen" is onbekend');
    expect(warnings.messages.filter((message) => message.includes('unknown region "vlaanderen"'))).to.have.length(1);
    await submit(check);
    expect(stepTitles(check)[0]).to.equal('Twijfel je? Bespreek het met Child Focus');
  });

  it('works when created with document.createElement, configured, and appended later', async () => {
    const check = document.createElement('mh-signal-check');
    check.setAttribute('region', 'NL');
    check.setAttribute('lang', 'en');
    document.body.append(check);
    await check.updateComplete;
    expect(shadow(check).querySelector('[part="heading"]')?.textContent).to.equal('Worried about a young person?');
    checkbox(check, 'often-tired').click();
    await submit(check);
    expect(stepTitles(check)[0]).to.equal('Trust your gut feeling and ask for advice');
    check.remove();
  });

  it('reflows in 320 CSS px (400 % zoom of a 1280 px screen): nothing scrolls sideways, result included', async () => {
    const wrapper = await fixture(html`<div style="inline-size: 320px"><mh-signal-check region="BE-VLG" exit-url="https://example.org/"></mh-signal-check></div>`);
    const check = wrapper.querySelector('mh-signal-check') as SignalCheck;
    await check.updateComplete;
    checkbox(check, 'often-tired').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    const overflowing = [...shadow(check).querySelectorAll<HTMLElement>('*')].filter((element) => !element.classList.contains('visually-hidden') && element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX !== 'visible');
    expect(check.getBoundingClientRect().width).to.be.at.most(320);
    expect(shadow(check).querySelector('.check')!.scrollWidth).to.be.at.most(320);
    expect(overflowing.map((element) => element.className)).to.deep.equal([]);
  });

  it('two copies on one page keep their own ticks and results', async () => {
    const wrapper = await fixture(html`<div><mh-signal-check></mh-signal-check><mh-signal-check></mh-signal-check></div>`);
    const [first, second] = [...wrapper.querySelectorAll('mh-signal-check')] as SignalCheck[];
    await first!.updateComplete;
    await second!.updateComplete;
    checkbox(first!, 'often-tired').click();
    await submit(first!);
    expect(checkbox(second!, 'often-tired').checked).to.equal(false);
    expect(shadow(second!).querySelector('[part="result"]')).to.equal(null);
  });
});

describe('<mh-signal-check> says what professional secrecy allows', () => {
  const secrecy = (check: SignalCheck) => shadow(check).querySelector('[part="secrecy"]');

  it('acute danger in Belgium: you must help (schuldig verzuim), the right to speak if you cannot protect, the 1867 caveat', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG"></mh-signal-check>`);
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    const text = secrecy(check)?.textContent ?? '';
    expect(text).to.contain('Je moet helpen');
    expect(text).to.contain('Schuldig verzuim (art. 422bis van het Strafwetboek)');
    expect(text).to.contain('Spreekrecht (art. 458bis van het Strafwetboek)');
    expect(secrecy(check)?.querySelector('[part="caveat"]')?.textContent).to.contain('Strafwetboek van 1867');
    expect(text).to.contain('Algemene informatie, geen juridisch advies.');
    // The Psychologencommissie's page on art. 422bis, opened in a new window.
    const readMore = secrecy(check)?.querySelector('a');
    expect(readMore?.getAttribute('href')).to.equal('https://www.compsy.be/nl/422bis');
    expect(readMore?.getAttribute('target')).to.equal('_blank');
    expect(readMore?.textContent).to.equal('Lees meer (opent in een nieuw venster)');
    await expect(check).to.be.accessible();
  });

  it('one sign in Belgium: the secret still applies, said without "nothing you indicated"; several signs: you may speak under conditions', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-BRU"></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    await submit(check);
    expect(secrecy(check)?.textContent).to.contain('Je beroepsgeheim blijft gelden');
    expect(secrecy(check)?.textContent).not.to.contain('Niets in wat je aangaf');
    checkbox(check, 'runs-away').click();
    await submit(check);
    expect(secrecy(check)?.textContent).to.contain('Je mag spreken als er ernstig gevaar is');
    // COL 04/2018 on art. 458bis, with the part to read.
    expect(secrecy(check)?.querySelector('a')?.getAttribute('href')).to.equal('http://www.elfri.be/wetgeving/omzendbrief-nr-042018-casusoverleg-en-professioneel-beroepsgeheim');
    expect(secrecy(check)?.querySelector('a')?.parentElement?.textContent).to.contain('Art. 458bis');
    shadow(check).querySelector<HTMLButtonElement>('[part="start-over"]')?.click();
    await check.updateComplete;
    await submit(check);
    expect(secrecy(check)).to.equal(null);
  });

  it('in the Netherlands: the meldcode, in French too', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="NL" lang="fr"></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    await submit(check);
    expect(secrecy(check)?.textContent).to.contain('Veilig Thuis');
    expect(secrecy(check)?.textContent).to.contain('pas un avis juridique');
    // French puts a no-break space before the colon between a provision and its summary.
    for (const item of secrecy(check)?.querySelectorAll('li') ?? []) expect(item.textContent).to.match(/^[^:]+\u00a0: \S/);
    // The five steps of the meldcode, explained by Augeo.
    expect(secrecy(check)?.querySelector('a')?.getAttribute('href')).to.equal('https://www.augeo.nl/nl-nl/themas/meldcode/meldcode-stappenplan/');
    await expect(check).to.be.accessible();
  });
});

// The seams where the packages meet: what a professional reads at the moments that matter.
describe('<mh-signal-check> at the seams', () => {
  const secrecy = (check: SignalCheck) => shadow(check).querySelector('[part="secrecy"]');
  const cards = (check: SignalCheck) => [...shadow(check).querySelectorAll('mh-contact-card')].map((card) => card.getAttribute('contact'));
  // French texts put a no-break space before : and ?; compare them with plain spaces.
  const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const callLinks = (check: SignalCheck) => [...shadow(check).querySelectorAll<HTMLAnchorElement>('[part="call"]')].map((link) => [link.getAttribute('href'), plain(link.textContent)]);

  // Seed 002 §4.1 (the fiche's third group) and seed 000 ("aanwijzingen ... seksuele uitbuiting
  // → mag hij zijn beroepsgeheim doorbreken").
  it('one strong sign: a real concern, the acute question asked first, and secrecy may be broken', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG"></mh-signal-check>`);
    checkbox(check, 'sexual-acts-and-distress').click();
    await submit(check);
    const root = shadow(check);
    expect(root.querySelector('[part="result-heading"]')?.textContent).to.equal('Je zorg is reëel');
    const prompt = root.querySelector('[part="ask-acute"]');
    expect(prompt?.textContent).to.contain('Beantwoord ook de vraag of de jongere nu in gevaar is');
    prompt?.querySelector('button')?.click();
    expect(root.activeElement?.id).to.equal('acute-question');
    const text = secrecy(check)?.textContent ?? '';
    expect(text).to.contain('Je mag spreken als er ernstig gevaar is');
    expect(text).to.contain('mag je je beroepsgeheim doorbreken');
    expect(text).not.to.contain('Niets in wat je aangaf');
    expect(text).to.contain('(art. 458bis van het Strafwetboek)');
    expect(secrecy(check)?.querySelector('[part="caveat"]')?.textContent).to.contain('op 8 april volgens de Federale Overheidsdienst (FOD) Justitie, op 1 september volgens een advocatenkantoor');
    await expect(check).to.be.accessible();
  });

  // Seed 002 §4.2 (acute situation) and PUBLIC-FACTS §5 (E1: 112 urgent medical, 101 urgent police).
  it('acute: 112 and 101 first, as links to call, with their cards first, then the parket with how it is reached', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG"></mh-signal-check>`);
    checkbox(check, 'sexual-acts-and-distress').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    expect(shadow(check).querySelector('[part="ask-acute"]')).to.equal(null);
    expect(callLinks(check)).to.deep.equal([
      ['tel:112', 'Bel 112 Dringende medische hulp'],
      ['tel:101', 'Bel 101 Dringende politiehulp'],
    ]);
    expect(shadow(check).querySelector('[part="call-now"]')?.getAttribute('aria-label')).to.equal('Nu bellen');
    expect(stepTitles(check)[0]).to.equal('Is de jongere nu in gevaar? Bel 112 of 101');
    expect(shadow(check).querySelector('[part="steps"] > li:nth-child(2)')?.textContent).to.contain('Het Openbaar Ministerie geeft hun contactgegevens');
    expect(cards(check).slice(0, 3)).to.deep.equal(['emergency-112', 'police-101', 'parket']);
    await expect(check).to.be.accessible();
  });

  it('acute on a 360 px phone: the numbers to call are above the fold once the result shows', async () => {
    await setViewport({ width: 360, height: 640 });
    try {
      const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG" lang="nl"></mh-signal-check>`);
      checkbox(check, 'often-tired').click();
      shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
      await submit(check);
      const links = [...shadow(check).querySelectorAll<HTMLAnchorElement>('[part="call"]')];
      expect(links.length).to.equal(2);
      // The result scrolls its heading to the top (smoothly, unless motion is reduced): wait for it.
      const inView = () => links.every((link) => link.getBoundingClientRect().top >= 0 && link.getBoundingClientRect().bottom <= window.innerHeight);
      for (let waited = 0; !inView() && waited < 3000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(window.innerWidth).to.equal(360);
      expect(
        links.map((link) => Math.round(link.getBoundingClientRect().bottom)),
        `bottom of the call links within ${window.innerHeight} px`,
      ).to.satisfy((bottoms: number[]) => bottoms.every((bottom) => bottom > 0 && bottom <= window.innerHeight));
      // Large enough to tap (WCAG 2.5.8: at least 24 px; we aim for 44).
      for (const link of links) expect(link.getBoundingClientRect().height).to.be.at.least(44);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  // PUBLIC-FACTS §5 (E1, D1: 112 and 101); seed 002 §9 (art. 422bis: schuldig verzuim, for everyone).
  it('acute in Wallonia, in French: 112 and 101 to call first, you must help, the 1867 caveat', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-WAL" lang="fr"></mh-signal-check>`);
    checkbox(check, 'unexplained-injuries').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    expect(plain(shadow(check).querySelector('[part="result-heading"]')?.textContent)).to.equal('Danger : agissez maintenant');
    expect(callLinks(check)).to.deep.equal([
      ['tel:112', 'Appelez le 112 Urgence médicale'],
      ['tel:101', 'Appelez le 101 Aide policière urgente'],
    ]);
    expect(stepTitles(check).slice(0, 2).map(plain)).to.deep.equal(['Le jeune est-il en danger maintenant ? Appelez le 112 ou le 101', 'Prévenez ensuite immédiatement le parquet']);
    expect(stepTitles(check).join(' ')).not.to.match(/Payoke|consulent/);
    const text = plain(secrecy(check)?.textContent);
    expect(text).to.contain('Vous devez aider');
    expect(text).to.contain('(art. 422bis du Code pénal)');
    expect(secrecy(check)?.querySelector('[part="caveat"]')?.textContent).to.contain('Code pénal de 1867');
    // PUBLIC-FACTS §4: the four Walloon care centres in operation; none in Flanders, none only announced.
    const centres = cards(check).filter((id) => id?.startsWith('zsg-'));
    expect(centres).to.deep.equal(['zsg-luik', 'zsg-charleroi', 'zsg-namen', 'zsg-aarlen']);
    await expect(check).to.be.accessible();
  });

  // Seed 002 §4.1: one behavioural sign is worth attention; concern is real when several occur.
  it('one behavioural sign in Brussels, in English: stay alert, no number to call, secrecy still applies without blaming the reader', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-BRU" lang="en"></mh-signal-check>`);
    checkbox(check, 'often-absent-from-school').click();
    await submit(check);
    expect(shadow(check).querySelector('[part="result-heading"]')?.textContent).to.equal('One sign: stay alert');
    expect(shadow(check).querySelector('[part="call-now"]')).to.equal(null);
    expect(shadow(check).querySelector('[part="ask-acute"]')).to.equal(null);
    expect(stepTitles(check).join(' ')).not.to.match(/Payoke or PAG-ASA|consulent/);
    const text = secrecy(check)?.textContent ?? '';
    expect(text).to.contain('Your professional secrecy still applies');
    expect(text).not.to.match(/Nothing in what you said|You indicated no/);
    expect(text).to.contain('ask for advice without giving names');
    await expect(check).to.be.accessible();
  });

  // Seed 002 §5.1: the reporting scheme to Payoke is a Flemish pilot; Wallonia has Sürya.
  it('Wallonia in French: Sürya is named, the Flemish pilot is not; trafficking is defined', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-WAL" lang="fr"></mh-signal-check>`);
    expect(shadow(check).querySelector('[part="definition"]')?.textContent).to.contain('C’est de la traite des êtres humains');
    checkbox(check, 'often-tired').click();
    checkbox(check, 'runs-away').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.click();
    await submit(check);
    const titles = stepTitles(check);
    expect(titles).to.include('Parlez de votre soupçon avec Sürya à Liège');
    expect(titles).not.to.include('Signalez votre soupçon à Payoke ou PAG-ASA');
    expect(titles.join(' ')).not.to.match(/consulent|OCJ/);
    expect(secrecy(check)?.textContent).to.contain('(art. 458bis du Code pénal)');
    await expect(check).to.be.accessible();
  });

  // Issue 25; seed 002 §10 "Lijst van afkortingen": OCJ, Ondersteuningscentrum Jeugdzorg; SDJ, Sociale Dienst voor gerechtelijke jeugdhulp.
  it('writes OCJ and SDJ out at their first use in the result, and only there; later uses keep the expansion as a title', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG" lang="nl"></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    checkbox(check, 'runs-away').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.click();
    await submit(check);
    const result = plain(shadow(check).querySelector('[part="result"]')?.textContent);
    expect(result.split('OCJ (Ondersteuningscentrum Jeugdzorg)').length - 1).to.equal(1);
    expect(result.split('SDJ (Sociale Dienst voor gerechtelijke jeugdhulp)').length - 1).to.equal(1);
    const abbreviations = [...shadow(check).querySelectorAll('[part="result"] abbr')].map((abbr) => `${abbr.textContent}=${abbr.getAttribute('title')}`);
    expect(abbreviations).to.include('OCJ=Ondersteuningscentrum Jeugdzorg');
    // The secrecy answer writes the code out: "art. 458bis van het Strafwetboek", no bare "Sw." (seed 002 §9).
    expect(plain(secrecy(check)?.textContent)).to.contain('(art. 458bis van het Strafwetboek)');
    expect(plain(secrecy(check)?.textContent)).not.to.contain('Sw.');
    await expect(check).to.be.accessible();
  });

  // Seed 002 §5.1: the reporting pilot binds organisations recognised by the Flemish agencies.
  it('Brussels in Dutch: PAG-ASA for everyone, the Flemish pilot only for organisations a Flemish agency recognised', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-BRU" lang="nl"></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    checkbox(check, 'runs-away').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.click();
    await submit(check);
    const titles = stepTitles(check);
    expect(titles).to.include('Bespreek je vermoeden met PAG-ASA in Brussel');
    expect(titles).to.include('Is je organisatie erkend door een Vlaams agentschap? Dan meldt ze aan Payoke of PAG-ASA');
    expect(titles).not.to.include('Meld je vermoeden aan Payoke of PAG-ASA');
    expect(titles.join(' ')).not.to.match(/consulent|Sürya in Luik/);
    expect(cards(check)).to.include('pag-asa');
    expect(shadow(check).querySelector('[part="call-now"]')).to.equal(null);
    await expect(check).to.be.accessible();
  });

  it('the Netherlands: a loverboy is a trafficker; in danger 112 comes before Veilig Thuis; no Belgian caveat', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="NL" lang="nl-NL"></mh-signal-check>`);
    expect(shadow(check).querySelector('[part="definition"]')?.textContent).to.contain('Een loverboy is een mensenhandelaar');
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    expect(stepTitles(check)[0]).to.equal('Acuut gevaar? Bel 112');
    // PUBLIC-FACTS §6 (F1–F3): 112 in direct danger, then Veilig Thuis, 0800-2000, free and 24/7.
    expect(callLinks(check)).to.deep.equal([
      ['tel:112', 'Bel 112 Acuut gevaar'],
      ['tel:+318002000', 'Bel 0800-2000 Veilig Thuis'],
    ]);
    expect(cards(check)[0]).to.equal('emergency-112-nl');
    expect(secrecy(check)?.textContent).to.contain('Meld bij Veilig Thuis');
    expect(secrecy(check)?.querySelector('[part="caveat"]')).to.equal(null);
    await expect(check).to.be.accessible();
  });
});

describe('<mh-signal-check> with the keyboard only', () => {
  it('tick, untick, answer, read the result and start over', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG"></mh-signal-check>`);
    checkbox(check, 'fearful-when-contacted').focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: ' ' });
    expect(checkbox(check, 'fearful-when-contacted').checked).to.equal(true);
    expect(checkbox(check, 'withdraws-or-over-social').checked).to.equal(false);
    expect(checkbox(check, 'afraid-of-people-close-by').checked).to.equal(true);
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.focus();
    await sendKeys({ press: ' ' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await check.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 0));
    const root = shadow(check);
    expect(root.activeElement?.textContent).to.equal('Je zorg is reëel');
    root.querySelector<HTMLButtonElement>('[part="start-over"]')?.focus();
    await sendKeys({ press: 'Enter' });
    await check.updateComplete;
    expect(root.querySelector('[part="result"]')).to.equal(null);
  });

  it('the quick exit comes first in tab order and Escape twice leaves the page', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check exit-url="https://www.google.com/"></mh-signal-check>`);
    const left: string[] = [];
    check.leavePage = (url) => left.push(url);
    const focusable = shadow(check).querySelector('button, input');
    expect(focusable?.getAttribute('part')).to.equal('quick-exit');
    await sendKeys({ press: 'Escape' });
    expect(left).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    expect(left).to.deep.equal(['https://www.google.com/']);
    (focusable as HTMLButtonElement).click();
    expect(left).to.have.length(2);
  });

  it('a javascript: exit-url adds no button', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check exit-url="javascript:alert(1)"></mh-signal-check>`);
    expect(shadow(check).querySelector('[part="quick-exit"]')).to.equal(null);
  });
});

describe('<mh-signal-check> keeps what is ticked on the page', () => {
  it('a full run touches no network API, cookie or storage', async () => {
    const leaks = await watchLeaks(async () => {
      const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG" exit-url="https://example.org/"></mh-signal-check>`);
      check.leavePage = () => {};
      for (const id of ['often-tired', 'runs-away', 'breaks-the-law']) checkbox(check, id).click();
      shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
      await submit(check);
      shadow(check).querySelector<HTMLButtonElement>('[part="start-over"]')?.click();
      await check.updateComplete;
    });
    expect(leaks).to.deep.equal({ touched: [], resources: 0 });
  });
});

// Issue 27, part 2: a check that knows who is asking. The tips come from @mh/role-tips'
// resultTipsFor (seed 001 for a Dutch teacher; seed 002 §4.2 "Acute situatie" for a Flemish youth
// care worker in danger); the secrecy answer from @mh/legal-secrecy: what you do not know through
// your work is no professional secret (seed 002 §9; art. 5.2.6 Wmo 2015 for the Netherlands).
describe('<mh-signal-check reader-role>', () => {
  const roleSection = (check: SignalCheck) => shadow(check).querySelector('[part="role-tips"]');
  const plain = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

  it('a Dutch teacher with a concern: three of a teacher’s tips, and a link to the role tips on the page', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <mh-signal-check id="check" region="NL" reader-role="teacher" lang="nl"></mh-signal-check>
      <mh-role-tips id="tips-for-teachers" for="check" reader-role="teacher" region="NL" lang="nl"></mh-role-tips>
    </div>`);
    const check = page.querySelector('mh-signal-check') as SignalCheck;
    for (const id of ['often-tired', 'runs-away']) checkbox(check, id).click();
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.click();
    await submit(check);
    const section = roleSection(check);
    expect(plain(section?.querySelector('[role="heading"]')?.textContent)).to.equal('Docent: wat je kunt doen');
    expect([...(section?.querySelectorAll('li') ?? [])].map((item) => plain(item.textContent))[0]).to.match(/^Let op leerlingen die veranderen/);
    expect(section?.querySelectorAll('li')).to.have.length(3);
    expect(section?.querySelector('a')?.getAttribute('href')).to.equal('#tips-for-teachers');
    // A teacher knows it through work: the meldcode applies.
    expect(shadow(check).querySelector('[part="secrecy"]')?.textContent).to.contain('meldcode');
    await expect(check).to.be.accessible();
  });

  it('a Flemish youth care worker in danger, in French: the tip about danger first, no link without role tips on the page', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-VLG" reader-role="youth-care-worker" lang="fr"></mh-signal-check>`);
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    const section = roleSection(check);
    expect(plain(section?.querySelector('li')?.textContent)).to.match(/^En cas de danger ou de menace aiguë/);
    expect(section?.querySelector('a, button')).to.equal(null);
    // The numbers to call still come first in the result.
    expect(shadow(check).querySelector('[part="result"] > [part="call-now"]')).to.exist;
    await expect(check).to.be.accessible();
  });

  it('a parent in Brussels, in English: told they hold no professional secret, and that no Belgian source has tips for them yet', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="BE-BRU" reader-role="parent-or-friend" lang="en"></mh-signal-check>`);
    checkbox(check, 'sexual-acts-and-distress').click();
    shadow(check).querySelector<HTMLInputElement>('#acute-no')?.click();
    await submit(check);
    expect(plain(roleSection(check)?.querySelector('p')?.textContent)).to.equal('For this role we have not yet found tips in a source for Brussels.');
    const secrecy = plain(shadow(check).querySelector('[part="secrecy"]')?.textContent);
    expect(secrecy).to.contain('You hold no professional secret here');
    expect(secrecy).to.contain('like anyone');
    await expect(check).to.be.accessible();
  });

  it('a parent in the Netherlands in danger: no professional secret, no meldcode; 112 and Veilig Thuis, like anyone', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="NL" reader-role="parent-or-friend" lang="nl"></mh-signal-check>`);
    shadow(check).querySelector<HTMLInputElement>('#acute-yes')?.click();
    await submit(check);
    const secrecy = plain(shadow(check).querySelector('[part="secrecy"]')?.textContent);
    expect(secrecy).to.contain('Je hebt hier geen beroepsgeheim');
    expect(secrecy).to.contain('Veilig Thuis bellen, zoals iedereen');
    expect(secrecy).not.to.match(/parket|Volg de meldcode/);
    expect(plain(roleSection(check)?.querySelector('li')?.textContent)).to.match(/^Let op elkaar/);
    await expect(check).to.be.accessible();
  });

  it('without reader-role nothing changes; an unknown one gets a notice, one warning and no role section', async () => {
    const plainCheck = await fixture<SignalCheck>(html`<mh-signal-check region="NL"></mh-signal-check>`);
    checkbox(plainCheck, 'often-tired').click();
    await submit(plainCheck);
    expect(roleSection(plainCheck)).to.equal(null);
    const warnings = captureWarnings();
    let check: SignalCheck;
    try {
      check = await fixture<SignalCheck>(html`<mh-signal-check region="NL" reader-role="pupil"></mh-signal-check>`);
    } finally {
      warnings.restore();
    }
    const messages = warnings.messages;
    expect(plain(shadow(check!).querySelector('.notice[role="status"]')?.textContent)).to.equal('De rol "pupil" kennen we niet. Het resultaat toont geen tips voor een rol.');
    expect(messages.filter((line) => line.includes('unknown reader-role "pupil"'))).to.have.length(1);
    checkbox(check!, 'often-tired').click();
    await submit(check!);
    expect(roleSection(check!)).to.equal(null);
    await expect(check!).to.be.accessible();
  });
});

describe('<mh-signal-check reader-role> for a parent', () => {
  it('an answer that rests on no provision shows no empty list of provisions', async () => {
    const check = await fixture<SignalCheck>(html`<mh-signal-check region="NL" reader-role="parent-or-friend"></mh-signal-check>`);
    checkbox(check, 'often-tired').click();
    await submit(check);
    expect(shadow(check).querySelector('[part="secrecy"] ul')).to.equal(null);
  });
});
