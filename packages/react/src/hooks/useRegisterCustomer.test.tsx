import type { Customer } from '@dinie-embed/api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CPF, createSandboxHarness } from '../../test/sandboxHarness.tsx';
import { useCustomer, useRegisterCustomer } from '../index.ts';

const input = {
  cpf: CPF,
  name: 'João Silva',
  email: 'joao@example.com',
  phone: '+5511999999999',
  external_id: 'p-1',
};

async function customersIn(harness: ReturnType<typeof createSandboxHarness>): Promise<Customer[]> {
  return (await harness.call<{ data: Customer[] }>('GET', '/customers')).data;
}

describe('useRegisterCustomer', () => {
  it('sends one registration on a double submit, and the session customer follows', async () => {
    const harness = createSandboxHarness();
    let posts = 0;
    const countingFetch: typeof fetch = (input, init) => {
      if (init?.method === 'POST' && String(input).endsWith('/customers')) posts++;
      return harness.fetch(input, init);
    };
    const { result } = renderHook(() => ({ register: useRegisterCustomer(), customer: useCustomer() }), {
      wrapper: harness.wrapper({ fetch: countingFetch }),
    });
    await waitFor(() => expect(result.current.customer.data).toBeNull());

    let answers: Customer[] = [];
    await act(async () => {
      answers = await Promise.all([
        result.current.register.mutateAsync(input),
        result.current.register.mutateAsync({ ...input }),
      ]);
    });

    expect(answers[0]?.id).toMatch(/^cust_/);
    expect(answers[1]?.id).toBe(answers[0]?.id);
    expect(posts).toBe(1);
    expect(await customersIn(harness)).toHaveLength(1);
    await waitFor(() => expect(result.current.customer.data?.id).toBe(answers[0]?.id));
    expect(result.current.register.reason).toBeNull();
  });

  it('retries a submission whose answers were lost with the same key: still one customer', async () => {
    const harness = createSandboxHarness();
    let dropAnswers = true;
    const created: string[] = [];
    const keys = new Set<string | null>();
    const lossyFetch: typeof fetch = async (input, init) => {
      const response = await harness.fetch(input, init);
      const request = new Request(input, init);
      if (request.method === 'POST' && new URL(request.url).pathname === '/v3/customers') {
        created.push(((await response.clone().json()) as Customer).id);
        keys.add(request.headers.get('idempotency-key'));
        // The customer exists at Dinie, but the answer never reaches the browser.
        if (dropAnswers) throw new TypeError('fetch failed');
      }
      return response;
    };
    const { result } = renderHook(() => useRegisterCustomer(), {
      wrapper: harness.wrapper({ fetch: lossyFetch }),
    });

    await act(async () => {
      await result.current.mutateAsync(input).catch(() => undefined);
    });
    await waitFor(() => expect(result.current.reason).toBe('offline'));

    dropAnswers = false;
    let customer: Customer | undefined;
    await act(async () => {
      customer = await result.current.mutateAsync(input);
    });
    expect(created.length).toBeGreaterThan(1);
    expect(new Set(created)).toEqual(new Set([customer?.id]));
    expect(keys.size).toBe(1);
    expect(await customersIn(harness)).toHaveLength(1);
  }, 15_000);

  it('explains a CPF registered to another borrower with a stable reason', async () => {
    const harness = createSandboxHarness();
    await harness.call('POST', '/customers', { cpf: CPF, external_id: 'someone-else' });
    const { result } = renderHook(() => useRegisterCustomer(), { wrapper: harness.wrapper() });

    act(() => result.current.mutate(input));

    await waitFor(() => expect(result.current.reason).toBe('already_registered'));
    expect(result.current.error).toMatchObject({ status: 409, code: 'customer_already_exists' });
  });
});
