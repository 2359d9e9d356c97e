// Styles of <mh-contact-card>, in a cascade layer so a site's own ::part rules always win.
import { css } from 'lit';

export const contactCardStyles = css`
  @layer mh {
    :host {
      display: block;
      font: inherit;
      color: var(--mh-contact-card-color, var(--mh-color-text, inherit));
    }
    :host([hidden]) {
      display: none;
    }
    .card {
      box-sizing: border-box;
      max-inline-size: 100%;
      padding: var(--mh-contact-card-padding, var(--mh-space, 1rem));
      border: var(--mh-contact-card-border-width, 1px) solid var(--mh-contact-card-border-color, var(--mh-color-border, #6b6b6b));
      border-inline-start: var(--mh-contact-card-accent-width, 0.375rem) solid var(--mh-contact-card-accent, var(--mh-color-accent, #1d4f91));
      border-radius: var(--mh-contact-card-radius, var(--mh-radius, 0.375rem));
      background: var(--mh-contact-card-background, var(--mh-color-surface, #ffffff));
      overflow-wrap: break-word;
    }
    .name {
      margin: 0 0 0.25em;
      font-size: var(--mh-contact-card-name-size, 1.125em);
      font-weight: 700;
      line-height: 1.3;
    }
    p,
    ul,
    dl {
      margin: 0.5em 0 0;
    }
    ul {
      padding: 0;
      list-style: none;
    }
    li + li {
      margin-block-start: 0.25em;
    }
    .service-name {
      margin: 0.75em 0 0;
      font-weight: 700;
    }
    a {
      color: var(--mh-contact-card-link, var(--mh-color-link, #1d4f91));
      text-underline-offset: 0.15em;
    }
    a:focus-visible {
      outline: 3px solid var(--mh-color-focus, #0b0c0c);
      outline-offset: 2px;
    }
    .phone {
      font-size: 1.125em;
      font-weight: 700;
    }
    .badge {
      display: inline-block;
      margin-inline-start: 0.375em;
      padding: 0 0.375em;
      border: 1px solid currentColor;
      border-radius: 0.25em;
      font-size: 0.8125em;
      font-weight: 400;
      white-space: nowrap;
    }
    .charge,
    .status {
      display: block;
      font-size: 0.9375em;
    }
    .hours-source {
      font-size: 0.9375em;
    }
    .open {
      color: var(--mh-color-success, #1e5c2e);
    }
    .closed {
      color: var(--mh-color-warning, #8a4b00);
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0 0 0.375em;
    }
    .message {
      margin: 0;
      padding: var(--mh-space, 1rem);
      border: 1px dashed var(--mh-color-border, #6b6b6b);
      border-radius: var(--mh-radius, 0.375rem);
    }
    .compact .description,
    .compact dl {
      display: none;
    }
    @media (forced-colors: active) {
      .card {
        border-color: CanvasText;
      }
      .badge {
        border-color: CanvasText;
      }
    }
  }
`;
