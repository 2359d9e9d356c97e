// The locale toolbar: every story reads `globals.locale` and renders in that language.
import type { Preview } from '@storybook/web-components-vite';

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
  },
  initialGlobals: { locale: 'nl' },
  parameters: { layout: 'padded' },
};

export default preview;
