import type { Customer } from '@dinie-embed/api';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { CPF, createSandboxHarness } from '../../test/sandboxHarness.tsx';
import { useBiometricsSession } from '../index.ts';

/** Counts the biometrics sessions opened, and the 409s refused, on their way to the sandbox. */
async function setup() {
  const harness = createSandboxHarness({ autoApproveKyc: false });
  const customer = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
  const posts: number[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const response = await harness.fetch(request);
    if (request.method === 'POST' && new URL(request.url).pathname.endsWith('/biometrics')) {
      posts.push(response.status);
    }
    return response;
  };
  return { harness, customer, posts, wrapper: harness.wrapper({ fetch: fetchImpl }) };
}

/** What `<BiometricsStep>` does: starts the capture as soon as it shows, from an effect. */
function AutoStart({ customerId }: { customerId: string }) {
  const { start, isStarting, session, error } = useBiometricsSession(customerId);
  useEffect(() => {
    if (!isStarting && !session) start();
  }, [isStarting, session, start]);
  return <p>{error ? `error: ${error.message}` : (session?.session_url ?? 'starting')}</p>;
}

describe('useBiometricsSession', () => {
  it('opens one session for two starts in the same tick, and returns the held one afterwards', async () => {
    const { customer, posts, wrapper } = await setup();
    const { result } = renderHook(() => useBiometricsSession(customer.id), { wrapper });

    act(() => {
      result.current.start();
      result.current.start();
    });
    await waitFor(() => expect(result.current.sessionUrl).toMatch(/^https?:\/\//));
    const first = result.current.session;

    act(() => result.current.start());
    await waitFor(() => expect(result.current.isStarting).toBe(false));
    expect(result.current.session).toEqual(first);
    expect(result.current.error).toBeNull();
    expect(posts).toEqual([200]);
  });

  it('opens one session when a component starts it from an effect under StrictMode', async () => {
    const { customer, posts, wrapper: Wrapper } = await setup();
    render(
      <Wrapper>
        <AutoStart customerId={customer.id} />
      </Wrapper>,
    );

    await waitFor(() => expect(screen.getByText(/^https?:\/\//)).toBeInTheDocument());
    expect(posts).toEqual([200]);
  });
});

describe('useBiometricsSession across a reload', () => {
  it('resumes the same capture after a reload instead of meeting 409 session_already_active', async () => {
    const { harness, customer, posts, wrapper } = await setup();
    sessionStorage.clear();
    const before = renderHook(() => useBiometricsSession(customer.id), { wrapper });
    act(() => before.result.current.start());
    await waitFor(() => expect(before.result.current.sessionUrl).toMatch(/^https?:\/\//));
    const opened = before.result.current.session;
    before.unmount();

    // A reload: a new page, so a new QueryClient with nothing in it; the same tab's storage.
    harness.queryClient.clear();
    const after = renderHook(() => useBiometricsSession(customer.id), { wrapper });
    expect(after.result.current.session).toEqual(opened);
    act(() => after.result.current.start());
    await waitFor(() => expect(after.result.current.isStarting).toBe(false));
    expect(after.result.current.error).toBeNull();
    expect(after.result.current.sessionUrl).toBe(opened?.session_url);
    expect(posts).toEqual([200]);
  });

  it('forgets a remembered session once it has expired', async () => {
    const { customer, posts, wrapper } = await setup();
    sessionStorage.clear();
    sessionStorage.setItem(
      `dinie:biometrics-session:${customer.id}`,
      JSON.stringify({ session_url: 'https://old.example/capture', expires_at: '2020-01-01T00:00:00Z' }),
    );
    const { result } = renderHook(() => useBiometricsSession(customer.id), { wrapper });
    expect(result.current.session).toBeNull();
    act(() => result.current.start());
    await waitFor(() => expect(result.current.sessionUrl).toMatch(/^https?:\/\//));
    expect(result.current.sessionUrl).not.toBe('https://old.example/capture');
    expect(posts).toEqual([200]);
  });
});
