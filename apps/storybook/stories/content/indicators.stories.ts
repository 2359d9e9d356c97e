// Content review: every indicator of @mh/indicators by group, with its source and translation
// status, the next steps per level and region, and which ticks lead to which situation in the
// secrecy answer, so a content owner can check them.
import { localize, regionOfRef, regions, type Region } from '@mh/core';
import { assessSignals, disclosureInputFor, indicators, indicatorsByGroup, levels, levelDefinitions, stepsFor, traffickingDefinition, type AssessInput } from '@mh/indicators';
import { decideDisclosure } from '@mh/legal-secrecy';
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
    // The definition the check shows above the signals: in Belgium and, with its Dutch wording, in the Netherlands.
    return html`<h2>What trafficking is, as the check says it first</h2>
      <p>Belgium: ${textWithStatus(traffickingDefinition.text, locale)}</p>
      <p>The Netherlands: ${localize(traffickingDefinition.text, locale, { region: 'NL' }).text}</p>
      <p><small>${citation(traffickingDefinition.source)}</small></p>
      ${indicatorsByGroup().map(
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
                    <br />Applies in <code>${step.regions.join(', ')}</code>, because its sources speak for
                    ${step.sources.map((ref, index) => html`${index ? ', ' : ''}<code>${regionOfRef(ref) ?? 'no region recorded'}</code> (${ref.source})`)}
                    <br /><small>${step.sources.map((ref, index) => html`${index ? '; ' : ''}${citation(ref)}`)}</small></li>`,
                )}</ol></td>
              </tr>`,
            )}
          </tbody>
        </table>`;
    })}`;
  },
};

// The situation disclosureInputFor passes to decideDisclosure, in words.
const situationWords: Readonly<Record<string, string>> = {
  minorExploitedSexually: 'indications that a minor is sexually exploited',
  minorTrafficked: 'indications that a minor is trafficked',
  seriousDanger: 'serious danger',
  suspicionOfAbuseOrExploitation: 'a suspicion (the meldcode applies)',
  acuteOrStructuralUnsafety: 'acute or structural unsafety',
};

const acuteWords = (input: AssessInput) => (input.acuteDanger === undefined ? 'not answered' : input.acuteDanger ? 'yes' : 'no');

export const TicksToSecrecy: StoryObj = {
  name: 'From ticks to the secrecy answer',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    const sexual = indicators.find((indicator) => indicator.group === 'exploitation' && (indicator.forms as readonly string[]).includes('sexual'));
    const cases: { readonly label: string; readonly input: Omit<AssessInput, 'region'> }[] = [
      { label: 'nothing ticked', input: { indicators: [], acuteDanger: false } },
      ...indicators.map((indicator) => ({ label: indicator.id, input: { indicators: [indicator.id] } })),
      { label: 'often-tired + runs-away', input: { indicators: ['often-tired', 'runs-away'], acuteDanger: false } },
      { label: 'nothing ticked, danger', input: { indicators: [], acuteDanger: true } },
      ...(sexual ? [{ label: `${sexual.id}, danger`, input: { indicators: [sexual.id], acuteDanger: true } }] : []),
    ];
    const countries: readonly { readonly name: string; readonly region: Region }[] = [
      { name: 'Belgium (BE-VLG, BE-BRU and BE-WAL alike)', region: 'BE-VLG' },
      { name: 'The Netherlands', region: 'NL' },
    ];
    return html`
      <h2>From ticks to the secrecy answer</h2>
      <p>
        What <code>&lt;mh-signal-check&gt;</code> passes to the law: <code>disclosureInputFor</code> (in <code>@mh/indicators</code>) turns the ticks and the
        answer to “is the young person in danger now?” into the situation <code>decideDisclosure</code> (in <code>@mh/legal-secrecy</code>) asks about.
        Belgium: a sign of the fiche’s third group (the exploitation itself) is an indication of sexual exploitation (seed 000: “aanwijzingen … seksuele
        uitbuiting”) or of trafficking (labour exploitation, seed 002 §2); several signs together are indications of trafficking (seed 002 §4.1: the fear
        is then real); danger is the serious danger of art. 422bis. Whether you can protect the young person yourself is not asked by the check. The
        Netherlands: any sign or danger is a suspicion (seed 004, barrier 1: a gut feeling is enough); danger is acute unsafety (afwegingskader,
        PUBLIC-FACTS §6). Every row below is computed by the functions themselves.
      </p>
      ${countries.map(
        ({ name, region }) => html`
          <h3>${name}</h3>
          <table>
            <thead>
              <tr><th scope="col">Ticked</th><th scope="col">In danger now?</th><th scope="col">Level</th><th scope="col">Situation for the law</th><th scope="col">Secrecy answer</th><th scope="col">Provisions</th></tr>
            </thead>
            <tbody>
              ${cases.map(({ label, input }) => {
                const result = assessSignals({ ...input, region });
                const situation = disclosureInputFor(result);
                const answer = situation && decideDisclosure(situation);
                const words = situation ? Object.keys(situation.situation).map((key) => situationWords[key] ?? key) : [];
                return html`<tr>
                  <th scope="row"><code>${label}</code></th>
                  <td>${acuteWords(input)}${result.askAcute ? ' (the check asks it)' : ''}</td>
                  <td>${result.level}</td>
                  <td>${situation ? words.join('; ') || 'no ground the law names (no danger, no indication of exploitation)' : '— (nothing to weigh: no answer shown)'}</td>
                  <td>${answer ? html`<code>${answer.verdict}</code><br />${localize(answer.definition.title, locale).text}` : '—'}</td>
                  <td>${answer ? html`<code>${answer.provisions.join(', ')}</code>` : '—'}</td>
                </tr>`;
              })}
            </tbody>
          </table>`,
      )}
    `;
  },
};
