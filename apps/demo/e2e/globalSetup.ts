import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages } from '../build/buildPages.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const embedDist = path.resolve(here, '../../../packages/embed/dist');

/** Where the end-to-end tests' copy of the pages is built (gitignored). */
export const E2E_WEB_DIR = path.resolve(here, '../dist/e2e-web');

/**
 * Vitest global setup: builds the demo's pages once for every end-to-end test, and the script-tag
 * loader and frame when this tree has not built them yet (`scripts/check.sh` builds them before).
 */
export default async function setup(): Promise<void> {
  if (
    !existsSync(path.join(embedDist, 'dinie-embed.js')) ||
    !existsSync(path.join(embedDist, 'frame/index.html'))
  ) {
    // Vitest's NODE_ENV=test would otherwise give the frame React's development build.
    execFileSync('pnpm', ['--filter', '@dinie-embed/embed...', 'run', 'build'], {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  await buildPages(E2E_WEB_DIR);
}
