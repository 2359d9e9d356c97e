// The toolbars: every story reads `globals.locale` and renders in that language; the theme
// toolbar wraps it in a class that sets the elements' custom properties and ::part rules.
import manifest from '@mh/elements/custom-elements.json';
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import './themes.css';

// Controls and docs come from the manifest the elements' build generates from their JSDoc.
setCustomElementsManifest(manifest);

const preview: Preview = {
  globalTypes: {
    locale: {
      description: 'Language of the content',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'nl', title: 'Nederlands' },
          { value: 'fr', title: 'Français' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'How a site themes the elements',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'high-contrast', title: 'High contrast' },
          { value: 'municipality', title: 'Municipality (custom properties and ::part)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'nl', theme: 'default' },
  decorators: [(story, { globals }) => html`<div class="mh-theme-${String(globals.theme ?? 'default')}">${story()}</div>`],
  // Storybook opens on the first entry: our introduction, then the elements, content and guides.
  parameters: { layout: 'padded', options: { storySort: { order: ['Introduction', 'Elements', 'Content', 'Guides'] } } },
};

export default preview;
