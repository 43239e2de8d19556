import type { Customer } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { customerDetailQuery, sessionCustomerQuery } from '../queries/customers.ts';

/**
 * The borrower of the session, or a customer by id, with its `kyc` list.
 *
 * Without an id it asks `GET customers`, which the proxy answers with the session's borrower only:
 * `data` is that customer, or `null` before registration. Live events and mutations keep it fresh.
 *
 * @param customerId - a customer id; omit it for the session's borrower.
 * @example
 * const { data: customer, isPending } = useCustomer();
 * if (customer === null) return <CustomerRegistration />;
 */
export function useCustomer(customerId?: string): UseQueryResult<Customer | null> {
  const { queryClient } = useDinieRuntime('useCustomer');
  // Both observers always exist (hooks cannot be conditional); only the one asked for fetches.
  const bySession = useQuery({ ...sessionCustomerQuery(), enabled: customerId === undefined }, queryClient);
  const byId = useQuery(
    { ...customerDetailQuery(customerId ?? ''), enabled: customerId !== undefined },
    queryClient,
  );
  return customerId === undefined ? bySession : byId;
}
