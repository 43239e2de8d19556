import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createTestClient } from '../test/client/testClient.ts';
import { startTestServer, type TestServer } from '../test/client/testServer.ts';
import type { DinieClient } from './createDinieClient.ts';
import { createBorrowerClient, createDinieClient } from './createDinieClient.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

interface Operation {
  name: string;
  call: (client: DinieClient) => PromiseLike<unknown>;
  method: string;
  path: string;
  status?: number;
  search?: string;
  body?: unknown;
}

const loan = {
  credit_offer_id: 'co_1',
  simulation_id: 'sim_1',
  installments: 6,
  installments_value: '4550.00',
  first_due_date: '2026-04-15',
};

// The 22 bearer operations; auth.createToken has its own test below.
const OPERATIONS: Operation[] = [
  {
    name: 'credentials.create',
    call: (c) => c.credentials.create({ name: 'Production Key' }),
    method: 'POST',
    path: '/auth/credentials',
    status: 201,
    body: { name: 'Production Key' },
  },
  {
    name: 'credentials.list',
    call: (c) => c.credentials.list({ limit: 10 }),
    method: 'GET',
    path: '/auth/credentials',
    search: 'limit=10',
  },
  {
    name: 'credentials.revoke',
    call: (c) => c.credentials.revoke('dinie_ci_1'),
    method: 'DELETE',
    path: '/auth/credentials/dinie_ci_1',
    status: 204,
  },
  {
    name: 'customers.create',
    call: (c) => c.customers.create({ cpf: '529.982.247-25' }),
    method: 'POST',
    path: '/customers',
    status: 201,
    body: { cpf: '529.982.247-25' },
  },
  {
    name: 'customers.list',
    call: (c) => c.customers.list({ cpf: '529.982.247-25', sort: 'name', order: 'asc' }),
    method: 'GET',
    path: '/customers',
    search: 'cpf=529.982.247-25&sort=name&order=asc',
  },
  { name: 'customers.get', call: (c) => c.customers.get('cust_1'), method: 'GET', path: '/customers/cust_1' },
  {
    name: 'customers.update',
    call: (c) => c.customers.update('cust_1', { email: 'a@b.co' }),
    method: 'PATCH',
    path: '/customers/cust_1',
    body: { email: 'a@b.co' },
  },
  {
    name: 'customers.createBiometricsSession',
    call: (c) => c.customers.createBiometricsSession('cust_1'),
    method: 'POST',
    path: '/customers/cust_1/biometrics',
  },
  {
    name: 'customers.listCreditOffers',
    call: (c) => c.customers.listCreditOffers('cust_1', { status: 'available' }),
    method: 'GET',
    path: '/customers/cust_1/credit-offers',
    search: 'status=available',
  },
  {
    name: 'creditOffers.list',
    call: (c) => c.creditOffers.list({ customer_id: 'cust_1', status: 'expired' }),
    method: 'GET',
    path: '/credit-offers',
    search: 'customer_id=cust_1&status=expired',
  },
  {
    name: 'creditOffers.get',
    call: (c) => c.creditOffers.get('co_1'),
    method: 'GET',
    path: '/credit-offers/co_1',
  },
  {
    name: 'creditOffers.simulate',
    call: (c) => c.creditOffers.simulate('co_1', { requested_amount: '25000.00', installment_count: 6 }),
    method: 'POST',
    path: '/credit-offers/co_1/simulations',
    status: 201,
    body: { requested_amount: '25000.00', installment_count: 6 },
  },
  {
    name: 'loans.create',
    call: (c) => c.loans.create(loan),
    method: 'POST',
    path: '/loans',
    status: 201,
    body: loan,
  },
  { name: 'loans.get', call: (c) => c.loans.get('ln_1'), method: 'GET', path: '/loans/ln_1' },
  {
    name: 'loans.listTransactions',
    call: (c) => c.loans.listTransactions('ln_1'),
    method: 'GET',
    path: '/loans/ln_1/transactions',
  },
  {
    name: 'webhookEndpoints.create',
    call: (c) => c.webhookEndpoints.create({ url: 'https://p.example/hook', events: ['loan.*'] }),
    method: 'POST',
    path: '/webhooks/endpoints',
    status: 201,
    body: { url: 'https://p.example/hook', events: ['loan.*'] },
  },
  {
    name: 'webhookEndpoints.list',
    call: (c) => c.webhookEndpoints.list(),
    method: 'GET',
    path: '/webhooks/endpoints',
  },
  {
    name: 'webhookEndpoints.get',
    call: (c) => c.webhookEndpoints.get('we_1'),
    method: 'GET',
    path: '/webhooks/endpoints/we_1',
  },
  {
    name: 'webhookEndpoints.update',
    call: (c) => c.webhookEndpoints.update('we_1', { status: 'disabled' }),
    method: 'PATCH',
    path: '/webhooks/endpoints/we_1',
    body: { status: 'disabled' },
  },
  {
    name: 'webhookEndpoints.delete',
    call: (c) => c.webhookEndpoints.delete('we_1'),
    method: 'DELETE',
    path: '/webhooks/endpoints/we_1',
    status: 204,
  },
  {
    name: 'webhookEndpoints.rotateSecret',
    call: (c) => c.webhookEndpoints.rotateSecret('we_1', { expire_current_in: 600 }),
    method: 'POST',
    path: '/webhooks/endpoints/we_1/secret/rotate',
    body: { expire_current_in: 600 },
  },
  {
    name: 'webhookEndpoints.rotateSecret (no body)',
    call: (c) => c.webhookEndpoints.rotateSecret('we_1'),
    method: 'POST',
    path: '/webhooks/endpoints/we_1/secret/rotate',
  },
];

describe('operations', () => {
  test.each(OPERATIONS)('$name → $method $path', async (operation) => {
    const { client } = createTestClient(server);
    const status = operation.status ?? 200;
    const answer = { data: [], has_more: false, id: 'x' };
    server.reply(status === 204 ? { status } : { status, json: answer });

    const result = await operation.call(client);

    const [request] = server.requests;
    expect(server.requests).toHaveLength(1);
    expect(request?.method).toBe(operation.method);
    expect(request?.path).toBe(`/v3${operation.path}`);
    expect(request?.search).toBe(operation.search ?? '');
    expect(request?.headers.authorization).toBe('Bearer dinie_at_cached');
    expect(request?.headers['idempotency-key'] !== undefined).toBe(operation.method === 'POST');
    if (operation.body === undefined) {
      expect(request?.text).toBe('');
      expect(request?.headers['content-type']).toBeUndefined();
    } else {
      expect(request?.headers['content-type']).toBe('application/json');
      expect(JSON.parse(request?.text ?? '')).toEqual(operation.body);
    }
    expect(result).toEqual(status === 204 ? undefined : answer);
  });

  test('auth.createToken sends Basic credentials and the form body, and asks for no token', async () => {
    const { client, tokenRequests } = createTestClient(server);
    const token = { access_token: 'dinie_at_abc', token_type: 'bearer', expires_in: 3600 };
    server.reply({ status: 200, json: token });

    await expect(
      client.auth.createToken({ clientId: 'dinie_ci_550e', clientSecret: 'dinie_cs_test_s3cr3t' }),
    ).resolves.toEqual(token);

    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v3/auth/token');
    expect(request?.headers.authorization).toBe(
      `Basic ${Buffer.from('dinie_ci_550e:dinie_cs_test_s3cr3t').toString('base64')}`,
    );
    expect(request?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(request?.text).toBe('grant_type=client_credentials');
    expect(tokenRequests).toHaveLength(0);
  });

  test('auth.createToken refuses a client id with ":"', async () => {
    const { client } = createTestClient(server);
    await expect(client.auth.createToken({ clientId: 'a:b', clientSecret: 's' })).rejects.toThrow(TypeError);
  });

  test('customers.createWithResponse tells a new customer (201) from an existing one (200)', async () => {
    const { client } = createTestClient(server);
    server.reply(
      { status: 201, json: { id: 'cust_1' }, headers: { 'x-request-id': 'req_new' } },
      { status: 200, json: { id: 'cust_1' }, headers: { 'x-request-id': 'req_old' } },
    );

    const first = await client.customers.createWithResponse({ cpf: '529.982.247-25', external_id: 'ref-1' });
    const again = await client.customers.createWithResponse({ cpf: '529.982.247-25', external_id: 'ref-1' });

    expect(first).toEqual({ customer: { id: 'cust_1' }, created: true, requestId: 'req_new' });
    expect(again).toEqual({ customer: { id: 'cust_1' }, created: false, requestId: 'req_old' });
  });
});

describe('URLs', () => {
  test('the base URL may end with a slash', async () => {
    const { client } = createTestClient(server, { baseUrl: `${server.baseUrl}/` });
    server.reply({ status: 200, json: { id: 'cust_1' } });

    await client.customers.get('cust_1');
    expect(server.requests[0]?.path).toBe('/v3/customers/cust_1');
  });

  test('path parameters are percent-encoded', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 200, json: {} }, { status: 200, json: { data: [], has_more: false } });

    await client.customers.get('cust 1/../x?y#z');
    await client.loans.listTransactions('ln_é');

    expect(server.requests.map((request) => request.path)).toEqual([
      '/v3/customers/cust%201%2F..%2Fx%3Fy%23z',
      '/v3/loans/ln_%C3%A9/transactions',
    ]);
  });

  test('an empty path parameter fails fast', async () => {
    const { client } = createTestClient(server);
    await expect(client.customers.get('')).rejects.toThrow(/customerId must be a non-empty string/);
    expect(() => client.loans.listTransactions('')).toThrow(/loanId must be a non-empty string/);
    expect(server.requests).toHaveLength(0);
  });

  test('filters are query-encoded and undefined ones left out', async () => {
    const { client } = createTestClient(server);
    server.reply({ status: 200, json: { data: [], has_more: false } });

    await client.customers.list({ external_id: 'loja do joão&co=1', cpf: '+55 11', limit: 100 });

    const [request] = server.requests;
    expect(request?.search).toBe('external_id=loja+do+jo%C3%A3o%26co%3D1&cpf=%2B55+11&limit=100');
    expect(request?.query.get('external_id')).toBe('loja do joão&co=1');
    expect(request?.query.get('cpf')).toBe('+55 11');
  });
});

describe('options', () => {
  const getToken = async (): Promise<string> => 't';

  test('refuses missing or invalid options with the fix in the message', () => {
    expect(() => createDinieClient({ baseUrl: '', getToken })).toThrow(/needs `baseUrl`/);
    expect(() => createDinieClient({ baseUrl: 'http://x', getToken: undefined as never })).toThrow(
      /needs `getToken`/,
    );
    expect(() => createDinieClient({ baseUrl: 'http://x', getToken, maxRetries: -1 })).toThrow(RangeError);
    expect(() => createDinieClient({ baseUrl: 'http://x', getToken, maxRetries: 1.5 })).toThrow(RangeError);
    expect(() => createDinieClient({ baseUrl: 'http://x', getToken, timeoutMs: 0 })).toThrow(RangeError);
  });

  test('uses a given fetch, calling it without a receiver', async () => {
    const seen: string[] = [];
    const client = createDinieClient({
      baseUrl: server.baseUrl,
      getToken,
      fetch: function (this: unknown, input, init) {
        seen.push(`${String(this)} ${String(input)}`);
        return globalThis.fetch(input, init);
      },
    });
    server.reply({ status: 200, json: { id: 'co_1' } });

    await client.creditOffers.get('co_1');
    expect(seen).toEqual([`undefined ${server.baseUrl}/credit-offers/co_1`]);
  });

  test('defaults to 3 retries', async () => {
    const { client } = createTestClient(server, { maxRetries: undefined });
    server.reply(
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 200, json: {} },
    );

    await expect(client.loans.get('ln_1')).rejects.toMatchObject({ status: 500 });
    expect(server.requests).toHaveLength(4);
  });
});

describe('createBorrowerClient', () => {
  const getToken = async (): Promise<string> => 't';

  test('has only what the proxy forwards for a borrower, and works like the full client', async () => {
    const client = createBorrowerClient({ baseUrl: server.baseUrl, getToken });
    expect(Object.keys(client).sort()).toEqual(['creditOffers', 'customers', 'loans']);
    server.reply({ status: 200, json: { id: 'cust_1' } });
    await expect(client.customers.get('cust_1')).resolves.toEqual({ id: 'cust_1' });
    expect(server.requests[0]).toMatchObject({ method: 'GET', path: '/v3/customers/cust_1' });
    expect(server.requests[0]?.headers.authorization).toBe('Bearer t');
  });

  test('refuses bad options naming itself', () => {
    expect(() => createBorrowerClient({ baseUrl: ' ', getToken })).toThrow(
      /^createBorrowerClient needs `baseUrl`/,
    );
    expect(() => createBorrowerClient({ baseUrl: 'http://x', getToken, timeoutMs: -1 })).toThrow(RangeError);
  });
});
