import type { CreditOffer, Customer } from '@dinie-embed/api';
import type { SandboxServer } from '@dinie-embed/sandbox/server';
import { QueryClient, useQuery } from '@tanstack/react-query';
import { act, render, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CPF, partnerApi, startListeningSandbox } from '../test/sandboxHarness.tsx';
import { DinieProvider, useCreditOffers, useCustomer, useDinieEvents } from './index.ts';
import { creditOfferQueries } from './queries/creditOffers.ts';

/*
 * What the browser sends to Dinie, counted request by request over HTTP against a listening
 * sandbox: a load fetches each resource once, and a poll refetches only what it can have changed.
 */

const POLL_MS = 60_000;

let server: SandboxServer;
let sent: string[];

beforeEach(async () => {
  server = await startListeningSandbox({
    autoApproveKyc: false,
  });
  sent = [];
  // Only the poller's interval is faked: each poll happens when the test says, never by the clock.
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
});

afterEach(async () => {
  vi.useRealTimers();
  await server.close();
});

const partner = () => partnerApi(fetch, `${server.url}/v3`);
const partnerToken = () => partner().token();
const call = <T,>(method: string, path: string, body?: unknown) => partner().call<T>(method, path, body);

/** The provider's `fetch`: every request of the hooks goes over HTTP to the sandbox, and is noted. */
const countingFetch: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  sent.push(`${request.method} ${url.pathname}${url.search}`);
  return fetch(request);
};

const count = (request: string) => sent.filter((line) => line === request).length;

function Provider({ queryClient, children }: { queryClient: QueryClient; children: React.ReactNode }) {
  return (
    <StrictMode>
      <DinieProvider
        baseUrl={`${server.url}/v3`}
        fetchSessionToken={partnerToken}
        queryClient={queryClient}
        fetch={countingFetch}
        pollIntervalMs={POLL_MS}
      >
        {children}
      </DinieProvider>
    </StrictMode>
  );
}

/** The borrower by id, as `KycChecklist` and `UnderReview` read it. */
function ById({ customerId, name, events }: { customerId: string; name: string; events?: string }) {
  const customer = useCustomer(customerId);
  return <output data-testid={name} data-status={customer.data?.status ?? 'loading'} data-events={events} />;
}

const STEPS = ['step-0', 'step-1', 'step-2'];

/** What `Onboarding` does: the session's borrower, live updates, then the step's components by id. */
function OnboardingLike({ steps }: { steps: number }) {
  const events = useDinieEvents();
  const customer = useCustomer();
  const id = customer.data?.id;
  if (!id) return <output data-testid="session" data-status="loading" />;
  return (
    <>
      <output data-testid="session" data-status={customer.data?.status} data-events={events.status} />
      {STEPS.slice(0, steps).map((name) => (
        <ById key={name} customerId={id} name={name} />
      ))}
    </>
  );
}

/** Resolves once no query of `queryClient` is fetching any more. */
function idle(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Waits until no Dinie query is fetching and the screen shows every component with data. */
async function settled(queryClient: QueryClient, shown: () => boolean) {
  await waitFor(() => expect(shown()).toBe(true));
  await waitFor(() => expect(queryClient.isFetching()).toBe(0));
}

describe('the requests of a page', () => {
  it('fetch the borrower once on a load, however many components show it', async () => {
    const { id } = await call<Customer>('POST', '/customers', { cpf: CPF });
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { getByTestId, rerender } = render(
      <Provider queryClient={queryClient}>
        <OnboardingLike steps={1} />
      </Provider>,
    );
    await settled(
      queryClient,
      () =>
        getByTestId('step-0').dataset.status === 'pending_kyc' &&
        getByTestId('session').dataset.events === 'polling',
    );
    // A component mounting later (the next step) finds the borrower as fresh as the list left it.
    rerender(
      <Provider queryClient={queryClient}>
        <OnboardingLike steps={3} />
      </Provider>,
    );
    await settled(queryClient, () => getByTestId('step-2').dataset.status === 'pending_kyc');

    expect(count(`GET /v3/customers/${id}`)).toBe(0);
    // The sandbox has no event stream (the proxy has): one try, then polling.
    expect([...sent].sort()).toEqual(['GET /v3/customers?limit=1', 'GET /v3/events']);
  });

  // Approving the KYC and minting the offer in the sandbox come first, over HTTP too.
  it('refetch on a poll only what can have changed, each resource once', { timeout: 15_000 }, async () => {
    const customer = await call<Customer>('POST', '/customers', { cpf: CPF });
    await call('POST', `/test_helpers/customers/${customer.id}/kyc/approve`);
    await server.sandbox.settle();
    const offers = await call<{ data: CreditOffer[] }>('GET', `/customers/${customer.id}/credit-offers`);
    const offerId = (offers.data[0] as CreditOffer).id;

    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { getByTestId } = render(
      <Provider queryClient={queryClient}>
        <Credit queryClient={queryClient} offerId={offerId} />
      </Provider>,
    );
    await settled(
      queryClient,
      () =>
        getByTestId('by-id').dataset.status === 'active' &&
        getByTestId('offer').dataset.status === 'available' &&
        getByTestId('by-id').dataset.events === 'polling',
    );
    expect(count('GET /v3/customers?limit=1')).toBe(1);
    expect(count(`GET /v3/customers/${customer.id}/credit-offers?limit=100`)).toBe(1);
    expect(count(`GET /v3/customers/${customer.id}`)).toBe(0);
    expect(count(`GET /v3/credit-offers/${offerId}`)).toBe(0);

    sent.length = 0;
    act(() => {
      vi.advanceTimersByTime(POLL_MS);
    });
    // The poll starts its refetches at once; nothing on screen changes, so wait on the cache.
    expect(queryClient.isFetching()).toBeGreaterThan(0);
    await idle(queryClient);
    expect([...sent].sort()).toEqual(
      [`GET /v3/customers/${customer.id}/credit-offers?limit=100`, 'GET /v3/customers?limit=1'].sort(),
    );
  });

  it("leave a read that failed with nothing to show to the borrower's retry", async () => {
    await call<Customer>('POST', '/customers', { cpf: CPF });
    const missing = 'cust_00000000000000000000000000000000';
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { getByTestId } = render(
      <Provider queryClient={queryClient}>
        <OnboardingLike steps={1} />
        <Missing customerId={missing} />
      </Provider>,
    );
    await settled(
      queryClient,
      () =>
        getByTestId('session').dataset.events === 'polling' &&
        getByTestId('missing').dataset.failed === 'true',
    );
    // Read once, or twice where React 18's strict mode mounts it again (a failed query retries on mount).
    expect(count(`GET /v3/customers/${missing}`)).toBeGreaterThan(0);

    sent.length = 0;
    act(() => {
      vi.advanceTimersByTime(POLL_MS);
    });
    expect(queryClient.isFetching()).toBeGreaterThan(0);
    await idle(queryClient);
    // The poll refetched the borrower, not the failed read, which still shows its failure.
    expect(sent).toEqual(['GET /v3/customers?limit=1']);
    expect(getByTestId('missing').dataset.failed).toBe('true');
  });
});

/** A customer that does not exist, read by id: whether the read shows a failure. */
function Missing({ customerId }: { customerId: string }) {
  const customer = useCustomer(customerId);
  return <output data-testid="missing" data-failed={customer.isError} />;
}

/** The offers of the borrower, and one offer by id, as the credit pages read them. */
function Credit({ queryClient, offerId }: { queryClient: QueryClient; offerId: string }) {
  const events = useDinieEvents();
  const session = useCustomer();
  const id = session.data?.id;
  const list = useCreditOffers(id);
  return (
    <>
      {id ? <ById customerId={id} name="by-id" events={events.status} /> : null}
      {list.data ? <OfferById queryClient={queryClient} offerId={offerId} /> : null}
    </>
  );
}

/** An offer by id through its `queryOptions`, as a page showing one offer reads it. */
function OfferById({ queryClient, offerId }: { queryClient: QueryClient; offerId: string }) {
  const offer = useQuery(creditOfferQueries.detail(offerId), queryClient);
  return <output data-testid="offer" data-status={offer.data?.status ?? 'loading'} />;
}
