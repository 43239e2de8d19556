import type { Customer, KycDocument } from '@dinie-embed/api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installNodeUploadClasses, pdf } from '../../test/nodeUploads.ts';
import { CPF, createSandboxHarness, type SandboxHarness } from '../../test/sandboxHarness.tsx';
import { useCustomer, useUploadDocument } from '../index.ts';

installNodeUploadClasses();

const isDocuments = (request: Request) =>
  /\/customers\/[^/]+\/documents$/.test(new URL(request.url).pathname);

/** Reads the whole upload before handing it to the sandbox, as a network would. */
async function buffered(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
  pauseMs: number,
): Promise<Request> {
  const request = new Request(input, init);
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    chunks.push(next.value);
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
  }
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: new Blob(chunks as BlobPart[]),
  });
}

async function setup(fetchFor: (harness: SandboxHarness) => typeof fetch) {
  const harness = createSandboxHarness({ autoApproveKyc: false });
  const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
  const progress: number[] = [];
  const hook = renderHook(
    () => {
      const upload = useUploadDocument();
      progress.push(upload.progress);
      return { upload, customer: useCustomer(customer.id) };
    },
    { wrapper: harness.wrapper({ fetch: fetchFor(harness) }) },
  );
  const cnh = () => hook.result.current.customer.data?.kyc.find((item) => item.type === 'cnh');
  return { harness, customer, progress, result: hook.result, unmount: hook.unmount, cnh };
}

describe('useUploadDocument', () => {
  it('reports progress from 0 to 1 and refreshes the customer’s KYC item', async () => {
    const { customer, progress, result, cnh } = await setup((harness) => async (input, init) => {
      const request = new Request(input, init);
      return harness.fetch(isDocuments(request) ? await buffered(input, init, 2) : request);
    });
    await waitFor(() => expect(cnh()?.status).toBe('pending'));

    act(() =>
      result.current.upload.upload({ customerId: customer.id, type: 'cnh', file: pdf('cnh.pdf', 512) }),
    );

    await waitFor(() => expect(result.current.upload.status).toBe('success'));
    expect(result.current.upload.progress).toBe(1);
    expect(result.current.upload.document).toMatchObject({ type: 'cnh', status: 'submitted' });
    const during = progress.filter((value) => value > 0 && value < 1);
    expect(during.length).toBeGreaterThan(1);
    expect(during).toEqual([...during].sort((a, b) => a - b));
    await waitFor(() => expect(cnh()?.status).toBe('submitted'));
  });

  it('cancels an upload in flight; nothing is stored', async () => {
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => {
      markStarted = resolve;
    });
    const { customer, result, cnh } = await setup((harness) => async (input, init) => {
      const request = new Request(input, init);
      if (!isDocuments(request)) return harness.fetch(request);
      markStarted();
      return new Promise<Response>((_resolve, reject) => {
        request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
      });
    });
    await waitFor(() => expect(cnh()?.status).toBe('pending'));

    act(() =>
      result.current.upload.upload({ customerId: customer.id, type: 'cnh', file: pdf('cnh.pdf', 64) }),
    );
    await started;
    expect(result.current.upload.status).toBe('uploading');
    act(() => result.current.upload.cancel());

    await waitFor(() => expect(result.current.upload.status).toBe('cancelled'));
    expect(result.current.upload.error).toBeNull();
    expect(result.current.upload.reason).toBeNull();
    await result.current.customer.refetch();
    expect(cnh()?.status).toBe('pending');
  });

  it('cancels the upload in flight on unmount; nothing is stored', async () => {
    let markStarted = () => {};
    const started = new Promise<void>((resolve) => {
      markStarted = resolve;
    });
    let upload: Request | undefined;
    const { harness, customer, result, unmount } = await setup((harness) => async (input, init) => {
      const request = new Request(input, init);
      if (!isDocuments(request)) return harness.fetch(request);
      upload = request;
      markStarted();
      // The sandbox gets the upload only once the "network" has carried it, unless it was aborted.
      await new Promise((resolve) => setTimeout(resolve, 50));
      request.signal.throwIfAborted();
      return harness.fetch(await buffered(input, init, 0));
    });
    await waitFor(() => expect(result.current.customer.isSuccess).toBe(true));

    act(() =>
      result.current.upload.upload({ customerId: customer.id, type: 'cnh', file: pdf('cnh.pdf', 64) }),
    );
    await started;
    unmount();

    expect(upload?.signal.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = await harness.call<Customer>('GET', `/customers/${customer.id}`);
    expect(after.kyc.find((item) => item.type === 'cnh')?.status).toBe('pending');
  });

  it('retries with the same Idempotency-Key after the answers were lost: stored once', async () => {
    let dropAnswers = true;
    const keys = new Set<string | null>();
    const stored: string[] = [];
    const { customer, result } = await setup((harness) => async (input, init) => {
      const request = new Request(input, init);
      if (!isDocuments(request)) return harness.fetch(request);
      const response = await harness.fetch(await buffered(input, init, 0));
      keys.add(request.headers.get('idempotency-key'));
      stored.push(((await response.clone().json()) as KycDocument).id);
      if (dropAnswers) throw new TypeError('fetch failed');
      return response;
    });

    act(() =>
      result.current.upload.upload({ customerId: customer.id, type: 'cnh', file: pdf('cnh.pdf', 16) }),
    );
    await waitFor(() => expect(result.current.upload.status).toBe('error'), { timeout: 10_000 });
    expect(result.current.upload.reason).toBe('offline');

    dropAnswers = false;
    act(() => result.current.upload.retry());

    await waitFor(() => expect(result.current.upload.status).toBe('success'));
    expect(keys.size).toBe(1);
    expect(new Set(stored)).toEqual(new Set([result.current.upload.document?.id]));
  }, 15_000);
});
