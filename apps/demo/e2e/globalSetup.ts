import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPages } from '../build/buildPages.ts';

/** Where the end-to-end tests' copy of the pages is built (gitignored). */
export const E2E_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/e2e-web');

/** Vitest global setup: builds the demo's pages once for every end-to-end test. */
export default function setup(): Promise<void> {
  return buildPages(E2E_WEB_DIR);
}
