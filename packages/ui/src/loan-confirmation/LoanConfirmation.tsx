import type { CreditOffer, Loan, Simulation } from '@dinie-embed/api';
import { isDinieApiError } from '@dinie-embed/api';
import { useCreateLoan } from '@dinie-embed/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { CostDisclosure } from '../cost-disclosure/CostDisclosure.tsx';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';

/** Props of {@link LoanConfirmation}. */
export interface LoanConfirmationProps {
  /** The offer being contracted (its validity is shown). */
  offer: CreditOffer;
  /** The authoritative simulation the borrower chose: the terms reviewed and contracted. */
  simulation: Simulation;
  /** Called once with the loan Dinie created. */
  onCreated?: ((loan: Loan) => void) | undefined;
  /** Called by "change the amounts"; without it the button is not shown. */
  onBack?: (() => void) | undefined;
  /** Shows the 7-day right of withdrawal in the disclosure (default `true`, the safe default). */
  showWithdrawalRight?: boolean | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** Where the confirmation stands, as its `data-state`. */
export type LoanConfirmationState = 'ready' | 'submitting' | 'error' | 'stale' | 'created';

/** Why Dinie refused, in the words the borrower needs. */
type Refusal = 'stale' | 'expired' | 'taken' | null;

function refusalOf(error: unknown): Refusal {
  if (!isDinieApiError(error)) return null;
  if (error.code === 'simulation_mismatch') return 'stale';
  if (error.code === 'offer_expired') return 'expired';
  if (error.code === 'offer_already_accepted') return 'taken';
  return null;
}

/**
 * The last look before the loan exists: the chosen simulation's full {@link CostDisclosure} once
 * more (amounts, installments, interest, IOF, fees, total, the CET as prominent as the rate, the
 * offer's validity, the right to pay off early), an explicit agreement, and the
 * button that creates the loan (`POST loans`). One intent makes one loan: a double click, a retry
 * after a lost answer and the borrower's "try again" all carry the same idempotency key.
 */
export function LoanConfirmation({
  offer,
  simulation,
  onCreated,
  onBack,
  showWithdrawalRight,
  className,
}: LoanConfirmationProps) {
  const messages = useMessages();
  const copy = messages.loanConfirmation;
  const createLoan = useCreateLoan();
  const titleId = useId();
  const agreeId = useId();
  const agreeErrorId = useId();
  const [agreed, setAgreed] = useState(false);
  const [showAgreeError, setShowAgreeError] = useState(false);
  const agreeRef = useRef<HTMLInputElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const onCreatedRef = useRef(onCreated);
  onCreatedRef.current = onCreated;

  const refusal = refusalOf(createLoan.error);
  const state: LoanConfirmationState = createLoan.isSuccess
    ? 'created'
    : createLoan.isPending
      ? 'submitting'
      : refusal === 'stale'
        ? 'stale'
        : createLoan.isError
          ? 'error'
          : 'ready';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!agreed) {
      setShowAgreeError(true);
      agreeRef.current?.focus();
      return;
    }
    // The promise settles even when the new loan moves the page on and this view unmounts at
    // once, which a mutation's own callbacks would not.
    createLoan
      .mutateAsync({
        credit_offer_id: offer.id,
        simulation_id: simulation.id,
        installments: simulation.number_of_installments,
        installments_value: simulation.installments_value,
        first_due_date: simulation.first_due_date,
      })
      .then(
        (loan) => onCreatedRef.current?.(loan),
        () => queueMicrotask(() => alertRef.current?.focus()),
      );
  };

  const failure =
    refusal === 'stale'
      ? { title: copy.staleTitle, body: copy.staleBody }
      : refusal === 'expired'
        ? { title: copy.expiredTitle, body: copy.expiredBody }
        : refusal === 'taken'
          ? { title: copy.takenTitle, body: copy.takenBody }
          : { title: copy.failedTitle, body: messages.common.errors[createLoan.reason ?? 'unknown'] };
  const requestId = isDinieApiError(createLoan.error) ? createLoan.error.requestId : undefined;

  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-confirmation', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <header className="dinie-confirmation__header">
        <h2 id={titleId} className="dinie-heading" tabIndex={-1}>
          {copy.title}
        </h2>
        <p className="dinie-lead">{copy.description}</p>
      </header>

      <CostDisclosure simulation={simulation} offer={offer} showWithdrawalRight={showWithdrawalRight} />

      {createLoan.isError ? (
        <div ref={alertRef} tabIndex={-1} className="dinie-confirmation__alert">
          <Alert tone={refusal === 'taken' ? 'info' : 'danger'} title={failure.title}>
            <p>{failure.body}</p>
            {requestId ? (
              <p className="dinie-support-code">{messages.common.supportCode(requestId)}</p>
            ) : null}
          </Alert>
        </div>
      ) : null}

      {state === 'created' ? (
        <p className="dinie-visually-hidden" role="status">
          {copy.created}
        </p>
      ) : (
        <form className="dinie-confirmation__form" onSubmit={submit} noValidate>
          <div className="dinie-check" data-state={showAgreeError && !agreed ? 'invalid' : undefined}>
            <input
              ref={agreeRef}
              id={agreeId}
              type="checkbox"
              checked={agreed}
              onChange={(event) => {
                setAgreed(event.target.checked);
                if (event.target.checked) setShowAgreeError(false);
              }}
              aria-invalid={showAgreeError && !agreed ? true : undefined}
              aria-describedby={showAgreeError && !agreed ? agreeErrorId : undefined}
              disabled={state === 'submitting' || state === 'stale'}
            />
            <label htmlFor={agreeId}>{copy.agree}</label>
          </div>
          {showAgreeError && !agreed ? (
            <p id={agreeErrorId} className="dinie-field__error">
              <span className="dinie-visually-hidden">{messages.common.errorPrefix} </span>
              {copy.agreeRequired}
            </p>
          ) : null}
          <div className="dinie-confirmation__actions">
            {onBack ? (
              <Button variant={state === 'stale' ? 'primary' : 'secondary'} onClick={onBack}>
                {copy.back}
              </Button>
            ) : null}
            {state !== 'stale' ? (
              <Button type="submit" variant="primary" busy={state === 'submitting'}>
                {state === 'submitting'
                  ? copy.confirming
                  : state === 'error'
                    ? messages.common.retry
                    : copy.confirm}
              </Button>
            ) : null}
          </div>
        </form>
      )}
    </section>
  );
}
