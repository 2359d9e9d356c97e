// Content review: how far the fr and en texts of each package got (issue 26, part 2): draft,
// checked against the nl source (by whom or what, and when), or reviewed by a native speaker.
import { translationStatuses, type TranslationStatus } from '@mh/core';
import { collectLocalizedTexts } from '@mh/core/schema';
import { dataFile as contacts } from '@mh/contacts';
import { dataFile as indicators } from '@mh/indicators';
import { dataFile as legalSecrecy } from '@mh/legal-secrecy';
import { dataFile as roleTips } from '@mh/role-tips';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, unsafeCSS } from 'lit';
import { reviewStyles } from './review.js';

const meta: Meta = {
  title: 'Content/Translation status',
  decorators: [(story) => html`<style>${unsafeCSS(reviewStyles)}</style><div class="review">${story()}</div>`],
};
export default meta;

const packages = { '@mh/indicators': indicators, '@mh/legal-secrecy': legalSecrecy, '@mh/contacts': contacts, '@mh/role-tips': roleTips } as const;

interface Counts {
  readonly byStatus: Record<TranslationStatus, number>;
  readonly by: ReadonlySet<string>;
}

function counts(data: unknown, locale: 'fr' | 'en'): Counts {
  const byStatus = Object.fromEntries(translationStatuses.map((status) => [status, 0])) as Record<TranslationStatus, number>;
  const by = new Set<string>();
  for (const { value } of collectLocalizedTexts(data)) {
    const translation = value[locale];
    if (!translation) continue;
    byStatus[translation.status] += 1;
    if (translation.reviewedBy) by.add(`${translation.reviewedBy} (${translation.reviewedOn})`);
  }
  return { byStatus, by };
}

export const PerPackage: StoryObj = {
  name: 'Translation status per package',
  render: () => html`
    <p>
      <strong>draft</strong>: nobody has read it against the nl source yet. <strong>checked</strong>: read against the nl
      source for meaning, the terms per region and the known error classes; a person who writes the language natively
      still reviews it. <strong>reviewed</strong>: such a person has.
    </p>
    <table>
      <thead>
        <tr><th scope="col">Package</th><th scope="col">Language</th>${translationStatuses.map((status) => html`<th scope="col">${status}</th>`)}<th scope="col">Checked or reviewed by</th></tr>
      </thead>
      <tbody>
        ${Object.entries(packages).flatMap(([name, data]) =>
          (['fr', 'en'] as const).map((locale) => {
            const { byStatus, by } = counts(data, locale);
            return html`<tr>
              <th scope="row">${name}</th>
              <td>${locale}</td>
              ${translationStatuses.map((status) => html`<td>${byStatus[status]}</td>`)}
              <td>${by.size ? [...by].join('; ') : '—'}</td>
            </tr>`;
          }),
        )}
      </tbody>
    </table>`,
};
