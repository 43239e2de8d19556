import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

// End-to-end: the demo's real server (proxy and sandbox on ephemeral ports) and its built pages,
// driven in Debian's Chromium. A loaded 2-core CI machine needs the room.
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'demo',
      environment: 'node',
      include: ['e2e/**/*.test.ts', 'server/**/*.test.ts'],
      globalSetup: ['e2e/globalSetup.ts'],
      testTimeout: 180_000,
      hookTimeout: 120_000,
    },
  }),
);
