import type { CreditOffer, Simulation, SimulationRequest } from '@dinie-embed/api';
import { mutationOptions, queryOptions, skipToken } from '@tanstack/react-query';
import { dinieClientOf } from './dinieClientOf.ts';
import { FRESH_FOR_MS } from './freshness.ts';
import { creditOfferKeys } from './queryKeys.ts';

/** One page holds every offer a customer can realistically have; Dinie's maximum page size. */
const OFFERS_PAGE_SIZE = 100;

/** `queryOptions` of credit offers. */
export const creditOfferQueries = {
  /** Every offer of a customer (`available`, `accepted`, `expired`), newest first. */
  forCustomer: (customerId: string) =>
    queryOptions({
      queryKey: creditOfferKeys.forCustomer(customerId),
      staleTime: FRESH_FOR_MS,
      queryFn: async ({ client, signal }): Promise<CreditOffer[]> => {
        const page = await dinieClientOf(
          client,
          'creditOfferQueries.forCustomer(id)',
        ).customers.listCreditOffers(customerId, { limit: OFFERS_PAGE_SIZE }, { signal });
        for (const offer of page.data) client.setQueryData(creditOfferKeys.detail(offer.id), offer);
        return page.data;
      },
    }),
  /** One offer by id. */
  detail: (creditOfferId: string) =>
    queryOptions({
      queryKey: creditOfferKeys.detail(creditOfferId),
      staleTime: FRESH_FOR_MS,
      queryFn: ({ client, signal }) =>
        dinieClientOf(client, 'creditOfferQueries.detail(id)').creditOffers.get(creditOfferId, { signal }),
    }),
  /**
   * The latest simulation of an offer made from this page. Dinie has no endpoint to read a
   * simulation back, so this is filled by `creditOfferMutations.simulate()` and never fetched.
   */
  latestSimulation: (creditOfferId: string) =>
    queryOptions<Simulation>({
      queryKey: creditOfferKeys.latestSimulation(creditOfferId),
      queryFn: skipToken,
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** Variables of {@link creditOfferMutations.simulate}. */
export interface SimulateVariables extends SimulationRequest {
  /** The offer to price. */
  creditOfferId: string;
  /** Cancels the call, e.g. when newer input supersedes it. */
  signal?: AbortSignal | undefined;
}

/** `mutationOptions` of credit offers. */
export const creditOfferMutations = {
  /**
   * Prices an amount and term. Each simulation replaces the offer's latest one at Dinie, so the
   * answer of the most recent call is kept under {@link creditOfferKeys.latestSimulation} and an
   * older call that answers late (a slider dragged quickly) never overwrites it.
   */
  simulate: () => {
    let latestCall = 0;
    return mutationOptions({
      mutationKey: [...creditOfferKeys.all, 'simulate'] as const,
      mutationFn: async (
        { creditOfferId, signal, ...request }: SimulateVariables,
        { client },
      ): Promise<Simulation> => {
        const call = ++latestCall;
        const simulation = await dinieClientOf(
          client,
          'creditOfferMutations.simulate()',
        ).creditOffers.simulate(creditOfferId, request, { signal });
        if (call === latestCall)
          client.setQueryData(creditOfferKeys.latestSimulation(creditOfferId), simulation);
        return simulation;
      },
    });
  },
};
