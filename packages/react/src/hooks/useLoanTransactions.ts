import type { Transaction } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { loanQueries } from '../queries/loans.ts';
import { loanKeys } from '../queries/queryKeys.ts';
import { isSettledLoan } from '../queries/settledLoan.ts';
import { useLiveUpdates } from './useLiveUpdates.ts';

/**
 * The installments of a loan with their due dates, amounts and payment status; empty until the
 * loan is `active`. Live like {@link useLoan}: `loan.payment_received` and the other `loan.*`
 * events refresh them (or polling, without an event stream), until the loan is settled.
 *
 * @param loanId - the loan; while `null` or `undefined` nothing is fetched.
 * @example
 * const { data: installments = [] } = useLoanTransactions(loan?.id);
 * const next = installments.find((item) => item.status !== 'paid');
 */
export function useLoanTransactions(loanId: string | null | undefined): UseQueryResult<Transaction[]> {
  const runtime = useDinieRuntime('useLoanTransactions');
  const query = useQuery(
    { ...loanQueries.transactions(loanId ?? ''), enabled: Boolean(loanId) },
    runtime.queryClient,
  );
  const settled = loanId != null && isSettledLoan(runtime.queryClient.getQueryData(loanKeys.detail(loanId)));
  useLiveUpdates(runtime, Boolean(loanId) && !settled);
  return query;
}
