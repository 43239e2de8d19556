import type { Customer, CustomerCreateRequest } from '@dinie-embed/api';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import { createSubmission } from '../queries/createSubmission.ts';
import { customerMutations } from '../queries/customers.ts';
import { type DinieMutationResult, withReason } from './withReason.ts';

/**
 * Registers the session's borrower (`POST customers`; the proxy pins the partner's
 * `external_id`). The component keeps one `Idempotency-Key` per input: a double click, a retry
 * after a lost answer, or the same form sent again all register one customer, and a second call
 * made while the first runs shares its answer. Changing any field makes it a new submission.
 *
 * On success the customer is put in the cache, so `useCustomer()` and `useJourney()` move on
 * without another request. On failure `error` is the `DinieApiError` (with `errors[]` per field)
 * and `reason` its closed classification: `already_registered` when the CPF/CNPJ belongs to
 * another borrower (409 `customer_already_exists`), `invalid_input`, `offline`, …
 *
 * @example
 * const register = useRegisterCustomer();
 * <form onSubmit={(event) => { event.preventDefault(); register.mutate(values); }}>
 *   <button disabled={register.isPending}>Continue</button>
 * </form>
 */
export function useRegisterCustomer(): DinieMutationResult<Customer, CustomerCreateRequest> {
  const { queryClient } = useDinieRuntime('useRegisterCustomer');
  const [options] = useState(() => customerMutations.register(createSubmission<CustomerCreateRequest>()));
  return withReason(useMutation(options, queryClient));
}
