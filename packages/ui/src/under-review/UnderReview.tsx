import type { Customer } from '@dinie-embed/api';
import { useCustomer, useDinieEvents } from '@dinie-embed/react';
import { useEffect, useId, useRef } from 'react';
import { Button } from '../primitives/Button.tsx';
import { CheckIcon, ClockIcon, Spinner } from '../primitives/icons.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';

/** Props of {@link UnderReview}. */
export interface UnderReviewProps {
  /** The customer; omit it for the session's borrower. */
  customerId?: string | undefined;
  /** Called once when the customer becomes `active`. */
  onActive?: ((customer: Customer) => void) | undefined;
  /** Called when a reviewer sends the customer back to KYC (an item rejected or to correct). */
  onCorrectionNeeded?: ((customer: Customer) => void) | undefined;
  /** Label of the button shown once active; without it no button is shown. */
  continueLabel?: string | undefined;
  /** Called by the button shown once active. */
  onContinue?: (() => void) | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** Where the review stands, as the component's `data-state`. */
export type UnderReviewState = 'loading' | 'under_review' | 'active' | 'pending_kyc';

/**
 * The wait while Dinie reviews the borrower's KYC. It moves on by itself: live events (or
 * polling, where there are none) refresh the customer, and when it becomes `active` the view
 * turns into the approval, announced to screen readers, and `onActive` runs.
 */
export function UnderReview({
  customerId,
  onActive,
  onCorrectionNeeded,
  continueLabel,
  onContinue,
  className,
}: UnderReviewProps) {
  const messages = useMessages();
  const copy = messages.review;
  const { data: customer } = useCustomer(customerId);
  const status = customer?.status;
  // Only Dinie's review moves this step: a slow poll backs up a stream that stays silent.
  useDinieEvents({ awaitingServer: status === 'under_review' });
  const titleId = useId();
  const state: UnderReviewState = customer ? (status as UnderReviewState) : 'loading';

  const callbacks = useRef({ onActive, onCorrectionNeeded });
  callbacks.current = { onActive, onCorrectionNeeded };
  const reported = useRef<string | null>(null);
  useEffect(() => {
    if (!customer || reported.current === customer.status) return;
    reported.current = customer.status;
    if (customer.status === 'active') callbacks.current.onActive?.(customer);
    if (customer.status === 'pending_kyc') callbacks.current.onCorrectionNeeded?.(customer);
  }, [customer]);

  return (
    <section
      className={withClassName('dinie-root dinie-card dinie-review', className)}
      aria-labelledby={titleId}
      data-state={state}
    >
      <span className="dinie-review__icon" aria-hidden="true" data-state={state}>
        {state === 'active' ? <CheckIcon /> : <ClockIcon />}
      </span>
      {/* One live region whose text changes, so the approval is announced when it happens. */}
      <div className="dinie-review__text" role="status">
        <h2 id={titleId} className="dinie-heading" tabIndex={-1}>
          {state === 'active'
            ? copy.activeTitle
            : state === 'pending_kyc'
              ? copy.correctionTitle
              : copy.title}
        </h2>
        <p className="dinie-lead">
          {state === 'active' ? copy.activeBody : state === 'pending_kyc' ? copy.correctionBody : copy.body}
        </p>
      </div>
      {state === 'under_review' || state === 'loading' ? (
        <p className="dinie-review__pulse">
          <Spinner />
          {copy.checking}
        </p>
      ) : null}
      {state === 'active' && continueLabel && onContinue ? (
        <Button variant="primary" className="dinie-button--block" onClick={onContinue}>
          {continueLabel}
        </Button>
      ) : null}
    </section>
  );
}
