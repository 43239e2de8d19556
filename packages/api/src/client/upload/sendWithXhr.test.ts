// @vitest-environment jsdom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { createTestClient } from '../../../test/client/testClient.ts';
import { startTestServer, type TestServer } from '../../../test/client/testServer.ts';
import type { UploadProgress } from './uploadProgress.ts';

// jsdom brings a real XMLHttpRequest (over node:http, CORS included), so the browser path of
// uploads runs here against the same local server as everything else.

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

test('uploads through XMLHttpRequest in a browser, with byte progress up to the body size', async () => {
  expect(typeof XMLHttpRequest).toBe('function');
  const { client } = createTestClient(server);
  server.reply({ status: 201, json: { id: 'doc_1', type: 'ccmei', status: 'submitted' } });
  const progress: UploadProgress[] = [];
  const content = 'x'.repeat(100_000);

  const document = await client.customers.uploadDocument('cust_1', {
    type: 'ccmei',
    file: new File([content], 'ccmei.pdf', { type: 'application/pdf' }),
    onProgress: (report) => progress.push(report),
  });

  expect(document).toEqual({ id: 'doc_1', type: 'ccmei', status: 'submitted' });
  const [request] = server.requests;
  expect(request?.headers['content-type']).toMatch(/^multipart\/form-data; ?boundary=/);
  expect(request?.headers.authorization).toBe('Bearer dinie_at_cached');
  expect(request?.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  expect(request?.text).toContain('name="type"');
  expect(request?.text).toContain('ccmei');
  expect(request?.text).toContain('filename="ccmei.pdf"');
  expect(request?.text).toContain(content);
  const total = request?.body.length ?? 0;
  // XHR sends a sized body; the Node path would have streamed it chunked.
  expect(request?.headers['content-length']).toBe(String(total));
  expect(progress.at(-1)).toEqual({ loaded: total, total });
  for (let i = 1; i < progress.length; i++) {
    expect(progress[i]?.loaded).toBeGreaterThan(progress[i - 1]?.loaded ?? Number.POSITIVE_INFINITY);
  }
});

test('an XHR error answer becomes the same DinieApiError as with fetch', async () => {
  const { client } = createTestClient(server);
  server.reply({
    status: 422,
    headers: { 'content-type': 'application/problem+json', 'x-request-id': 'req_xhr' },
    json: {
      title: 'Validation Failed',
      status: 422,
      detail: 'Unknown document type.',
      code: 'invalid_document_type',
      param: 'type',
    },
  });

  const error = await client.customers
    .uploadDocument('cust_1', { type: 'passport', file: new Blob(['x']), onProgress: () => {} })
    .catch((reason: unknown) => reason);

  expect(error).toMatchObject({
    status: 422,
    code: 'invalid_document_type',
    param: 'type',
    requestId: 'req_xhr',
    message: 'Unknown document type.',
  });
});

test('an XHR upload retries a 503 under the same key and can be aborted', async () => {
  const { client } = createTestClient(server);
  server.reply({ status: 503 }, { status: 201, json: { id: 'doc_1' } });

  await client.customers.uploadDocument('cust_1', {
    type: 'cnh',
    file: new Blob(['abc']),
    onProgress: () => {},
  });
  const [first, second] = server.requests;
  expect(second?.headers['idempotency-key']).toBe(first?.headers['idempotency-key']);

  server.reply({ status: 201, json: { id: 'doc_2' }, delayMs: 5_000 });
  const controller = new AbortController();
  const pending = client.customers.uploadDocument(
    'cust_1',
    { type: 'cnh', file: new Blob(['abc']), onProgress: () => {} },
    { signal: controller.signal },
  );
  setTimeout(() => controller.abort(), 50);
  await expect(pending).rejects.toMatchObject({ code: 'aborted' });
});

test('a dropped connection during an XHR upload is a retried network error', async () => {
  const { client } = createTestClient(server, { maxRetries: 1 });
  server.reply({ destroy: true }, { destroy: true });

  await expect(
    client.customers.uploadDocument('cust_1', { type: 'cnh', file: new Blob(['abc']), onProgress: () => {} }),
  ).rejects.toMatchObject({ code: 'network_error' });
  expect(server.requests).toHaveLength(2);
});
