import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dirname = path.dirname(fileURLToPath(import.meta.url));
const web = path.join(dirname, 'web');

/** The partner's pages: home (sign-in), the React integration, and the script-tag embed. */
export default defineConfig({
  root: web,
  plugins: [react()],
  resolve: { conditions: ['@dinie-embed/source', 'module', 'browser', 'development|production'] },
  build: {
    outDir: path.join(dirname, 'dist/web'),
    emptyOutDir: true,
    // Everything as files: the pages run under `script-src 'self'; style-src 'self'`.
    assetsInlineLimit: 0,
    rollupOptions: {
      input: {
        home: path.join(web, 'index.html'),
        react: path.join(web, 'react.html'),
        embed: path.join(web, 'embed.html'),
      },
    },
  },
});
