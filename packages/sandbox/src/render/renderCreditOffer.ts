import { type CreditOffer, fromCents } from '../contract.ts';
import type { OfferRecord } from '../state/records.ts';

/** A credit offer on the wire: `installments` for a fixed term, or the min/max pair, never both. */
export function renderCreditOffer(offer: OfferRecord): CreditOffer {
  const term =
    offer.installments !== null
      ? { installments: offer.installments }
      : { min_installments: offer.minInstallments ?? 1, max_installments: offer.maxInstallments ?? 1 };
  return {
    id: offer.id,
    customer_id: offer.customerId,
    status: offer.status,
    approved_amount: fromCents(offer.approvedCents),
    min_amount: fromCents(offer.minCents),
    interest_rate: offer.interestRatePercent,
    ...term,
    due_date_rule: null,
    valid_until: offer.validUntil,
    created_at: offer.createdAt,
    updated_at: offer.updatedAt,
  };
}
