import type { Customer } from '@dinie-embed/api';
import {
  type JourneyStep,
  type OnboardingStep,
  onboardingStep,
  useCustomer,
  useDinieEvents,
} from '@dinie-embed/react';
import { type ReactNode, useEffect, useRef } from 'react';
import { CustomerRegistration } from '../customer-registration/CustomerRegistration.tsx';
import type { CompanyFields } from '../customer-registration/customerForm.ts';
import { KycChecklist } from '../kyc-checklist/KycChecklist.tsx';
import { CheckIcon, Spinner } from '../primitives/icons.tsx';
import { LoadFailed, useFailedLoad } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';
import { UnderReview } from '../under-review/UnderReview.tsx';

/** Props of {@link Onboarding}. */
export interface OnboardingProps {
  /** Whether registration asks for the CNPJ: `optional` (default), `required` or `hidden`. */
  company?: CompanyFields | undefined;
  /** The partner's reference, only when talking to Dinie or the sandbox directly. */
  externalId?: string | undefined;
  /** How the biometrics capture is presented: `auto` (default), `handoff` or `embedded`. */
  biometricsMode?: 'auto' | 'handoff' | 'embedded' | undefined;
  /** Whether uploads offer "take photo": `auto` (default), `always` or `never`. */
  camera?: 'auto' | 'always' | 'never' | undefined;
  /** Called once the borrower is `active`. */
  onComplete?: ((customer: Customer) => void) | undefined;
  /** What to show once the borrower is `active` (default: the approval), e.g. the credit offers. */
  doneContent?: ReactNode;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/** The onboarding stages shown in the stepper. */
export type OnboardingStage = 'register' | 'documents' | 'review' | 'done';

const STAGES: readonly OnboardingStage[] = ['register', 'documents', 'review', 'done'];

/** The stage of a journey or onboarding step; every step after KYC is `done` for onboarding. */
export function stageOf(step: JourneyStep | OnboardingStep): OnboardingStage | null {
  switch (step) {
    case 'loading':
    case 'error':
      return null;
    case 'register':
      return 'register';
    case 'kyc':
      return 'documents';
    case 'under_review':
      return 'review';
    default:
      return 'done';
  }
}

/** Where onboarding stands, as the root's `data-state`: the customer's step, or not known yet. */
type OnboardingState = 'loading' | 'error' | OnboardingStep;

/**
 * Offers and loans, which the journey after onboarding reads, play no part: once the borrower is
 * active, onboarding is done whether or not they load.
 */
function onboardingStateOf(customer: Customer | null | undefined, failed: boolean): OnboardingState {
  if (customer === undefined) return failed ? 'error' : 'loading';
  return onboardingStep(customer);
}

/**
 * Walks a borrower from nothing to `active`: registration, KYC documents and biometrics, the
 * review, and the approval. The step comes from the customer as the server has it, so a reload or
 * a second device resumes where the borrower was, and it moves on by itself as the server changes.
 * Focus moves to the heading of each new step.
 */
export function Onboarding({
  company,
  externalId,
  biometricsMode,
  camera,
  onComplete,
  doneContent,
  className,
}: OnboardingProps) {
  const messages = useMessages();
  const copy = messages.onboarding;
  const customerQuery = useCustomer();
  useDinieEvents();
  const customer = customerQuery.data ?? null;
  const failure = useFailedLoad(customerQuery);
  const step = onboardingStateOf(customerQuery.data, failure !== null);
  const stage = stageOf(step);
  const body = useRef<HTMLDivElement>(null);
  const previous = useRef<OnboardingStage | null>(null);
  const onCompleteRef = useRef(onComplete);
  onCompleteRef.current = onComplete;

  useEffect(() => {
    if (stage === null || stage === previous.current) return;
    const first = previous.current === null;
    previous.current = stage;
    if (stage === 'done' && customer) onCompleteRef.current?.(customer);
    // On first render the host decides where focus is; later, the new step's heading takes it.
    if (!first) body.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [stage, customer]);

  const current = stage === null ? -1 : STAGES.indexOf(stage);
  return (
    <div className={withClassName('dinie-root dinie-onboarding', className)} data-state={step}>
      <nav className="dinie-stepper" aria-label={copy.label}>
        <ol>
          {STAGES.map((name, index) => {
            // The last stage is both where the borrower is and complete.
            const state =
              index < current || (index === current && stage === 'done')
                ? 'complete'
                : index === current
                  ? 'current'
                  : 'upcoming';
            return (
              <li key={name} data-state={state} aria-current={index === current ? 'step' : undefined}>
                <span className="dinie-stepper__dot" aria-hidden="true">
                  {state === 'complete' ? <CheckIcon /> : index + 1}
                </span>
                <span className="dinie-stepper__label">
                  {copy.steps[name]}
                  {state === 'complete' ? (
                    <span className="dinie-visually-hidden"> ({copy.completed})</span>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ol>
      </nav>

      <div ref={body} className="dinie-onboarding__body">
        {step === 'loading' ? (
          <p className="dinie-status-line" role="status">
            <Spinner />
            {messages.common.loading}
          </p>
        ) : null}
        {failure ? <LoadFailed failure={failure} onRetry={() => void customerQuery.refetch()} /> : null}
        {stage === 'register' ? <CustomerRegistration company={company} externalId={externalId} /> : null}
        {stage === 'documents' && customer ? (
          <KycChecklist customerId={customer.id} biometricsMode={biometricsMode} camera={camera} />
        ) : null}
        {(stage === 'review' || (stage === 'done' && doneContent === undefined)) && customer ? (
          <UnderReview customerId={customer.id} />
        ) : null}
        {stage === 'done' && doneContent !== undefined ? doneContent : null}
      </div>
    </div>
  );
}
