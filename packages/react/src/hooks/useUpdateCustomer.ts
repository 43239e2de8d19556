import type { Customer } from '@dinie-embed/api';
import { useMutation } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { customerMutations, type UpdateCustomerVariables } from '../queries/customers.ts';
import { type DinieMutationResult, withReason } from './withReason.ts';

/**
 * Corrects the borrower's data (`PATCH customers/{id}`): the answer to a KYC item of kind `data`
 * in `pending_correction` (`email`, `phone`, `name`, `trading_name`, `cnpj`). Only the keys sent
 * change; `cpf` and `external_id` never do. The review resumes by itself and the customer in the
 * cache is replaced with the answer.
 *
 * @example
 * const update = useUpdateCustomer();
 * update.mutate({ customerId: customer.id, changes: { email: 'joao@example.com' } });
 */
export function useUpdateCustomer(): DinieMutationResult<Customer, UpdateCustomerVariables> {
  const { queryClient } = useDinieRuntime('useUpdateCustomer');
  return withReason(useMutation(customerMutations.update(), queryClient));
}
