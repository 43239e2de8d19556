import type { Transaction } from '@dinie-embed/api';
import { type UseQueryResult, useQuery } from '@tanstack/react-query';
import { useDinieRuntime } from '../dinieContext.ts';
import { loanQueries } from '../queries/loans.ts';

/**
 * The installments of a loan with their due dates, amounts and payment status; empty until the
 * loan is `active`. `loan.payment_received` and the other `loan.*` events refresh them.
 *
 * @param loanId - the loan; while `null` or `undefined` nothing is fetched.
 * @example
 * const { data: installments = [] } = useLoanTransactions(loan?.id);
 * const next = installments.find((item) => item.status !== 'paid');
 */
export function useLoanTransactions(loanId: string | null | undefined): UseQueryResult<Transaction[]> {
  const { queryClient } = useDinieRuntime('useLoanTransactions');
  return useQuery({ ...loanQueries.transactions(loanId ?? ''), enabled: Boolean(loanId) }, queryClient);
}
