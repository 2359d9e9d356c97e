// Storybook for mh: component stories live beside each component, content review stories here.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../../../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  // The screenshots of the CMS guide (packages/elements/docs/cms.md), where its <img> look.
  staticDirs: [{ from: '../../../packages/elements/docs/img', to: '/img' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Content owners get our introduction, not Storybook's own "Get started" checklist.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
};

export default config;
