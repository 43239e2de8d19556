import type { Customer } from '@dinie-embed/api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CPF, createSandboxHarness } from '../../test/sandboxHarness.tsx';
import { useCustomer, useUpdateCustomer } from '../index.ts';

describe('useUpdateCustomer', () => {
  it('answers a data correction and puts the corrected customer in the cache', async () => {
    const harness = createSandboxHarness({ autoApproveKyc: false });
    const { id } = await harness.call<Customer>('POST', '/customers', {
      cpf: CPF,
      email: 'joao@exmaple.com',
    });
    await harness.call('POST', `/test_helpers/customers/${id}/kyc/reject`, {
      type: 'email',
      status: 'pending_correction',
      message: 'O e-mail não recebe mensagens.',
    });
    const { result } = renderHook(() => ({ customer: useCustomer(), update: useUpdateCustomer() }), {
      wrapper: harness.wrapper(),
    });
    const emailItem = () => result.current.customer.data?.kyc.find((item) => item.type === 'email');
    await waitFor(() => expect(emailItem()).toMatchObject({ kind: 'data', status: 'pending_correction' }));

    act(() => result.current.update.mutate({ customerId: id, changes: { email: 'joao@example.com' } }));

    await waitFor(() => expect(result.current.customer.data?.email).toBe('joao@example.com'));
    expect(emailItem()?.status).not.toBe('pending_correction');
    expect(result.current.update.reason).toBeNull();
  });

  it('classifies a refused field as invalid input, keeping the per-field errors', async () => {
    const harness = createSandboxHarness();
    const { id } = await harness.call<Customer>('POST', '/customers', { cpf: CPF });
    const { result } = renderHook(() => useUpdateCustomer(), { wrapper: harness.wrapper() });

    act(() => result.current.mutate({ customerId: id, changes: { email: 'not an email' } }));

    await waitFor(() => expect(result.current.reason).toBe('invalid_input'));
    expect(result.current.error).toMatchObject({ status: 422 });
  });
});
