import type { Loan } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { loanQueries } from '../queries/loans.ts';

/**
 * A loan, from `processing` to `finished`: `signing_url` while it waits for the signature,
 * `ccb_number` once the contract exists, the amounts once they are known. `loan.*` events
 * refresh it.
 *
 * @param loanId - the loan; while `null` or `undefined` nothing is fetched.
 * @example
 * const { data: loan } = useLoan(loanId);
 * if (loan?.status === 'awaiting_signatures') window.open(loan.signing_url ?? undefined);
 */
export function useLoan(loanId: string | null | undefined): UseQueryResult<Loan> {
  const { queryClient } = useDinieRuntime('useLoan');
  return useQuery({ ...loanQueries.detail(loanId ?? ''), enabled: Boolean(loanId) }, queryClient);
}
