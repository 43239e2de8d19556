import type { QueryClient } from '@tanstack/react-query';
import { creditOfferKeys } from './creditOffers.ts';
import { customerKeys } from './customers.ts';
import { invalidateAllDinieQueries } from './invalidateAllDinieQueries.ts';
import { loanKeys } from './loans.ts';

/** The part of a Dinie webhook event that decides what to refetch. */
export interface DinieEventLike {
  /** The event name, e.g. `customer.kyc_updated` or `loan.active`. */
  type: string;
  /** The resource the event is about. */
  data?: Record<string, unknown> | undefined;
}

/**
 * Marks stale, and refetches where a component shows them, the queries a Dinie event changes:
 * `customer.*` → customers; `credit_offer.*` → offers; `loan.*` → loans and installments, and
 * offers too when a loan is created, cancelled, fails or finishes (the offer's status follows). `loan.created`
 * also records which loan came from which offer, which Dinie has no endpoint to look up.
 * Unknown events refetch everything under `['dinie']`, so a newer API never leaves stale data.
 */
export async function invalidateForEvent(queryClient: QueryClient, event: DinieEventLike): Promise<void> {
  const [resource, action] = event.type.split('.', 2);
  const data = event.data ?? {};
  switch (resource) {
    case 'customer':
      await queryClient.invalidateQueries({ queryKey: customerKeys.all });
      if (action === 'active') await queryClient.invalidateQueries({ queryKey: creditOfferKeys.all });
      return;
    case 'credit_offer':
      await queryClient.invalidateQueries({ queryKey: creditOfferKeys.all });
      return;
    case 'loan': {
      if (action === 'created' && typeof data.id === 'string' && typeof data.credit_offer_id === 'string') {
        queryClient.setQueryData(loanKeys.forOffer(data.credit_offer_id), data.id);
      }
      const loanId = typeof data.id === 'string' ? data.id : undefined;
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: loanId ? loanKeys.detail(loanId) : loanKeys.all }),
        loanId ? queryClient.invalidateQueries({ queryKey: loanKeys.transactions(loanId) }) : undefined,
        action === 'created' || action === 'cancelled' || action === 'error' || action === 'finished'
          ? queryClient.invalidateQueries({ queryKey: creditOfferKeys.all })
          : undefined,
      ]);
      return;
    }
    default:
      await invalidateAllDinieQueries(queryClient);
  }
}
