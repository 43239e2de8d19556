import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CACHED_TOKEN, createTestClient, customer, problem } from '../../test/client/testClient.ts';
import { startTestServer, type TestServer } from '../../test/client/testServer.ts';
import { isDinieApiError } from '../DinieApiError.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isDinieApiError(error)) throw new Error(`expected a DinieApiError, got ${String(error)}`);
  return error;
}

describe('tokens', () => {
  test('asks for the token once per request and sends it as Bearer', async () => {
    const { client, tokenRequests } = createTestClient(server);
    server.reply({ status: 200, json: customer('cust_1') }, { status: 200, json: customer('cust_2') });

    await client.customers.get('cust_1');
    await client.customers.get('cust_2');

    expect(tokenRequests.map((request) => request.forceRefresh)).toEqual([false, false]);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${CACHED_TOKEN}`,
      `Bearer ${CACHED_TOKEN}`,
    ]);
    expect(server.requests[0]?.headers.accept).toBe('application/json');
  });

  test('answers a 401 with one forced refresh and repeats the call once', async () => {
    const { client, tokenRequests, delays } = createTestClient(server);
    server.reply(problem(401, 'token_expired'), { status: 200, json: customer('cust_1') });

    await expect(client.customers.get('cust_1')).resolves.toMatchObject({ id: 'cust_1' });

    expect(tokenRequests.map((request) => request.forceRefresh)).toEqual([false, true]);
    expect(server.requests.map((request) => request.headers.authorization)).toEqual([
      `Bearer ${CACHED_TOKEN}`,
      'Bearer dinie_at_fresh_1',
    ]);
    expect(server.requests[1]?.headers['x-dinie-retry-count']).toBe('1');
    expect(delays).toEqual([]);
  });

  test('a second 401 surfaces as the error', async () => {
    const { client, tokenRequests } = createTestClient(server);
    server.reply(problem(401, 'token_expired'), problem(401, 'invalid_token'));

    const error = await rejection(client.customers.get('cust_1'));

    expect(error).toMatchObject({ status: 401, code: 'invalid_token' });
    expect(server.requests).toHaveLength(2);
    expect(tokenRequests.map((request) => request.forceRefresh)).toEqual([false, true]);
  });

  test('passes the call signal to getToken and wraps its failure in a token_error', async () => {
    const failure = new Error('token service down');
    const seen: (AbortSignal | undefined)[] = [];
    const { client } = createTestClient(server, {
      getToken: async ({ signal }) => {
        seen.push(signal);
        throw failure;
      },
    });
    const controller = new AbortController();

    const error = await rejection(client.customers.get('cust_1', { signal: controller.signal }));

    expect(error).toMatchObject({ code: 'token_error', status: undefined, title: 'Token unavailable' });
    expect(error.cause).toBe(failure);
    expect(error.message).toMatch(/token service down/);
    expect(seen).toEqual([controller.signal]);
    expect(server.requests).toHaveLength(0);
  });

  test('wraps a getToken that throws a non-Error too', async () => {
    const { client } = createTestClient(server, {
      getToken: () => Promise.reject('offline'),
    });

    const error = await rejection(client.customers.get('cust_1'));

    expect(error).toMatchObject({ code: 'token_error' });
    expect(error.cause).toBe('offline');
  });

  test.each([
    ['an empty string', ''],
    ['a number', 42],
    ['undefined', undefined],
    ['an object', { token: 'dinie_at_1' }],
  ])('refuses %s as the token with a token_error that names the fix', async (_, token) => {
    const { client } = createTestClient(server, { getToken: async () => token as string });

    const error = await rejection(client.customers.get('cust_1'));

    expect(error.code).toBe('token_error');
    expect(error.message).toMatch(/getToken must resolve to a non-empty string/);
    expect(error.cause).toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('retries', () => {
  test('honours Retry-After seconds on 429 and sends the retry count', async () => {
    const { client, delays } = createTestClient(server);
    server.reply(
      { ...problem(429, 'rate_limit_exceeded'), headers: { 'retry-after': '7' } },
      { status: 200, json: customer('cust_1') },
    );

    await client.customers.get('cust_1');

    expect(delays).toEqual([7000]);
    expect(server.requests.map((request) => request.headers['x-dinie-retry-count'])).toEqual([
      undefined,
      '1',
    ]);
  });

  test('reads Retry-After as an HTTP-date, caps it at 60 s, and prefers retry-after-ms', async () => {
    const now = Date.parse('2026-03-04T10:00:00Z');
    const { client, delays } = createTestClient(server, { now: () => now });
    server.reply(
      { status: 429, headers: { 'retry-after': 'Wed, 04 Mar 2026 10:00:12 GMT' } },
      { status: 503, headers: { 'retry-after': '3600' } },
      { status: 503, headers: { 'retry-after-ms': '1500', 'retry-after': '9' } },
      { status: 200, json: customer('cust_1') },
    );

    await client.customers.get('cust_1');

    expect(delays).toEqual([12_000, 60_000, 1500]);
  });

  test('backs off exponentially with full jitter on 503 and gives up after maxRetries', async () => {
    const { client, delays } = createTestClient(server);
    server.reply({ status: 503 }, { status: 503 }, { status: 503 }, problem(503, 'service_unavailable'));

    const error = await rejection(client.customers.get('cust_1'));

    // random() = 0.5 → half of min(8 s, 0.5 s · 2^n)
    expect(delays).toEqual([250, 500, 1000]);
    expect(error).toMatchObject({ status: 503, code: 'service_unavailable' });
    expect(server.requests.map((request) => request.headers['x-dinie-retry-count'])).toEqual([
      undefined,
      '1',
      '2',
      '3',
    ]);
  });

  test('the jitter spans the whole window and the window stops growing at 8 s', async () => {
    const { client, delays } = createTestClient(server, { random: () => 0.999, maxRetries: 6 });
    server.reply(...Array.from({ length: 6 }, () => ({ status: 502 })), { status: 200, json: customer('c') });

    await client.customers.get('c');

    expect(delays).toEqual([499, 999, 1998, 3996, 7992, 7992]);
  });

  test('retries a dropped connection as a network error', async () => {
    const { client, delays } = createTestClient(server);
    server.reply({ destroy: true }, { status: 200, json: customer('cust_1') });

    await expect(client.customers.get('cust_1')).resolves.toMatchObject({ id: 'cust_1' });
    expect(delays).toEqual([250]);
    expect(server.requests).toHaveLength(2);
  });

  test('a connection that keeps dropping ends as network_error', async () => {
    const { client } = createTestClient(server, { maxRetries: 1 });
    server.reply({ destroy: true }, { destroy: true });

    const error = await rejection(client.customers.get('cust_1'));

    expect(error).toMatchObject({ code: 'network_error', status: undefined, title: 'Network error' });
    expect(error.message).toMatch(/Could not reach the Dinie API \(GET \/customers\/cust_1\)/);
    expect(error.cause).toBeInstanceOf(TypeError);
  });

  test.each([400, 403, 404, 409, 422, 501])('never retries a %i', async (status) => {
    const { client, delays } = createTestClient(server);
    server.reply(problem(status, 'nope'), { status: 200, json: customer('cust_1') });

    const error = await rejection(client.customers.get('cust_1'));

    expect(error.status).toBe(status);
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  test.each([408, 500, 502, 504, 505, 507, 511, 520])('retries a %i', async (status) => {
    const { client } = createTestClient(server);
    server.reply({ status }, { status: 200, json: customer('cust_1') });

    await client.customers.get('cust_1');
    expect(server.requests).toHaveLength(2);
  });

  test('maxRetries: 0 sends exactly one attempt', async () => {
    const { client } = createTestClient(server, { maxRetries: 0 });
    server.reply({ status: 503 });

    await expect(client.customers.get('cust_1')).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

describe('idempotency keys', () => {
  test('one key per POST call, repeated on every retry', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 503 }, { destroy: true }, { status: 201, json: customer('cust_1') });
    server.reply({ status: 201, json: customer('cust_2') });

    await client.customers.create({ cpf: '529.982.247-25' });
    await client.customers.create({ cpf: '111.444.777-35' });

    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(UUID);
    expect(keys.slice(0, 3)).toEqual([keys[0], keys[0], keys[0]]);
    expect(keys[3]).toMatch(UUID);
    expect(keys[3]).not.toBe(keys[0]);
  });

  test('a 409 idempotency_key_in_use is retried with backoff, with the same key, until the write lands', async () => {
    const { client, delays } = createTestClient(server);
    server.reply(problem(409, 'idempotency_key_in_use'), problem(409, 'idempotency_key_in_use'), {
      status: 201,
      json: customer('cust_1'),
    });

    await expect(client.customers.create({ cpf: '529.982.247-25' })).resolves.toMatchObject({
      id: 'cust_1',
    });

    expect(delays).toEqual([250, 500]);
    const keys = server.requests.map((request) => request.headers['idempotency-key']);
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
  });

  test('a 409 idempotency_key_in_use that persists ends after maxRetries', async () => {
    const { client, delays } = createTestClient(server, { maxRetries: 2 });
    server.reply(...Array.from({ length: 3 }, () => problem(409, 'idempotency_key_in_use')));

    const error = await rejection(client.customers.create({ cpf: '529.982.247-25' }));

    expect(error).toMatchObject({ status: 409, code: 'idempotency_key_in_use' });
    expect(server.requests).toHaveLength(3);
    expect(delays).toHaveLength(2);
  });

  test('any other 409 ends the call at once', async () => {
    const { client, delays } = createTestClient(server);
    server.reply(problem(409, 'idempotency_key_reused'), { status: 201, json: customer('cust_1') });

    await expect(client.customers.create({ cpf: '529.982.247-25' })).rejects.toMatchObject({
      status: 409,
      code: 'idempotency_key_reused',
    });
    expect(server.requests).toHaveLength(1);
    expect(delays).toEqual([]);
  });

  test('a caller key replaces the minted one, on every retry', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 500 }, { status: 201, json: { id: 'ln_1' } });

    await client.loans.create(
      {
        credit_offer_id: 'co_1',
        simulation_id: 'sim_1',
        installments: 6,
        installments_value: '4550.00',
        first_due_date: '2026-04-15',
      },
      { idempotencyKey: 'order-42' },
    );

    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      'order-42',
      'order-42',
    ]);
  });

  test('GET, PATCH and DELETE carry no key unless one is given', async () => {
    const { client } = createTestClient(server);
    server.reply(
      { status: 200, json: customer('cust_1') },
      { status: 200, json: customer('cust_1') },
      { status: 204 },
      { status: 200, json: customer('cust_1') },
    );

    await client.customers.get('cust_1');
    await client.customers.update('cust_1', { email: 'maria@example.com' });
    await client.webhookEndpoints.delete('we_1');
    await client.customers.update('cust_1', { phone: '+5511987654321' }, { idempotencyKey: 'fix-1' });

    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual([
      undefined,
      undefined,
      undefined,
      'fix-1',
    ]);
  });
});

describe('abort and timeout', () => {
  test('an abort during the request rejects with aborted and is not retried', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 200, json: customer('cust_1'), delayMs: 5_000 });
    const controller = new AbortController();

    const pending = client.customers.get('cust_1', { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    controller.abort();
    const error = await rejection(pending);

    expect(error).toMatchObject({ code: 'aborted', status: undefined });
    expect(server.requests).toHaveLength(1);
  });

  test('an abort while getToken runs rejects with aborted', async () => {
    const controller = new AbortController();
    const { client } = createTestClient(server, {
      getToken: ({ signal }) =>
        new Promise<string>((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
    });

    const pending = client.customers.get('cust_1', { signal: controller.signal });
    controller.abort();

    await expect(pending).rejects.toMatchObject({ code: 'aborted' });
    expect(server.requests).toHaveLength(0);
  });

  test('an already aborted signal sends nothing', async () => {
    const { client, tokenRequests } = createTestClient(server);
    const error = await rejection(client.customers.get('cust_1', { signal: AbortSignal.abort() }));

    expect(error.code).toBe('aborted');
    expect(server.requests).toHaveLength(0);
    expect(tokenRequests).toHaveLength(0);
  });

  test('an abort during the wait before a retry ends the call at once', async () => {
    const { client } = createTestClient(server, { sleep: undefined });
    server.reply({ status: 503, headers: { 'retry-after': '30' } });
    const controller = new AbortController();

    const pending = client.customers.get('cust_1', { signal: controller.signal });
    await waitFor(() => server.requests.length === 1);
    setTimeout(() => controller.abort(), 20);
    const error = await rejection(pending);

    expect(error.code).toBe('aborted');
    expect(server.requests).toHaveLength(1);
  });

  test('an attempt past timeoutMs is retried, and the last one rejects with timeout', async () => {
    // Attempts are counted as the client sends them: under load, an attempt can time out before
    // the server has logged it, so the server's count would say less than what was tried.
    let attempts = 0;
    const { client, delays } = createTestClient(server, {
      maxRetries: 1,
      fetch: (input, init) => {
        attempts += 1;
        return fetch(input, init);
      },
    });
    server.reply({ status: 200, json: {}, delayMs: 2_000 }, { status: 200, json: {}, delayMs: 2_000 });

    const error = await rejection(client.customers.get('cust_1', { timeoutMs: 50 }));

    expect(error).toMatchObject({ code: 'timeout', status: undefined, title: 'Request timed out' });
    expect(error.message).toMatch(/within 50 ms/);
    expect(attempts).toBe(2);
    expect(delays).toHaveLength(1);
  });

  test('the client-wide timeoutMs applies when the call sets none', async () => {
    const { client } = createTestClient(server, { maxRetries: 0, timeoutMs: 50 });
    server.reply({ status: 200, json: {}, delayMs: 2_000 });

    await expect(client.customers.get('cust_1')).rejects.toMatchObject({ code: 'timeout' });
  });
});

describe('responses', () => {
  test('a body JSON cannot hold is a TypeError before anything is sent', async () => {
    const { client } = createTestClient(server);
    const body = { cpf: '529.982.247-25', extra: 10n } as unknown as { cpf: string };

    await expect(client.customers.create(body)).rejects.toThrow(TypeError);
    expect(server.requests).toHaveLength(0);
  });

  test('204 resolves with undefined', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 204 });
    await expect(client.credentials.revoke('dinie_ci_1')).resolves.toBeUndefined();
  });

  test('a 2xx body that is not JSON rejects with invalid_response', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 200, body: '<html>oops</html>', headers: { 'x-request-id': 'req_abc' } });

    const error = await rejection(client.customers.get('cust_1'));

    expect(error).toMatchObject({ code: 'invalid_response', status: 200, requestId: 'req_abc' });
    expect(error.cause).toBeInstanceOf(SyntaxError);
    expect(server.requests).toHaveLength(1);
  });

  test('client headers, call headers and userAgent are sent; ours win on protocol headers', async () => {
    const { client } = createTestClient(server, {
      headers: { 'X-Partner': 'acme', 'X-Trace': 'client' },
      userAgent: 'acme-erp/1.0',
    });
    server.reply({ status: 201, json: customer('cust_1') });

    await client.customers.create(
      { cpf: '529.982.247-25' },
      { headers: { 'x-trace': 'call', 'content-type': 'text/plain' } },
    );

    const headers = server.requests[0]?.headers;
    expect(headers).toMatchObject({
      'x-partner': 'acme',
      'x-trace': 'call',
      'user-agent': 'acme-erp/1.0',
      'content-type': 'application/json',
    });
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
  if (!condition()) throw new Error('condition never became true');
}
