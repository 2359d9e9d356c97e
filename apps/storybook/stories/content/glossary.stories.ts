// Content review: every abbreviation the texts use, what it stands for in nl, fr and en, and the
// source that says so; the capitalised names that are names, not abbreviations; and how the
// elements write an abbreviation out at its first use in a view (@mh/core glossSegments).
import { glossary, glossaryNames, glossSegments, resolveLocale, type GlossaryEntry } from '@mh/core';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { citation, reviewStyles, textWithStatus } from './review.js';

const meta: Meta = {
  title: 'Content/Glossary',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

const entries: readonly GlossaryEntry[] = glossary;
const example = 'Is er al een consulent van het OCJ of de SDJ betrokken? Vraag het OCJ om advies.';

export const Glossary: StoryObj = {
  name: 'Abbreviations and what they stand for',
  render: (_args, { globals }) => {
    const locale = String(globals.locale ?? 'nl');
    return html`
      <p>
        ${entries.length} abbreviations. The elements write each out at its first use in a view
        (“het OCJ (Ondersteuningscentrum Jeugdzorg)”) and keep it as an <code>&lt;abbr title&gt;</code> after that. A test
        fails on an abbreviation in any text that this list lacks.
      </p>
      <table>
        <thead><tr><th scope="col">Abbreviation</th><th scope="col">Stands for (${locale})</th><th scope="col">nl · fr · en</th><th scope="col">Source</th></tr></thead>
        <tbody>
          ${entries.map(
            (entry) => html`<tr>
              <th scope="row">${entry.terms.join(', ')}</th>
              <td>${textWithStatus(entry.expansion, locale)}</td>
              <td>${entry.expansion.nl} · ${entry.expansion.fr?.text ?? '—'} · ${entry.expansion.en?.text ?? '—'}</td>
              <td><small>${citation(entry.source)}</small></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2>Names, not abbreviations</h2>
      <p>Written in capitals, but the names organisations, a training, a tool and hospitals go by: ${glossaryNames.join(', ')}.</p>
      <h2>Written out at first use</h2>
      <p>The text: “${example}”</p>
      <p>As the elements show it:
        ${glossSegments(example, resolveLocale(locale).locale, new Set()).map((segment) =>
          typeof segment === 'string'
            ? segment
            : segment.first
              ? html`<abbr title=${segment.expansion}>${segment.term}</abbr> (${segment.expansion})`
              : html`<abbr title=${segment.expansion}>${segment.term}</abbr>`,
        )}
      </p>`;
  },
};
