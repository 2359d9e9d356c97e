// Shared pieces of the content review pages: a text in the chosen language with its
// translation status, and a citation a content owner can look up.
import { getSource, localize, type LocalizedText, type SourceRef } from '@mh/core';
import { css, html, type TemplateResult } from 'lit';

export function textWithStatus(text: LocalizedText, locale: string): TemplateResult {
  const shown = localize(text, locale);
  const status = shown.fallback ? `no ${locale} yet: showing nl` : shown.status === 'source' ? 'nl source' : `${shown.status} translation`;
  return html`<span lang=${shown.locale}>${shown.text}</span> <span class="status status-${shown.fallback ? 'missing' : shown.status}">${status}</span>`;
}

export function citation(ref: SourceRef): TemplateResult {
  const source = getSource(ref.source);
  const where = source.kind === 'seed' ? source.file : html`<a href=${source.url}>${source.url}</a>, consulted ${source.consulted}`;
  return html`<cite>${source.title}</cite>, ${ref.section}${ref.page ? `, p. ${ref.page}` : ''} <small>(${where})</small>`;
}

export const reviewStyles = css`
  :host,
  .review {
    font: 1rem/1.5 system-ui, sans-serif;
    color: #1b1b1b;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  th,
  td {
    border: 1px solid #8a8a8a;
    padding: 0.5rem;
    text-align: start;
    vertical-align: top;
  }
  .status {
    display: inline-block;
    border: 1px solid currentColor;
    border-radius: 0.25rem;
    padding: 0 0.25rem;
    font-size: 0.8125rem;
  }
  .status-draft { color: #8a4b00; }
  .status-reviewed, .status-source { color: #1e5c2e; }
  .status-missing { color: #a4001c; }
`;
