// The baseline: a bare Lit card with about the markup of <mh-contact-card contact="child-focus">
// (a name, a paragraph, phones as tel: links with badges, a few details) and nothing but Lit.
import { css, html, LitElement, nothing, type TemplateResult } from 'lit';

interface Phone {
  readonly display: string;
  readonly number: string;
  readonly badges: readonly string[];
}

interface Service {
  readonly name: string;
  readonly phones: readonly Phone[];
}

// Made-up text of the same length as the card's, written into the bundle as the card's data is.
const card = {
  name: 'Hulplijn Voorbeeld',
  description: 'Luistert naar jongeren en naar wie zich zorgen maakt over een jongere, en zoekt samen de volgende stap.',
  services: [
    { name: 'Hulplijn 1234', phones: [{ display: '1234', number: '+321234', badges: ['gratis', '24/7'] }] },
    { name: 'Algemeen nummer', phones: [{ display: '02 123 45 67', number: '+3221234567', badges: [] }] },
  ],
  email: 'hulp@voorbeeld.example',
  website: 'https://voorbeeld.example/',
  address: 'Voorbeeldstraat 1, 1000 Brussel',
} as const satisfies { services: readonly Service[] } & Record<string, unknown>;

export class BaselineCard extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font: inherit;
    }
    .card {
      padding: 1rem;
      border: 1px solid #6b6b6b;
      border-inline-start: 0.375rem solid #1d4f91;
      border-radius: 0.375rem;
    }
    .name {
      font-size: 1.125em;
      font-weight: 700;
    }
    p,
    ul,
    dl {
      margin: 0.5em 0 0;
    }
    ul {
      padding: 0;
      list-style: none;
    }
    .phone {
      font-weight: 700;
    }
    .badge {
      margin-inline-start: 0.375em;
      padding: 0 0.375em;
      border: 1px solid currentColor;
      border-radius: 0.25em;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `;

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  headingLevel = 3;

  override render(): TemplateResult {
    return html`
      <article class="card" part="card" aria-labelledby="name">
        <div class="name" part="name" id="name" role="heading" aria-level=${this.headingLevel}>${card.name}</div>
        <p class="description" part="description">${card.description}</p>
        ${card.services.map(
          (service: Service) => html`<section>
            <div role="heading" aria-level=${this.headingLevel + 1}>${service.name}</div>
            <ul>
              ${service.phones.map(
                (phone) => html`<li>
                  <a class="phone" part="phone" href="tel:${phone.number}">${phone.display}</a>${phone.badges.length
                    ? phone.badges.map((badge) => html`<span class="badge" part="badge">${badge}</span>`)
                    : nothing}
                </li>`,
              )}
            </ul>
          </section>`,
        )}
        <dl>
          <dt>E-mail</dt>
          <dd><a href="mailto:${card.email}">${card.email}</a></dd>
          <dt>Website</dt>
          <dd><a href=${card.website}>${new URL(card.website).host}</a></dd>
          <dt>Adres</dt>
          <dd>${card.address}</dd>
        </dl>
      </article>
    `;
  }
}

// As the drop-in files do: a second copy on the page must not throw.
if (!customElements.get('bench-baseline-card')) customElements.define('bench-baseline-card', BaselineCard);
