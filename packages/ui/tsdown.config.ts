import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { defineConfig } from 'tsdown';

// Relative imports only: a package's stylesheet (the font) stays an `@import` the partner's bundler resolves.
const IMPORT = /^@import\s+"(\.{1,2}\/[^"]+)";\s*$/gm;

/** Inlines the `@import`s of our own stylesheets, so partners import one file for the whole kit. */
async function inlineImports(file: string): Promise<string> {
  const css = await readFile(file, 'utf8');
  const parts: string[] = [];
  let last = 0;
  for (const match of css.matchAll(IMPORT)) {
    parts.push(css.slice(last, match.index));
    parts.push(await inlineImports(path.resolve(path.dirname(file), match[1] as string)));
    last = match.index + match[0].length;
  }
  parts.push(css.slice(last));
  return parts.join('');
}

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  dts: true,
  platform: 'neutral',
  // One file per module, as the sources are: an app's bundler then leaves out whole modules it does
  // not use, and what a component loads on demand (the dialogs, the QR code, the English copy)
  // stays in its own chunk instead of joining the entry.
  unbundle: true,
  clean: true,
  // `@dinie-embed/ui/styles.css` is one file: tokens, building blocks, then each component.
  onSuccess: async () => {
    await mkdir('dist', { recursive: true });
    await writeFile('dist/styles.css', await inlineImports('src/styles/index.css'));
  },
});
