import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createSandbox, type Sandbox } from './createSandbox.ts';
import { filePersistence } from './filePersistence.ts';
import type { SandboxOptions } from './options.ts';

/** Options of {@link startSandboxServer}: the sandbox's own, plus where to listen. */
export interface SandboxServerOptions extends SandboxOptions {
  /** TCP port; `0` picks a free one (default 4010). */
  port?: number;
  /** Interface to bind (default `127.0.0.1`: the sandbox is for this machine). */
  host?: string;
  /** A JSON file to keep the state in between runs (ignored when `persistence` is given). */
  dataFile?: string;
}

/** A listening sandbox. */
export interface SandboxServer {
  /** Base URL of the server, e.g. `http://127.0.0.1:4010` (the API is under `/v3`). */
  url: string;
  sandbox: Sandbox;
  /** Stops listening, then closes the sandbox (writing its state one last time). */
  close(): Promise<void>;
}

/**
 * Serves a sandbox over HTTP on node:http. The same `sandbox.fetch` runs in browsers and tests;
 * this only adds a socket and, with `dataFile`, a file to persist to.
 */
export async function startSandboxServer(options: SandboxServerOptions = {}): Promise<SandboxServer> {
  const { port = 4010, host = '127.0.0.1', dataFile, ...sandboxOptions } = options;
  if (sandboxOptions.persistence === undefined && dataFile !== undefined) {
    sandboxOptions.persistence = filePersistence(dataFile);
  }
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const sandbox = createSandbox(sandboxOptions);
  await sandbox.ready;
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve({ fetch: (request) => sandbox.fetch(request), port, hostname: host }, () =>
      resolve(listening),
    );
    listening.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${urlHost}:${address.port}`,
    sandbox,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive sockets would hold `close` open until they time out.
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await sandbox.close();
    },
  };
}
