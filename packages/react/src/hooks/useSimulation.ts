import type { Simulation, SimulationRequest } from '@dinie-embed/api';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import { creditOfferMutations, creditOfferQueries, type SimulateVariables } from '../queries/creditOffers.ts';
import { type DinieMutationResult, withReason } from './withReason.ts';

/** What {@link useSimulation} returns. */
export type UseSimulationResult = DinieMutationResult<Simulation, SimulateVariables> & {
  /** Prices an amount and term on this offer; `signal` cancels the call. */
  simulate: (request: SimulationRequest, options?: { signal?: AbortSignal | undefined }) => void;
  /** The latest simulation of the offer, the one a loan must use; kept across remounts. */
  simulation: Simulation | null;
};

/**
 * Simulates loans on an offer (`POST credit-offers/{id}/simulations`): amount, term, interest,
 * IOF, fees, CET and the installment value. Dinie only contracts the offer's latest simulation,
 * so `simulation` is the answer to the most recent call: an older call that answers late (a
 * slider dragged quickly) never replaces it.
 *
 * @param creditOfferId - the offer to price; `simulate` refuses to run while it is missing.
 * @example
 * const { simulate, simulation, isPending } = useSimulation(offer.id);
 * simulate({ requested_amount: '25000.00', installment_count: 12 });
 */
export function useSimulation(creditOfferId: string | null | undefined): UseSimulationResult {
  const { queryClient } = useDinieRuntime('useSimulation');
  const [options] = useState(() => creditOfferMutations.simulate());
  const mutation = useMutation(options, queryClient);
  const latest = useQuery(creditOfferQueries.latestSimulation(creditOfferId ?? ''), queryClient);
  const { mutate } = mutation;
  const simulate = useCallback(
    (request: SimulationRequest, options: { signal?: AbortSignal | undefined } = {}) => {
      if (!creditOfferId) {
        throw new Error(
          '`useSimulation(creditOfferId)` needs the id of an available offer before `simulate` runs.',
        );
      }
      mutate({ ...request, creditOfferId, signal: options.signal });
    },
    [creditOfferId, mutate],
  );
  return { ...withReason(mutation), simulate, simulation: creditOfferId ? (latest.data ?? null) : null };
}
