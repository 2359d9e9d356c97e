// Content review: every role of @mh/role-tips with its tips, the conversation rules, the tips for
// the helping relationship, the shelter phases, the ten barriers to signalling, the
// non-punishment principle and the e-learning, each with its source and translation status.
import type { SourceRef } from '@mh/core';
import {
  barriers,
  conversationRules,
  learning,
  nonPunishment,
  relationshipTips,
  roles,
  shelterIntro,
  shelterNote,
  shelterPhases,
  type ExploitationForm,
} from '@mh/role-tips';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS, type TemplateResult } from 'lit';
import { citation, reviewStyles, textWithStatus } from './review.js';

const pageStyles = `
  .role { margin-block-end: 2.5rem; }
  .facts th[scope='row'] { inline-size: 12rem; }
  ul, ol { margin-block: 0 1rem; padding-inline-start: 1.5rem; }
  li + li { margin-block-start: 0.5rem; }
  .number { font-variant-numeric: tabular-nums; }
  .barriers th:nth-child(2), .barriers td:nth-child(2) { inline-size: 28%; }
  .barriers td:nth-child(4) { inline-size: 24%; }
  .tips td:first-child { inline-size: 50%; }
`;

const meta: Meta = {
  title: 'Content/Role tips',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}${unsafeCSS(pageStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

const formLabels: Readonly<Record<ExploitationForm, string>> = { sexual: 'sexual', criminal: 'criminal', labour: 'labour' };

function forms(list: readonly ExploitationForm[]): string {
  return list.map((form) => formLabels[form]).join(', ') || '—';
}

function cite(ref: SourceRef): TemplateResult {
  return html`<small>${citation(ref)}</small>`;
}

export const Roles: StoryObj = {
  name: 'Roles and their tips',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`<p>${roles.length} roles, ${roles.reduce((sum, role) => sum + role.tips.length, 0)} tips, in the order of the data (the sources' order).</p>
      ${roles.map(
        (role) => html`<section class="role" aria-labelledby="role-${role.id}">
          <h2 id="role-${role.id}">${textWithStatus(role.name, locale)}</h2>
          <p>Id: <code>${role.id}</code>. Regions with tips: ${role.regions.join(', ') || '—'}. ${role.tips.length} tips.</p>
          <table class="tips">
            <thead><tr><th scope="col">Tip</th><th scope="col">Forms of exploitation</th><th scope="col">Regions</th><th scope="col">Source</th></tr></thead>
            <tbody>
              ${role.tips.map(
                (tip) => html`<tr>
                  <td>${textWithStatus(tip.text, locale)}<br /><small>Id: <code>${tip.id}</code></small></td>
                  <td>${forms(tip.forms)}</td>
                  <td>${tip.regions.join(', ') || '—'}</td>
                  <td>${citation(tip.source)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </section>`,
      )}`;
  },
};

export const Helping: StoryObj = {
  name: 'Conversation rules, relationship and shelter',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`
      <h2>The ${conversationRules.length} conversation rules, in order</h2>
      <ol>
        ${conversationRules.map(
          (rule) => html`<li value=${rule.number}>${textWithStatus(rule.text, locale)} <small>(Id: <code>${rule.id}</code>)</small><br />${cite(rule.source)}</li>`,
        )}
      </ol>

      <h2>Tips for the helping relationship (${relationshipTips.length})</h2>
      <ul>
        ${relationshipTips.map((tip) => html`<li>${textWithStatus(tip.text, locale)} <small>(Id: <code>${tip.id}</code>)</small><br />${cite(tip.source)}</li>`)}
      </ul>

      <h2>Specialised shelter</h2>
      <p>${textWithStatus(shelterIntro.text, locale)}<br />${cite(shelterIntro.source)}</p>
      <h3>The ${shelterPhases.length} phases, in order</h3>
      <ol>
        ${shelterPhases.map(
          (phase) => html`<li value=${phase.number}>${textWithStatus(phase.text, locale)} <small>(Id: <code>${phase.id}</code>)</small><br />${cite(phase.source)}</li>`,
        )}
      </ol>
      <h3>Who the shelters are for</h3>
      <p>${textWithStatus(shelterNote.text, locale)}<br />${cite(shelterNote.source)}</p>`;
  },
};

export const Barriers: StoryObj = {
  name: 'Barriers, non-punishment and learning',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`
      <h2>The ${barriers.length} barriers to signalling, with their answers</h2>
      <table class="barriers">
        <thead><tr><th scope="col">No.</th><th scope="col">The doubt, as the source words it</th><th scope="col">The answer</th><th scope="col">Source</th></tr></thead>
        <tbody>
          ${barriers.map(
            (barrier) => html`<tr>
              <th scope="row" class="number">${barrier.number}</th>
              <td>${textWithStatus(barrier.doubt, locale)}<br /><small>Id: <code>${barrier.id}</code></small></td>
              <td>${textWithStatus(barrier.answer, locale)}</td>
              <td>${citation(barrier.source)}</td>
            </tr>`,
          )}
        </tbody>
      </table>

      <h2>${textWithStatus(nonPunishment.name, locale)}</h2>
      <p>${textWithStatus(nonPunishment.text, locale)}</p>
      <p>Id: <code>${nonPunishment.id}</code>. Regions where the source states it: ${nonPunishment.regions.join(', ') || '—'}.<br />${cite(nonPunishment.source)}</p>

      <h2>Learning more: ${learning.name}</h2>
      <table class="facts">
        <caption>The e-learning the source points to</caption>
        <tbody>
          <tr><th scope="row">Name (not translated)</th><td>${learning.name}</td></tr>
          <tr><th scope="row">Link</th><td><a href=${learning.url}>${learning.url}</a></td></tr>
          <tr><th scope="row">Providers</th><td>${learning.providers.join(', ') || '—'}</td></tr>
          <tr><th scope="row">Free</th><td>${learning.free ? 'yes' : 'no'}</td></tr>
          <tr><th scope="row">What it is</th><td>${textWithStatus(learning.text, locale)}</td></tr>
          <tr><th scope="row">Forms of exploitation</th><td>${forms(learning.forms)}</td></tr>
          <tr><th scope="row">Regions</th><td>${learning.regions.join(', ') || '—'}</td></tr>
          <tr><th scope="row">Source</th><td>${citation(learning.source)}</td></tr>
          <tr><th scope="row">Id</th><td><code>${learning.id}</code></td></tr>
        </tbody>
      </table>`;
  },
};
