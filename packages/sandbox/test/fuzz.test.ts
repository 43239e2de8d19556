import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '../src/index.ts';
import { type SandboxServer, startSandboxServer } from '../src/server.ts';
import { makeCnpj, makeCpf } from './support/brazilianIds.ts';
import { PDF } from './support/files.ts';
import { checkResponse, checkSchema } from './support/openapiValidator.ts';

/*
 * Property: whatever arrives — random JSON, wrong types, huge strings, broken multipart, odd
 * content types, bad tokens and keys — every operation answers below 500, every refusal is
 * problem+json, and every success still matches openapi.yaml. Runs in-process (the same
 * `sandbox.fetch` the server uses), plus raw bytes on a socket for what only a server sees.
 */

const BASE = 'http://sandbox.test';
// SANDBOX_FUZZ_RUNS raises the count for a longer hunt; the default keeps the suite fast.
const RUNS = Number(process.env.SANDBOX_FUZZ_RUNS ?? 60);
let sandbox: Sandbox;
let token = '';
const ids = { customer: '', offer: '', simulation: '', loan: '', endpoint: '' };
const unexpected: unknown[] = [];

async function call(
  method: string,
  path: string,
  init: { body?: BodyInit; headers?: Record<string, string> } = {},
) {
  const response = await sandbox.fetch(
    new Request(`${BASE}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...init.headers },
      ...(init.body === undefined ? {} : { body: init.body }),
    }),
  );
  const text = await response.text();
  return {
    response,
    text,
    json: response.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : text,
  };
}

const json = (body: unknown) => ({
  body: JSON.stringify(body),
  headers: { 'content-type': 'application/json' },
});

beforeAll(async () => {
  sandbox = createSandbox({
    stepMs: 0,
    rateLimit: false,
    clientId: 'dinie_ci_f0220000000000000000000000000000',
    clientSecret: 'dinie_cs_test_fuzz',
    fetch: async () => new Response(null, { status: 204 }),
    onError: (error) => unexpected.push(error),
  });
  const issued = await sandbox.fetch(
    new Request(`${BASE}/v3/auth/token`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${btoa('dinie_ci_f0220000000000000000000000000000:dinie_cs_test_fuzz')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    }),
  );
  token = (await issued.json()).access_token;
  ids.customer = (await call('POST', '/v3/customers', json({ cpf: makeCpf(1), cnpj: makeCnpj(1) }))).json.id;
  await call('POST', `/v3/test_helpers/customers/${ids.customer}/kyc/approve`);
  await sandbox.settle();
  ids.offer = (await call('GET', `/v3/customers/${ids.customer}/credit-offers`)).json.data[0].id;
  const simulation = (
    await call(
      'POST',
      `/v3/credit-offers/${ids.offer}/simulations`,
      json({ requested_amount: '10000.00', installment_count: 6 }),
    )
  ).json;
  ids.simulation = simulation.id;
  ids.loan = (
    await call(
      'POST',
      '/v3/loans',
      json({
        credit_offer_id: ids.offer,
        simulation_id: simulation.id,
        installments: 6,
        installments_value: simulation.installments_value,
        first_due_date: simulation.first_due_date,
      }),
    )
  ).json.id;
  ids.endpoint = (
    await call('POST', '/v3/webhooks/endpoints', json({ url: 'https://partner.example.com/hook' }))
  ).json.id;
  await sandbox.settle();
});

afterAll(async () => {
  await sandbox.close();
  expect(unexpected).toEqual([]);
});

const HUGE = 'ç'.repeat(300_000);
const interesting = fc.constantFrom<unknown>(
  makeCpf(7),
  makeCnpj(7),
  '12.ABC.345/01DE-35',
  'joao@example.com',
  '+5511987654321',
  '25000.00',
  '5000.00',
  '-1.00',
  '1e3',
  6,
  12,
  0,
  -1,
  1e308,
  '2026-04-02',
  '2026-02-30',
  '2027-03-04T00:00:00Z',
  'https://partner.example.com/h',
  'http://127.0.0.1:9/h',
  'javascript:alert(1)',
  ['loan.*'],
  ['*', 'nope'],
  'disabled',
  'rejected',
  'pending_correction',
  'cnh',
  'email',
  '__proto__',
  'constructor',
  '',
  ' ',
  '\u0000',
  '\ud800',
  HUGE,
  null,
  true,
  [],
  {},
);
const value = fc.oneof(
  { weight: 3, arbitrary: interesting },
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 64 }),
);
const idLike = fc.oneof(
  fc.constantFrom(...Object.values(ids).map(() => '')),
  fc
    .constantFrom('cust_', 'co_', 'sim_', 'ln_', 'we_', 'dinie_ci_')
    .chain((prefix) => fc.stringMatching(/^[0-9a-f]{0,40}$/).map((hex) => prefix + hex)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** A JSON body: random JSON, or an object of the operation's fields with arbitrary values. */
function bodyFor(fields: readonly string[]) {
  const keys = [...fields, 'unknown_field', '__proto__'];
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: keys.length }),
  );
}

const contentTypes = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'application/merge-patch+json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=zz',
  'multipart/form-data',
  '',
  '\u00ff',
);

const request = (fields: readonly string[]) =>
  fc.record({
    body: fc.oneof(
      { weight: 4, arbitrary: bodyFor(fields).map((body) => JSON.stringify(body) ?? 'null') },
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }),
      fc.constant('{"a":'),
      fc.constant('['.repeat(5000)),
    ),
    contentType: fc.oneof({ weight: 4, arbitrary: fc.constant('application/json') }, contentTypes),
    idempotencyKey: fc.option(fc.string({ maxLength: 300 }), { nil: undefined }),
    authorization: fc.oneof(
      { weight: 6, arbitrary: fc.constant('valid') },
      fc.constant(undefined),
      fc.string({ maxLength: 80 }),
      fc.string({ maxLength: 80 }).map((text) => `Bearer dinie_at_${text}`),
    ),
  });

interface Operation {
  operationId: string;
  method: string;
  path: (id: string) => string;
  fields: readonly string[];
}

const OPERATIONS: Operation[] = [
  {
    operationId: 'createToken',
    method: 'POST',
    path: () => '/v3/auth/token',
    fields: ['grant_type', 'client_id'],
  },
  {
    operationId: 'createCredential',
    method: 'POST',
    path: () => '/v3/auth/credentials',
    fields: ['name', 'expires_at'],
  },
  {
    operationId: 'revokeCredential',
    method: 'DELETE',
    path: (id) => `/v3/auth/credentials/${id}`,
    fields: [],
  },
  {
    operationId: 'createCustomer',
    method: 'POST',
    path: () => '/v3/customers',
    fields: ['cpf', 'cnpj', 'name', 'email', 'phone', 'trading_name', 'external_id'],
  },
  {
    operationId: 'updateCustomer',
    method: 'PATCH',
    path: (id) => `/v3/customers/${id || ids.customer}`,
    fields: ['cpf', 'cnpj', 'name', 'email', 'phone', 'trading_name', 'external_id'],
  },
  {
    operationId: 'createBiometricsSession',
    method: 'POST',
    path: (id) => `/v3/customers/${id || ids.customer}/biometrics`,
    fields: [],
  },
  {
    operationId: 'createSimulation',
    method: 'POST',
    path: (id) => `/v3/credit-offers/${id || ids.offer}/simulations`,
    fields: ['requested_amount', 'installment_count'],
  },
  {
    operationId: 'createLoan',
    method: 'POST',
    path: () => '/v3/loans',
    fields: ['credit_offer_id', 'simulation_id', 'installments', 'installments_value', 'first_due_date'],
  },
  {
    operationId: 'createWebhookEndpoint',
    method: 'POST',
    path: () => '/v3/webhooks/endpoints',
    fields: ['url', 'events', 'description'],
  },
  {
    operationId: 'updateWebhookEndpoint',
    method: 'PATCH',
    path: (id) => `/v3/webhooks/endpoints/${id || ids.endpoint}`,
    fields: ['url', 'events', 'description', 'status'],
  },
  {
    operationId: 'rotateWebhookSecret',
    method: 'POST',
    path: (id) => `/v3/webhooks/endpoints/${id || ids.endpoint}/secret/rotate`,
    fields: ['expire_current_in'],
  },
  {
    operationId: 'helper',
    method: 'POST',
    path: (id) => `/v3/test_helpers/customers/${id || ids.customer}/kyc/reject`,
    fields: ['type', 'status', 'message'],
  },
  {
    operationId: 'helper',
    method: 'POST',
    path: (id) => `/v3/test_helpers/loans/${id || ids.loan}/pay`,
    fields: ['amount'],
  },
  {
    operationId: 'helper',
    method: 'POST',
    path: (id) => `/v3/test_helpers/loans/${id || ids.loan}/fail`,
    fields: ['code', 'message'],
  },
  { operationId: 'helper', method: 'POST', path: () => '/v3/test_helpers/clock/advance', fields: ['days'] },
  {
    operationId: 'helper',
    method: 'POST',
    path: (id) => `/v3/test_helpers/credit-offers/${id || ids.offer}/expire`,
    fields: [],
  },
];

const LISTS: Array<{ operationId: string; path: (id: string) => string; params: readonly string[] }> = [
  { operationId: 'listCredentials', path: () => '/v3/auth/credentials', params: [] },
  {
    operationId: 'listCustomers',
    path: () => '/v3/customers',
    params: ['cpf', 'external_id', 'status', 'sort', 'order'],
  },
  { operationId: 'getCustomer', path: (id) => `/v3/customers/${id || ids.customer}`, params: [] },
  {
    operationId: 'listCustomerCreditOffers',
    path: (id) => `/v3/customers/${id || ids.customer}/credit-offers`,
    params: ['status'],
  },
  { operationId: 'listCreditOffers', path: () => '/v3/credit-offers', params: ['customer_id', 'status'] },
  { operationId: 'getCreditOffer', path: (id) => `/v3/credit-offers/${id || ids.offer}`, params: [] },
  { operationId: 'getLoan', path: (id) => `/v3/loans/${id || ids.loan}`, params: [] },
  { operationId: 'listTransactions', path: (id) => `/v3/loans/${id || ids.loan}/transactions`, params: [] },
  { operationId: 'listWebhookEndpoints', path: () => '/v3/webhooks/endpoints', params: [] },
  {
    operationId: 'getWebhookEndpoint',
    path: (id) => `/v3/webhooks/endpoints/${id || ids.endpoint}`,
    params: [],
  },
];

function expectWellFormed(
  operationId: string,
  status: number,
  contentType: string | null,
  body: unknown,
): void {
  expect(status, JSON.stringify(body).slice(0, 500)).toBeLessThan(500);
  if (status >= 400) {
    expect(contentType).toBe('application/problem+json');
    expect(checkSchema('Problem', body)).toEqual([]);
  } else if (operationId !== 'helper' && status !== 204) {
    expect(checkResponse(operationId, status, body)).toEqual([]);
  }
}

const encodePath = (id: string) => encodeURIComponent(id);

describe('fuzzing every operation', { timeout: Math.max(10_000, RUNS * 50) }, () => {
  for (const operation of OPERATIONS) {
    it(`${operation.method} ${operation.path(':id')} answers every input with < 500`, async () => {
      await fc.assert(
        fc.asyncProperty(request(operation.fields), idLike, async (input, id) => {
          const headers: Record<string, string> = {};
          if (input.contentType !== '') headers['content-type'] = input.contentType;
          if (input.idempotencyKey !== undefined)
            headers['idempotency-key'] = input.idempotencyKey.replace(/[\r\n\0]/g, '');
          if (operation.operationId === 'createToken')
            headers.authorization =
              input.authorization === 'valid'
                ? `Basic ${btoa('dinie_ci_f0220000000000000000000000000000:dinie_cs_test_fuzz')}`
                : (input.authorization ?? '');
          else if (input.authorization !== 'valid') headers.authorization = input.authorization ?? '';
          for (const [name, headerValue] of Object.entries(headers)) {
            if (!/^[\t\x20-\x7e\x80-\xff]*$/.test(headerValue)) delete headers[name];
          }
          const { response, json: body } = await call(operation.method, operation.path(encodePath(id)), {
            body: input.body,
            headers,
          });
          expectWellFormed(
            operation.operationId,
            response.status,
            response.headers.get('content-type'),
            body,
          );
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('POST /v3/customers/{id}/documents answers broken and odd multipart with < 500', async () => {
    const part = fc.record({
      type: fc.oneof(
        fc.constantFrom('cnh', 'selfie', 'ccmei', 'biometrics', ''),
        fc.string({ maxLength: 20 }),
      ),
      bytes: fc.oneof(fc.constant(PDF), fc.uint8Array({ maxLength: 64 }), fc.constant(new Uint8Array(0))),
      declared: fc.constantFrom('application/pdf', 'image/png', 'text/plain', '', 'application/octet-stream'),
      raw: fc.option(fc.uint8Array({ maxLength: 300 }), { nil: undefined }),
      boundary: fc.constantFrom('zz', '', '"quoted"', 'x'.repeat(200)),
    });
    await fc.assert(
      fc.asyncProperty(part, async ({ type, bytes, declared, raw, boundary }) => {
        let init: { body: BodyInit; headers?: Record<string, string> };
        if (raw !== undefined) {
          init = {
            body: raw as Uint8Array<ArrayBuffer>,
            headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
          };
        } else {
          const form = new FormData();
          form.set('type', type);
          form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: declared }), 'f');
          init = { body: form };
        }
        const { response, json: body } = await call('POST', `/v3/customers/${ids.customer}/documents`, init);
        expectWellFormed('uploadDocument', response.status, response.headers.get('content-type'), body);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  it('answers every list and read with odd query strings and ids with < 500', async () => {
    const all = ['limit', 'starting_after', 'unknown'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...LISTS),
        fc.dictionary(
          fc.constantFrom(...all, 'cpf', 'external_id', 'status', 'sort', 'order', 'customer_id'),
          fc.oneof(
            fc.string({ maxLength: 40 }),
            fc.constantFrom('1', '100', '101', '0', '-5', '25', 'asc', 'name', 'available', makeCpf(3)),
          ),
        ),
        idLike,
        async (list, params, id) => {
          const query = new URLSearchParams(params).toString();
          const { response, json: body } = await call('GET', `${list.path(encodePath(id))}?${query}`);
          expectWellFormed(list.operationId, response.status, response.headers.get('content-type'), body);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });

  it('answers odd methods and paths with < 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'v3',
              'api',
              'customers',
              'loans',
              'sandbox',
              'signing',
              'biometrics',
              '..',
              '%2F',
              '%00',
            ),
            fc.string({ maxLength: 10 }).map(encodeURIComponent),
          ),
          { maxLength: 6 },
        ),
        async (method, segments) => {
          const { response } = await call(
            method,
            `/${segments.join('/')}`,
            method === 'GET' || method === 'HEAD' ? {} : { body: '{}' },
          );
          expect(response.status).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS * 3 },
    );
  });
});

describe('raw bytes on a real socket', () => {
  let server: SandboxServer;

  beforeAll(async () => {
    server = await startSandboxServer({ port: 0, stepMs: 0, onError: (error) => unexpected.push(error) });
  });

  afterAll(async () => {
    await server.close();
  });

  async function raw(bytes: string): Promise<string> {
    const { port } = new URL(server.url);
    return new Promise((resolve) => {
      const socket = connect(Number(port), '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => {
        answer += chunk.toString('latin1');
      });
      socket.on('error', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.setTimeout(2000, () => socket.destroy());
      socket.end(bytes);
    });
  }

  it.each([
    ['a bad percent-escape', 'GET /v3/customers/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    ['a path without the API prefix', 'GET //// HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
    [
      'a body shorter than its Content-Length',
      'POST /v3/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{"cpf"',
    ],
    [
      'invalid UTF-8 JSON',
      'POST /v3/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nConnection: close\r\n\r\n{\xff\xfe}',
    ],
    [
      'an absurd Authorization',
      `GET /v3/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${'A'.repeat(8000)}\r\nConnection: close\r\n\r\n`,
    ],
    [
      'chunked garbage',
      'POST /v3/customers HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\nnope\r\n',
    ],
  ])('survives %s', async (_name, bytes) => {
    const answer = await raw(bytes);
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0);
    expect(status === 0 || status < 500, answer.slice(0, 200)).toBe(true);
    const alive = await fetch(`${server.url}/`);
    expect(alive.status).toBe(200);
  });
});
