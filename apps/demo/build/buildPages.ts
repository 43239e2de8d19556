import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Builds the demo's pages, as `pnpm demo` does, into `outDir` (e.g. a test's or a benchmark's own copy). */
export async function buildPages(outDir: string): Promise<void> {
  await build({
    configFile: path.join(appDir, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}
