import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { createTestClient } from '../../../test/client/testClient.ts';
import { type RecordedRequest, startTestServer, type TestServer } from '../../../test/client/testServer.ts';
import type { UploadProgress } from '../upload/uploadProgress.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

const DOCUMENT = {
  id: 'doc_1',
  type: 'ccmei',
  status: 'submitted',
  uploaded_at: '2026-03-04T10:05:00Z',
  created_at: '2026-03-04T10:05:00Z',
  updated_at: '2026-03-04T10:05:00Z',
};

function bytes(length: number): Uint8Array<ArrayBuffer> {
  return Uint8Array.from({ length }, (_, i) => (i * 31 + 7) % 256);
}

// `toEqual` walks typed arrays element by element; a byte compare keeps the test fast.
function sameBytes(actual: ArrayBuffer, expected: Uint8Array): boolean {
  return Buffer.from(actual).equals(expected);
}

async function formOf(request: RecordedRequest): Promise<FormData> {
  return new Request('http://127.0.0.1/', {
    method: 'POST',
    headers: { 'content-type': String(request.headers['content-type']) },
    body: new Uint8Array(request.body),
  }).formData();
}

function expectMonotonicToTotal(progress: UploadProgress[], total: number): void {
  expect(progress.length).toBeGreaterThan(1);
  for (let i = 1; i < progress.length; i++) {
    expect(progress[i]?.loaded).toBeGreaterThan(progress[i - 1]?.loaded ?? Number.POSITIVE_INFINITY);
  }
  expect(progress.every((report) => report.total === total)).toBe(true);
  expect(progress.at(-1)).toEqual({ loaded: total, total });
}

test('streams the multipart body in Node and reports progress up to the exact body size', async () => {
  const { client } = createTestClient(server);
  server.reply({ status: 201, json: DOCUMENT });
  const content = bytes(200_000);
  const progress: UploadProgress[] = [];

  const document = await client.customers.uploadDocument('cust_1', {
    type: 'ccmei',
    file: new File([content], 'ccmei.pdf', { type: 'application/pdf' }),
    onProgress: (report) => progress.push(report),
  });

  expect(document).toEqual(DOCUMENT);
  const [request] = server.requests;
  if (request === undefined) throw new Error('no request');
  expect(request.method).toBe('POST');
  expect(request.path).toBe('/v3/customers/cust_1/documents');
  expect(request.headers['transfer-encoding']).toBe('chunked');
  expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  expect(request.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
  const form = await formOf(request);
  expect(form.get('type')).toBe('ccmei');
  const file = form.get('file') as File;
  expect(file.name).toBe('ccmei.pdf');
  expect(file.type).toBe('application/pdf');
  expect(sameBytes(await file.arrayBuffer(), content)).toBe(true);
  expect(progress[0]).toEqual({ loaded: 0, total: request.body.length });
  expectMonotonicToTotal(progress, request.body.length);
});

test('a retried upload sends the whole body again under the same key, and progress never goes back', async () => {
  const { client, delays } = createTestClient(server);
  server.reply({ status: 503 }, { status: 201, json: DOCUMENT });
  const progress: UploadProgress[] = [];

  await client.customers.uploadDocument('cust_1', {
    type: 'cnh',
    file: new Blob([bytes(150_000)], { type: 'image/jpeg' }),
    filename: 'cnh.jpg',
    onProgress: (report) => progress.push(report),
  });

  expect(delays).toEqual([250]);
  const [first, second] = server.requests;
  expect(first?.headers['idempotency-key']).toBe(second?.headers['idempotency-key']);
  expect(second?.headers['x-dinie-retry-count']).toBe('1');
  // Each attempt encodes afresh (new boundary), but carries the same parts.
  for (const request of [first, second]) {
    const file = (await formOf(request as RecordedRequest)).get('file') as File;
    expect(file.name).toBe('cnh.jpg');
    expect(sameBytes(await file.arrayBuffer(), bytes(150_000))).toBe(true);
  }
  expectMonotonicToTotal(progress, second?.body.length ?? 0);
});

test('without a listener the FormData goes to fetch as is, named after the Blob or "document"', async () => {
  const { client } = createTestClient(server);
  server.reply({ status: 201, json: DOCUMENT }, { status: 201, json: DOCUMENT });

  await client.customers.uploadDocument('cust_1', { type: 'selfie', file: new File([bytes(10)], 'me.png') });
  await client.customers.uploadDocument('cust_1', { type: 'selfie', file: new Blob([bytes(10)]) });

  const [named, unnamed] = server.requests;
  expect(named?.headers['content-length']).toBe(String(named?.body.length));
  expect(((await formOf(named as RecordedRequest)).get('file') as File).name).toBe('me.png');
  expect(((await formOf(unnamed as RecordedRequest)).get('file') as File).name).toBe('document');
});

test('where fetch cannot stream a request body, progress is 0 then the whole file', async () => {
  vi.stubGlobal('Request', undefined);
  const { client } = createTestClient(server);
  server.reply({ status: 201, json: DOCUMENT });
  const progress: UploadProgress[] = [];

  await client.customers.uploadDocument('cust_1', {
    type: 'ccmei',
    file: new Blob([bytes(4096)]),
    onProgress: (report) => progress.push(report),
  });
  vi.unstubAllGlobals();

  expect(progress).toEqual([
    { loaded: 0, total: 4096 },
    { loaded: 4096, total: 4096 },
  ]);
  const form = await formOf(server.requests[0] as RecordedRequest);
  expect(form.get('type')).toBe('ccmei');
});

test('refuses a missing type or a file that is not a Blob before sending anything', async () => {
  const { client } = createTestClient(server);

  await expect(
    client.customers.uploadDocument('cust_1', { type: '', file: new Blob(['x']) }),
  ).rejects.toThrow(/needs `type`/);
  await expect(
    client.customers.uploadDocument('cust_1', { type: 'cnh', file: 'not a file' as unknown as Blob }),
  ).rejects.toThrow(/needs `file` as a Blob or File/);
  expect(server.requests).toHaveLength(0);
});

test('an upload can be aborted', async () => {
  const { client } = createTestClient(server);
  server.reply({ status: 201, json: DOCUMENT, delayMs: 5_000 });
  const controller = new AbortController();

  const pending = client.customers.uploadDocument(
    'cust_1',
    { type: 'ccmei', file: new Blob([bytes(1000)]), onProgress: () => {} },
    { signal: controller.signal },
  );
  // Aborted once the request is on the server, waiting for its slow answer.
  await vi.waitFor(() => expect(server.requests).toHaveLength(1), { timeout: 10_000 });
  controller.abort();

  await expect(pending).rejects.toMatchObject({ code: 'aborted' });
  expect(server.requests).toHaveLength(1);
});

test('a custom fetch carries uploads even where XMLHttpRequest exists (an in-browser sandbox)', async () => {
  // A browser-like global XHR that must never be reached: it would bypass the caller's fetch.
  vi.stubGlobal(
    'XMLHttpRequest',
    class {
      constructor() {
        throw new Error('XMLHttpRequest used although the client was given its own fetch');
      }
    },
  );
  const seen: string[] = [];
  const { client } = createTestClient(server, {
    fetch: (input, init) => {
      seen.push(String(input));
      return globalThis.fetch(input, init);
    },
  });
  server.reply({ status: 201, json: DOCUMENT });
  const progress: UploadProgress[] = [];

  await client.customers.uploadDocument('cust_1', {
    type: 'ccmei',
    file: new File([bytes(1000)], 'ccmei.pdf', { type: 'application/pdf' }),
    onProgress: (report) => progress.push(report),
  });

  expect(seen).toEqual([`${server.baseUrl}/customers/cust_1/documents`]);
  expect(progress.at(-1)?.loaded).toBe(progress.at(-1)?.total);
});
