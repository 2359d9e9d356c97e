// Styles of <mh-signal-check>, in a cascade layer so a site's own ::part rules always win.
import { css } from 'lit';

export const signalCheckStyles = css`
  @layer mh {
    :host {
      display: block;
      font: inherit;
      line-height: 1.5;
      color: var(--mh-signal-check-color, var(--mh-color-text, inherit));
      --_accent: var(--mh-signal-check-accent, var(--mh-color-accent, #1d4f91));
      --_focus: var(--mh-color-focus, #0b0c0c);
      --_radius: var(--mh-signal-check-radius, var(--mh-radius, 0.375rem));
      --_space: var(--mh-signal-check-space, var(--mh-space, 1rem));
    }
    :host([hidden]) {
      display: none;
    }
    .check {
      box-sizing: border-box;
      max-inline-size: 100%;
      padding: var(--_space);
      border: 1px solid var(--mh-signal-check-border-color, var(--mh-color-border, #6b6b6b));
      border-radius: var(--_radius);
      background: var(--mh-signal-check-background, var(--mh-color-surface, #ffffff));
      overflow-wrap: break-word;
    }
    .heading {
      margin: 0 0 0.5em;
      font-size: var(--mh-signal-check-heading-size, 1.375em);
      font-weight: 700;
      line-height: 1.25;
    }
    p {
      margin: 0 0 0.75em;
    }
    .privacy {
      padding-inline-start: 0.75em;
      border-inline-start: 0.25em solid var(--_accent);
    }
    fieldset {
      margin: 0 0 var(--_space);
      padding: 0.5em 0.75em 0.75em;
      border: 1px solid var(--mh-color-border, #6b6b6b);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    legend {
      padding: 0 0.25em;
      font-weight: 700;
    }
    .option {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.5em;
      align-items: start;
      margin-block: 0.5em;
    }
    .option input {
      inline-size: 1.25em;
      block-size: 1.25em;
      margin: 0.125em 0 0;
      accent-color: var(--_accent);
    }
    .looks-like {
      grid-column: 2;
      margin: 0.125em 0 0;
      font-size: 0.9375em;
      color: var(--mh-signal-check-muted, var(--mh-color-muted, #4a4a4a));
    }
    .answers {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 1.5em;
    }
    button {
      font: inherit;
      min-block-size: 2.75em;
      padding: 0.5em 1em;
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      background: var(--_accent);
      color: var(--mh-signal-check-on-accent, var(--mh-color-on-accent, #ffffff));
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: var(--_accent);
    }
    a {
      color: var(--mh-signal-check-link, var(--mh-color-link, #1d4f91));
      text-underline-offset: 0.15em;
    }
    button:focus-visible,
    input:focus-visible,
    a:focus-visible,
    [tabindex='-1']:focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    /* On its own line at the top, as GOV.UK's "Exit this page": never squeezes the title. */
    .quick-exit {
      display: block;
      margin: 0 0 0.75em auto;
      background: var(--mh-signal-check-exit, var(--mh-color-exit, #a4001c));
      border-color: var(--mh-signal-check-exit, var(--mh-color-exit, #a4001c));
    }
    .hint {
      font-size: 0.875em;
    }
    .notice {
      font-size: 0.9375em;
      font-style: italic;
    }
    .definition {
      font-size: 0.9375em;
    }
    /* Asked before anything else: a sign of the exploitation itself, danger not answered. */
    .ask-acute {
      font-style: normal;
      font-weight: 700;
      padding: 0.5em 0.75em;
      border-inline-start: 0.25em solid var(--mh-signal-check-exit, var(--mh-color-exit, #a4001c));
    }
    .ask-acute button {
      display: block;
      margin-block-start: 0.5em;
    }
    /* In danger: the numbers to call, large enough to tap, right under the result's heading. */
    .call-now {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0 0 0.75em;
      padding: 0;
      list-style: none;
    }
    .call-now li {
      display: flex;
    }
    .call-now a {
      display: inline-flex;
      flex-direction: column;
      min-block-size: 2.75em;
      padding: 0.375em 1em;
      border: 2px solid var(--mh-signal-check-exit, var(--mh-color-exit, #a4001c));
      border-radius: var(--_radius);
      background: var(--mh-signal-check-exit, var(--mh-color-exit, #a4001c));
      color: var(--mh-signal-check-on-accent, var(--mh-color-on-accent, #ffffff));
      font-weight: 700;
      text-decoration: none;
    }
    .call-now .call-what {
      font-size: 0.875em;
      font-weight: 400;
    }
    .result {
      margin-block-start: var(--_space);
      padding-block-start: var(--_space);
      border-block-start: 0.25em solid var(--_accent);
    }
    .result-heading {
      font-size: 1.25em;
      font-weight: 700;
      margin: 0 0 0.5em;
    }
    .subheading {
      margin: 1em 0 0.25em;
      font-weight: 700;
    }
    ol,
    ul {
      margin: 0 0 0.75em;
      padding-inline-start: 1.5em;
    }
    li + li {
      margin-block-start: 0.5em;
    }
    .contacts {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75em;
    }
    .step-detail {
      margin: 0.25em 0 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75em;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
      .call-now a {
        border-color: LinkText;
      }
      .privacy,
      .result,
      .ask-acute {
        border-color: CanvasText;
      }
    }
    @media print {
      .quick-exit,
      .hint,
      form,
      .ask-acute button,
      .actions {
        display: none;
      }
      .check {
        border: 0;
        padding: 0;
      }
    }
  }
`;
