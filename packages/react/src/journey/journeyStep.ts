import type { CreditOffer, Customer, JourneyStep, Loan, LoanStatus } from '@dinie-embed/api';
import { onboardingStep } from './onboardingStep.ts';

/** Where the borrower is in the credit journey (the union lives in `@dinie-embed/api`). */
export type { JourneyStep } from '@dinie-embed/api';

/** A piece of server state as the journey sees it: not loaded yet, failed, or its value. */
export type Loadable<T> = { state: 'pending' } | { state: 'error' } | { state: 'success'; value: T };

/** Everything the step depends on. */
export interface JourneyState {
  /** The session's borrower, `null` before registration. */
  customer: Loadable<Customer | null>;
  /** The customer's offers; `pending` until the customer is active. */
  offers: Loadable<CreditOffer[]>;
  /** The loan being followed, or `null` when no loan id is known. */
  loan: Loadable<Loan | null>;
}

const LOAN_STEPS: Record<LoanStatus, JourneyStep> = {
  processing: 'contract',
  contract_generated: 'contract',
  awaiting_signatures: 'sign',
  signed: 'disbursing',
  disbursing: 'disbursing',
  active: 'repaying',
  finished: 'finished',
  cancelled: 'cancelled',
  error: 'loan_error',
};

const ENDED_LOANS: ReadonlySet<LoanStatus> = new Set(['finished', 'cancelled', 'error']);

/**
 * The step for a state. A loan in progress wins over everything after KYC; once it ended, an
 * available offer (a new one, or the same one back after a cancellation) leads on to `offer`.
 */
export function journeyStep({ customer, offers, loan }: JourneyState): JourneyStep {
  if (customer.state !== 'success') return customer.state === 'pending' ? 'loading' : 'error';
  const onboarding = onboardingStep(customer.value);
  if (onboarding !== 'active') return onboarding;

  if (offers.state !== 'success') return offers.state === 'pending' ? 'loading' : 'error';
  if (loan.state !== 'success') return loan.state === 'pending' ? 'loading' : 'error';
  const available = offers.value.some((offer) => offer.status === 'available');
  if (loan.value !== null && (!ENDED_LOANS.has(loan.value.status) || !available)) {
    return LOAN_STEPS[loan.value.status];
  }
  if (available) return 'offer';
  if (offers.value.some((offer) => offer.status === 'accepted')) return 'contracted';
  if (offers.value.length > 0) return 'expired';
  return 'awaiting_offer';
}
