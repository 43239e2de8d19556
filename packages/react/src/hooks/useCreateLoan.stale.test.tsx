import type { Loan } from '@dinie-embed/api';
import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { expect, it } from 'vitest';
import { seedOffer, seedTerms } from '../../test/loanSeed.ts';
import { partnerApi, startListeningSandbox } from '../../test/sandboxHarness.tsx';
import { DinieProvider, useCreateLoan, useLoan } from '../index.ts';

/*
 * Dinie moves a new loan on by itself right after creating it, and says so in events that can
 * reach the page before the `POST /loans` answer is stored. The answer must not stand as fresh: the
 * first component that shows the loan reads it again. No poll runs here (its interval is an hour),
 * so only that read can bring the server's status.
 */
it('the first component that shows a just-created loan reads it again', async () => {
  const sandbox = await startListeningSandbox();
  try {
    const { token, call } = partnerApi(fetch, `${sandbox.url}/v3`);
    const terms = await seedTerms(call, await seedOffer(call, () => sandbox.sandbox.settle()));
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false }, mutations: { retry: false } },
    });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DinieProvider
        baseUrl={`${sandbox.url}/v3`}
        fetchSessionToken={token}
        queryClient={queryClient}
        events={false}
        pollIntervalMs={3_600_000}
      >
        {children}
      </DinieProvider>
    );

    const created = renderHook(() => useCreateLoan(), { wrapper });
    let answer: Loan | undefined;
    await act(async () => {
      answer = await created.result.current.mutateAsync(terms);
    });
    await sandbox.sandbox.settle();
    const now = await call<Loan>('GET', `/loans/${answer?.id}`);
    // The server has moved on since it answered.
    expect(now.status).not.toBe(answer?.status);

    const shown = renderHook(() => useLoan(answer?.id), { wrapper });
    await waitFor(() => expect(shown.result.current.data?.status).toBe(now.status));
  } finally {
    await sandbox.close();
  }
});
