import type { Loan, LoanCreateRequest } from '@dinie-embed/api';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import { createSubmission } from '../queries/createSubmission.ts';
import { loanMutations } from '../queries/loans.ts';
import { type DinieMutationResult, withReason } from './withReason.ts';

/**
 * Contracts the terms of the offer's latest simulation (`POST loans`). Like registration, the
 * same terms keep one `Idempotency-Key`, so a double click on "contract" creates one loan.
 *
 * On success the loan is cached, the page remembers which offer it came from (so `useJourney()`
 * follows it), and the offers are refetched (the offer is `accepted` now). `reason` classifies a
 * failure: `invalid_input` for `simulation_mismatch`, `offer_expired` or `kyc_incomplete`,
 * `conflict` for `offer_already_accepted`, …
 *
 * @example
 * const createLoan = useCreateLoan();
 * createLoan.mutate({
 *   credit_offer_id: offer.id,
 *   simulation_id: simulation.id,
 *   installments: simulation.number_of_installments,
 *   installments_value: simulation.installments_value,
 *   first_due_date: simulation.first_due_date,
 * });
 */
export function useCreateLoan(): DinieMutationResult<Loan, LoanCreateRequest> {
  const { queryClient } = useDinieRuntime('useCreateLoan');
  const [options] = useState(() => loanMutations.create(createSubmission<LoanCreateRequest>()));
  return withReason(useMutation(options, queryClient));
}
