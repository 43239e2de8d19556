import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

/** Where the end-to-end tests' copy of the pages is built (gitignored). */
export const E2E_WEB_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/e2e-web');

/** Vitest global setup: builds the demo's pages once, as `pnpm demo` does, into their own folder. */
export default async function buildPages(): Promise<void> {
  await build({
    configFile: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: E2E_WEB_DIR, emptyOutDir: true },
  });
}
