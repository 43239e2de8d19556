import type { DinieBorrowerClient } from '@dinie-embed/api';
import { useDinieRuntime } from '../dinieContext.ts';

/**
 * The api client of the nearest `<DinieProvider>` (customers, credit offers and loans: what the
 * proxy forwards for a borrower), authenticated with its session token, for the
 * calls no hook covers. Prefer the hooks: they keep the cache and the live events in step.
 *
 * @example
 * const dinie = useDinieClient();
 * const offer = await dinie.creditOffers.get(offerId);
 */
export function useDinieClient(): DinieBorrowerClient {
  return useDinieRuntime('useDinieClient').client;
}
