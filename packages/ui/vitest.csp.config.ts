import { defineProject } from 'vitest/config';

/**
 * The components under a strict Content-Security-Policy, in real Chromium. The test builds its
 * own fixture with Vite (and the source conditions), so the project itself needs none.
 */
export default defineProject({
  test: {
    name: 'csp',
    environment: 'node',
    include: ['test/csp/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
