import { defineConfig } from 'vitest/config';

/** Root Vitest config: every package is a project with its own environment. */
export default defineConfig({
  test: {
    projects: ['packages/*'],
  },
});
