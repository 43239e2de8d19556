import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentForm, FILES } from './fixtures.ts';
import { type RawResult, rawSend } from './rawSend.ts';
import { type Borrower, registerBorrower, type Stack, startStack } from './stack.ts';

const LIMIT = 1024 * 1024;
let stack: Stack;
let borrower: Borrower;
beforeAll(async () => {
  stack = await startStack({
    webhooks: false,
    proxy: {
      limits: {
        uploadBytes: LIMIT,
        requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
        requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
      },
    },
  });
  borrower = await registerBorrower(stack, 'uploader');
});
afterAll(async () => {
  await stack?.close();
});

const upload = (body: BodyInit, headers: Record<string, string> = {}) =>
  stack.call(borrower.token, 'POST', `/customers/${borrower.customerId}/documents`, { body, headers });

/** Sends a multipart body of `totalBytes`, as fast as the socket takes it; see {@link rawSend}. */
function rawUpload(totalBytes: number, declareLength: boolean): Promise<RawResult> {
  const boundary = 'raw-upload-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\ncnh\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
  );
  return rawSend(`${stack.proxyUrl}/customers/${borrower.customerId}/documents`, {
    headers: {
      authorization: `Bearer ${borrower.token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    head,
    totalBytes,
    declareLength,
  });
}

describe('document uploads', () => {
  it('streams an accepted document through to Dinie', async () => {
    const response = await upload(documentForm('cnh', FILES.jpeg, 'image/jpeg'));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ type: 'cnh', status: 'submitted' });
  });

  it('passes a file close to the limit, in pieces, without holding it', async () => {
    const big = Buffer.concat([FILES.pdf, Buffer.alloc(LIMIT - FILES.pdf.length - 10, 0x20)]);
    const response = await upload(documentForm('ccmei', big));
    expect(response.status).toBe(201);
  });

  it('refuses a declared 50 MB body with 413 before reading it', async () => {
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const result = await rawUpload(50 * 1024 * 1024, true);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'file_too_large', param: 'file' });
    expect(result.writtenAtResponse).toBeLessThan(50 * 1024 * 1024);
    const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses a chunked 50 MB body with 413 as soon as it passes the limit', async () => {
    const heapBefore = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    const result = await rawUpload(50 * 1024 * 1024, false);
    expect(result.status).toBe(413);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'file_too_large' });
    // Answered a little past the 1 MiB limit, never after the whole 50 MB.
    expect(result.writtenAtResponse).toBeLessThan(8 * 1024 * 1024);
    const grown = process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers - heapBefore;
    expect(grown).toBeLessThan(20 * 1024 * 1024);
  });

  it('refuses what is not a PDF, JPEG or PNG with 415, by its bytes', async () => {
    const text = await upload(documentForm('cnh', Buffer.from('just some text, not an image'), 'image/jpeg'));
    expect(text.status).toBe(415);
    expect(await text.json()).toMatchObject({ code: 'unsupported_file_type' });
    const disguised = await upload(documentForm('cnh', FILES.png, 'application/pdf'));
    expect(disguised.status).toBe(415);
    expect(await disguised.json()).toMatchObject({ code: 'file_type_mismatch' });
    const json = await stack.call(borrower.token, 'POST', `/customers/${borrower.customerId}/documents`, {
      json: { type: 'cnh' },
    });
    expect(json.status).toBe(415);
    expect(await json.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('refuses a form without a file, or with an odd type, with a 4xx', async () => {
    const form = new FormData();
    form.set('type', 'cnh');
    const missing = await upload(form);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'missing_file' });
    const odd = await upload(documentForm('cnh\r\n--x', FILES.pdf));
    expect(odd.status).toBe(422);
    const unknownType = await upload(documentForm('passport', FILES.pdf));
    expect(unknownType.status).toBe(422);
    const broken = await upload('--x\r\nnot really multipart', {
      'content-type': 'multipart/form-data; boundary=x',
    });
    expect(broken.status).toBe(400);
  });

  it('still answers normally after all of that', async () => {
    const response = await upload(documentForm('selfie', FILES.png, 'image/png'));
    expect(response.status).toBe(201);
  });
});
