// Content review: how easy each Dutch text is to read (issue 26, part 3). CONTENT.md promises B1;
// the content tests hold each package to a Flesch-Douma median of 60 or more with at most 5 % of
// its texts below 30. Here a content owner sees every text's score, hardest first, beside its
// fr and en and their translation status.
import { plainLanguage, readabilityOf, summarizeReadability, type TextReadability } from '@mh/core/schema';
import { dataFile as contacts } from '@mh/contacts';
import { dataFile as indicators } from '@mh/indicators';
import { dataFile as legalSecrecy } from '@mh/legal-secrecy';
import { dataFile as roleTips } from '@mh/role-tips';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { reviewStyles, textWithStatus } from './review.js';

const meta: Meta = {
  title: 'Content/Readability',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

const packages = { '@mh/indicators': indicators, '@mh/legal-secrecy': legalSecrecy, '@mh/contacts': contacts, '@mh/role-tips': roleTips } as const;
type PackageName = keyof typeof packages;

const level = (score: number) => (score < plainLanguage.hard ? 'very hard' : score < plainLanguage.median ? 'fairly hard' : 'plain');

const howItIsMeasured = html`
  <p>
    Flesch-Douma, the Dutch reading-ease score: 206.835 − 0.93 × words per sentence − 77 × syllables per word. Higher is
    easier; ${plainLanguage.median} or more is about B1, the level CONTENT.md promises; below ${plainLanguage.hard} is the
    level of a law text. Every Dutch text of ${plainLanguage.minWords} words or more is measured, each once. Names,
    abbreviations, numbers and article references are left out of the syllable count. Each package needs a median of
    ${plainLanguage.median} or more, and at most ${plainLanguage.maxHardShare * 100} % of its texts below
    ${plainLanguage.hard}. To raise a score: shorter sentences, shorter words; keep every fact and its citation.
  </p>`;

export const PerPackage: StoryObj = {
  name: 'Readability per package',
  render: () => html`
    ${howItIsMeasured}
    <table>
      <thead>
        <tr><th scope="col">Package</th><th scope="col">Texts measured</th><th scope="col">Median</th><th scope="col">Below ${plainLanguage.hard}</th><th scope="col">Allowed below ${plainLanguage.hard}</th></tr>
      </thead>
      <tbody>
        ${Object.entries(packages).map(([name, data]) => {
          const summary = summarizeReadability(readabilityOf(data));
          return html`<tr><th scope="row">${name}</th><td>${summary.texts}</td><td>${summary.median}</td><td>${summary.hard.length}</td><td>${summary.hardAllowed}</td></tr>`;
        })}
      </tbody>
    </table>`,
};

function texts(name: PackageName): StoryObj {
  return {
    name: `${name}: every text, hardest first`,
    render: () => {
      const rows: readonly TextReadability[] = [...readabilityOf(packages[name])].sort((a, b) => a.score - b.score);
      return html`
        ${howItIsMeasured}
        <table>
          <caption>${name}: ${rows.length} Dutch texts, hardest first</caption>
          <thead>
            <tr><th scope="col">Score</th><th scope="col">Dutch (source)</th><th scope="col">French</th><th scope="col">English</th><th scope="col">Where</th></tr>
          </thead>
          <tbody>
            ${rows.map(
              (row) => html`<tr>
                <td>${row.score} <span class="status">${level(row.score)}</span><br /><small>${row.words} words, ${row.sentences} ${row.sentences === 1 ? 'sentence' : 'sentences'}</small></td>
                <td lang="nl">${row.text}</td>
                <td>${textWithStatus(row.localized, 'fr')}</td>
                <td>${textWithStatus(row.localized, 'en')}</td>
                <td><code>${row.path}</code></td>
              </tr>`,
            )}
          </tbody>
        </table>`;
    },
  };
}

export const Indicators = texts('@mh/indicators');
export const LegalSecrecy = texts('@mh/legal-secrecy');
export const Contacts = texts('@mh/contacts');
export const RoleTips = texts('@mh/role-tips');
