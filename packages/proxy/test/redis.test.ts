import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request } from 'express';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDinieProxy, type DinieProxyOptions, type DinieWebhookEvent } from '../src/index.ts';
import { createRedisStores, type RedisStores } from '../src/redis/index.ts';
import { registration } from './fixtures.ts';
import { type RedisServer, startRedisServer } from './redisServer.ts';
import { openSse, type SseMessage, type SseStream } from './sse.ts';
import { BORROWER_HEADER, eventually, type Stack, startStack } from './stack.ts';

const KEY_SECRET = 'redis-test-key-secret-0123456789';
const SESSION_LIMIT = 30;

let redis: RedisServer;
let stack: Stack;
/** Base URLs of the three instances' mounts; instance 1 is the one Dinie delivers webhooks to. */
const instances: string[] = [];
const stores: RedisStores[] = [];
const extraServers: Server[] = [];

/** Stores on a client that is connected: a store refuses at once (503) while it is not. */
const newStores = async () => {
  const client = redis.client();
  if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
  const created = createRedisStores({
    redis: client,
    keySecret: KEY_SECRET,
    logger: () => undefined,
  });
  stores.push(created);
  return created;
};

beforeAll(async () => {
  redis = await startRedisServer();
  stack = await startStack({
    // Dinie retries a refused delivery; spaced out so a Redis outage in a test is outlived.
    sandbox: { webhookRetryDelaysMs: [300, 600, 1200, 2400, 4800] },
    proxy: {
      stores: await newStores(),
      limits: {
        requestsPerMinutePerSession: SESSION_LIMIT,
        requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
      },
    },
  });
  instances.push(stack.proxyUrl);
  const shared: DinieProxyOptions = {
    baseUrl: stack.apiUrl,
    clientId: stack.clientId,
    clientSecret: stack.clientSecret,
    sessionSecret: stack.sessionSecret,
    webhookSecret: stack.webhookSecret,
    authorize: async (req: Request) => {
      const borrower = req.get(BORROWER_HEADER);
      return borrower ? { externalId: borrower } : null;
    },
    logger: () => undefined,
    limits: { requestsPerMinutePerSession: SESSION_LIMIT, requestsPerMinutePerIp: Number.POSITIVE_INFINITY },
  };
  for (let n = 2; n <= 3; n += 1) {
    const app = express();
    app.use('/dinie', createDinieProxy({ ...shared, stores: await newStores() }));
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    extraServers.push(server);
    instances.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}/dinie`);
  }
});

afterAll(async () => {
  for (const server of extraServers) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
  await stack?.close();
  for (const store of stores) await store.close();
  await redis?.stop();
});

/** `POST /session` on one instance. */
async function session(instance: number, externalId: string): Promise<string> {
  const response = await fetch(`${instances[instance - 1]}/session`, {
    method: 'POST',
    headers: { [BORROWER_HEADER]: externalId },
  });
  if (response.status !== 200) throw new Error(`session → ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}

/** A call with a session token to one instance. */
function call(
  instance: number,
  token: string,
  method: string,
  path: string,
  json?: unknown,
): Promise<Response> {
  return fetch(`${instances[instance - 1]}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(json === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
}

async function register(
  instance: number,
  externalId: string,
): Promise<{ token: string; customerId: string }> {
  const token = await session(instance, externalId);
  const response = await call(instance, token, 'POST', '/customers', registration());
  if (response.status !== 201) throw new Error(`register → ${response.status} ${await response.text()}`);
  return { token, customerId: ((await response.json()) as { id: string }).id };
}

const stream = (instance: number, token: string, headers: Record<string, string> = {}): Promise<SseStream> =>
  openSse(`${instances[instance - 1]}/events`, { authorization: `Bearer ${token}`, ...headers });
const typeOf = (message: SseMessage) => (JSON.parse(message.data ?? '{}') as { type?: string }).type;

describe('three proxy instances over one Redis', () => {
  it('a webhook delivered to instance 1 reaches the borrower’s stream open on instance 3', async () => {
    const { token, customerId } = await register(2, 'multi-fanout');
    const live = await stream(3, token);
    await stack.partner('POST', `/test_helpers/customers/${customerId}/kyc/approve`);
    const active = await live.next((message) => message.event === 'customer.active');
    expect(JSON.parse(active.data ?? '{}')).toMatchObject({ data: { id: customerId } });
    live.close();
  });

  it('a replay sent to instance 2 is refused as a duplicate of what instance 1 handled', async () => {
    const event: DinieWebhookEvent = {
      id: 'evt_replay_multi',
      type: 'customer.kyc_updated',
      created_at: new Date().toISOString(),
      data: { id: 'cus_not_in_this_test' },
    } as DinieWebhookEvent;
    const body = JSON.stringify(event);
    const signer = new Webhook(stack.webhookSecret);
    const headers = {
      'content-type': 'application/json',
      'webhook-id': 'msg_replay_multi_1',
      'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
      'webhook-signature': signer.sign('msg_replay_multi_1', new Date(), body),
    };
    const first = await fetch(`${instances[0]}/webhooks`, { method: 'POST', headers, body });
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ received: true });
    const replay = await fetch(`${instances[1]}/webhooks`, { method: 'POST', headers, body });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual({ received: true, duplicate: true });
    const again = await fetch(`${instances[2]}/webhooks`, { method: 'POST', headers, body });
    expect(await again.json()).toEqual({ received: true, duplicate: true });
  });

  it('one rate limit is shared by the instances', async () => {
    const { token } = await register(1, 'multi-limit');
    const statuses: number[] = [];
    // Registration used 1 of the borrower's budget; each instance then takes its share.
    for (let round = 0; round < SESSION_LIMIT; round += 1) {
      const response = await call((round % 3) + 1, token, 'GET', '/customers?limit=1');
      statuses.push(response.status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(SESSION_LIMIT - 1);
    expect(statuses.at(-1)).toBe(429);
    const refused = await call(3, token, 'GET', '/customers?limit=1');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a stream resumes with Last-Event-ID on another instance', async () => {
    const { token, customerId } = await register(1, 'multi-resume');
    const first = await stream(1, token, { 'last-event-id': '0' });
    const created = await first.next((message) => message.event === 'customer.created');
    first.close();

    await stack.partner('POST', `/test_helpers/customers/${customerId}/kyc/approve`);
    // Wait until the event is stored, whichever instance Dinie's delivery reached.
    await eventually(async () => {
      const probe = await stream(3, token, { 'last-event-id': '0' });
      try {
        await probe.next((message) => message.event === 'customer.active', 2000);
      } finally {
        probe.close();
      }
    });

    const resumed = await stream(2, token, { 'last-event-id': created.id ?? '' });
    const active = await resumed.next((message) => message.event === 'customer.active');
    expect(Number(active.id)).toBeGreaterThan(Number(created.id));
    const replayed = resumed.messages.filter((message) => message.id !== undefined);
    expect(replayed.map((message) => message.id)).not.toContain(created.id);
    expect(resumed.messages.some((message) => message.event === 'resync')).toBe(false);
    resumed.close();
  });

  it('keys hold no borrower id, CPF, CNPJ or token, and every key expires', async () => {
    const externalId = '529.982.247-25';
    const token = await session(1, externalId);
    const body = registration();
    const response = await call(1, token, 'POST', '/customers', body);
    expect(response.status).toBe(201);
    await eventually(async () => {
      const live = await stream(2, token, { 'last-event-id': '0' });
      try {
        await live.next((message) => message.event === 'customer.created', 2000);
      } finally {
        live.close();
      }
    });

    const inspector = redis.client();
    await eventually(async () => expect(inspector.status).toBe('ready'));
    const keys = await inspector.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    const digits = (value: string) => value.replace(/\D/g, '');
    for (const key of keys) {
      expect(key).not.toContain(externalId);
      expect(digits(key)).not.toContain(digits(externalId));
      expect(digits(key)).not.toContain(digits(body.cpf));
      expect(digits(key)).not.toContain(digits(body.cnpj));
      expect(key).not.toContain(token.slice(0, 20));
      expect(key).not.toContain(stack.sessionSecret);
      expect(await inspector.pttl(key)).toBeGreaterThan(0);
    }
    inspector.disconnect();
  });

  it('while Redis is down: 503 with Retry-After at once; then recovery, and no acknowledged event lost', async () => {
    const { token, customerId } = await register(2, 'multi-outage');
    const live = await stream(3, token);
    const before = await stream(1, token, { 'last-event-id': '0' });
    const created = await before.next((message) => message.event === 'customer.created');
    before.close();

    await redis.crash();
    const down = await call(2, token, 'GET', `/customers/${customerId}`);
    expect(down.status).toBe(503);
    expect(down.headers.get('content-type')).toContain('application/problem+json');
    expect(await down.json()).toMatchObject({ status: 503, code: 'store_unavailable' });
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0);
    const noSession = await fetch(`${instances[0]}/session`, {
      method: 'POST',
      headers: { [BORROWER_HEADER]: 'x' },
    });
    expect([200, 503]).toContain(noSession.status);

    // A webhook that arrives now is refused (503), so Dinie keeps it and delivers it again.
    await stack.partner('POST', `/test_helpers/customers/${customerId}/kyc/approve`);
    await redis.restart();

    await eventually(async () => {
      const response = await call(1, token, 'GET', `/customers/${customerId}`);
      expect(response.status).toBe(200);
    });
    // The live stream, open through the outage, gets the event delivered after it.
    const active = await live.next((message) => message.event === 'customer.active', 15_000);
    expect(typeOf(active)).toBe('customer.active');
    live.close();

    // What was stored before the crash is still there, and so is what came after.
    const after = await stream(1, token, { 'last-event-id': '0' });
    await after.next((message) => message.event === 'customer.active');
    const ids = after.messages.filter((message) => message.id !== undefined).map((message) => message.id);
    expect(ids).toContain(created.id);
    after.close();
  }, 40_000);
});
