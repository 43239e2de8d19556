import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'ui',
      environment: 'jsdom',
      setupFiles: ['./vitest.setup.ts'],
      // Stories run in real Chromium in the `storybook` project; here only the `*.test.*` files.
      include: ['src/**/*.test.{ts,tsx}'],
    },
  }),
);
