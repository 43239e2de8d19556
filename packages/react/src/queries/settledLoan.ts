import type { Loan, LoanStatus } from '@dinie-embed/api';

/**
 * Statuses a loan never leaves: nothing about it or its installments changes any more, so nothing
 * needs to be refetched.
 */
export const SETTLED_LOAN_STATUSES: ReadonlySet<LoanStatus> = new Set(['finished', 'cancelled', 'error']);

/** Whether a loan has reached a status it never leaves (`finished`, `cancelled`, `error`). */
export function isSettledLoan(loan: Pick<Loan, 'status'> | null | undefined): boolean {
  return loan != null && SETTLED_LOAN_STATUSES.has(loan.status);
}
