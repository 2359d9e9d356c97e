// Content review: every provision of @mh/legal-secrecy with its articles, who it applies to, what
// it allows or requires, to whom, its conditions and limits (each with its source), and every
// verdict decideDisclosure() can give, with the disclaimer said with each answer.
import { getSource, localize, type LocalizedText, type SourceRef } from '@mh/core';
import { articleCaveat, disclaimer, provisions as dataProvisions, recipients, verdictDefinitions, type CitedArticle, type CitedText, type Provision } from '@mh/legal-secrecy';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, unsafeCSS, type TemplateResult } from 'lit';
import { citation, reviewStyles, textWithStatus } from './review.js';

const pageStyles = `
  .provision { margin-block-end: 2.5rem; }
  .facts th[scope='row'] { inline-size: 13rem; }
  ul, ol { margin: 0; padding-inline-start: 1.25rem; }
  li + li { margin-block-start: 0.5rem; }
  .visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
  .disclaimer { border: 2px solid #1b1b1b; padding: 0.5rem 0.75rem; }
`;

const meta: Meta = {
  title: 'Content/Legal secrecy',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}${unsafeCSS(pageStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

// Widened to the model's types, so optional fields can be read on every provision.
const provisions: readonly Provision[] = dataProvisions;

const unknownArticle = 'unknown — not found in a public source';

function readMore(provision: Provision): TemplateResult | string {
  const source = provision.readMore ? getSource(provision.readMore.source) : undefined;
  return source?.kind === 'public'
    ? html`<cite>${source.title}</cite>, ${provision.readMore?.section} <small>(<a href=${source.url}>${source.url}</a>)</small>`
    : '— (none)';
}

const kindLabels: Readonly<Record<Provision['kind'], string>> = {
  'duty-of-secrecy': 'duty of secrecy: you must keep it to yourself',
  'right-to-speak': 'right to speak: you may speak, you do not have to',
  'duty-to-act': 'duty to act: you must act',
  'shared-secrecy': 'shared secrecy: you may share inside a consultation set up by law',
  necessity: 'necessity: a ground from case law',
  procedure: 'procedure: steps to follow before you decide',
  protection: 'protection: protects the young person',
};

const basisLabels: Readonly<Record<Provision['basis'], string>> = {
  statute: 'statute (an article of a law)',
  'case-law': 'case law (no article)',
  guideline: 'guideline (a prosecution service policy, no statute)',
};

const jurisdictionLabels: Readonly<Record<Provision['jurisdiction'], string>> = { BE: 'BE (Belgium)', NL: 'NL (the Netherlands)' };

function citedList(items: readonly CitedText[], locale: string, empty: string, ordered = false): TemplateResult | string {
  if (!items.length) return empty;
  const entries = items.map((item) => html`<li>${textWithStatus(item.text, locale)}<br /><small>${citation(item.source)}</small></li>`);
  return ordered ? html`<ol>${entries}</ol>` : html`<ul>${entries}</ul>`;
}

function sourceList(refs: readonly SourceRef[]): TemplateResult | string {
  return refs.length ? html`<ul>${refs.map((ref) => html`<li>${citation(ref)}</li>`)}</ul>` : '—';
}

function optionalText(text: LocalizedText | undefined, locale: string): TemplateResult | string {
  return text ? textWithStatus(text, locale) : '— (not stated: this provision does not say)';
}

function article(cited: CitedArticle | undefined, provision: Provision): TemplateResult | string {
  if (cited) return html`${cited.article}<br /><small>${citation(cited.source)}</small>`;
  return provision.basis === 'case-law' ? 'none: a ground from case law has no article' : unknownArticle;
}

function articleRows(provision: Provision, locale: string): TemplateResult {
  if (provision.jurisdiction === 'BE') {
    return html`
      <tr><th scope="row">Article, Criminal Code of 1867</th><td>${article(provision.articles.code1867, provision)}</td></tr>
      <tr><th scope="row">Article, Criminal Code of 2024 (in force in 2026: 8 April per the FPS Justice, 1 September per one law firm)</th><td>${article(provision.articles.code2024, provision)}</td></tr>`;
  }
  const { law } = provision;
  const lawArticle = law.article ?? (provision.basis === 'guideline' ? 'none: a guideline, not a statute' : unknownArticle);
  return html`
    <tr><th scope="row">Article, Belgian Criminal Code of 1867 / 2024</th><td>not applicable: a Dutch provision</td></tr>
    <tr><th scope="row">Dutch law or instrument</th><td>${textWithStatus(law.name, locale)}<br />Article: ${lawArticle}<br /><small>${citation(law.source)}</small></td></tr>`;
}

function tellWhom(provision: Provision, locale: string): TemplateResult | string {
  if (!provision.tellWhom.length) return '— (names no one)';
  return html`<ul>${provision.tellWhom.map((id) => {
    const recipient = recipients.find((entry) => entry.id === id);
    if (!recipient) return html`<li><code>${id}</code> (not in the recipients list)</li>`;
    return html`<li>${textWithStatus(recipient.name, locale)}${recipient.contacts.length ? html`<br />Contacts: <code>${recipient.contacts.join(', ')}</code>` : nothing}<br /><small>${citation(recipient.source)}</small></li>`;
  })}</ul>`;
}

export const Provisions: StoryObj = {
  name: 'Provisions',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`
      <p class="disclaimer"><strong>Disclaimer said with every answer:</strong> ${textWithStatus(disclaimer, locale)}</p>
      <p class="disclaimer"><strong>Said wherever a Belgian article number is shown:</strong> ${textWithStatus(articleCaveat.text, locale)}<br /><small>${citation(articleCaveat.source)}</small></p>
      <p>${provisions.length} provisions, in the order of the data.</p>
      ${provisions.map(
        (provision) => html`<section class="provision" aria-labelledby="provision-${provision.id}">
          <h2 id="provision-${provision.id}">${textWithStatus(provision.name, locale)} (${provision.jurisdiction})</h2>
          <p><strong>Plain summary (said first):</strong> ${textWithStatus(provision.summary, locale)}</p>
          <table class="facts">
            <caption class="visually-hidden">${localize(provision.name, locale).text}: the facts</caption>
            <tbody>
              <tr><th scope="row">Id</th><td><code>${provision.id}</code></td></tr>
              <tr><th scope="row">Jurisdiction</th><td>${jurisdictionLabels[provision.jurisdiction]}</td></tr>
              <tr><th scope="row">Kind</th><td><code>${provision.kind}</code>: ${kindLabels[provision.kind]}</td></tr>
              <tr><th scope="row">Legal basis</th><td>${basisLabels[provision.basis]}</td></tr>
              <tr><th scope="row">Name</th><td>${textWithStatus(provision.name, locale)}</td></tr>
              ${articleRows(provision, locale)}
              <tr><th scope="row">Applies to</th><td>${textWithStatus(provision.appliesTo, locale)}</td></tr>
              <tr><th scope="row">Allows</th><td>${optionalText(provision.allows, locale)}</td></tr>
              <tr><th scope="row">Requires</th><td>${optionalText(provision.requires, locale)}</td></tr>
              <tr><th scope="row">Protects</th><td>${optionalText(provision.protects, locale)}</td></tr>
              <tr><th scope="row">Tell whom</th><td>${tellWhom(provision, locale)}</td></tr>
              <tr><th scope="row">Conditions</th><td>${citedList(provision.conditions, locale, '— (none listed)')}</td></tr>
              <tr><th scope="row">Does not allow</th><td>${citedList(provision.doesNotAllow, locale, '— (none listed)')}</td></tr>
              ${provision.steps ? html`<tr><th scope="row">Steps, in order</th><td>${citedList(provision.steps, locale, '—', true)}</td></tr>` : nothing}
              <tr><th scope="row">Context</th><td>${citedList(provision.context, locale, '— (none)')}</td></tr>
              <tr><th scope="row">Sources</th><td>${sourceList(provision.sources)}</td></tr>
              <tr><th scope="row">Read more (the link the check shows)</th><td>${readMore(provision)}</td></tr>
              <tr><th scope="row">Reviewed at</th><td>${provision.reviewedAt}</td></tr>
              <tr><th scope="row">Editor's note (not shown to readers)</th><td>${provision.note ?? '—'}</td></tr>
            </tbody>
          </table>
        </section>`,
      )}`;
  },
};

export const Verdicts: StoryObj = {
  name: 'Verdicts of decideDisclosure',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`
      <h2>Every verdict decideDisclosure() can give</h2>
      <p class="disclaimer"><strong>Disclaimer said with every answer:</strong> ${textWithStatus(disclaimer, locale)}</p>
      <p class="disclaimer"><strong>Said with every Belgian answer (its article numbers are those of 1867):</strong> ${textWithStatus(articleCaveat.text, locale)}</p>
      <table>
        <thead><tr><th scope="col">Verdict</th><th scope="col">Title</th><th scope="col">Summary</th><th scope="col">Sources</th></tr></thead>
        <tbody>
          ${verdictDefinitions.map(
            (verdict) => html`<tr>
              <th scope="row"><code>${verdict.id}</code></th>
              <td>${textWithStatus(verdict.title, locale)}</td>
              <td>${textWithStatus(verdict.summary, locale)}</td>
              <td>${sourceList(verdict.sources)}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  },
};
