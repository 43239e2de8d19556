import type { Loan } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { loanQueries } from '../queries/loans.ts';
import { isSettledLoan } from '../queries/settledLoan.ts';
import { useLiveUpdates } from './useLiveUpdates.ts';

/**
 * A loan, from `processing` to `finished`: `signing_url` while it waits for the signature,
 * `ccb_number` once the contract exists, the amounts once they are known.
 *
 * It stays live by itself: while the loan can still change, the hook keeps the provider's event
 * stream open, and each `loan.*` event refetches it; where the proxy has no stream, it is
 * refetched every `pollIntervalMs` instead. Once the loan is `finished`, `cancelled` or `error`
 * (statuses it never leaves) it is neither polled nor refetched again.
 *
 * @param loanId - the loan; while `null` or `undefined` nothing is fetched.
 * @example
 * const { data: loan } = useLoan(loanId);
 * if (loan?.status === 'awaiting_signatures') window.open(loan.signing_url ?? undefined);
 */
export function useLoan(loanId: string | null | undefined): UseQueryResult<Loan> {
  const runtime = useDinieRuntime('useLoan');
  const query = useQuery(
    { ...loanQueries.detail(loanId ?? ''), enabled: Boolean(loanId) },
    runtime.queryClient,
  );
  useLiveUpdates(runtime, Boolean(loanId) && !isSettledLoan(query.data));
  return query;
}
