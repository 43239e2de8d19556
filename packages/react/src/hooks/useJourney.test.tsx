import type { Customer, Loan } from '@dinie-embed/api';
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { installNodeUploadClasses, pdf } from '../../test/nodeUploads.ts';
import { BASE_URL, CPF, createSandboxHarness, SDK_BASE_URL } from '../../test/sandboxHarness.tsx';
import {
  useBiometricsSession,
  useCreateLoan,
  useJourney,
  useLoan,
  useLoanTransactions,
  useRegisterCustomer,
  useSimulation,
  useUploadDocument,
} from '../index.ts';

installNodeUploadClasses();

function useBorrower(loanId?: string) {
  const journey = useJourney(loanId === undefined ? {} : { loanId });
  return {
    journey,
    register: useRegisterCustomer(),
    upload: useUploadDocument(),
    biometrics: useBiometricsSession(journey.customer?.id),
    simulation: useSimulation(journey.step === 'offer' ? journey.offer?.id : undefined),
    createLoan: useCreateLoan(),
    loan: useLoan(journey.loan?.id),
    installments: useLoanTransactions(journey.step === 'repaying' ? journey.loan?.id : undefined),
  };
}

/*
 * The journey against the sandbox as the API reference describes it (`/v3`) and as the official
 * SDKs do (`/api/v3`: numbers, Unix seconds, KYC requirements, six loan statuses), which the
 * client turns into the same documented model. An SDK registration also takes the company and
 * the contacts, so its KYC has the company document; the SDKs' selfie is the biometrics capture.
 */
const DIALECTS = [
  { dialect: 'docs', baseUrl: BASE_URL, registration: {}, documents: ['cnh', 'selfie'] },
  {
    dialect: 'sdk',
    baseUrl: SDK_BASE_URL,
    registration: { cnpj: '11.222.333/0001-81', email: 'joao@example.com', phone: '+5511987654321' },
    documents: ['ccmei', 'cnh'],
  },
] as const;

describe.each(DIALECTS)('useJourney ($dialect dialect)', ({ baseUrl, registration, documents }) => {
  it('moves from register to repaying as the server state moves, and resumes after a reload', async () => {
    // The sandbox has no event stream, so the journey also proves the polling fallback.
    const harness = createSandboxHarness({ autoApproveKyc: false }, { baseUrl });
    const wrapper = harness.wrapper({ events: true, pollIntervalMs: 25 });
    const { result, unmount } = renderHook(() => useBorrower(), { wrapper });
    const current = () => result.current;
    await waitFor(() => expect(current().journey.step).toBe('register'));

    act(() =>
      current().register.mutate({
        cpf: CPF,
        name: 'João Silva',
        external_id: 'partner-ref-123',
        ...registration,
      }),
    );
    await waitFor(() => expect(current().journey.step).toBe('kyc'));
    const customerId = current().journey.customer?.id as string;
    const uploadable = current().journey.customer?.kyc.filter((item) => item.type !== 'biometrics');
    expect(uploadable?.map((item) => item.type)).toEqual(documents);

    for (const type of documents) {
      act(() => current().upload.upload({ customerId, type, file: pdf(`${type}.pdf`) }));
      await waitFor(() => expect(current().upload.status).toBe('success'));
    }
    act(() => current().biometrics.start());
    await waitFor(() => expect(current().biometrics.sessionUrl).toMatch(/^https?:\/\//));
    expect(current().biometrics.done).toBe(false);
    expect(current().journey.step).toBe('kyc');

    await harness.call('POST', `/test_helpers/customers/${customerId}/biometrics/complete`);
    await waitFor(() => expect(current().journey.step).toBe('under_review'));
    expect(current().biometrics.done).toBe(true);

    await harness.call('POST', `/test_helpers/customers/${customerId}/kyc/approve`);
    await waitFor(() => expect(current().journey.step).toBe('offer'));
    const offer = current().journey.offer;
    expect(offer).toMatchObject({ customer_id: customerId, status: 'available' });

    act(() => current().simulation.simulate({ requested_amount: '10000.00', installment_count: 6 }));
    await waitFor(() => expect(current().simulation.simulation).not.toBeNull());
    const simulation = current().simulation.simulation;
    if (!offer || !simulation) throw new Error('unreachable');
    const terms = {
      credit_offer_id: offer.id,
      simulation_id: simulation.id,
      installments: simulation.number_of_installments,
      installments_value: simulation.installments_value,
      first_due_date: simulation.first_due_date,
    };
    let loans: Loan[] = [];
    await act(async () => {
      loans = await Promise.all([
        current().createLoan.mutateAsync(terms),
        current().createLoan.mutateAsync(terms),
      ]);
    });
    expect(loans[1]?.id).toBe(loans[0]?.id);
    const loanId = loans[0]?.id as string;

    await waitFor(() => expect(current().journey.step).toBe('sign'));
    expect(current().journey.loan?.signing_url).toMatch(/^https?:\/\//);
    expect(current().journey.offer?.id).toBe(offer.id);

    await harness.call('POST', `/test_helpers/loans/${loanId}/sign`);
    await waitFor(() => expect(current().journey.step).toBe('repaying'));
    expect(current().loan.data?.status).toBe('active');
    await waitFor(() => expect(current().installments.data).toHaveLength(6));
    expect(current().installments.data?.every((installment) => installment.status === 'pending')).toBe(true);
    unmount();

    // A reload without an event stream (the sandbox has none): a fresh cache, nothing remembered
    // but what the server says and the host's loan id. With a stream, the proxy's replay of
    // `loan.created` finds the loan too (see useDinieEvents' tests).
    for (const [loanIdOption, expected] of [
      [undefined, 'contracted'],
      [loanId, 'repaying'],
    ] as const) {
      harness.queryClient.clear();
      const reloaded = renderHook(
        () => useJourney(loanIdOption === undefined ? {} : { loanId: loanIdOption }),
        {
          wrapper: harness.wrapper({
            queryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }),
          }),
        },
      );
      await waitFor(() => expect(reloaded.result.current.step).toBe(expected));
      reloaded.unmount();
    }
  }, 20_000);
});

describe('useJourney', () => {
  it('reports the error of the read that failed, not a stale refetch error of another', async () => {
    const harness = createSandboxHarness();
    const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    await harness.call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
    let refuseCustomers = false;
    const problem = (status: number) =>
      new Response(JSON.stringify({ status, title: 'Refused by the test' }), {
        status,
        headers: { 'content-type': 'application/problem+json' },
      });
    const fetchImpl: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      const path = new URL(request.url).pathname;
      if (path.endsWith('/credit-offers')) return Promise.resolve(problem(404));
      if (refuseCustomers && path === '/v3/customers') return Promise.resolve(problem(403));
      return harness.fetch(request);
    };
    const { result } = renderHook(() => useJourney(), { wrapper: harness.wrapper({ fetch: fetchImpl }) });
    await waitFor(() => expect(result.current.step).toBe('error'));
    expect(result.current.reason).toBe('not_found');

    refuseCustomers = true;
    await act(() => harness.queryClient.refetchQueries({ queryKey: ['dinie', 'customers', 'session'] }));
    await waitFor(() =>
      expect(harness.queryClient.getQueryState(['dinie', 'customers', 'session'])?.error).not.toBeNull(),
    );

    expect(result.current.customer?.id).toBe(customer.id);
    expect(result.current.step).toBe('error');
    expect(result.current.reason).toBe('not_found');
  });
});
