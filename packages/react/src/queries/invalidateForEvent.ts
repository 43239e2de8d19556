import type { QueryClient } from '@tanstack/react-query';

/** The part of a Dinie webhook event that decides what to refetch. */
export interface DinieEventLike {
  /** The event name, e.g. `customer.kyc_updated` or `loan.active`. */
  type: string;
  /** The resource the event is about. */
  data?: Record<string, unknown> | undefined;
}

/**
 * Marks stale, and refetches where a component shows them, the queries a Dinie event changes:
 * `customer.*` → customers; `credit_offer.*` → offers; `loan.*` → the loan and its installments,
 * and offers too when a loan is created, cancelled, fails or finishes (the offer's status follows).
 * An event whose data the cache already shows changes nothing and refetches nothing. `loan.created`
 * also records which loan came from which offer, which Dinie has no endpoint to look up. Unknown
 * events refetch every Dinie query the server can have changed, so a newer API never leaves stale
 * data. The code doing it loads with the first call.
 */
export async function invalidateForEvent(queryClient: QueryClient, event: DinieEventLike): Promise<void> {
  const { applyEvent } = await import('./applyEvent.ts');
  return applyEvent(queryClient, event);
}
