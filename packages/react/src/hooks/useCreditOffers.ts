import type { CreditOffer } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { creditOfferQueries } from '../queries/creditOffers.ts';

/**
 * Every credit offer of a customer (`available`, `accepted`, `expired`), newest first. Offers
 * appear once the customer is `active`; `credit_offer.*` events refresh the list.
 *
 * @param customerId - the customer; while `null` or `undefined` nothing is fetched.
 * @example
 * const { data: customer } = useCustomer();
 * const { data: offers = [] } = useCreditOffers(customer?.id);
 * const offer = offers.find((item) => item.status === 'available');
 */
export function useCreditOffers(customerId: string | null | undefined): UseQueryResult<CreditOffer[]> {
  const { queryClient } = useDinieRuntime('useCreditOffers');
  return useQuery(
    { ...creditOfferQueries.forCustomer(customerId ?? ''), enabled: Boolean(customerId) },
    queryClient,
  );
}
