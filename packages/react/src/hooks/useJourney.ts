import type { CreditOffer, Customer, Loan } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { type DinieErrorReason, errorReason } from '../errorReason.ts';
import { type JourneyStep, journeyStep, type Loadable } from '../journey/journeyStep.ts';
import { creditOfferQueries } from '../queries/creditOffers.ts';
import { customerQueries } from '../queries/customers.ts';
import { loanQueries } from '../queries/loans.ts';

/** Options of {@link useJourney}. */
export interface UseJourneyOptions {
  /** The borrower's loan, when the host knows it (e.g. stored from its `loan.created` webhook). */
  loanId?: string | null | undefined;
}

/** What {@link useJourney} returns. */
export interface Journey {
  /** The current step. */
  step: JourneyStep;
  /** The session's borrower, or `null` before registration and while loading. */
  customer: Customer | null;
  /** Every offer of the customer, newest first. */
  offers: CreditOffer[];
  /** The offer of the step: the available one for `offer`, the loan's own for the loan steps. */
  offer: CreditOffer | null;
  /** The loan followed, or `null`. */
  loan: Loan | null;
  /** Why the step is `error`, or `null`. */
  error: Error | null;
  /** The closed classification of `error`. */
  reason: DinieErrorReason | null;
}

/**
 * The borrower's step in the credit journey, derived from server state only (never from local
 * flags), so a reload, a second device or a visit a week later resumes at the right step. The
 * step moves by itself as live events (or the polling fallback) refresh the data.
 *
 * Dinie has no list of a customer's loans, so the loan is found from, in order: the `loanId`
 * option; a loan created from this page with `useCreateLoan`; a `loan.created` event seen by
 * `useDinieEvents`. The event stream starts with the proxy's replay of the borrower's recent
 * events, so with the stream open a reload finds the loan by itself. Without a stream (the
 * polling fallback), or once the event has left the proxy's bounded history, an accepted offer
 * whose loan is none of these gives the `contracted` step: pass `loanId` to go further.
 *
 * @example
 * const { step } = useJourney({ loanId: partnerLoanId });
 * switch (step) { case 'register': return <CustomerRegistration />; case 'kyc': return <KycChecklist />; … }
 */
export function useJourney(options: UseJourneyOptions = {}): Journey {
  const { queryClient } = useDinieRuntime('useJourney');
  const customerQuery = useQuery(customerQueries.session(), queryClient);
  const customer = customerQuery.data ?? null;
  const active = customer?.status === 'active';
  const offersQuery = useQuery(
    { ...creditOfferQueries.forCustomer(customer?.id ?? ''), enabled: active },
    queryClient,
  );
  const offers = offersQuery.data ?? [];
  const accepted = offers.find((offer) => offer.status === 'accepted');
  const learnt = useQuery(loanQueries.idForOffer(accepted?.id ?? ''), queryClient);
  const loanId = options.loanId ?? learnt.data ?? null;
  const loanQuery = useQuery(
    { ...loanQueries.detail(loanId ?? ''), enabled: active && loanId !== null },
    queryClient,
  );

  const loan = loanId === null ? null : (loanQuery.data ?? null);
  const state = {
    customer: loadable(customerQuery),
    offers: loadable(offersQuery),
    loan: loanId === null ? ({ state: 'success', value: null } as const) : loadable(loanQuery),
  };
  const step = journeyStep(state);
  const available = offers.find((offer) => offer.status === 'available') ?? null;
  const loanOffer = loan ? (offers.find((offer) => offer.id === loan.credit_offer_id) ?? null) : null;
  // A query still showing its data may hold the error of a failed refetch; that is not the failure
  // that stopped the journey, so only a query that failed with nothing to show is reported.
  const error =
    step !== 'error'
      ? null
      : state.customer.state === 'error'
        ? customerQuery.error
        : state.offers.state === 'error'
          ? offersQuery.error
          : loanQuery.error;
  return {
    step,
    customer,
    offers,
    offer: step === 'offer' ? available : (loanOffer ?? accepted ?? null),
    loan,
    error,
    reason: errorReason(error),
  };
}

function loadable<T>(query: UseQueryResult<T>): Loadable<T> {
  // Data from before a failed refetch still tells the step better than an error screen would.
  if (query.data !== undefined) return { state: 'success', value: query.data };
  return query.isError ? { state: 'error' } : { state: 'pending' };
}
