import type { Customer } from '@dinie-embed/api';

/** Where a borrower is in onboarding (registration, KYC, review, approval), from the customer alone. */
export type OnboardingStep = 'register' | 'kyc' | 'under_review' | 'active';

/**
 * The onboarding step of the session's borrower (`null` before registration). A reviewer's request
 * to resend or correct an item sends the borrower back to `kyc` even while the customer is still
 * `under_review`, since the review cannot finish until the borrower acts.
 */
export function onboardingStep(customer: Customer | null): OnboardingStep {
  if (customer === null) return 'register';
  if (customer.status === 'active') return 'active';
  if (customer.status === 'pending_kyc') return 'kyc';
  const asked = customer.kyc.some(
    (item) => item.status === 'rejected' || item.status === 'pending_correction',
  );
  return asked ? 'kyc' : 'under_review';
}
