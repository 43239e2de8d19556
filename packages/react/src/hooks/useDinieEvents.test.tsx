import type { CreditOffer, Customer, Loan, Simulation } from '@dinie-embed/api';
import { act, render, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CPF, createSandboxHarness, type SandboxHarness } from '../../test/sandboxHarness.tsx';
import { useBiometricsSession, useCustomer, useDinieEvents, useJourney } from '../index.ts';

interface OpenStream {
  request: Request;
  send(text: string): void;
  close(): void;
}

/**
 * The sandbox has no `/events` (the proxy does): this serves a real `text/event-stream` body for
 * it, written by the test, and sends everything else to the sandbox.
 */
function withEventStream(harness: SandboxHarness, answer?: (request: Request) => Response | undefined) {
  const streams: OpenStream[] = [];
  const encoder = new TextEncoder();
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (new URL(request.url).pathname !== '/v3/events') return harness.fetch(request);
    const early = answer?.(request);
    if (early) return early;
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
        // Already closed by the test.
      }
    });
    streams.push({
      request,
      send: (text) => controller?.enqueue(encoder.encode(text)),
      close: () => controller?.close(),
    });
    return new Response(body, { headers: { 'content-type': 'text/event-stream; charset=utf-8' } });
  };
  return { streams, fetch: fetchImpl };
}

async function biometricsStatus(harness: SandboxHarness, customerId: string) {
  const customer = await harness.call<Customer>('GET', `/customers/${customerId}`);
  return customer.kyc.find((item) => item.type === 'biometrics')?.status;
}

const kycEvent = (id: number, customerId: string) =>
  `id: ${id}\nevent: customer.kyc_updated\ndata: ${JSON.stringify({ id: `evt_${id}`, type: 'customer.kyc_updated', data: { id: customerId } })}\n\n`;

/** What the page shows: the event status and the customer's biometrics item, as attributes. */
function ShownStatus({ customerId }: { customerId: string }) {
  const events = useDinieEvents();
  const customer = useCustomer(customerId);
  const biometrics = customer.data?.kyc.find((item) => item.type === 'biometrics')?.status;
  return <output data-events={events.status} data-biometrics={biometrics ?? 'loading'} />;
}

describe('useDinieEvents', () => {
  it('falls back to polling the shown queries when the endpoint answers 404', async () => {
    // Only the poller's interval is faked: the test makes each poll happen instead of racing one.
    // Checks run on DOM changes (waitFor's MutationObserver), so no real timer paces them either.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const harness = createSandboxHarness({ autoApproveKyc: false });
      const { id } = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
      const Wrapper = harness.wrapper({ pollIntervalMs: 30 });
      const { container } = render(
        <Wrapper>
          <ShownStatus customerId={id} />
        </Wrapper>,
      );
      const shown = container.querySelector('output') as HTMLOutputElement;
      await waitFor(() => expect(shown).toHaveAttribute('data-events', 'polling'));
      await waitFor(() => expect(shown).toHaveAttribute('data-biometrics', 'pending'));
      expect(vi.getTimerCount()).toBe(1);

      await harness.call('POST', `/test_helpers/customers/${id}/biometrics/complete`);
      const expected = await biometricsStatus(harness, id);
      expect(expected).not.toBe('pending');
      // Nothing but a poll refetches the customer here.
      expect(shown).toHaveAttribute('data-biometrics', 'pending');

      act(() => vi.advanceTimersByTime(30));

      await waitFor(() => expect(shown).toHaveAttribute('data-biometrics', expected));
    } finally {
      vi.useRealTimers();
    }
  });

  it('reads a real event stream: authenticated, refetching by event, resuming with Last-Event-ID', async () => {
    const harness = createSandboxHarness({ autoApproveKyc: false });
    const { id } = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    const sse = withEventStream(harness);
    const { result } = renderHook(() => ({ events: useDinieEvents(), customer: useCustomer(id) }), {
      wrapper: harness.wrapper({ fetch: sse.fetch }),
    });
    await waitFor(() => expect(result.current.events.status).toBe('open'));
    await waitFor(() => expect(result.current.customer.isFetching).toBe(false));
    const first = sse.streams[0] as OpenStream;
    expect(first.request.headers.get('authorization')).toBe(
      `Bearer ${await harness.fetchSessionToken.mock.results[0]?.value}`,
    );
    expect(first.request.headers.get('accept')).toBe('text/event-stream');
    expect(first.request.url).toBe('http://sandbox.test/v3/events');
    expect(first.request.headers.get('last-event-id')).toBe('0');

    await harness.call('POST', `/test_helpers/customers/${id}/biometrics/complete`);
    const expected = await biometricsStatus(harness, id);
    const shown = () => result.current.customer.data?.kyc.find((item) => item.type === 'biometrics')?.status;
    expect(shown()).toBe('pending');

    const event = kycEvent(1, id);
    act(() => {
      first.send(`retry: 20\n\n: heartbeat\n\n${event.slice(0, 25)}`);
      first.send(event.slice(25));
    });
    await waitFor(() => expect(shown()).toBe(expected));

    act(() => first.close());
    await waitFor(() => expect(sse.streams).toHaveLength(2));
    expect(sse.streams[1]?.request.headers.get('last-event-id')).toBe('1');
    await waitFor(() => expect(result.current.events.status).toBe('open'));
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(1);
  });

  it('asks for the stored recent events on its first connect, so a reload finds the loan', async () => {
    const harness = createSandboxHarness();
    const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    await harness.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
    const offers = await harness.call<{ data: CreditOffer[] }>(
      'GET',
      `/customers/${customer.id}/credit-offers`,
    );
    const offer = offers.data[0] as CreditOffer;
    const simulation = await harness.call<Simulation>('POST', `/credit-offers/${offer.id}/simulations`, {
      requested_amount: '10000.00',
      installment_count: 6,
    });
    const loan = await harness.call<Loan>('POST', '/loans', {
      credit_offer_id: offer.id,
      simulation_id: simulation.id,
      installments: simulation.number_of_installments,
      installments_value: simulation.installments_value,
      first_due_date: simulation.first_due_date,
    });
    // What the proxy holds for the borrower: it replays it to a client that asks from id 0.
    const loanCreated = `id: 3\nevent: loan.created\ndata: ${JSON.stringify({ id: 'evt_3', type: 'loan.created', data: loan })}\n\n`;
    const sse = withEventStream(harness);
    const { result } = renderHook(() => ({ events: useDinieEvents(), journey: useJourney() }), {
      wrapper: harness.wrapper({ fetch: sse.fetch }),
    });
    await waitFor(() => expect(sse.streams).toHaveLength(1));
    const stream = sse.streams[0] as OpenStream;
    if (stream.request.headers.get('last-event-id') === '0') act(() => stream.send(loanCreated));

    await waitFor(() => expect(result.current.journey.step).toBe('sign'));
    expect(result.current.journey.loan?.id).toBe(loan.id);
  });

  it('gets a new session token when the stream is refused or says the session expired', async () => {
    const harness = createSandboxHarness();
    let issued = 0;
    const fetchSessionToken = vi.fn(async () => `session-${++issued}`);
    let refuseFirst = true;
    const sse = withEventStream(harness, () => {
      if (!refuseFirst) return undefined;
      refuseFirst = false;
      return new Response('{"code":"token_expired"}', {
        status: 401,
        headers: { 'content-type': 'application/problem+json' },
      });
    });
    const { result } = renderHook(() => useDinieEvents(), {
      wrapper: harness.wrapper({ fetch: sse.fetch, fetchSessionToken }),
    });
    await waitFor(() => expect(result.current.status).toBe('open'));
    expect(sse.streams[0]?.request.headers.get('authorization')).toBe('Bearer session-2');

    act(() => (sse.streams[0] as OpenStream).send('event: session_expired\ndata: {}\n\n'));

    await waitFor(() => expect(sse.streams).toHaveLength(2));
    expect(sse.streams[1]?.request.headers.get('authorization')).toBe('Bearer session-3');
    expect(fetchSessionToken).toHaveBeenCalledTimes(3);
  });

  it('polls, without reconnecting, once the proxy replaced this stream with a newer one', async () => {
    const harness = createSandboxHarness();
    const sse = withEventStream(harness);
    const { result } = renderHook(() => useDinieEvents(), {
      wrapper: harness.wrapper({ fetch: sse.fetch, pollIntervalMs: 30 }),
    });
    await waitFor(() => expect(result.current.status).toBe('open'));

    act(() => (sse.streams[0] as OpenStream).send('event: replaced\ndata: {}\n\n'));

    await waitFor(() => expect(result.current.status).toBe('polling'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sse.streams).toHaveLength(1);
  });

  it('is closed when nothing asks for live updates', async () => {
    const harness = createSandboxHarness();
    const sse = withEventStream(harness);
    const { result, unmount } = renderHook(() => useDinieEvents(), {
      wrapper: harness.wrapper({ fetch: sse.fetch }),
    });
    await waitFor(() => expect(result.current.status).toBe('open'));
    unmount();
    await waitFor(() => expect(sse.streams[0]?.request.signal.aborted).toBe(true));
  });

  it('keeps a slow safety-net poll while awaiting the server, even with the stream open and silent', async () => {
    const harness = createSandboxHarness({ autoApproveKyc: false });
    const { id } = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    const sse = withEventStream(harness);
    const { result } = renderHook(
      () => ({ events: useDinieEvents(), biometrics: useBiometricsSession(id) }),
      {
        wrapper: harness.wrapper({ fetch: sse.fetch, safetyPollIntervalMs: 30, pollIntervalMs: 60_000 }),
      },
    );
    await waitFor(() => expect(result.current.events.status).toBe('open'));
    act(() => result.current.biometrics.start());
    await waitFor(() => expect(result.current.biometrics.sessionUrl).not.toBeNull());

    // Completed on the phone; no webhook ever reaches the stream.
    await harness.call('POST', `/test_helpers/customers/${id}/biometrics/complete`);
    await waitFor(() => expect(result.current.biometrics.done).toBe(true));
    expect(result.current.events.status).toBe('open');
  });

  it('does not poll with the stream open when nothing awaits the server', async () => {
    const harness = createSandboxHarness({ autoApproveKyc: false });
    const { id } = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    const sse = withEventStream(harness);
    let customerReads = 0;
    const counting: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'GET' && new URL(request.url).pathname === `/v3/customers/${id}`)
        customerReads++;
      return sse.fetch(request);
    };
    const { result } = renderHook(() => ({ events: useDinieEvents(), customer: useCustomer(id) }), {
      wrapper: harness.wrapper({ fetch: counting, safetyPollIntervalMs: 20 }),
    });
    await waitFor(() => expect(result.current.events.status).toBe('open'));
    await waitFor(() => expect(result.current.customer.isFetching).toBe(false));
    const settled = customerReads;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customerReads).toBe(settled);
  });

  it('polls without requesting the stream when the session answer says events: false', async () => {
    const harness = createSandboxHarness();
    const sse = withEventStream(harness);
    const requested: string[] = [];
    const recording: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      requested.push(new URL(request.url).pathname);
      return sse.fetch(request);
    };
    const fetchSessionToken = async () => ({
      token: await harness.partnerToken(),
      expires_at: new Date(Date.now() + 15 * 60_000).toISOString(),
      events: false,
    });
    const { result } = renderHook(() => useDinieEvents(), {
      wrapper: harness.wrapper({ fetch: recording, fetchSessionToken }),
    });
    await waitFor(() => expect(result.current.status).toBe('polling'));
    expect(requested).not.toContain('/v3/events');
    expect(sse.streams).toHaveLength(0);
  });
});
