import type { Transaction, TransactionStatus } from '@dinie-embed/api';
import { formatBRL, formatDate, toCents, todayInSaoPaulo } from '@dinie-embed/api';
import { useLoanTransactions } from '@dinie-embed/react';
import { useId } from 'react';
import { Alert } from '../primitives/Alert.tsx';
import { AlertIcon, CheckIcon, ClockIcon } from '../primitives/icons.tsx';
import { LoadFailed, LoadingLine, useFailedLoad } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useTheme } from '../theme/ThemeContext.ts';

/** Props of {@link InstallmentSchedule}. */
export interface InstallmentScheduleProps {
  /** The loan whose installments are shown. */
  loanId: string;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** Where the schedule stands, as its `data-state`. */
export type InstallmentScheduleState = 'loading' | 'error' | 'empty' | 'current' | 'overdue' | 'paid';

const ICONS = { pending: ClockIcon, paid: CheckIcon, partially_paid: ClockIcon, overdue: AlertIcon } as const;

/** Sums of the installments, in integer cents. */
export interface InstallmentTotals {
  dueCents: number;
  paidCents: number;
  remainingCents: number;
  paidCount: number;
  overdueCount: number;
}

/** Adds up installments in integer cents, never in floating-point reais. */
export function installmentTotals(installments: readonly Transaction[]): InstallmentTotals {
  const totals: InstallmentTotals = {
    dueCents: 0,
    paidCents: 0,
    remainingCents: 0,
    paidCount: 0,
    overdueCount: 0,
  };
  for (const installment of installments) {
    totals.dueCents += toCents(installment.amount_due);
    totals.paidCents += toCents(installment.amount_paid);
    totals.remainingCents += toCents(installment.amount_remaining);
    if (installment.status === 'paid') totals.paidCount++;
    if (installment.status === 'overdue') totals.overdueCount++;
  }
  return totals;
}

/**
 * The installments of a loan as a table: number, due date, amount and status (upcoming, paid with
 * its date, partly paid with what is left, overdue with the days overdue), with totals (paid and
 * left to pay), the next installment and a warning while any is overdue. Four columns in a card
 * of 30rem or more; in a narrower one (a phone) each installment stacks its status under its date
 * and amount. Live: payments appear by themselves.
 */
export function InstallmentSchedule({ loanId, className }: InstallmentScheduleProps) {
  const { messages, locale } = useTheme();
  const copy = messages.schedule;
  const titleId = useId();
  const query = useLoanTransactions(loanId);
  const installments = query.data;
  const totals = installmentTotals(installments ?? []);
  const failure = useFailedLoad(query);
  const state: InstallmentScheduleState =
    installments === undefined
      ? failure
        ? 'error'
        : 'loading'
      : installments.length === 0
        ? 'empty'
        : totals.overdueCount > 0
          ? 'overdue'
          : totals.paidCount === installments.length
            ? 'paid'
            : 'current';
  const brl = (cents: number) => formatBRL(cents, locale);
  const next = installments?.find((installment) => installment.status !== 'paid');

  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-schedule', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <header className="dinie-card__header">
        <h2 id={titleId} className="dinie-heading" tabIndex={-1}>
          {copy.title}
        </h2>
        {installments && installments.length > 0 ? (
          <p className="dinie-lead">{copy.progress(totals.paidCount, installments.length)}</p>
        ) : null}
      </header>

      {state === 'loading' ? <LoadingLine /> : null}
      {failure ? <LoadFailed failure={failure} onRetry={() => void query.refetch()} /> : null}
      {state === 'empty' ? <p className="dinie-lead">{copy.empty}</p> : null}

      {/* Announced when a payment lands or an installment falls overdue. */}
      <div role="status" className="dinie-schedule__summary">
        {state === 'overdue' ? (
          <Alert tone="warning" live="none">
            <p>{copy.overdueSummary(totals.overdueCount)}</p>
          </Alert>
        ) : null}
        {state === 'paid' ? (
          <Alert tone="success" live="none">
            <p>{copy.allPaid}</p>
          </Alert>
        ) : null}
        {state === 'current' && next ? (
          <p className="dinie-schedule__next">
            {copy.next(formatDate(next.due_date, locale), brl(toCents(next.amount_remaining)))}
          </p>
        ) : null}
      </div>

      {installments && installments.length > 0 ? (
        // In a narrow card each installment stacks (its status under its date and amount), which
        // changes the table's CSS display: the explicit roles keep it a table for assistive
        // technology (biome.json turns the redundant-role rule off for this file). The region is
        // focusable so a keyboard can still scroll it where a long figure overflows.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        <section className="dinie-schedule__scroll" tabIndex={0} aria-label={copy.caption}>
          <table className="dinie-schedule__table" role="table">
            <caption className="dinie-visually-hidden">{copy.caption}</caption>
            <thead role="rowgroup">
              <tr role="row">
                <th scope="col" role="columnheader">
                  {copy.number}
                </th>
                <th scope="col" role="columnheader">
                  {copy.dueDate}
                </th>
                <th scope="col" role="columnheader" className="dinie-schedule__money">
                  {copy.amount}
                </th>
                <th scope="col" role="columnheader">
                  {copy.status}
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {installments.map((installment, index) => (
                <tr key={installment.id} role="row" data-state={installment.status}>
                  <th scope="row" role="rowheader">
                    {index + 1}
                  </th>
                  <td role="cell">{formatDate(installment.due_date, locale)}</td>
                  <td role="cell" className="dinie-schedule__money">
                    {brl(toCents(installment.amount_due))}
                  </td>
                  <td role="cell">
                    <InstallmentBadge installment={installment} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot role="rowgroup">
              <tr role="row">
                <th scope="row" role="rowheader" colSpan={2}>
                  {copy.totals}
                </th>
                <td role="cell" className="dinie-schedule__money">
                  {brl(totals.dueCents)}
                </td>
                <td role="cell" className="dinie-schedule__detail">
                  {copy.totalsDetail(brl(totals.paidCents), brl(totals.remainingCents))}
                </td>
              </tr>
            </tfoot>
          </table>
        </section>
      ) : null}
    </section>
  );
}

function InstallmentBadge({ installment, locale }: { installment: Transaction; locale: string }) {
  const { messages } = useTheme();
  const copy = messages.schedule;
  const status: TransactionStatus = installment.status;
  const Icon = ICONS[status] ?? ClockIcon;
  const paidCents = toCents(installment.amount_paid);
  // What is left is worth saying once part of it is paid; an untouched one leaves its whole amount.
  const partly = status !== 'paid' && paidCents > 0;
  return (
    <span className="dinie-schedule__status">
      <span className="dinie-badge" data-state={status}>
        <Icon />
        {copy.states[status] ?? status}
      </span>
      {status === 'overdue' || (status === 'partially_paid' && installment.days_overdue > 0) ? (
        <span className="dinie-schedule__detail">{copy.daysOverdue(installment.days_overdue)}</span>
      ) : null}
      {partly ? (
        <span className="dinie-schedule__detail">
          {copy.partDetail(
            formatBRL(paidCents, locale),
            formatBRL(toCents(installment.amount_remaining), locale),
          )}
        </span>
      ) : null}
      {status === 'paid' && installment.paid_at ? (
        <span className="dinie-schedule__detail">
          {copy.paidOn(formatDate(todayInSaoPaulo(new Date(installment.paid_at)), locale))}
        </span>
      ) : null}
    </span>
  );
}
