/*
 * The servers of the hop benchmark, each role in a process of its own so the load generator,
 * the forwarders and the upstream do not share one event loop. Prints one JSON line with its
 * addresses, then serves until killed.
 *
 *   upstream    the local sandbox, and in front of it a relay that answers 50 ms late (as a real
 *               API across a network does)
 *   forwarders  against UPSTREAM_URL: a bare undici forwarder, http-proxy-middleware in Express,
 *               and createDinieProxy
 */
import { Agent, createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandboxServer } from '@dinie-embed/sandbox/server';
import express, { type Request } from 'express';
import { createProxyMiddleware } from 'http-proxy-middleware';
import { Pool } from 'undici';
import { createDinieProxy } from '../src/index.ts';
import { CLIENT_ID, CLIENT_SECRET, SESSION_SECRET } from './hopConfig.ts';

const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'upgrade',
  'host',
  'content-length',
]);

const listen = (handler: (req: IncomingMessage, res: ServerResponse) => void) =>
  new Promise<string>((resolve) => {
    const server = createServer(handler);
    server.keepAliveTimeout = 60_000;
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
  });

/** A forwarder with nothing but an undici keep-alive pool: the floor of what a Node hop costs. */
function undiciForwarder(upstream: URL, delayMs = 0) {
  const pool = new Pool(upstream.origin, { connections: 128, pipelining: 1 });
  return async (req: IncomingMessage, res: ServerResponse) => {
    if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string' && !HOP_BY_HOP.has(name)) headers[name] = value;
    }
    try {
      const answer = await pool.request({
        method: req.method as 'GET',
        path: `${upstream.pathname.replace(/\/$/, '')}${req.url ?? ''}`,
        headers,
        body: req.method === 'GET' || req.method === 'HEAD' ? null : req,
      });
      const out: Record<string, string | string[]> = {};
      for (const [name, value] of Object.entries(answer.headers)) {
        if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
      }
      res.writeHead(answer.statusCode, out);
      for await (const chunk of answer.body) res.write(chunk);
      res.end();
    } catch {
      res.writeHead(502).end();
    }
  };
}

// A normal exit on SIGINT, so a CPU profile (--cpu-prof) gets written.
process.on('SIGINT', () => process.exit(0));

const role = process.argv[2];
if (role === 'upstream') {
  const sandbox = await startSandboxServer({
    port: 0,
    stepMs: 0,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    rateLimit: false,
  });
  const delayed = await listen(undiciForwarder(new URL(sandbox.url), 50));
  console.log(JSON.stringify({ sandbox: `${sandbox.url}/v3`, delayed: `${delayed}/v3` }));
} else if (role === 'forwarders') {
  const upstreamUrl = process.env.UPSTREAM_URL ?? '';
  const upstream = new URL(upstreamUrl);
  const bare = await listen(undiciForwarder(upstream));

  const standard = express();
  standard.use(
    '/',
    createProxyMiddleware({
      target: upstream.origin,
      pathRewrite: (path) => `${upstream.pathname}${path}`,
      // Without an agent of its own, http-proxy opens a new connection for every request.
      agent: new Agent({ keepAlive: true }),
    }),
  );
  const hpm = await new Promise<string>((resolve) => {
    const server = standard.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
    server.keepAliveTimeout = 60_000;
  });

  const app = express();
  app.use(
    '/dinie',
    createDinieProxy({
      baseUrl: upstreamUrl,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      sessionSecret: SESSION_SECRET,
      authorize: async (req: Request) => ({ externalId: req.get('x-bench-borrower') ?? 'bench' }),
      logger: () => undefined,
      // High but finite, so every limit is counted on every request as in production, and none refuses.
      limits: {
        requestsPerMinutePerSession: 1_000_000,
        requestsPerMinutePerIp: 1_000_000,
        upstreamRequestsPerMinute: 1_000_000,
        upstreamRequestsPerMinutePerBorrower: 1_000_000,
      },
    }),
  );
  const dinie = await new Promise<string>((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/dinie`),
    );
    server.keepAliveTimeout = 60_000;
  });
  console.log(JSON.stringify({ bare, hpm, dinie }));
} else {
  console.error('usage: hopServers.ts upstream|forwarders');
  process.exit(2);
}
