import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DinieProxyOptions } from '@dinie-embed/proxy';
import type { SandboxOptions } from '@dinie-embed/sandbox';
import { type SandboxServer, startSandboxServer } from '@dinie-embed/sandbox/server';
import { createBorrowerDirectory } from './borrowers.ts';
import { createDemoApp, type DemoStaticDirs } from './createDemoApp.ts';
import { createPartnerApi, type DinieTarget } from './partnerApi.ts';

const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where `pnpm demo` builds the front ends; tests and benchmarks may point elsewhere. */
export const DEFAULT_STATIC_DIRS: DemoStaticDirs = {
  web: path.join(appDir, 'dist/web'),
  storybook: path.join(appDir, 'dist/storybook'),
};

/** Options of {@link startDemoServer}. */
export interface DemoServerOptions {
  /** TCP port of the partner app; `0` picks a free one (default). */
  port?: number | undefined;
  /** Interface to bind (default `127.0.0.1`). */
  host?: string | undefined;
  /** A real Dinie to talk to; without it a local sandbox starts in this process. */
  dinie?: (DinieTarget & { webhookSecret?: string | undefined }) | undefined;
  /** Options of the local sandbox (default: automatic steps at once). */
  sandbox?: (SandboxOptions & { port?: number; dataFile?: string }) | undefined;
  /** Built front ends (default {@link DEFAULT_STATIC_DIRS}). */
  staticDirs?: DemoStaticDirs | undefined;
  /** Options passed on to the proxy. */
  proxy?: Partial<DinieProxyOptions> | undefined;
}

/** A listening demo: the partner app, and the sandbox when it started one. */
export interface DemoServer {
  /** The partner app, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The in-process sandbox, or null against a real Dinie. */
  sandbox: SandboxServer | null;
  /** Stops the partner app and the sandbox. */
  close(): Promise<void>;
}

/**
 * Starts the fictional partner: a local sandbox (unless `dinie` is given) with a webhook endpoint
 * pointing at the proxy's receiver, and the partner app with the proxy mounted at `/dinie`.
 */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const sandbox = options.dinie
    ? null
    : await startSandboxServer({ port: 0, stepMs: 0, ...options.sandbox, host: '127.0.0.1' });
  const credentials = sandbox ? await sandbox.sandbox.credentials : null;
  const dinie: DinieTarget = options.dinie ?? {
    baseUrl: `${sandbox?.url}/v3`,
    clientId: credentials?.clientId ?? '',
    clientSecret: credentials?.clientSecret ?? '',
  };

  // Listen first: the webhook endpoint needs the app's URL before the proxy can know its secret.
  const server: Server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await sandbox?.close();
  };

  try {
    const partner = createPartnerApi(dinie);
    let webhookSecret = options.dinie?.webhookSecret;
    if (sandbox) {
      const endpoint = await partner.client.webhookEndpoints.create({
        url: `${url}/dinie/webhooks`,
        events: ['*'],
      });
      webhookSecret = endpoint.secret;
    }
    const app = createDemoApp({
      dinie,
      mode: sandbox ? 'sandbox' : 'dinie',
      sessionSecret: randomBytes(32).toString('base64url'),
      cookieSecret: randomBytes(32).toString('base64url'),
      webhookSecret,
      borrowers: createBorrowerDirectory(),
      partner,
      staticDirs: options.staticDirs ?? DEFAULT_STATIC_DIRS,
      frameOrigins: [new URL(dinie.baseUrl).origin],
      proxy: options.proxy,
    });
    server.on('request', app);
  } catch (error) {
    await close();
    throw error;
  }
  return { url, sandbox, close };
}
