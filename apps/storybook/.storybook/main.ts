// Storybook for mh: component stories live beside each component, content review stories here.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../../../packages/elements/src/**/*.stories.ts'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
