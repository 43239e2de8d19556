import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { type AddressInfo, connect, createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually, registerBorrower, type Stack, startStack } from './stack.ts';

let stack: Stack | undefined;
const servers: Server[] = [];
afterEach(async () => {
  await stack?.close();
  stack = undefined;
  for (const server of servers.splice(0)) {
    if ('closeAllConnections' in server) (server as HttpServer).closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A TCP relay in front of the sandbox, to see the proxy's connections to Dinie. */
async function connectionRelay(target: string) {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  let opened = 0;
  const server = createServer((inbound) => {
    opened += 1;
    open.add(inbound);
    const upstream = connect(Number(port), hostname);
    inbound.pipe(upstream).pipe(inbound);
    const end = () => {
      open.delete(inbound);
      inbound.destroy();
      upstream.destroy();
    };
    inbound.on('close', end).on('error', end);
    upstream.on('close', end).on('error', end);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    /** Connections made so far. */
    opened: () => opened,
    /** Connections still open. */
    open: () => open.size,
  };
}

describe('the connections to Dinie', () => {
  it('keeps its connections open from call to call, and closes them with the proxy', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const relay = await connectionRelay(current.sandbox.url);
    current.rebuild({ baseUrl: `${relay.url}/v3` });
    const borrower = await registerBorrower(current, 'keep-alive');
    const before = current.upstreamCalls.length;
    const connections = relay.opened();
    for (let n = 0; n < 10; n += 1) {
      const response = await current.call(borrower.token, 'GET', `/customers/${borrower.customerId}`);
      expect(response.status).toBe(200);
    }
    expect(current.upstreamCalls.length - before).toBe(10);
    // The ten reads went over a connection the registration had opened.
    expect(relay.opened()).toBe(connections);
    expect(relay.open()).toBeGreaterThan(0);
    await current.close();
    stack = undefined;
    await eventually(() => expect(relay.open()).toBe(0));
  });

  it("makes every call with the partner's own fetch when it gives one", async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const fetched: string[] = [];
    current.rebuild({
      fetch: (input, init) => {
        fetched.push(`${init?.method ?? 'GET'} ${String(input)}`);
        return fetch(input, init);
      },
    });
    const borrower = await registerBorrower(current, 'own-fetch');
    const read = await current.call(borrower.token, 'GET', `/customers/${borrower.customerId}`);
    expect(read.status).toBe(200);
    // A correction's answer is passed on unread, through the partner's fetch's stream.
    const corrected = await current.call(borrower.token, 'PATCH', `/customers/${borrower.customerId}`, {
      json: { name: 'Maria S.' },
    });
    expect(corrected.status).toBe(200);
    expect(await corrected.json()).toMatchObject({ id: borrower.customerId, name: 'Maria S.' });
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched).toEqual(current.upstreamCalls.map((call) => `${call.method} ${call.url}`));
  });

  it('passes a checked answer on as the very text Dinie wrote', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const borrower = await registerBorrower(current, 'verbatim');
    const viaProxy = await current.call(borrower.token, 'GET', `/customers/${borrower.customerId}`);
    const token = await fetch(`${current.apiUrl}/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${current.clientId}:${current.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const direct = await fetch(`${current.apiUrl}/customers/${borrower.customerId}`, {
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(viaProxy.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await viaProxy.text()).toBe(await direct.text());
  });
});

describe('a Dinie that stalls', () => {
  it('answers 504 when the body stops in the middle, over the default transport', async () => {
    // Answers the token request's headers and half its body, then nothing more.
    const stalling = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"access_token":"dinie_at_');
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    servers.push(stalling);
    const current = await startStack({ webhooks: false });
    stack = current;
    current.rebuild({
      baseUrl: `http://127.0.0.1:${(stalling.address() as AddressInfo).port}/v3`,
      upstreamTimeoutMs: 300,
    });
    await expect(current.session('stalled')).rejects.toThrow(
      /^session → 504 .*"detail":"Dinie did not answer within 300 ms\. Try again in a moment\.","code":"upstream_timeout"/,
    );
  });
});
