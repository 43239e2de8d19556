import { notFound } from './http/ApiError.ts';
import type { SandboxCore } from './SandboxCore.ts';
import type { CustomerRecord, LoanRecord, OfferRecord, WebhookEndpointRecord } from './state/records.ts';

/*
 * Path ids are looked up as given: a malformed id names nothing, so it is the same 404
 * `<resource>_not_found` as an unknown one. Ids in bodies and queries are checked for their
 * pattern first (422 `invalid_format`) because there the caller wrote a field, not a path.
 */

/** @throws {ApiError} 404 `customer_not_found`. */
export function requireCustomer(core: SandboxCore, id: string): CustomerRecord {
  const customer = core.state.customers.get(id);
  if (customer === undefined) throw notFound('customer', id);
  return customer;
}

/** @throws {ApiError} 404 `credit_offer_not_found`. */
export function requireOffer(core: SandboxCore, id: string): OfferRecord {
  const offer = core.state.offers.get(id);
  if (offer === undefined) throw notFound('credit_offer', id);
  return offer;
}

/** @throws {ApiError} 404 `loan_not_found`. */
export function requireLoan(core: SandboxCore, id: string): LoanRecord {
  const loan = core.state.loans.get(id);
  if (loan === undefined) throw notFound('loan', id);
  return loan;
}

/** @throws {ApiError} 404 `webhook_endpoint_not_found`. */
export function requireWebhookEndpoint(core: SandboxCore, id: string): WebhookEndpointRecord {
  const endpoint = core.state.webhookEndpoints.get(id);
  if (endpoint === undefined) throw notFound('webhook_endpoint', id);
  return endpoint;
}

/** Id patterns of the contract, for ids sent in bodies and queries. */
export const ID_PATTERNS = {
  customer: /^cust_[0-9a-f]{32}$/,
  creditOffer: /^co_[0-9a-f]{32}$/,
  simulation: /^sim_[0-9a-f]{32}$/,
} as const;
