import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDinieEmbedFrame, createDinieProxy } from '@dinie-embed/proxy';
import { startSandboxServer } from '@dinie-embed/sandbox/server';
import express, { type Request } from 'express';
import { build as bundle } from 'tsdown';
import { build } from 'vite';
import { scriptTagBuild } from '../tsdown.config.ts';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const pagesDir = path.join(packageDir, 'test', 'pages');
const frameConfig = fileURLToPath(new URL('../../../apps/embed-frame/vite.config.ts', import.meta.url));

/** Who the test's partner server signs in: the borrower this header names. */
export const BORROWER_HEADER = 'x-test-borrower';

/** A sandbox, and a partner server with the proxy at `/dinie` and the frame at `/dinie/embed/`. */
export interface EmbedStack {
  /** The partner's pages: `http://localhost:P`. */
  hostOrigin: string;
  /** The frame, on another origin of the same server: `http://127.0.0.1:P/dinie/embed/`. */
  frameUrl: string;
  /** A page of the frame's origin that forges protocol messages (`pages/spoof.html`). */
  spoofUrl: string;
  /** The nonce of the host page's Content-Security-Policy. */
  nonce: string;
  /** The policy of the host page. */
  hostPolicy: string;
  /** The URL of the host page, with query parameters for `pages/host.js`. */
  hostPage(query?: Record<string, string>): string;
  close(): Promise<void>;
}

/**
 * Builds what the package publishes (the loader as `dinie-embed.js`, the frame beside it in
 * `frame/`) into a temporary folder, then starts the sandbox and the partner's server, which
 * serves both through the proxy's `createDinieEmbedFrame`, on ephemeral ports.
 */
export async function startEmbedStack(): Promise<EmbedStack> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'dinie-embed-'));
  const frameDir = path.join(outDir, 'frame');
  await bundle({ ...scriptTagBuild, config: false, cwd: packageDir, outDir, logLevel: 'warn' });
  await build({ configFile: frameConfig, logLevel: 'warn', build: { outDir: frameDir, emptyOutDir: true } });

  const clientId = 'dinie_ci_test_embedsuite';
  const clientSecret = `dinie_cs_test_${'cd34'.repeat(8)}`;
  const sandbox = await startSandboxServer({ port: 0, stepMs: 0, clientId, clientSecret, rateLimit: false });

  const app = express();
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const port = (server.address() as AddressInfo).port;
  const hostOrigin = `http://localhost:${port}`;
  const frameOrigin = `http://127.0.0.1:${port}`;
  const nonce = randomBytes(18).toString('base64url');
  // What a strict partner page sends: scripts only by nonce, no style at all, frames only from
  // the frame's origin. The loader works under it because it writes styles through the CSSOM.
  const hostPolicy = [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'none'",
    "connect-src 'self'",
    `frame-src ${frameOrigin}`,
    "img-src 'none'",
    "base-uri 'none'",
    "object-src 'none'",
    "form-action 'none'",
  ].join('; ');

  // Dinie's webhooks reach the proxy, so the frame gets live events instead of polling.
  const partner = async (method: string, route: string, body?: unknown) => {
    const auth = await fetch(`${sandbox.url}/v3/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token: token } = (await auth.json()) as { access_token: string };
    const response = await fetch(`${sandbox.url}/v3${route}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const endpoint = await partner('POST', '/webhooks/endpoints', {
    url: `${frameOrigin}/dinie/webhooks`,
    events: ['*'],
  });

  app.use(
    '/dinie',
    createDinieProxy({
      webhookSecret: endpoint.secret as string,
      baseUrl: `${sandbox.url}/v3`,
      clientId,
      clientSecret,
      sessionSecret: 'embed-test-session-secret-0123456789abcdef',
      authorize: (req: Request) => {
        const borrower = req.get(BORROWER_HEADER);
        return borrower ? { externalId: borrower } : null;
      },
      logger: () => undefined,
      limits: {
        requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
        requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
      },
    }),
  );
  app.use('/dinie/embed', createDinieEmbedFrame({ root: frameDir, allowedOrigins: [hostOrigin] }));
  app.get('/host.js', (_req, res) => {
    res.sendFile(path.join(pagesDir, 'host.js'));
  });
  app.get('/spoof.html', (_req, res) => {
    res.sendFile(path.join(pagesDir, 'spoof.html'));
  });
  app.get('/host.html', async (_req, res) => {
    const html = await readFile(path.join(pagesDir, 'host.html'), 'utf8');
    res
      .set('Content-Security-Policy', hostPolicy)
      .type('html')
      .send(html.replaceAll('HOST_NONCE', nonce).replaceAll('PROXY_URL', `${frameOrigin}/dinie`));
  });
  app.get('/favicon.ico', (_req, res) => {
    res.status(204).end();
  });

  return {
    hostOrigin,
    frameUrl: `${frameOrigin}/dinie/embed/`,
    spoofUrl: `${frameOrigin}/spoof.html`,
    nonce,
    hostPolicy,
    hostPage(query = {}) {
      const params = new URLSearchParams({ proxy: `${frameOrigin}/dinie`, ...query });
      return `${hostOrigin}/host.html?${params}`;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await sandbox.close();
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
