// Styles of <mh-role-tips>, in a cascade layer so a site's own ::part rules always win.
import { css } from 'lit';

export const roleTipsStyles = css`
  @layer mh {
    :host {
      display: block;
      font: inherit;
      color: var(--mh-role-tips-color, var(--mh-color-text, inherit));
    }
    :host([hidden]) {
      display: none;
    }
    .container {
      box-sizing: border-box;
      max-inline-size: 100%;
      padding: var(--mh-role-tips-padding, var(--mh-space, 1rem));
      border: 1px solid var(--mh-role-tips-border-color, var(--mh-color-border, #6b6b6b));
      border-inline-start: 0.375rem solid var(--mh-role-tips-accent, var(--mh-color-accent, #1d4f91));
      border-radius: var(--mh-role-tips-radius, var(--mh-radius, 0.375rem));
      background: var(--mh-role-tips-background, var(--mh-color-surface, #ffffff));
      overflow-wrap: break-word;
    }
    .name {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }
    .section-heading {
      margin: 1.25em 0 0;
      font-size: 1.0625em;
      font-weight: 700;
      line-height: 1.3;
    }
    p,
    ul,
    ol {
      margin: 0.5em 0 0;
    }
    ul,
    ol {
      padding-inline-start: 1.25em;
    }
    li + li {
      margin-block-start: 0.5em;
    }
    .source {
      display: block;
      font-size: 0.875em;
      color: var(--mh-role-tips-muted, var(--mh-color-muted, #4a4a4a));
    }
    .note {
      font-size: 0.9375em;
      font-style: italic;
    }
    .elsewhere {
      margin-block-start: 1em;
      padding-inline-start: 0.75em;
      border-inline-start: 3px dashed var(--mh-role-tips-border-color, var(--mh-color-border, #6b6b6b));
    }
    .picker {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: center;
    }
    label {
      font-weight: 700;
    }
    select {
      font: inherit;
      max-inline-size: 100%;
      min-block-size: 2.75rem;
      padding: 0.25em 0.5em;
      border: 1px solid var(--mh-role-tips-border-color, var(--mh-color-border, #6b6b6b));
      border-radius: 0.25em;
      background: var(--mh-role-tips-background, var(--mh-color-surface, #ffffff));
      color: inherit;
    }
    details {
      margin-block-start: 0.5em;
      border-block-start: 1px solid var(--mh-role-tips-border-color, var(--mh-color-border, #6b6b6b));
      padding-block-start: 0.5em;
    }
    summary {
      cursor: pointer;
      font-weight: 700;
      min-block-size: 1.5rem;
    }
    select:focus-visible,
    summary:focus-visible {
      outline: 3px solid var(--mh-color-focus, #0b0c0c);
      outline-offset: 2px;
    }
    .message {
      padding: var(--mh-space, 1rem);
      border: 1px dashed var(--mh-color-border, #6b6b6b);
      border-radius: var(--mh-radius, 0.375rem);
    }
    @media (forced-colors: active) {
      .container,
      select {
        border-color: CanvasText;
      }
    }
  }
`;
