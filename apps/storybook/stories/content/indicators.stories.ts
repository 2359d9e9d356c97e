// Content review: every indicator of @mh/indicators by group, with its source and translation
// status, and the next steps per level and region, so a content owner can check them.
import { localize, regions } from '@mh/core';
import { indicatorsByGroup, levels, levelDefinitions, stepsFor } from '@mh/indicators';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { citation, reviewStyles, textWithStatus } from './review.js';

const meta: Meta = {
  title: 'Content/Indicators',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

export const ByGroup: StoryObj = {
  name: 'Indicators by group',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`${indicatorsByGroup().map(
      ({ group, indicators }) => html`
        <h2>${localize(group.name, locale).text}</h2>
        <table>
          <thead><tr><th scope="col">Indicator</th><th scope="col">What it can look like</th><th scope="col">Forms</th><th scope="col">Source</th></tr></thead>
          <tbody>
            ${indicators.map(
              (indicator) => html`<tr>
                <td><code>${indicator.id}</code><br />${textWithStatus(indicator.text, locale)}${'note' in indicator ? html`<p>${textWithStatus(indicator.note.text, locale)}<br /><small>${citation(indicator.note.source)}</small></p>` : ''}</td>
                <td>${indicator.looksLike.map((example) => html`<p>${textWithStatus(example.text, locale)}<br /><small>${citation(example.source)}</small></p>`)}</td>
                <td>${indicator.forms.join(', ') || '—'}</td>
                <td>${citation(indicator.source)}</td>
              </tr>`,
            )}
          </tbody>
        </table>`,
    )}`;
  },
};

export const NextSteps: StoryObj = {
  name: 'Next steps per level and region',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`${levels.map((level) => {
      const definition = levelDefinitions.find((entry) => entry.id === level);
      return html`
        <h2>${definition ? textWithStatus(definition.title, locale) : level}</h2>
        ${definition ? html`<p>${textWithStatus(definition.summary, locale)}</p>` : ''}
        <table>
          <thead><tr><th scope="col">Region</th><th scope="col">Steps, in order</th></tr></thead>
          <tbody>
            ${regions.map(
              (region) => html`<tr>
                <th scope="row">${region}</th>
                <td><ol>${stepsFor(level, region).map(
                  (step) => html`<li>${textWithStatus(step.title, locale)}
                    ${step.detail ? html`<br />${textWithStatus(step.detail, locale)}` : ''}
                    ${step.contacts.length ? html`<br />Contacts: <code>${step.contacts.join(', ')}</code>` : ''}
                    ${step.provisions.length ? html`<br />Provisions: <code>${step.provisions.join(', ')}</code>` : ''}
                    <br /><small>${step.sources.map((ref, index) => html`${index ? '; ' : ''}${citation(ref)}`)}</small></li>`,
                )}</ol></td>
              </tr>`,
            )}
          </tbody>
        </table>`;
    })}`;
  },
};
