import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { sourceConditions } from '../../vitest.shared.ts';

/**
 * The placeholder Vite writes as the nonce of every script and stylesheet tag, and into
 * `<meta property="csp-nonce">`. Whoever serves the page replaces it with a fresh nonce per
 * response (the proxy's `createDinieEmbedFrame` does).
 */
export const NONCE_PLACEHOLDER = 'DINIE_CSP_NONCE';

/** Where the built frame goes: inside `@dinie-embed/embed`, which publishes it as `dist/frame/`. */
export const FRAME_OUT_DIR = fileURLToPath(new URL('../../packages/embed/dist/frame', import.meta.url));

/**
 * The frame is built from the workspace's TypeScript sources, with relative asset URLs so that it
 * works under any mount path, and with nothing inline, so it runs under `script-src 'self'`.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [react()],
  resolve: sourceConditions.resolve,
  html: { cspNonce: NONCE_PLACEHOLDER },
  build: {
    outDir: FRAME_OUT_DIR,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1024,
  },
});
