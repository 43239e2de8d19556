import { isAfter, toTimestamp } from '../clock.ts';
import { renderCreditOffer } from '../render/renderCreditOffer.ts';
import type { SandboxCore } from '../SandboxCore.ts';
import type { OfferRecord } from '../state/records.ts';
import { queueOfferExpiry } from '../state/SandboxState.ts';

const MS_PER_DAY = 86_400_000;

/** Loan statuses after which a customer's credit is free for a new offer. */
const ENDED_LOAN_STATUSES = new Set(['finished', 'cancelled', 'error']);

/**
 * Mints the offer an active customer is owed (after activation or a finished loan), unless one
 * is still available to it or one of its loans is still under way (a reviewer reopening KYC
 * and approving it again does not add a second line of credit next to a running loan).
 */
export function mintOffer(core: SandboxCore, customerId: string): void {
  const customer = core.state.customers.get(customerId);
  if (customer?.status !== 'active' || !customer.offerDue) return;
  customer.offerDue = false;
  const { offers, loans } = core.state;
  if (offers.findFirst('customer', customerId, (offer) => offer.status === 'available')) return;
  if (loans.findFirst('customer', customerId, (loan) => !ENDED_LOAN_STATUSES.has(loan.status))) return;
  const terms = core.options.offer;
  const now = core.timestamp();
  const { installments } = terms;
  const offer: OfferRecord = {
    id: core.newId('co_'),
    customerId,
    status: 'available',
    approvedCents: terms.approvedCents,
    minCents: terms.minCents,
    interestRatePercent: terms.interestRatePercent,
    installments: typeof installments === 'number' ? installments : null,
    minInstallments: typeof installments === 'number' ? null : installments.min,
    maxInstallments: typeof installments === 'number' ? null : installments.max,
    validUntil: toTimestamp(core.clock.nowMs() + terms.validDays * MS_PER_DAY),
    latestSimulationId: null,
    createdAt: now,
    updatedAt: now,
  };
  core.state.offers.set(offer.id, offer);
  queueOfferExpiry(core.state, offer);
  core.changed();
  core.emit('credit_offer.available', { ...renderCreditOffer(offer) });
}

/** Expires one available offer now, with its `credit_offer.expired` event. */
export function expireOffer(core: SandboxCore, offer: OfferRecord): void {
  if (offer.status !== 'available') return;
  const now = core.timestamp();
  offer.status = 'expired';
  if (isAfter(offer.validUntil, now)) offer.validUntil = now;
  offer.updatedAt = now;
  core.changed();
  core.emit('credit_offer.expired', { ...renderCreditOffer(offer) });
}

/**
 * Expires every available offer whose `valid_until` the sandbox clock has reached, taken off the
 * expiry queue in due order; an offer no longer available when its time comes is dropped (one
 * made available again is queued again).
 */
export function expireDueOffers(core: SandboxCore): void {
  const now = core.timestamp();
  for (const offer of core.state.offerExpiries.takeDue(core.clock.nowMs())) {
    if (offer.status === 'available' && !isAfter(offer.validUntil, now)) expireOffer(core, offer);
  }
}
