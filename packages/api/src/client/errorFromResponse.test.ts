import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestClient } from '../../test/client/testClient.ts';
import type { CannedReply } from '../../test/client/testServer.ts';
import { startTestServer, type TestServer } from '../../test/client/testServer.ts';
import { type DinieApiError, isDinieApiError } from '../DinieApiError.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

/** Answers one GET with `reply` (no retries) and returns what the client rejected with. */
async function errorFor(reply: CannedReply): Promise<DinieApiError> {
  const { client } = createTestClient(server, { maxRetries: 0 });
  server.reply(reply);
  const error = await client.customers.get('cust_1').then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!isDinieApiError(error)) throw new Error(`expected a DinieApiError, got ${String(error)}`);
  return error;
}

const PROBLEM = { 'content-type': 'application/problem+json' };

test('a validation problem with errors[] (the reference example)', async () => {
  const error = await errorFor({
    status: 422,
    headers: { ...PROBLEM, 'x-request-id': 'req_0123456789abcdef0123456789abcdef' },
    json: {
      type: 'https://api.dinie.com.br/errors/validation-failed',
      title: 'Validation Failed',
      status: 422,
      detail: 'One or more fields failed validation.',
      instance: '/v3/customers',
      code: 'missing_required_field',
      errors: [
        { param: 'cpf', detail: 'The cpf field is required.', code: 'missing_required_field' },
        { param: 'email', detail: 'Invalid e-mail.' },
      ],
      request_id: 'req_0123456789abcdef0123456789abcdef',
    },
  });

  expect(error).toBeInstanceOf(Error);
  expect(error.name).toBe('DinieApiError');
  expect(error).toMatchObject({
    status: 422,
    code: 'missing_required_field',
    type: 'https://api.dinie.com.br/errors/validation-failed',
    title: 'Validation Failed',
    detail: 'One or more fields failed validation.',
    message: 'One or more fields failed validation.',
    instance: '/v3/customers',
    param: undefined,
    requestId: 'req_0123456789abcdef0123456789abcdef',
  });
  expect(error.errors).toEqual([
    { param: 'cpf', detail: 'The cpf field is required.', code: 'missing_required_field' },
    { param: 'email', detail: 'Invalid e-mail.' },
  ]);
});

test('a problem naming one param', async () => {
  const error = await errorFor({
    status: 422,
    headers: PROBLEM,
    json: {
      type: 'https://api.dinie.com.br/errors/validation-failed',
      title: 'Validation Failed',
      status: 422,
      detail: 'limit must be between 1 and 100.',
      code: 'invalid_limit',
      param: 'limit',
    },
  });

  expect(error).toMatchObject({ param: 'limit', code: 'invalid_limit', errors: [] });
});

test('the request id comes from the header when the body lacks it, and from the body otherwise', async () => {
  const fromHeader = await errorFor({
    status: 404,
    headers: { ...PROBLEM, 'x-request-id': 'req_header' },
    json: {
      type: 'https://api.dinie.com.br/errors/not-found',
      title: 'Not Found',
      status: 404,
      detail: 'No such customer.',
      code: 'customer_not_found',
    },
  });
  const fromBody = await errorFor({
    status: 404,
    headers: PROBLEM,
    json: { title: 'Not Found', status: 404, code: 'customer_not_found', request_id: 'req_body' },
  });

  expect(fromHeader.requestId).toBe('req_header');
  expect(fromBody.requestId).toBe('req_body');
  expect(fromBody.message).toBe('Not Found');
});

test('an HTML page from a proxy becomes an http_error named by its status', async () => {
  const error = await errorFor({
    status: 502,
    headers: { 'content-type': 'text/html' },
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
  });

  expect(error).toMatchObject({
    status: 502,
    code: 'http_error',
    type: 'about:blank',
    title: 'Bad Gateway',
    detail: undefined,
    message: 'Bad Gateway',
    errors: [],
  });
});

test('an empty body with an unusual status still has a title', async () => {
  const error = await errorFor({ status: 507 });
  expect(error).toMatchObject({ status: 507, code: 'http_error', title: 'Insufficient Storage' });
});

test('an empty body with a known status', async () => {
  const error = await errorFor({ status: 500, headers: { 'x-request-id': 'req_empty' } });
  expect(error).toMatchObject({
    status: 500,
    code: 'http_error',
    title: 'Internal Server Error',
    requestId: 'req_empty',
  });
});

test('plain JSON errors: { message }, { error: { code, message } } and OAuth style', async () => {
  const plain = await errorFor({ status: 400, json: { message: 'Bad thing.' } });
  const nested = await errorFor({
    status: 400,
    json: { error: { code: 'malformed_body', message: 'Body is not JSON.' } },
  });
  // A 401 on a bearer call is retried with a fresh token; the token endpoint answers it as final.
  const { client } = createTestClient(server);
  server.reply({ status: 401, json: { error: 'invalid_client', error_description: 'Unknown client.' } });
  const oauth = await client.auth
    .createToken({ clientId: 'dinie_ci_1', clientSecret: 'nope' })
    .catch((e: unknown) => e);

  expect(plain).toMatchObject({ code: 'http_error', title: 'Bad Request', message: 'Bad thing.' });
  expect(nested).toMatchObject({ code: 'malformed_body', message: 'Body is not JSON.' });
  expect(oauth).toMatchObject({ status: 401, code: 'invalid_client', message: 'Unknown client.' });
});

test('JSON that is not an object, and malformed errors[] entries, are tolerated', async () => {
  const array = await errorFor({ status: 409, json: ['conflict'] });
  const messy = await errorFor({
    status: 422,
    json: { code: 'x', errors: [null, 'cpf', { field: 'cpf', message: 'bad' }] },
  });

  expect(array).toMatchObject({ status: 409, code: 'http_error', title: 'Conflict' });
  expect(messy.errors).toEqual([{ param: 'cpf', detail: 'bad' }]);
});

test('a 429 that outlives the retries keeps the Retry-After the server asked for', async () => {
  const error = await errorFor({
    status: 429,
    headers: { ...PROBLEM, 'retry-after': '30' },
    json: {
      type: 'https://api.dinie.com.br/errors/rate-limit-exceeded',
      title: 'Too Many Requests',
      status: 429,
      detail: 'Rate limit exceeded. Try again in 30 seconds.',
      code: 'rate_limit_exceeded',
    },
  });

  expect(error).toMatchObject({ code: 'rate_limit_exceeded', retryAfter: 30 });
});
