import { type JourneyEvent, type JourneyEventInput, type JourneyStep, journeyEvent } from '@dinie-embed/api';
import type { Journey } from '@dinie-embed/react';
import { useCallback, useEffect, useRef } from 'react';

const SIGNING: ReadonlySet<JourneyStep> = new Set(['contracted', 'contract', 'sign']);
const SIGNED: ReadonlySet<JourneyStep> = new Set(['disbursing', 'repaying', 'finished']);
const BEFORE_ACTIVE: ReadonlySet<JourneyStep> = new Set(['contracted', 'contract', 'sign', 'disbursing']);
const NOT_SUBMITTED: ReadonlySet<JourneyStep> = new Set(['register', 'kyc', 'error']);

/**
 * Reports the journey's public events to `onEvent`, read from the moves of the server-derived
 * step: `journey.step_changed` on every move (the first with `previous: null`), then what the
 * move means (`customer_registered`, `kyc_submitted`, `offer_available`, `contract_signed`,
 * `loan_active`). The state found on arrival is reported by the first `step_changed` only, so a
 * reload never repeats an event. Returns `emit`, for the events of the borrower's own actions.
 */
export function useJourneyEvents(
  journey: Journey,
  onEvent: ((event: JourneyEvent) => void) | undefined,
): (input: JourneyEventInput) => void {
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const emit = useCallback((input: JourneyEventInput) => {
    onEventRef.current?.(journeyEvent(input) as JourneyEvent);
  }, []);

  const latest = useRef(journey);
  latest.current = journey;
  const previous = useRef<JourneyStep | null>(null);
  const { step } = journey;
  useEffect(() => {
    // `loading` sits between two steps while a read is on the wire; it is no step of the borrower.
    if (step === 'loading' || step === previous.current) return;
    const prev = previous.current;
    previous.current = step;
    emit({ type: 'journey.step_changed', step, previous: prev });
    if (prev === null) return;
    const { customer, offer, loan } = latest.current;
    if (prev === 'register' && customer)
      emit({ type: 'journey.customer_registered', customerId: customer.id });
    if (prev === 'kyc' && !NOT_SUBMITTED.has(step) && customer)
      emit({ type: 'journey.kyc_submitted', customerId: customer.id });
    if (step === 'offer' && offer)
      emit({ type: 'journey.offer_available', offerId: offer.id, approvedAmount: offer.approved_amount });
    if (SIGNING.has(prev) && SIGNED.has(step) && loan)
      emit({ type: 'journey.contract_signed', loanId: loan.id });
    if (BEFORE_ACTIVE.has(prev) && step === 'repaying' && loan)
      emit({ type: 'journey.loan_active', loanId: loan.id });
  }, [step, emit]);

  return emit;
}
