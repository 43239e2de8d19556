import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type SandboxServer, startSandboxServer } from '@dinie-embed/sandbox/server';
import express, { type Request } from 'express';
import {
  createDinieProxy,
  type DinieProxy,
  type DinieProxyLogEntry,
  type DinieProxyOptions,
  type DinieWebhookEvent,
} from '../src/index.ts';
import { registration } from './fixtures.ts';

/** Who the test's "partner app" signs in: the borrower named by this header. */
export const BORROWER_HEADER = 'x-test-borrower';
/** Marks the test's own calls to the sandbox, which are not the proxy's. */
const PARTNER_HEADER = 'x-test-partner';

/** A sandbox and a partner app with the proxy mounted at `/dinie`, both on real ports. */
export interface Stack {
  sandbox: SandboxServer;
  /** The sandbox API base, `http://127.0.0.1:P/v3` (or `/api/v3` in the SDK dialect). */
  apiUrl: string;
  /** The proxy's mount, `http://127.0.0.1:Q/dinie`. */
  proxyUrl: string;
  clientId: string;
  clientSecret: string;
  sessionSecret: string;
  /** The secret of the sandbox webhook endpoint that delivers to the proxy. */
  webhookSecret: string;
  /** That endpoint's id. */
  webhookEndpointId: string;
  /** Every log entry the proxy wrote. */
  logs: DinieProxyLogEntry[];
  /** Every call the proxy made to Dinie, as Dinie received it. */
  upstreamCalls: Array<{ method: string; url: string; idempotencyKey: string | null }>;
  /** Every access token Dinie issued to the proxy. */
  accessTokens: string[];
  /** Every response the proxy gave to `call` and `session`: status, headers and body text. */
  responses: Array<{ status: number; headers: Record<string, string>; body: string }>;
  /** Every event given to `onEvent`. */
  events: Array<{ event: DinieWebhookEvent; externalId: string | null }>;
  /** A call to the sandbox as the partner (test helpers, setup); answers the parsed JSON. */
  partner(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  /** `POST /session` for a borrower. */
  session(externalId: string): Promise<{ token: string; expires_at: string; customer_id: string | null }>;
  /** A call to the proxy with a session token. */
  call(
    token: string,
    method: string,
    path: string,
    init?: { json?: unknown; body?: BodyInit; headers?: Record<string, string> },
  ): Promise<Response>;
  /** Replaces the proxy with one built from other options (same sandbox, same port). */
  rebuild(overrides: Partial<DinieProxyOptions>): void;
  /** Stops the proxy (its connections to Dinie), the partner app and the sandbox. */
  close(): Promise<void>;
}

/** Options of {@link startStack}. */
export interface StackOptions {
  proxy?: Partial<DinieProxyOptions>;
  /** Whether the sandbox delivers webhooks to the proxy (default true). */
  webhooks?: boolean;
  sandbox?: Parameters<typeof startSandboxServer>[0];
  /**
   * The dialect of the Dinie the proxy talks to (default `docs`): `sdk` points the proxy, the
   * partner's calls and the webhook endpoint at the sandbox's `/api/v3`.
   */
  dialect?: 'docs' | 'sdk';
}

/** Starts a sandbox and a partner app with the proxy, both listening on 127.0.0.1. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const clientId = 'dinie_ci_test_proxysuite';
  const clientSecret = `dinie_cs_test_${'ab12'.repeat(8)}`;
  const sessionSecret = 'proxy-test-session-secret-0123456789abcdef';
  const sandbox = await startSandboxServer({
    port: 0,
    stepMs: 0,
    clientId,
    clientSecret,
    rateLimit: false,
    webhookRetryDelaysMs: [50, 200],
    ...options.sandbox,
  });
  const apiUrl = `${sandbox.url}${options.dialect === 'sdk' ? '/api/v3' : '/v3'}`;

  const logs: DinieProxyLogEntry[] = [];
  const upstreamCalls: Stack['upstreamCalls'] = [];
  const events: Stack['events'] = [];
  const accessTokens: string[] = [];
  const responses: Stack['responses'] = [];
  // Dinie's side of the hop records every call that is not the test's own, whichever transport
  // the proxy uses.
  const serve = sandbox.sandbox.fetch.bind(sandbox.sandbox);
  sandbox.sandbox.fetch = async (request) => {
    if (request.headers.has(PARTNER_HEADER)) return serve(request);
    upstreamCalls.push({
      method: request.method,
      url: request.url,
      idempotencyKey: request.headers.get('idempotency-key'),
    });
    const response = await serve(request);
    if (request.url.endsWith('/auth/token') && response.ok) {
      const body = (await response.clone().json()) as { access_token?: string };
      if (body.access_token) accessTokens.push(body.access_token);
    }
    return response;
  };
  /** Keeps a copy of each proxy response for the secret scans, and hands back an unread one. */
  const record = async (response: Response): Promise<Response> => {
    const body = await response.clone().text();
    responses.push({ status: response.status, headers: Object.fromEntries(response.headers), body });
    return response;
  };

  let partnerToken: string | null = null;
  const partner: Stack['partner'] = async (method, path, body) => {
    if (!partnerToken) {
      const response = await fetch(`${apiUrl}/auth/token`, {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`,
          'content-type': 'application/x-www-form-urlencoded',
          [PARTNER_HEADER]: '1',
        },
        body: 'grant_type=client_credentials',
      });
      partnerToken = ((await response.json()) as { access_token: string }).access_token;
    }
    const response = await fetch(`${apiUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${partnerToken}`,
        'content-type': 'application/json',
        [PARTNER_HEADER]: '1',
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
    return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  };

  let proxy: DinieProxy | null = null;
  const retired: DinieProxy[] = [];
  const app = express();
  app.use('/dinie', (req, res, next) => (proxy ? proxy(req, res, next) : next()));
  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const proxyUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/dinie`;

  let webhookSecret = '';
  let webhookEndpointId = '';
  if (options.webhooks !== false) {
    const endpoint = await partner('POST', '/webhooks/endpoints', {
      url: `${proxyUrl}/webhooks`,
      events: ['*'],
    });
    webhookSecret = endpoint.secret as string;
    webhookEndpointId = endpoint.id as string;
  }

  const baseOptions: DinieProxyOptions = {
    baseUrl: apiUrl,
    clientId,
    clientSecret,
    sessionSecret,
    authorize: async (req: Request) => {
      const borrower = req.get(BORROWER_HEADER);
      return borrower ? { externalId: borrower } : null;
    },
    ...(webhookSecret ? { webhookSecret } : {}),
    onEvent: (event, context) => {
      events.push({ event, externalId: context.externalId });
    },
    logger: (entry) => logs.push(entry),
    limits: {
      requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
      requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
      upstreamRequestsPerMinute: Number.POSITIVE_INFINITY,
      upstreamRequestsPerMinutePerBorrower: Number.POSITIVE_INFINITY,
    },
  };
  const rebuild = (overrides: Partial<DinieProxyOptions>) => {
    if (proxy) retired.push(proxy);
    proxy = createDinieProxy({ ...baseOptions, ...options.proxy, ...overrides });
  };
  rebuild({});

  const call: Stack['call'] = (token, method, path, init = {}) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}`, ...init.headers };
    let body = init.body;
    if (init.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(init.json);
    }
    return fetch(`${proxyUrl}${path}`, { method, headers, ...(body === undefined ? {} : { body }) }).then(
      record,
    );
  };

  return {
    sandbox,
    apiUrl,
    proxyUrl,
    clientId,
    clientSecret,
    sessionSecret,
    webhookSecret,
    webhookEndpointId,
    accessTokens,
    responses,
    logs,
    upstreamCalls,
    events,
    partner,
    async session(externalId) {
      const response = await record(
        await fetch(`${proxyUrl}/session`, { method: 'POST', headers: { [BORROWER_HEADER]: externalId } }),
      );
      if (response.status !== 200) throw new Error(`session → ${response.status} ${await response.text()}`);
      return (await response.json()) as { token: string; expires_at: string; customer_id: string | null };
    },
    call,
    rebuild,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await Promise.all([...retired, ...(proxy ? [proxy] : [])].map((each) => each.close()));
      await sandbox.close();
    },
  };
}

/** A borrower registered through the proxy, with a session. */
export interface Borrower {
  externalId: string;
  token: string;
  customerId: string;
}

/** Registers a borrower through the proxy. */
export async function registerBorrower(stack: Stack, externalId: string): Promise<Borrower> {
  const { token } = await stack.session(externalId);
  const response = await stack.call(token, 'POST', '/customers', { json: registration() });
  if (response.status !== 201) throw new Error(`register → ${response.status} ${await response.text()}`);
  const customer = (await response.json()) as { id: string };
  return { externalId, token, customerId: customer.id };
}

/** Polls until `check` passes or the time is up. */
export async function eventually<T>(check: () => Promise<T> | T, timeoutMs = 10_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() - started > timeoutMs) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}
