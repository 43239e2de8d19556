/**
 * The journey's public events: what `<CreditJourney onEvent>` and the script-tag embed's
 * `onEvent` report to the partner's page. One versioned union, free of React and DOM, so the
 * loader, the iframe page and the React components share it.
 *
 * Compatibility: within a `version`, fields are only ever added. A change that removes or
 * renames a field, or changes a meaning, raises {@link JOURNEY_EVENT_VERSION}.
 */

/** The version carried by every {@link JourneyEvent} of this package. */
export const JOURNEY_EVENT_VERSION = 1;

/**
 * Where the borrower is in the credit journey, derived from server state alone:
 *
 * - `loading`: not known yet; `error`: the state could not be read.
 * - `register`: no customer yet.
 * - `kyc`: `pending_kyc`, or a reviewer asked to resend or correct an item; the borrower acts.
 * - `under_review`: everything submitted, Dinie is reviewing.
 * - `awaiting_offer`: the customer is `active`; offers are being generated.
 * - `offer`: an offer is `available`: simulate and contract it.
 * - `expired`: every offer expired and no loan is known.
 * - `contracted`: an offer was `accepted` but the loan's id is not known to the page.
 * - `contract`: the loan is `processing` or `contract_generated`; the CCB is being prepared.
 * - `sign`: `awaiting_signatures`; the borrower signs at `loan.signing_url`.
 * - `disbursing`: `signed` or `disbursing`; the money is on its way.
 * - `repaying`: the loan is `active`; installments are due.
 * - `finished`: every installment paid.
 * - `cancelled`: the loan was cancelled and no offer is available again.
 * - `loan_error`: the loan failed for good.
 */
export type JourneyStep =
  | 'loading'
  | 'error'
  | 'register'
  | 'kyc'
  | 'under_review'
  | 'awaiting_offer'
  | 'offer'
  | 'expired'
  | 'contracted'
  | 'contract'
  | 'sign'
  | 'disbursing'
  | 'repaying'
  | 'finished'
  | 'cancelled'
  | 'loan_error';

/** Why the borrower left the journey (`journey.exited`). */
export type JourneyExitReason =
  /** The borrower chose to leave (a close or "back to the partner" action). */
  | 'closed'
  /** Every offer expired and no new one is available. */
  | 'offer_expired'
  /** The loan was cancelled and no offer is available again. */
  | 'loan_cancelled'
  /** The loan failed for good. */
  | 'loan_error'
  /** Every installment is paid: the journey is complete. */
  | 'finished'
  /** The session could not be read or renewed (the host's `fetchSessionToken` failed). */
  | 'session_error';

/** Fields every journey event carries. */
export interface JourneyEventBase<T extends string> {
  /** The event's name. */
  type: T;
  /** {@link JOURNEY_EVENT_VERSION} of the package that emitted it. */
  version: typeof JOURNEY_EVENT_VERSION;
  /** When it was emitted, as an ISO 8601 instant. */
  at: string;
}

/** The step changed (also emitted once with `previous: null` when the journey first knows it). */
export interface JourneyStepChangedEvent extends JourneyEventBase<'journey.step_changed'> {
  step: JourneyStep;
  previous: JourneyStep | null;
}

/** The borrower registered (a new customer, or an existing one found by CPF/CNPJ). */
export interface JourneyCustomerRegisteredEvent extends JourneyEventBase<'journey.customer_registered'> {
  customerId: string;
}

/** Every KYC item was submitted: the customer went to `under_review`. */
export interface JourneyKycSubmittedEvent extends JourneyEventBase<'journey.kyc_submitted'> {
  customerId: string;
}

/** An offer became available to the borrower. Money as a decimal string, as on the wire. */
export interface JourneyOfferAvailableEvent extends JourneyEventBase<'journey.offer_available'> {
  offerId: string;
  approvedAmount: string;
}

/** The borrower chose a simulation and asked to contract it. */
export interface JourneySimulationChosenEvent extends JourneyEventBase<'journey.simulation_chosen'> {
  offerId: string;
  simulationId: string;
  /** The amount asked, decimal string. */
  amount: string;
  installments: number;
}

/** The loan was created from the chosen simulation. */
export interface JourneyLoanCreatedEvent extends JourneyEventBase<'journey.loan_created'> {
  loanId: string;
  offerId: string;
}

/** The borrower signed the contract. */
export interface JourneyContractSignedEvent extends JourneyEventBase<'journey.contract_signed'> {
  loanId: string;
}

/** The money was disbursed: the loan is `active` and installments are due. */
export interface JourneyLoanActiveEvent extends JourneyEventBase<'journey.loan_active'> {
  loanId: string;
}

/** The journey ended, for the reason given. */
export interface JourneyExitedEvent extends JourneyEventBase<'journey.exited'> {
  reason: JourneyExitReason;
  /** The step the borrower was on. */
  step: JourneyStep;
}

/**
 * Every event the journey reports, discriminated by `type`.
 * @example
 * function onEvent(event: JourneyEvent) {
 *   if (event.type === 'journey.loan_created') analytics.track('loan', { id: event.loanId });
 * }
 */
export type JourneyEvent =
  | JourneyStepChangedEvent
  | JourneyCustomerRegisteredEvent
  | JourneyKycSubmittedEvent
  | JourneyOfferAvailableEvent
  | JourneySimulationChosenEvent
  | JourneyLoanCreatedEvent
  | JourneyContractSignedEvent
  | JourneyLoanActiveEvent
  | JourneyExitedEvent;

/** The `type` of every {@link JourneyEvent}. */
export type JourneyEventType = JourneyEvent['type'];

/** Every journey event type, in the order a borrower meets them. */
export const JOURNEY_EVENT_TYPES: readonly JourneyEventType[] = [
  'journey.step_changed',
  'journey.customer_registered',
  'journey.kyc_submitted',
  'journey.offer_available',
  'journey.simulation_chosen',
  'journey.loan_created',
  'journey.contract_signed',
  'journey.loan_active',
  'journey.exited',
];

/** Distributes `Omit` over a union, so each member keeps its own fields. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A journey event before its `version` and `at` are stamped. */
export type JourneyEventInput = DistributiveOmit<JourneyEvent, 'version' | 'at'>;

/**
 * Stamps an event with {@link JOURNEY_EVENT_VERSION} and the time.
 * @example
 * onEvent(journeyEvent({ type: 'journey.loan_created', loanId, offerId }));
 */
export function journeyEvent<E extends JourneyEventInput>(
  input: E,
  now: Date = new Date(),
): E & Pick<JourneyEventBase<E['type']>, 'version' | 'at'> {
  return { ...input, version: JOURNEY_EVENT_VERSION, at: now.toISOString() };
}

/**
 * Whether a value is a journey event this package understands (a known `type` and this
 * `version`). Use it on anything that crossed a process or frame boundary.
 */
export function isJourneyEvent(value: unknown): value is JourneyEvent {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { type?: unknown; version?: unknown; at?: unknown };
  return (
    candidate.version === JOURNEY_EVENT_VERSION &&
    typeof candidate.at === 'string' &&
    (JOURNEY_EVENT_TYPES as readonly unknown[]).includes(candidate.type)
  );
}
