import { daysBetween, fromCents, type Transaction, type TransactionStatus } from '../contract.ts';
import type { TransactionRecord } from '../state/records.ts';

/**
 * The status of an installment on `today`: paid in full, else overdue once its due date has
 * passed (even when partly paid, since it is still owed), else partly paid or pending.
 */
export function transactionStatus(tx: TransactionRecord, today: string): TransactionStatus {
  if (tx.amountPaidCents >= tx.amountDueCents) return 'paid';
  if (today > tx.dueDate) return 'overdue';
  return tx.amountPaidCents > 0 ? 'partially_paid' : 'pending';
}

/** An installment on the wire, its status and overdue days read on the sandbox's `today`. */
export function renderTransaction(tx: TransactionRecord, today: string): Transaction {
  const status = transactionStatus(tx, today);
  return {
    id: tx.id,
    loan_id: tx.loanId,
    type: 'installment',
    status,
    due_date: tx.dueDate,
    amount_due: fromCents(tx.amountDueCents),
    amount_paid: fromCents(tx.amountPaidCents),
    amount_remaining: fromCents(tx.amountDueCents - tx.amountPaidCents),
    principal: fromCents(tx.principalCents),
    interest: fromCents(tx.interestCents),
    fees: fromCents(tx.feesCents),
    days_overdue: status === 'overdue' ? daysBetween(tx.dueDate, today) : 0,
    paid_at: tx.paidAt,
    created_at: tx.createdAt,
    updated_at: tx.updatedAt,
  };
}
