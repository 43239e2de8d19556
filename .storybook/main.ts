import type { StorybookConfig } from '@storybook/react-vite';

/** Storybook for every UI package: stories live beside their components. */
const config: StorybookConfig = {
  stories: ['../packages/*/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    // Pre-bundled up front: a dependency met for the first time mid-run makes Vite reload the
    // page, which fails the story file being tested.
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        // Nested ids: these are dependencies of the ui package, not of the repository root.
        '@dinie-embed/ui > @radix-ui/react-dialog',
        '@dinie-embed/ui > @radix-ui/react-label',
        '@dinie-embed/ui > @radix-ui/react-progress',
        '@dinie-embed/ui > @radix-ui/react-slot',
        '@dinie-embed/ui > @radix-ui/react-visually-hidden',
        '@dinie-embed/ui > get-nonce',
        '@dinie-embed/ui > uqr',
        '@tanstack/react-query',
        '@dinie-embed/ui > @sinonjs/fake-timers',
      ],
    },
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@dinie-embed/source', 'module', 'browser', 'development|production'],
    },
  }),
};

export default config;
