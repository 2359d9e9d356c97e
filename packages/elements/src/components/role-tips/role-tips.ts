// <mh-role-tips>: what a teacher, a GP, a youth worker … can do, in their region, from
// @mh/role-tips. The content is chosen by guidanceFor (a pure function of that package); this
// element renders it and wires the role picker.
import { getSource, localize, parseRegion, type LocalizedText, type Locale, type Region, type SourceRef } from '@mh/core';
import { guidanceFor, isRoleId, roles, type Guidance, type Tip } from '@mh/role-tips';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { glossed } from '../../internal/gloss.js';
import { languageOf } from '../../internal/language.js';
import { placeKeys, roleTipsKeys, roleTipsStrings, type RoleTipsText as Text } from '../../internal/role-tips-text.js';
import { fill, overridesFrom, strings } from '../../internal/strings.js';
import { warnOnce } from '../../internal/warn.js';
import { roleTipsStyles } from './role-tips.styles.js';

/** A document's title as a reader sees it: a title we describe ourselves is in [brackets] in the registry. */
const plainTitle = (title: string) => title.replace(/^\[(.*)\]$/, '$1');

/**
 * What a person in one role can do about human trafficking of a young person, where they work:
 * the role's tips whose source speaks for the region; the role's tips from elsewhere, shown as
 * that place's practice (a Dutch tip in Flanders), never as the reader's own; the five rules
 * for a conversation with a young person; and the ten barriers to signalling with their answers,
 * each behind its own native disclosure. Every item names its source. Without `reader-role`, a
 * role picker comes first; an unknown role gets a polite message, the picker and one console
 * warning.
 *
 * @tag mh-role-tips
 * @summary Shows what a person in a role can do, with the sources.
 *
 * @attr reader-role - The reader's role: `teacher`, `gp`, `youth-worker`, `police`, `social-worker`, `mayor`, `parent-or-friend` … (not `role`: that is the ARIA attribute).
 * @attr region - `BE` (default), `BE-VLG`, `BE-BRU`, `BE-WAL` or `NL`: which tips apply where the reader works.
 * @attr heading-level - The level of the element's main heading (2–5, default 2); its sections are one level below.
 * @attr for - The `id` of an `<mh-signal-check reader-role>` on the page whose result should link here (give this element an `id` too). Only read by the check.
 * @attr lang - The language (nl, fr, en; `nl-BE` → nl); else the nearest ancestor's `lang`.
 *
 * @csspart container - The whole element.
 * @csspart heading - The main heading (the role and "what you can do").
 * @csspart picker - The role picker (label and select).
 * @csspart message - The message about an unknown role or region.
 * @csspart tips - Each list of tips.
 * @csspart tip - Each tip.
 * @csspart source - Each "Source: …" line.
 * @csspart elsewhere - The tips from another region's practice, with their note.
 * @csspart rules - The five conversation rules.
 * @csspart barriers - The ten barriers.
 * @csspart barrier - Each barrier (a `<details>`).
 *
 * @cssprop --mh-role-tips-accent - The accent stripe (falls back to `--mh-color-accent`).
 * @cssprop --mh-role-tips-background - The background (falls back to `--mh-color-surface`).
 * @cssprop --mh-role-tips-border-color - The borders (falls back to `--mh-color-border`).
 * @cssprop --mh-role-tips-radius - The corner radius (falls back to `--mh-radius`).
 * @cssprop --mh-role-tips-link - Link colour (falls back to `--mh-color-link`).
 */
export class RoleTips extends LitElement {
  static override styles = roleTipsStyles;

  static override properties = {
    readerRole: { type: String, attribute: 'reader-role', reflect: true },
    region: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    declaredLang: { type: String, attribute: 'lang' },
    strings: { attribute: false },
    chosen: { state: true },
  };

  /** The reader's role id, as the page set it. */
  readerRole: string | null = null;
  region: string | null = null;
  headingLevel = 2;
  /** Mirrors the `lang` attribute, so a change re-renders. */
  declaredLang: string | null = null;
  /** Per-instance overrides of any visible string (also as `data-i18n-<key>` attributes). */
  strings: Partial<Text> = {};
  /** The role picked in the element's own picker. */
  private chosen: string | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('readerRole')) {
      this.chosen = null;
      if (this.readerRole && !isRoleId(this.readerRole)) {
        warnOnce(`reader-role:${this.readerRole}`, `<mh-role-tips>: unknown reader-role "${this.readerRole}". Use one of: ${roles.map((role) => role.id).join(', ')}.`);
      }
    }
    if (changed.has('region') && this.region !== null && !parseRegion(this.region)) {
      warnOnce(`region:${this.region}`, `<mh-role-tips>: unknown region "${this.region}"; use BE, BE-VLG, BE-BRU, BE-WAL or NL. Showing the tips for BE.`);
    }
  }

  private get effectiveRegion(): Region {
    return parseRegion(this.region) ?? 'BE';
  }

  override render(): TemplateResult {
    const { locale } = languageOf(this);
    const text: Text = { ...strings[locale], ...roleTipsStrings[locale], ...overridesFrom(this), ...overridesFrom(this, roleTipsKeys), ...this.strings };
    const region = this.effectiveRegion;
    const givenRole = this.readerRole && isRoleId(this.readerRole) ? this.readerRole : null;
    const role = this.chosen ?? givenRole;
    const level = Math.min(5, Math.max(2, Math.trunc(this.headingLevel) || 2));
    const guidance = role ? guidanceFor({ role, region }) : undefined;
    const t = (value: LocalizedText) => localize(value, locale, { region }).text;
    // The element is one view: an abbreviation is written out at its first use in it (the OCJ in
    // "Consulent van het OCJ of de SDJ" is written out in the heading).
    const seen = new Set<string>();
    return html`
      <section class="container" part="container" aria-labelledby="heading">
        <div class="name" part="heading" id="heading" role="heading" aria-level=${level}>
          ${guidance ? glossed(fill(text.roleHeading, { role: t(guidance.role.name) }), locale, seen) : text.pickRoleHeading}
        </div>
        ${this.region !== null && !parseRegion(this.region)
          ? html`<p class="message" part="message" role="status">${fill(text.unknownRegionTips, { region: this.region })}</p>`
          : nothing}
        ${this.readerRole && !givenRole ? html`<p class="message" part="message" role="status">${fill(text.unknownRole, { role: this.readerRole })}</p>` : nothing}
        ${givenRole ? nothing : this.renderPicker(role, locale, text)}
        ${guidance ? this.renderGuidance(guidance, level, locale, text, seen) : nothing}
      </section>
    `;
  }

  private renderPicker(role: string | null, locale: Locale, text: Text): TemplateResult {
    const t = (value: LocalizedText) => localize(value, locale, { region: this.effectiveRegion }).text;
    return html`
      <p class="picker" part="picker">
        <label for="role">${text.roleLabel}</label>
        <select id="role" @change=${(event: Event) => (this.chosen = (event.target as HTMLSelectElement).value || null)}>
          <option value="" ?selected=${role === null}>${text.chooseRole}</option>
          ${roles.map((candidate) => html`<option value=${candidate.id} ?selected=${candidate.id === role}>${t(candidate.name)}</option>`)}
        </select>
      </p>
    `;
  }

  private renderGuidance(guidance: Guidance, level: number, locale: Locale, text: Text, seen: Set<string>): TemplateResult {
    const region = guidance.region;
    const t = (value: LocalizedText) => localize(value, locale, { region }).text;
    const place = (where: Region) => text[placeKeys[where]];
    const sub = Math.min(6, level + 1);
    return html`
      ${guidance.tips.length
        ? this.renderTips(guidance.tips, locale, text, seen)
        : html`<p>${fill(text.noTipsHere, { place: place(region) })}</p>`}
      ${guidance.elsewhere.map(
        (group) => html`
          <section class="elsewhere" part="elsewhere" aria-labelledby="elsewhere-${group.region}">
            <div class="section-heading" id="elsewhere-${group.region}" role="heading" aria-level=${sub}>${fill(text.practiceElsewhere, { place: place(group.region) })}</div>
            <p class="note">${fill(text.practiceElsewhereNote, { place: place(group.region) })}</p>
            ${this.renderTips(group.tips, locale, text, seen)}
          </section>
        `,
      )}
      <section class="rules" part="rules" aria-labelledby="rules">
        <div class="section-heading" id="rules" role="heading" aria-level=${sub}>${text.conversationRules}</div>
        ${guidance.conversationRules.from ? html`<p class="note">${fill(text.listFrom, { place: place(guidance.conversationRules.from) })}</p>` : nothing}
        <ol>
          ${guidance.conversationRules.items.map((rule) => html`<li>${glossed(t(rule.text), locale, seen)}</li>`)}
        </ol>
        ${this.renderSource(guidance.conversationRules.items[0]?.source, text, true)}
      </section>
      <section class="barriers" part="barriers" aria-labelledby="barriers">
        <div class="section-heading" id="barriers" role="heading" aria-level=${sub}>${text.barriers}</div>
        ${guidance.barriers.from ? html`<p class="note">${fill(text.listFrom, { place: place(guidance.barriers.from) })}</p>` : nothing}
        ${guidance.barriers.items.map(
          (barrier) => html`
            <details part="barrier">
              <summary>${t(barrier.doubt)}</summary>
              <p>${glossed(t(barrier.answer), locale, seen)}</p>
              ${this.renderSource(barrier.source, text)}
            </details>
          `,
        )}
      </section>
    `;
  }

  private renderTips(tips: readonly Tip[], locale: Locale, text: Text, seen: Set<string>): TemplateResult {
    const t = (value: LocalizedText) => localize(value, locale, { region: this.effectiveRegion }).text;
    return html`
      <ul class="tips" part="tips">
        ${tips.map((tip) => html`<li part="tip">${glossed(t(tip.text), locale, seen)} ${this.renderSource(tip.source, text)}</li>`)}
      </ul>
    `;
  }

  /** "Source: De reis van Kelly, Vladimir of Michael, Docent"; a list cites its document only. */
  private renderSource(ref: SourceRef | undefined, text: Text, documentOnly = false): TemplateResult | typeof nothing {
    if (!ref) return nothing;
    const source = getSource(ref.source);
    const title = plainTitle(source.title);
    const section = documentOnly ? '' : plainTitle(ref.section);
    return html`<small class="source" part="source">${fill(text.sourceLabel, { source: section ? `${title}, ${section}` : title })}</small>`;
  }
}
