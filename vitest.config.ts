import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { screenshotOptions } from './.storybook/visual/screenshotOptions.ts';
import { MAX_HEIGHT } from './.storybook/visual/variants.ts';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';
import { sourceConditions } from './vitest.shared.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/**
 * The stories in real Chromium, in one colour scheme: their play functions and axe checks, then a
 * screenshot of each story compared with its baseline (`.storybook/visual/`).
 */
function storybookProject(colorScheme: 'light' | 'dark'): TestProjectInlineConfiguration {
  return {
    ...sourceConditions,
    plugins: [
      storybookTest({ configDir: path.join(dirname, '.storybook'), initialGlobals: { colorScheme } }),
    ],
    test: {
      name: colorScheme === 'light' ? 'storybook' : `storybook-${colorScheme}`,
      // A string: the Storybook plugin keeps a string and drops an array.
      setupFiles: './.storybook/visual/visualSetup.ts',
      // A story may walk a borrower through the whole journey against the in-browser sandbox.
      testTimeout: 60_000,
      hookTimeout: 30_000,
      browser: {
        enabled: true,
        headless: true,
        instances: [{ browser: 'chromium' }],
        provider: playwright({
          launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
          // Room for the largest story window, so the test frame is never scaled down to fit.
          contextOptions: { viewport: { width: 1600, height: MAX_HEIGHT + 200 } },
        }),
        expect: { toMatchScreenshot: screenshotOptions },
        // The Storybook plugin turns file writes off by default; screenshots and their diffs need them.
        api: { allowWrite: true },
      },
    },
  };
}

/** Root Vitest config: node and jsdom projects per package, and the stories in real Chromium. */
export default defineConfig({
  test: {
    // A missing or different screenshot never writes a baseline: only `pnpm visual:update` does.
    update: 'none',
    reporters: ['default', './scripts/visualReview.ts'],
    projects: [
      'packages/*',
      'packages/react/vitest.react18.config.ts',
      'packages/ui/vitest.csp.config.ts',
      'packages/ui/vitest.host.config.ts',
      'apps/demo',
      storybookProject('light'),
      storybookProject('dark'),
    ],
  },
});
