import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumPath } from './scripts/chromium.ts';
import { sourceConditions } from './vitest.shared.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

/** Root Vitest config: node and jsdom projects per package, and the stories in real Chromium. */
export default defineConfig({
  test: {
    projects: [
      'packages/*',
      'packages/react/vitest.react18.config.ts',
      'packages/ui/vitest.csp.config.ts',
      'packages/ui/vitest.host.config.ts',
      'apps/demo',
      {
        ...sourceConditions,
        plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
        test: {
          name: 'storybook',
          // A story may walk a borrower through the whole journey against the in-browser sandbox.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            instances: [{ browser: 'chromium' }],
            provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
          },
        },
      },
    ],
  },
});
