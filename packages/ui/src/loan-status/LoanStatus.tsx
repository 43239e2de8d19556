import type { Loan, LoanStatus as LoanStatusValue } from '@dinie-embed/api';
import { formatBRL, toCents } from '@dinie-embed/api';
import { useLoan } from '@dinie-embed/react';
import { type ReactNode, useId } from 'react';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { AlertIcon, CheckIcon, CloseIcon } from '../primitives/icons.tsx';
import { LoadFailed, LoadingLine, useFailedLoad } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useTheme } from '../theme/ThemeContext.ts';

/** Props of {@link LoanStatus}. */
export interface LoanStatusProps {
  /** The loan to follow. */
  loanId: string;
  /** Called by "see offers" on a cancelled or failed loan; without it the button is not shown. */
  onViewOffers?: (() => void) | undefined;
  /** Where the borrower gets help (a URL of the partner's support); shown on a failed loan. */
  supportUrl?: string | undefined;
  /** The action of the current step, e.g. `<ContractSigning>` while it waits for the signature. */
  children?: ReactNode;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** The way a loan goes when all is well, in order. */
export const LOAN_PATH: readonly LoanStatusValue[] = [
  'processing',
  'contract_generated',
  'awaiting_signatures',
  'signed',
  'disbursing',
  'active',
  'finished',
];

type StepState = 'complete' | 'current' | 'upcoming' | 'stopped';

/**
 * A loan's timeline: the seven statuses of the way to a paid-off loan, and `cancelled` or `error`
 * where the loan stopped, each marked complete, current or upcoming (in words, not colour alone).
 * Under it, what the borrower must do now, in plain words, with next steps when the loan was
 * cancelled or failed. Live: it moves on by itself as Dinie reports the loan's progress.
 */
export function LoanStatus({ loanId, onViewOffers, supportUrl, children, className }: LoanStatusProps) {
  const { messages, locale } = useTheme();
  const copy = messages.loanStatus;
  const titleId = useId();
  const loanQuery = useLoan(loanId);
  const loan = loanQuery.data;
  const status = loan?.status;
  const failure = useFailedLoad(loanQuery);
  const state = status ?? (failure ? 'error_loading' : 'loading');
  const stopped = status === 'cancelled' || status === 'error';

  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-loan-status', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <header className="dinie-card__header">
        <h2 id={titleId} className="dinie-heading" tabIndex={-1}>
          {copy.title}
        </h2>
      </header>

      {loan === undefined ? (
        failure ? (
          <LoadFailed failure={failure} onRetry={() => void loanQuery.refetch()} />
        ) : (
          <LoadingLine />
        )
      ) : (
        <>
          <Summary loan={loan} locale={locale} />
          <ol className="dinie-timeline" aria-label={copy.label}>
            {timelineOf(loan).map(({ status: step, state: stepState }) => (
              <li
                key={step}
                data-state={stepState}
                aria-current={stepState === 'current' || stepState === 'stopped' ? 'step' : undefined}
              >
                <span className="dinie-timeline__dot" aria-hidden="true">
                  {stepState === 'complete' ? (
                    <CheckIcon />
                  ) : stepState === 'stopped' ? (
                    step === 'cancelled' ? (
                      <CloseIcon />
                    ) : (
                      <AlertIcon />
                    )
                  ) : null}
                </span>
                <span className="dinie-timeline__label">
                  {copy.steps[step]}
                  <span className="dinie-visually-hidden">
                    {' '}
                    ({copy.stepState[stepState === 'stopped' ? 'current' : stepState]})
                  </span>
                </span>
              </li>
            ))}
          </ol>
          {/* One live region whose text changes, so each new status is announced. */}
          <div role="status" className="dinie-loan-status__now">
            {stopped ? (
              <Alert
                tone={status === 'error' ? 'danger' : 'warning'}
                title={copy.steps[loan.status]}
                live="none"
              >
                <p>{copy.now[loan.status]}</p>
              </Alert>
            ) : (
              <>
                <h3 className="dinie-subheading">{copy.nowTitle}</h3>
                <p>{copy.now[loan.status]}</p>
              </>
            )}
          </div>
          {stopped && (onViewOffers || (supportUrl && status === 'error')) ? (
            <div className="dinie-loan-status__actions">
              {onViewOffers ? (
                <Button variant="primary" onClick={onViewOffers}>
                  {copy.viewOffers}
                </Button>
              ) : null}
              {supportUrl && status === 'error' ? (
                <a className="dinie-button" data-variant="secondary" href={supportUrl}>
                  {copy.contactSupport}
                </a>
              ) : null}
            </div>
          ) : null}
          {children}
        </>
      )}
    </section>
  );
}

function timelineOf(loan: Loan): Array<{ status: LoanStatusValue; state: StepState }> {
  const { status } = loan;
  if (status === 'cancelled' || status === 'error') {
    // Dinie does not say where the loan stopped, only that the money never went out: the steps
    // the loan shows it passed (a contract number means a contract) lead to where it ended.
    return [
      { status: 'processing', state: 'complete' },
      ...(loan.ccb_number ? [{ status: 'contract_generated' as const, state: 'complete' as const }] : []),
      { status, state: 'stopped' },
    ];
  }
  const current = LOAN_PATH.indexOf(status);
  return LOAN_PATH.map((step, index) => ({
    status: step,
    state:
      index < current || (status === 'finished' && index === current)
        ? 'complete'
        : index === current
          ? 'current'
          : 'upcoming',
  }));
}

function Summary({ loan, locale }: { loan: Loan; locale: string }) {
  const { messages } = useTheme();
  const copy = messages.loanStatus;
  const rows: Array<[string, string]> = [[copy.amount, formatBRL(toCents(loan.requested_amount), locale)]];
  if (loan.net_amount !== null) rows.push([copy.received, formatBRL(toCents(loan.net_amount), locale)]);
  rows.push([
    copy.installments,
    copy.installmentsValue(loan.number_of_installments, formatBRL(toCents(loan.installments_value), locale)),
  ]);
  if (loan.ccb_number) rows.push([copy.ccb, loan.ccb_number]);
  return (
    <dl className="dinie-loan-status__summary">
      {rows.map(([term, value]) => (
        <div key={term} className="dinie-loan-status__row">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
