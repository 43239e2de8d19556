import { defineProject } from 'vitest/config';

/**
 * The components inside a hostile host page, in real Chromium: a host stylesheet that reshapes
 * everything it inherits to, and forced colours (Windows High Contrast). Like the `csp` project,
 * the test builds its own fixture with Vite.
 */
export default defineProject({
  test: {
    name: 'host',
    environment: 'node',
    include: ['test/host/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
