import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDinieProxy, type DinieProxyLogEntry } from '../src/index.ts';
import { registration } from './fixtures.ts';
import { openSse } from './sse.ts';
import { eventually, registerBorrower, type Stack, startStack } from './stack.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the webhook receiver on its own path', () => {
  it('receives Dinie’s deliveries outside the partner’s authentication, while the rest stays behind it', async () => {
    // The sandbox of a stack, with a partner app of this test's own in front of a second proxy.
    const sandbox = await startStack({ webhooks: false });
    cleanups.push(() => sandbox.close());
    const app = express();
    const server: Server = await new Promise((resolve) => {
      const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    cleanups.push(
      () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    );
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const { secret } = await sandbox.partner('POST', '/webhooks/endpoints', {
      url: `${origin}/hooks/dinie`,
      events: ['*'],
    });

    const received: string[] = [];
    const logs: DinieProxyLogEntry[] = [];
    const dinie = createDinieProxy({
      baseUrl: sandbox.apiUrl,
      clientId: sandbox.clientId,
      clientSecret: sandbox.clientSecret,
      sessionSecret: sandbox.sessionSecret,
      webhookSecret: secret as string,
      authorize: (req) => ({ externalId: String(req.get('x-user')) }),
      onEvent: (event) => {
        received.push(event.type);
      },
      logger: (entry) => logs.push(entry),
    });
    // The partner's own authentication refuses anyone it does not know, Dinie included.
    app.post('/hooks/dinie', dinie.webhooks);
    app.use((req, res, next) => (req.get('x-user') ? next() : res.status(401).json({ error: 'sign in' })));
    app.use('/dinie', dinie);

    const session = await fetch(`${origin}/dinie/session`, {
      method: 'POST',
      headers: { 'x-user': 'mounted' },
    });
    const { token } = (await session.json()) as { token: string };
    const events = await openSse(`${origin}/dinie/events`, {
      authorization: `Bearer ${token}`,
      'x-user': 'mounted',
    });
    cleanups.push(() => events.close());
    const created = await fetch(`${origin}/dinie/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-user': 'mounted', 'content-type': 'application/json' },
      body: JSON.stringify(registration()),
    });
    expect(created.status).toBe(201);
    await events.next((message) => message.event === 'customer.created');
    expect(received).toContain('customer.created');
    // Behind the partner's authentication, the mount's own receiver is unreachable to Dinie.
    expect((await fetch(`${origin}/dinie/webhooks`, { method: 'POST' })).status).toBe(401);
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});

describe('a stream with no webhook behind it', () => {
  const silenceWarning = (entry: DinieProxyLogEntry) =>
    entry.level === 'warn' && /no webhook/i.test(entry.msg);

  async function streamingStack(withWebhooks: boolean): Promise<Stack> {
    const current = await startStack({
      webhooks: withWebhooks,
      proxy: {
        sseHeartbeatMs: 50,
        ...(withWebhooks ? {} : { webhookSecret: `whsec_${randomBytes(24).toString('base64')}` }),
      },
    });
    cleanups.push(() => current.close());
    return current;
  }

  it('warns once when streams have served borrowers for a while and no webhook ever arrived', async () => {
    const current = await streamingStack(false);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const { token } = await current.session('silent');
    const first = await openSse(`${current.proxyUrl}/events`, { authorization: `Bearer ${token}` });
    cleanups.push(() => first.close());
    await first.next((message) => message.comment === 'heartbeat');
    expect(current.logs.some(silenceWarning)).toBe(false);

    vi.setSystemTime(Date.now() + 11 * 60_000);
    await eventually(() => expect(current.logs.filter(silenceWarning)).toHaveLength(1));
    const [warning] = current.logs.filter(silenceWarning);
    expect(warning?.msg).toMatch(/webhooks/);
    const count = first.messages.length;
    await first.next(() => first.messages.length > count + 2);
    expect(current.logs.filter(silenceWarning)).toHaveLength(1);
  });

  it('stays quiet when webhooks do arrive', async () => {
    const current = await streamingStack(true);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    const borrower = await registerBorrower(current, 'heard');
    const opened = await openSse(`${current.proxyUrl}/events`, { authorization: `Bearer ${borrower.token}` });
    cleanups.push(() => opened.close());
    await eventually(() => expect(current.events.length).toBeGreaterThan(0));
    vi.setSystemTime(Date.now() + 11 * 60_000);
    const count = opened.messages.length;
    await opened.next(() => opened.messages.length > count + 2);
    expect(current.logs.some(silenceWarning)).toBe(false);
  });
});
