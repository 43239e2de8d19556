import { defineConfig, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

/** `pnpm bench`: measurements, not tests; they print figures and never fail on a time. */
export default mergeConfig(
  sourceConditions,
  defineConfig({
    test: {
      name: 'react-bench',
      environment: 'jsdom',
      include: ['bench/**/*.bench.tsx'],
      testTimeout: 120_000,
    },
  }),
);
