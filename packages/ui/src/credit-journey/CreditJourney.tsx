import type { CreditOffer, JourneyEvent, JourneyExitReason, JourneyStep, Simulation } from '@dinie-embed/api';
import { type Journey, useJourney } from '@dinie-embed/react';
import { useEffect, useRef, useState } from 'react';
import { ContractSigning } from '../contract-signing/ContractSigning.tsx';
import { CreditOffers } from '../credit-offers/CreditOffers.tsx';
import type { CompanyFields } from '../customer-registration/customerForm.ts';
import { InstallmentSchedule } from '../installment-schedule/InstallmentSchedule.tsx';
import { LoanConfirmation } from '../loan-confirmation/LoanConfirmation.tsx';
import { LoanSimulator } from '../loan-simulator/LoanSimulator.tsx';
import { LoanStatus } from '../loan-status/LoanStatus.tsx';
import { Onboarding } from '../onboarding/Onboarding.tsx';
import { Alert } from '../primitives/Alert.tsx';
import { Button } from '../primitives/Button.tsx';
import { LoadingLine } from '../primitives/QueryStatus.tsx';
import { withClassName } from '../primitives/withClassName.ts';
import { useMessages } from '../theme/ThemeContext.ts';
import { useJourneyEvents } from './useJourneyEvents.ts';

/** Props of {@link CreditJourney}. */
export interface CreditJourneyProps {
  /** Receives every journey event: one typed, versioned union (`JourneyEvent` of `@dinie-embed/api`). */
  onEvent?: ((event: JourneyEvent) => void) | undefined;
  /** Called when the borrower leaves, with why; also sent as `journey.exited`. Without it there is no leave button. */
  onExit?: ((reason: JourneyExitReason) => void) | undefined;
  /** The borrower's loan when the host knows it (e.g. stored from its `loan.created` webhook). */
  loanId?: string | undefined;
  /** Whether registration asks for the CNPJ: `optional` (default), `required` or `hidden`. */
  company?: CompanyFields | undefined;
  /** The partner's reference for the customer, only when talking to Dinie or the sandbox directly. */
  externalId?: string | undefined;
  /** How the biometrics capture is presented: `auto` (default), `handoff` or `embedded`. */
  biometricsMode?: 'auto' | 'handoff' | 'embedded' | undefined;
  /** Whether uploads offer "take photo": `auto` (default), `always` or `never`. */
  camera?: 'auto' | 'always' | 'never' | undefined;
  /** Where the contract's signing page opens: `auto` (default), `dialog` or `tab`. */
  signingMode?: 'auto' | 'dialog' | 'tab' | undefined;
  /** Shows the 7-day right of withdrawal in the cost disclosures (default `true`). */
  showWithdrawalRight?: boolean | undefined;
  /** The partner's support page, offered when a loan fails. */
  supportUrl?: string | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

const EXIT_REASONS: Partial<Record<JourneyStep, JourneyExitReason>> = {
  expired: 'offer_expired',
  cancelled: 'loan_cancelled',
  loan_error: 'loan_error',
  finished: 'finished',
};

/**
 * The whole credit journey for the session's borrower in one component: registration, KYC and
 * review (`<Onboarding>`), the offers and the simulation (`<CreditOffers>`, `<LoanSimulator>`),
 * the terms once more (`<LoanConfirmation>`), the contract (`<ContractSigning>`), the loan's
 * progress (`<LoanStatus>`) and its installments (`<InstallmentSchedule>`). The step comes from
 * server state only (`useJourney`), so a reload or another device resumes at the right step, and
 * it moves on by itself. Every move and milestone is reported to `onEvent` as a `JourneyEvent`.
 *
 * @example
 * <DinieProvider baseUrl="/dinie" fetchSessionToken={fetchSessionToken}>
 *   <CreditJourney onEvent={(event) => analytics.track(event.type, event)} onExit={close} />
 * </DinieProvider>
 */
export function CreditJourney({
  onEvent,
  onExit,
  loanId,
  company,
  externalId,
  biometricsMode,
  camera,
  signingMode,
  showWithdrawalRight,
  supportUrl,
  className,
}: CreditJourneyProps) {
  const copy = useMessages().journey;
  const journey = useJourney({ loanId });
  const emit = useJourneyEvents(journey, onEvent);

  const exit = () => {
    const reason =
      journey.step === 'error' && journey.reason === 'session_expired'
        ? 'session_error'
        : (EXIT_REASONS[journey.step] ?? 'closed');
    emit({ type: 'journey.exited', reason, step: journey.step });
    onExit?.(reason);
  };

  return (
    <div className={withClassName('dinie-root dinie-journey', className)} data-state={journey.step}>
      <Onboarding
        company={company}
        externalId={externalId}
        biometricsMode={biometricsMode}
        camera={camera}
        doneContent={
          <CreditStage
            journey={journey}
            emit={emit}
            signingMode={signingMode}
            showWithdrawalRight={showWithdrawalRight}
            supportUrl={supportUrl}
          />
        }
      />
      {onExit ? (
        <div className="dinie-journey__exit">
          <Button variant="ghost" onClick={exit}>
            {copy.exit}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

interface CreditStageProps {
  journey: Journey;
  emit: ReturnType<typeof useJourneyEvents>;
  signingMode: CreditJourneyProps['signingMode'];
  showWithdrawalRight: boolean | undefined;
  supportUrl: string | undefined;
}

/** What the borrower sees once active: offers, simulation, confirmation, contract and loan. */
function CreditStage({ journey, emit, signingMode, showWithdrawalRight, supportUrl }: CreditStageProps) {
  const messages = useMessages();
  const copy = messages.journey;
  const { step, loan, offers } = journey;
  const [selectedOfferId, setSelectedOfferId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Simulation | null>(null);
  const selected: CreditOffer | null =
    step === 'offer'
      ? (offers.find((offer) => offer.id === selectedOfferId && offer.status === 'available') ?? null)
      : null;
  // A choice belongs to the offer step it was made in; a new visit to it starts from the offers.
  useEffect(() => {
    if (step !== 'offer') {
      setSelectedOfferId(null);
      setChosen(null);
    }
  }, [step]);

  const view =
    step === 'offer' ? (selected === null ? 'offers' : chosen === null ? 'simulate' : 'confirm') : step;
  const container = useRef<HTMLDivElement>(null);
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const first = shown.current === null;
    if (view === shown.current) return;
    shown.current = view;
    if (first) return;
    // The view under the focus was replaced: the new one's heading takes it.
    const heading = container.current?.querySelector<HTMLElement>('h2');
    if (!heading) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  }, [view]);

  const stopped = loan && (loan.status === 'cancelled' || loan.status === 'error') ? loan : null;
  return (
    <div ref={container} className="dinie-journey__stage" data-view={view}>
      {view === 'loading' ? <LoadingLine /> : null}
      {view === 'error' ? (
        <Alert tone="danger" title={messages.common.loadFailed}>
          <p>{messages.common.errors[journey.reason ?? 'unknown']}</p>
        </Alert>
      ) : null}
      {view === 'offers' && stopped ? (
        <Alert tone="warning" title={messages.loanStatus.steps[stopped.status]}>
          <p>{messages.loanStatus.now[stopped.status]}</p>
        </Alert>
      ) : null}
      {view === 'offers' || view === 'awaiting_offer' || view === 'expired' ? (
        <CreditOffers onSelect={(offer) => setSelectedOfferId(offer.id)} />
      ) : null}
      {view === 'simulate' && selected ? (
        <>
          <LoanSimulator
            offer={selected}
            showWithdrawalRight={showWithdrawalRight}
            onContract={(simulation) => {
              emit({
                type: 'journey.simulation_chosen',
                offerId: selected.id,
                simulationId: simulation.id,
                amount: simulation.requested_amount,
                installments: simulation.number_of_installments,
              });
              setChosen(simulation);
            }}
          />
          <div className="dinie-journey__back">
            <Button variant="ghost" onClick={() => setSelectedOfferId(null)}>
              {copy.backToOffers}
            </Button>
          </div>
        </>
      ) : null}
      {view === 'confirm' && selected && chosen ? (
        <LoanConfirmation
          offer={selected}
          simulation={chosen}
          showWithdrawalRight={showWithdrawalRight}
          onBack={() => setChosen(null)}
          onCreated={(created) =>
            emit({ type: 'journey.loan_created', loanId: created.id, offerId: created.credit_offer_id })
          }
        />
      ) : null}
      {view === 'contracted' ? (
        <Alert tone="info" title={copy.contractedTitle}>
          <p>{copy.contractedBody}</p>
        </Alert>
      ) : null}
      {(view === 'contract' || view === 'sign') && loan ? (
        <ContractSigning loanId={loan.id} mode={signingMode} />
      ) : null}
      {loan &&
      (view === 'contract' ||
        view === 'sign' ||
        view === 'disbursing' ||
        view === 'repaying' ||
        view === 'finished' ||
        view === 'cancelled' ||
        view === 'loan_error') ? (
        <LoanStatus loanId={loan.id} supportUrl={supportUrl} />
      ) : null}
      {loan && (view === 'repaying' || view === 'finished') ? <InstallmentSchedule loanId={loan.id} /> : null}
    </div>
  );
}
