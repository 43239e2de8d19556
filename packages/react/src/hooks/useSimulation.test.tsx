import type { CreditOffer, Customer, Loan, Simulation } from '@dinie-embed/api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CPF, createSandboxHarness } from '../../test/sandboxHarness.tsx';
import { useSimulation } from '../index.ts';

describe('useSimulation', () => {
  it('keeps the newest simulation when an older one answers after it', async () => {
    const harness = createSandboxHarness();
    const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    await harness.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
    await harness.sandbox.settle();
    const offers = await harness.call<{ data: CreditOffer[] }>(
      'GET',
      `/customers/${customer.id}/credit-offers`,
    );
    const offer = offers.data[0] as CreditOffer;

    // Dinie answers every simulation at once; this holds the first answer back until released,
    // so the first call (priced first, hence older at Dinie) reaches the page last.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let simulations = 0;
    const outOfOrder: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      const response = await harness.fetch(request);
      if (request.method === 'POST' && request.url.endsWith('/simulations') && ++simulations === 1)
        await held;
      return response;
    };
    const { result } = renderHook(() => useSimulation(offer.id), {
      wrapper: harness.wrapper({ fetch: outOfOrder }),
    });

    act(() => result.current.simulate({ requested_amount: '10000.00', installment_count: 6 }));
    await waitFor(() => expect(simulations).toBe(1));
    act(() => result.current.simulate({ requested_amount: '20000.00', installment_count: 12 }));
    await waitFor(() => expect(result.current.simulation?.requested_amount).toBe('20000.00'));

    release();
    await waitFor(() => expect(harness.queryClient.isMutating()).toBe(0));
    const shown = result.current.simulation as Simulation;
    expect(shown.requested_amount).toBe('20000.00');
    expect(shown.number_of_installments).toBe(12);

    // The one shown is the one Dinie contracts: a loan on it is accepted.
    const loan = await harness.call<Loan>('POST', '/loans', {
      credit_offer_id: offer.id,
      simulation_id: shown.id,
      installments: shown.number_of_installments,
      installments_value: shown.installments_value,
      first_due_date: shown.first_due_date,
    });
    expect(loan.credit_offer_id).toBe(offer.id);
  });
});
