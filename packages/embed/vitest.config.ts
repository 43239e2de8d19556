import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

/**
 * The script-tag embed in real Chromium: the loader as shipped (`dinie-embed.js`) on plain host
 * pages under a strict Content-Security-Policy, the frame as built by Vite and served by the
 * proxy, the proxy in front of the sandbox. The suite builds and serves all of it itself.
 */
export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'embed',
      environment: 'node',
      include: ['test/**/*.test.ts'],
      testTimeout: 60_000,
      hookTimeout: 120_000,
    },
  }),
);
