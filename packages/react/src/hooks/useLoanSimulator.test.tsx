import { type CreditOffer, DinieApiError, type Simulation } from '@dinie-embed/api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CPF, createSandboxHarness, type SandboxHarness } from '../../test/sandboxHarness.tsx';
import { figuresOfEstimate, figuresOfSimulation, useCreateLoan, useLoanSimulator } from '../index.ts';

const CNPJ = '12.ABC.345/01DE-35';

/** An active customer with the sandbox's default offer (R$ 5,000–50,000, 3–12 × at 2.5 % a.m.). */
async function customerWithOffer(harness: SandboxHarness, cnpj: string | null = CNPJ): Promise<CreditOffer> {
  const customer = await harness.call<{ id: string }>('POST', '/customers', {
    cpf: CPF,
    ...(cnpj ? { cnpj } : {}),
    name: 'Maria Aparecida Souza',
    external_id: `p-${Math.random().toString(36).slice(2)}`,
  });
  await harness.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
  let offers: CreditOffer[] = [];
  await waitFor(async () => {
    offers = (await harness.call<{ data: CreditOffer[] }>('GET', `/customers/${customer.id}/credit-offers`))
      .data;
    expect(offers).toHaveLength(1);
  });
  return offers[0] as CreditOffer;
}

/** A fetch that records each simulation the sandbox answered, and the signal of each request. */
function recordingFetch(harness: SandboxHarness) {
  const answered: Simulation[] = [];
  const signals: AbortSignal[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const isSimulation = request.method === 'POST' && request.url.endsWith('/simulations');
    if (isSimulation && init?.signal) signals.push(init.signal);
    const response = await harness.fetch(input, init);
    if (isSimulation && response.ok) answered.push((await response.clone().json()) as Simulation);
    return response;
  };
  return { fetch, answered, signals };
}

describe('useLoanSimulator', () => {
  it('estimates at once, then shows exactly the simulation the sandbox answered', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    const recording = recordingFetch(harness);
    const { result } = renderHook(() => useLoanSimulator(offer, { debounceMs: 20 }), {
      wrapper: harness.wrapper({ fetch: recording.fetch }),
    });

    expect(result.current.amountCents).toBe(5_000_000);
    expect(result.current.installments).toBe(12);
    expect(result.current.estimate?.requestedCents).toBe(5_000_000);
    expect(result.current.canContract).toBe(false);

    act(() => {
      result.current.setAmountCents(2_500_000);
      result.current.setInstallments(6);
    });
    // The estimate follows in the same render; the authoritative figures come later.
    expect(result.current.estimate).toMatchObject({ requestedCents: 2_500_000 });
    expect(result.current.estimate?.schedule).toHaveLength(6);
    await waitFor(() => expect(result.current.status).toBe('current'));

    const simulation = result.current.simulation as Simulation;
    expect(simulation).toEqual(recording.answered.at(-1));
    expect(simulation).toMatchObject({ requested_amount: '25000.00', number_of_installments: 6 });
    expect(result.current.isCurrent).toBe(true);
    expect(result.current.canContract).toBe(true);
    // The sandbox's defaults: the estimate equals the authoritative figures to the cent.
    expect(figuresOfEstimate(result.current.estimate as never)).toEqual(figuresOfSimulation(simulation));
  });

  it('keeps the input inside the offer and sends one request for a burst of input', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    const recording = recordingFetch(harness);
    const { result } = renderHook(() => useLoanSimulator(offer, { debounceMs: 50 }), {
      wrapper: harness.wrapper({ fetch: recording.fetch }),
    });
    await waitFor(() => expect(result.current.status).toBe('current'));
    const before = recording.signals.length;

    act(() => {
      result.current.setAmountCents(99_999_999);
      result.current.setInstallments(40);
    });
    expect(result.current.amountCents).toBe(5_000_000);
    expect(result.current.installments).toBe(12);
    act(() => {
      result.current.setAmountCents(-1);
      result.current.setInstallments(0.2);
    });
    expect(result.current.amountCents).toBe(500_000);
    expect(result.current.installments).toBe(3);
    act(() => result.current.setAmountCents(1_234_567.4));
    expect(result.current.amountCents).toBe(1_234_567);
    expect(result.current.status).toBe('settling');
    expect(result.current.canContract).toBe(false);

    for (let cents = 600_000; cents <= 4_000_000; cents += 200_000) {
      act(() => result.current.setAmountCents(cents));
    }
    await waitFor(() => expect(result.current.status).toBe('current'));
    expect(recording.signals.length - before).toBe(1);
    expect(result.current.simulation?.requested_amount).toBe('40000.00');
  });

  it('aborts a request the input has superseded; only the latest answer counts', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    const recording = recordingFetch(harness);
    let first: AbortSignal | undefined;
    // The first simulation hangs like a slow network, and gives up as fetch does when aborted.
    const slowFirst: typeof fetch = async (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/simulations') && first === undefined) {
        const signal = init.signal as AbortSignal;
        first = signal;
        await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
      }
      return recording.fetch(input, init);
    };
    const { result } = renderHook(() => useLoanSimulator(offer, { debounceMs: 10 }), {
      wrapper: harness.wrapper({ fetch: slowFirst }),
    });
    await waitFor(() => expect(result.current.status).toBe('simulating'));
    act(() => result.current.setAmountCents(1_000_000));
    await waitFor(() => expect(first?.aborted).toBe(true));
    await waitFor(() => expect(result.current.status).toBe('current'));
    expect(recording.answered.map((simulation) => simulation.requested_amount)).toEqual(['10000.00']);
    expect(result.current.simulation?.requested_amount).toBe('10000.00');
    expect(result.current.error).toBeNull();
  });

  it('turns unavailable when Dinie says the offer expired, and contracts nothing', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    const { result } = renderHook(() => useLoanSimulator(offer, { debounceMs: 10 }), {
      wrapper: harness.wrapper(),
    });
    await waitFor(() => expect(result.current.status).toBe('current'));
    await harness.call('POST', `/test_helpers/credit-offers/${offer.id}/expire`);
    act(() => result.current.setInstallments(6));
    await waitFor(() => expect(result.current.status).toBe('unavailable'));
    expect(result.current.offer.status).toBe('expired');
    expect(result.current.canContract).toBe(false);
  });

  it('closes the offer at valid_until by the device clock, before any event', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    const closed = { ...offer, valid_until: new Date(Date.now() - 1000).toISOString() };
    const { result } = renderHook(() => useLoanSimulator(closed, { debounceMs: 10 }), {
      wrapper: harness.wrapper({ fetch: async () => new Response(JSON.stringify(closed)) }),
    });
    expect(result.current.status).toBe('unavailable');
    expect(result.current.estimate).not.toBeNull();
  });

  it('after Dinie refuses a stale simulation, retry prices the input again and that one contracts', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    const { result } = renderHook(
      () => ({ sim: useLoanSimulator(offer, { debounceMs: 10 }), loan: useCreateLoan() }),
      { wrapper: harness.wrapper() },
    );
    await waitFor(() => expect(result.current.sim.status).toBe('current'));
    const shown = result.current.sim.simulation as Simulation;
    // Another tab prices another amount: Dinie's latest simulation is no longer the one shown.
    await harness.call('POST', `/credit-offers/${offer.id}/simulations`, {
      requested_amount: '7000.00',
      installment_count: 3,
    });
    const terms = (simulation: Simulation) => ({
      credit_offer_id: offer.id,
      simulation_id: simulation.id,
      installments: simulation.number_of_installments,
      installments_value: simulation.installments_value,
      first_due_date: simulation.first_due_date,
    });
    let refusal: unknown;
    await act(async () => {
      refusal = await result.current.loan.mutateAsync(terms(shown)).catch((error: unknown) => error);
    });
    expect(refusal).toBeInstanceOf(DinieApiError);
    expect((refusal as DinieApiError).code).toBe('simulation_mismatch');

    act(() => result.current.sim.retry());
    expect(result.current.sim.canContract).toBe(false);
    await waitFor(() => expect(result.current.sim.status).toBe('current'));
    const fresh = result.current.sim.simulation as Simulation;
    expect(fresh.id).not.toBe(shown.id);
    let loan: { simulation_id: string } | undefined;
    await act(async () => {
      loan = await result.current.loan.mutateAsync(terms(fresh));
    });
    expect(loan?.simulation_id).toBe(fresh.id);
  });

  it('says why a simulation failed and retries it', async () => {
    const harness = createSandboxHarness();
    const offer = await customerWithOffer(harness);
    let failing = true;
    const flaky: typeof fetch = (input, init) =>
      failing && init?.method === 'POST' && String(input).endsWith('/simulations')
        ? Promise.resolve(
            new Response(JSON.stringify({ type: 'about:blank', title: 'Boom', status: 503, code: 'down' }), {
              status: 503,
              headers: { 'content-type': 'application/problem+json' },
            }),
          )
        : harness.fetch(input, init);
    const { result } = renderHook(() => useLoanSimulator(offer, { debounceMs: 10 }), {
      wrapper: harness.wrapper({ fetch: flaky }),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.reason).toBe('server');
    expect(result.current.canContract).toBe(false);
    failing = false;
    act(() => result.current.retry());
    await waitFor(() => expect(result.current.status).toBe('current'));
    expect(result.current.error).toBeNull();
  });
});
