import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

/** Options of {@link startFixturePage}. */
export interface FixturePageOptions {
  /** The folder with the fixture's `index.html`. */
  root: string;
  /** Headers of every answer, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Rewrites the built `index.html` for one request (`url` carries its query). */
  html?: (html: string, url: URL) => string;
}

/** A fixture page built with Vite (source conditions, nothing inline) and served on an ephemeral port. */
export interface FixturePage {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The built `index.html`. */
  html: string;
  close(): Promise<void>;
}

/** Builds a fixture page and serves it on 127.0.0.1, port 0. */
export async function startFixturePage(options: FixturePageOptions): Promise<FixturePage> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'dinie-fixture-'));
  await build({
    root: options.root,
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { conditions: ['@dinie-embed/source', 'module', 'browser', 'development|production'] },
    build: {
      outDir,
      emptyOutDir: true,
      // Both would otherwise put code or data inline, which a strict policy would block.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      chunkSizeWarningLimit: 4096,
    },
  });
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    for (const [name, value] of Object.entries(options.headers ?? {})) response.setHeader(name, value);
    if (url.pathname === '/') {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(options.html ? options.html(html, url) : html);
      return;
    }
    const file = path.join(outDir, path.normalize(url.pathname));
    try {
      if (!file.startsWith(outDir + path.sep)) throw new Error('outside the build');
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      // Chromium asks for a favicon on its own; a 404 would show as a console error.
      response.writeHead(url.pathname === '/favicon.ico' ? 204 : 404);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    html,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
