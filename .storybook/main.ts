import type { StorybookConfig } from '@storybook/react-vite';

/** Storybook for every UI package: stories live beside their components. */
const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@dinie-embed/source', 'module', 'browser', 'development|production'],
    },
  }),
};

export default config;
