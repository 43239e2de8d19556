import type { Customer } from '@dinie-embed/api';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { type ReactNode, StrictMode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE_URL, CPF, createSandboxHarness } from '../test/sandboxHarness.tsx';
import { DinieProvider, useCreditOffers, useCustomer, useJourney } from './index.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('<DinieProvider>', () => {
  it('fetches the session token once under StrictMode, shared by every hook', async () => {
    const harness = createSandboxHarness();
    const { result } = renderHook(() => ({ customer: useCustomer(), journey: useJourney() }), {
      wrapper: harness.wrapper(),
    });
    await waitFor(() => expect(result.current.journey.step).toBe('register'));
    expect(result.current.customer.data).toBeNull();
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(1);
    const keys = harness.queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((key) => key[0] === 'dinie')).toBe(true);
  });

  it('asks for one new token when N concurrent queries are refused (401)', async () => {
    const harness = createSandboxHarness();
    const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    harness.fetchSessionToken.mockImplementationOnce(async () => 'dinie_at_refused');
    const { result } = renderHook(
      () => [useCustomer(), useCustomer(customer.id), useCreditOffers(customer.id), useJourney()] as const,
      { wrapper: harness.wrapper() },
    );
    await waitFor(() => {
      const [session, byId, offers, journey] = result.current;
      expect([session.status, byId.status, offers.status, journey.step]).toEqual([
        'success',
        'success',
        'success',
        'kyc',
      ]);
    });
    expect(result.current[0].data?.id).toBe(customer.id);
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(2);
  });

  it('renews the token shortly before expires_at, once for concurrent queries', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T10:00:00Z'));
    const harness = createSandboxHarness();
    const fetchSessionToken = vi.fn(async () => ({
      token: await harness.partnerToken(),
      expires_at: new Date(Date.now() + 15 * 60_000).toISOString(),
    }));
    const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    const { result } = renderHook(() => [useCustomer(), useCustomer(customer.id)] as const, {
      wrapper: harness.wrapper({ fetchSessionToken }),
    });
    await waitFor(() => expect(result.current.map((query) => query.status)).toEqual(['success', 'success']));
    expect(fetchSessionToken).toHaveBeenCalledTimes(1);

    vi.setSystemTime(new Date('2026-03-04T10:14:45Z'));
    await harness.queryClient.refetchQueries({ queryKey: ['dinie'] });
    expect(fetchSessionToken).toHaveBeenCalledTimes(2);
    expect(result.current.map((query) => query.status)).toEqual(['success', 'success']);
  });

  it("uses the host's QueryClient from context, with every key under 'dinie'", async () => {
    const harness = createSandboxHarness();
    const host = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    host.setQueryData(['customers'], 'the host’s own data');
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={host}>
        <DinieProvider
          baseUrl={BASE_URL}
          fetchSessionToken={harness.fetchSessionToken}
          fetch={harness.fetch}
          events={false}
        >
          {children}
        </DinieProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(
      () => ({
        journey: useJourney(),
        hostQuery: useQuery({ queryKey: ['customers'], queryFn: () => 'refetched' }),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.journey.step).toBe('register'));
    const keys = host
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    expect(keys).toContainEqual(['dinie', 'customers', 'session']);
    expect(keys.filter((key) => key[0] !== 'dinie')).toEqual([['customers']]);
    expect(harness.queryClient.getQueryCache().getAll()).toEqual([]);
  });

  it('fails fast, with the fix, when a hook runs outside the provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => renderHook(() => useCustomer())).toThrow(
      '`useCustomer` must be used inside <DinieProvider>. Wrap the component tree in <DinieProvider',
    );
  });

  it('moves to a new baseUrl on its private QueryClient: old data dropped, a new token fetched', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const harness = createSandboxHarness();
    await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    const hosts: string[] = [];
    const fetchImpl: typeof fetch = (input, init) => {
      const request = new Request(input, init);
      hosts.push(new URL(request.url).host);
      return harness.fetch(request);
    };
    let baseUrl = BASE_URL;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <StrictMode>
        <DinieProvider
          baseUrl={baseUrl}
          fetchSessionToken={harness.fetchSessionToken}
          fetch={fetchImpl}
          events={false}
        >
          {children}
        </DinieProvider>
      </StrictMode>
    );
    const { result, rerender } = renderHook(() => useCustomer(), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(1);

    baseUrl = 'http://other.test/v3';
    hosts.length = 0;
    rerender();

    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(hosts).toEqual(['other.test']);
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(2);
  });

  it('starts over for a new sessionKey: new token, every Dinie query removed, host data kept', async () => {
    const harness = createSandboxHarness();
    const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    harness.queryClient.setQueryData(['host', 'data'], 'kept');
    let sessionKey = 'user-1';
    const { result, rerender } = renderHook(() => [useCustomer(), useCustomer(customer.id)] as const, {
      wrapper: ({ children }: { children: ReactNode }) => harness.wrapper({ sessionKey })({ children }),
    });
    await waitFor(() =>
      expect(result.current.map((query) => query.data?.id)).toEqual([customer.id, customer.id]),
    );
    harness.queryClient.setQueryData(['dinie', 'customers', 'detail', 'cust_unseen'], { id: 'cust_unseen' });
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(1);

    sessionKey = 'user-2';
    rerender();

    expect(result.current.map((query) => query.data)).toEqual([undefined, undefined]);
    expect(harness.queryClient.getQueryData(['dinie', 'customers', 'detail', 'cust_unseen'])).toBeUndefined();
    expect(harness.queryClient.getQueryData(['host', 'data'])).toBe('kept');
    await waitFor(() => expect(result.current.map((query) => query.isSuccess)).toEqual([true, true]));
    expect(harness.fetchSessionToken).toHaveBeenCalledTimes(2);
  });

  it('refuses a provider moving to another baseUrl while a second one shares its QueryClient', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const harness = createSandboxHarness();
    let baseUrl = BASE_URL;
    const wrapper = ({ children }: { children: ReactNode }) => (
      <>
        <DinieProvider
          baseUrl={BASE_URL}
          fetchSessionToken={harness.fetchSessionToken}
          queryClient={harness.queryClient}
          fetch={harness.fetch}
          events={false}
        />
        <DinieProvider
          baseUrl={baseUrl}
          fetchSessionToken={harness.fetchSessionToken}
          queryClient={harness.queryClient}
          fetch={harness.fetch}
          events={false}
        >
          {children}
        </DinieProvider>
      </>
    );
    const { rerender } = renderHook(() => useJourney(), { wrapper });
    baseUrl = '/other';
    expect(() => rerender()).toThrow(/Give each provider its own queryClient/);
  });

  it('refuses two providers on one QueryClient with different baseUrls', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const harness = createSandboxHarness();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <DinieProvider
        baseUrl={BASE_URL}
        fetchSessionToken={harness.fetchSessionToken}
        queryClient={harness.queryClient}
      >
        <DinieProvider
          baseUrl="/other"
          fetchSessionToken={harness.fetchSessionToken}
          queryClient={harness.queryClient}
        >
          {children}
        </DinieProvider>
      </DinieProvider>
    );
    expect(() => renderHook(() => useJourney(), { wrapper })).toThrow(
      /Give each provider its own queryClient/,
    );
  });
});

describe('the developer hint when the proxy cannot be reached', () => {
  it('logs one console.error naming the mount and the dev-server proxy when fetchSessionToken fails', async () => {
    const harness = createSandboxHarness();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const fetchSessionToken = vi.fn(async () => {
        throw new Error('POST /dinie/session answered 404');
      });
      const { result } = renderHook(() => useCustomer(), {
        wrapper: harness.wrapper({ baseUrl: '/dinie', fetchSessionToken }),
      });
      await waitFor(() => expect(result.current.isError).toBe(true));
      // The wording loads on demand: the hint arrives a moment after the failure.
      const hintsLogged = () =>
        logged.mock.calls.map(([message]) => String(message)).filter((m) => m.startsWith('Dinie Embed'));
      await waitFor(() => expect(hintsLogged()).toHaveLength(1));
      const hints = hintsLogged();
      expect(hints[0]).toMatch(/fetchSessionToken\(\) failed \(Error: POST \/dinie\/session answered 404\)/);
      expect(hints[0]).toMatch(/"\/dinie"/);
      expect(hints[0]).toMatch(/server: \{ proxy: \{ '\/dinie'/);
    } finally {
      logged.mockRestore();
    }
  });
});
