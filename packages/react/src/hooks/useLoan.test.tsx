import type { Loan } from '@dinie-embed/api';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { seedLoan } from '../../test/loanSeed.ts';
import { createSandboxHarness, type SandboxHarness } from '../../test/sandboxHarness.tsx';
import { useCustomer, useDinieEvents, useLoan, useLoanTransactions } from '../index.ts';

interface OpenStream {
  request: Request;
  send(text: string): void;
}

/** Serves a real `text/event-stream` for `/v3/events`, written by the test; the rest goes to the sandbox. */
function withEventStream(harness: SandboxHarness) {
  const streams: OpenStream[] = [];
  const encoder = new TextEncoder();
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname !== '/v3/events') return harness.fetch(request);
    let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(streamController) {
        controller = streamController;
      },
    });
    request.signal.addEventListener('abort', () => {
      try {
        controller?.error(request.signal.reason);
      } catch {
        // Already closed.
      }
    });
    streams.push({ request, send: (text) => controller?.enqueue(encoder.encode(text)) });
    return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  };
  return { streams, fetch: fetchImpl };
}

const loanEvent = (id: number, type: string, loanId: string) =>
  `id: ${id}\nevent: ${type}\ndata: ${JSON.stringify({ id: `evt_${id}`, type, data: { id: loanId } })}\n\n`;

/** Counts the GET requests whose path ends with `suffix`, then hands them to `next`. */
function counting(next: typeof fetch) {
  const seen: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    const request = new Request(input, init);
    if (request.method === 'GET') seen.push(new URL(request.url).pathname);
    return next(request);
  };
  return { fetch: fetchImpl, count: (suffix: string) => seen.filter((path) => path.endsWith(suffix)).length };
}

const call = (harness: SandboxHarness) => harness.call.bind(harness);
const settle = (harness: SandboxHarness) => () => harness.sandbox.settle();

describe('useLoan', () => {
  it('follows a loan through live events and lets go of the stream once it is settled', async () => {
    const harness = createSandboxHarness();
    const loan = await seedLoan(call(harness), settle(harness));
    expect(loan.status).not.toBe('cancelled');
    const sse = withEventStream(harness);
    // The provider keeps no stream of its own: only the hook asks for one.
    const { result } = renderHook(() => useLoan(loan.id), {
      wrapper: harness.wrapper({ events: false, fetch: sse.fetch, pollIntervalMs: 60_000 }),
    });
    await waitFor(() => expect(result.current.data?.status).toBe('awaiting_signatures'));
    await waitFor(() => expect(sse.streams).toHaveLength(1));
    const stream = sse.streams[0] as OpenStream;
    expect(stream.request.headers.get('authorization')).toMatch(/^Bearer /);

    await harness.call('POST', `/test_helpers/loans/${loan.id}/cancel`);
    // Nothing polls (one minute apart): only the event brings the change.
    stream.send(loanEvent(1, 'loan.cancelled', loan.id));
    await waitFor(() => expect(result.current.data?.status).toBe('cancelled'));
    await waitFor(() => expect(stream.request.signal.aborted).toBe(true));
  });

  it('polls where there is no event stream, and stops polling the loan once it is settled', async () => {
    const harness = createSandboxHarness();
    const loan = await seedLoan(call(harness), settle(harness));
    const customerId = loan.customer_id;
    const requests = counting(harness.fetch);
    const { result } = renderHook(
      () => ({
        loan: useLoan(loan.id),
        installments: useLoanTransactions(loan.id),
        customer: useCustomer(customerId),
        events: useDinieEvents(),
      }),
      { wrapper: harness.wrapper({ events: false, fetch: requests.fetch, pollIntervalMs: 20 }) },
    );
    await waitFor(() => expect(result.current.events.status).toBe('polling'));
    await waitFor(() => expect(result.current.loan.data?.status).toBe('awaiting_signatures'));

    await harness.call('POST', `/test_helpers/loans/${loan.id}/sign`);
    await harness.sandbox.settle();
    await waitFor(() => expect(result.current.loan.data?.status).toBe('active'));
    await waitFor(() => expect(result.current.installments.data).toHaveLength(6));

    const installments = result.current.installments.data ?? [];
    for (const _ of installments) await harness.call('POST', `/test_helpers/loans/${loan.id}/pay`);
    await waitFor(() => expect(result.current.loan.data?.status).toBe('finished'));
    await waitFor(() =>
      expect(result.current.installments.data?.every((item) => item.status === 'paid')).toBe(true),
    );

    // Settled: the customer keeps being polled, the loan and its installments do not.
    const loanReads = requests.count(`/loans/${loan.id}`);
    const installmentReads = requests.count(`/loans/${loan.id}/transactions`);
    const customerReads = requests.count(`/customers/${customerId}`);
    await waitFor(() =>
      expect(requests.count(`/customers/${customerId}`)).toBeGreaterThan(customerReads + 3),
    );
    expect(requests.count(`/loans/${loan.id}`)).toBe(loanReads);
    expect(requests.count(`/loans/${loan.id}/transactions`)).toBe(installmentReads);
    expect((result.current.loan.data as Loan).status).toBe('finished');
  });

  it('fetches nothing without a loan id', async () => {
    const harness = createSandboxHarness();
    const requests = counting(harness.fetch);
    const { result } = renderHook(() => useLoan(null), {
      wrapper: harness.wrapper({ fetch: requests.fetch }),
    });
    expect(result.current.fetchStatus).toBe('idle');
    expect(requests.count('/loans/')).toBe(0);
  });
});
