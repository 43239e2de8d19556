import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestClient, customer } from '../../test/client/testClient.ts';
import { startTestServer, type TestServer } from '../../test/client/testServer.ts';
import { isDinieApiError } from '../DinieApiError.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

function page(ids: string[], hasMore: boolean) {
  return { status: 200, json: { data: ids.map(customer), has_more: hasMore } };
}

test('awaiting a list gives the first page and fetches nothing more', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_1', 'cust_2'], true));

  const first = await client.customers.list({ limit: 2 });

  expect(first.has_more).toBe(true);
  expect(first.data.map((item) => item.id)).toEqual(['cust_1', 'cust_2']);
  expect(server.requests).toHaveLength(1);
  expect(server.requests[0]?.search).toBe('limit=2');
});

test('nothing is requested until the list is awaited or iterated', async () => {
  const { client } = createTestClient(server);
  const list = client.customers.list();
  await new Promise((resolve) => setTimeout(resolve, 20));

  expect(server.requests).toHaveLength(0);
  expect(String(list)).toBe('[object PagePromise]');
});

test('for await walks three pages, moving only starting_after', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_1', 'cust_2'], true), page(['cust_3', 'cust_4'], true), page(['cust_5'], false));

  const ids: string[] = [];
  for await (const item of client.customers.list({ limit: 2, status: 'active' })) ids.push(item.id);

  expect(ids).toEqual(['cust_1', 'cust_2', 'cust_3', 'cust_4', 'cust_5']);
  expect(server.requests.map((request) => request.path)).toEqual([
    '/v3/customers',
    '/v3/customers',
    '/v3/customers',
  ]);
  expect(server.requests.map((request) => request.query.get('starting_after'))).toEqual([
    null,
    'cust_2',
    'cust_4',
  ]);
  for (const request of server.requests) {
    expect(request.query.get('limit')).toBe('2');
    expect(request.query.get('status')).toBe('active');
  }
});

test('a caller starting_after is used for the first page only', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_8'], true), page(['cust_9'], false));

  const ids: string[] = [];
  for await (const item of client.customers.list({ starting_after: 'cust_7' })) ids.push(item.id);

  expect(ids).toEqual(['cust_8', 'cust_9']);
  expect(server.requests.map((request) => request.query.getAll('starting_after'))).toEqual([
    ['cust_7'],
    ['cust_8'],
  ]);
});

test('breaking out of the loop fetches no further page', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_1', 'cust_2', 'cust_3'], true), page(['cust_4'], false));

  const ids: string[] = [];
  for await (const item of client.customers.list()) {
    ids.push(item.id);
    if (ids.length === 2) break;
  }

  expect(ids).toEqual(['cust_1', 'cust_2']);
  expect(server.requests).toHaveLength(1);
});

test('an empty page stops the walk even if has_more says otherwise', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_1'], true), page([], true), page(['never'], false));

  const ids: string[] = [];
  for await (const item of client.customers.list()) ids.push(item.id);

  expect(ids).toEqual(['cust_1']);
  expect(server.requests).toHaveLength(2);
});

test('awaiting then iterating shares the first page', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_1'], true), page(['cust_2'], false));
  const list = client.customers.list();

  await list;
  const ids: string[] = [];
  for await (const item of list) ids.push(item.id);

  expect(ids).toEqual(['cust_1', 'cust_2']);
  expect(server.requests).toHaveLength(2);
});

test('pages() yields whole pages', async () => {
  const { client } = createTestClient(server);
  server.reply(
    { status: 200, json: { data: [{ id: 'tx_1' }, { id: 'tx_2' }], has_more: true } },
    { status: 200, json: { data: [{ id: 'tx_3' }], has_more: false } },
  );

  const sizes: number[] = [];
  for await (const each of client.loans.listTransactions('ln_1', { limit: 2 }).pages())
    sizes.push(each.data.length);

  expect(sizes).toEqual([2, 1]);
  expect(server.requests.map((request) => request.search)).toEqual([
    'limit=2',
    'limit=2&starting_after=tx_2',
  ]);
});

test('a failing later page rejects the loop with the DinieApiError', async () => {
  const { client } = createTestClient(server);
  server.reply(page(['cust_1'], true), {
    status: 400,
    json: { title: 'Bad Request', status: 400, code: 'invalid_cursor', detail: 'Unknown cursor.' },
  });

  const ids: string[] = [];
  const error = await (async () => {
    for await (const item of client.customers.list()) ids.push(item.id);
  })().catch((reason: unknown) => reason);

  expect(ids).toEqual(['cust_1']);
  expect(isDinieApiError(error) && error.code).toBe('invalid_cursor');
});

test('then/catch/finally behave like a promise of the first page', async () => {
  const { client } = createTestClient(server);
  server.reply({ status: 404, json: { code: 'customer_not_found' } });
  let finished = false;

  const code = await client.customers
    .listCreditOffers('cust_x')
    .finally(() => {
      finished = true;
    })
    .catch((error: unknown) => (isDinieApiError(error) ? error.code : 'other'));

  expect(code).toBe('customer_not_found');
  expect(finished).toBe(true);
});

test('a body without a data list rejects with invalid_response', async () => {
  const { client } = createTestClient(server);
  server.reply({ status: 200, json: { items: [] } });

  await expect(client.webhookEndpoints.list()).rejects.toMatchObject({
    code: 'invalid_response',
    status: 200,
  });
});
