import type { Ownership } from './ownership.ts';
import type { DinieWebhookEvent } from './webhookEvent.ts';

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * The borrower (`external_id`) a webhook event concerns, or null when it concerns none: customer
 * events carry the customer, offer events its `customer_id`, loan events a `customer_id` only on
 * `loan.created`, so other loan events are traced through the loan. What is learnt is kept, so
 * the usual event needs no call to Dinie at all.
 */
export async function eventBorrower(event: DinieWebhookEvent, ownership: Ownership): Promise<string | null> {
  const { data } = event;
  const id = text(data.id);
  let customerId = text(data.customer_id);

  if (event.type.startsWith('customer.')) {
    const externalId = text(data.external_id);
    if (id && externalId) ownership.rememberCustomer(externalId, id);
    return externalId ?? (id ? ownership.borrowerOf(id) : null);
  }
  if (event.type.startsWith('credit_offer.') && id && customerId) {
    ownership.rememberOwner('offer', id, customerId);
  }
  if (event.type.startsWith('loan.') && id) {
    if (customerId) ownership.rememberOwner('loan', id, customerId);
    else customerId = await ownership.customerOfLoanId(id);
  }
  return customerId ? ownership.borrowerOf(customerId) : null;
}
