/*
 * The query keys of every Dinie query. Kept apart from the queries, which reach the API client,
 * so that what loads later with the event stream (what an event or a poll refetches) shares only
 * these with the page's first code.
 */

/** Query keys of customers, all under `['dinie', 'customers']`. */
export const customerKeys = {
  /** Every customer query; invalidate this on any `customer.*` event. */
  all: ['dinie', 'customers'] as const,
  /** The session's borrower (`GET customers`, first item or null). */
  session: () => [...customerKeys.all, 'session'] as const,
  /** One customer by id. */
  detail: (customerId: string) => [...customerKeys.all, 'detail', customerId] as const,
  /** The latest biometrics session opened for a customer from this page. */
  biometricsSession: (customerId: string) => [...customerKeys.all, 'biometrics-session', customerId] as const,
};

/** Query keys of credit offers and their simulations, all under `['dinie', 'credit-offers']`. */
export const creditOfferKeys = {
  /** Every offer query; invalidate this on any `credit_offer.*` event. */
  all: ['dinie', 'credit-offers'] as const,
  /** The offers of one customer, every status. */
  forCustomer: (customerId: string) => [...creditOfferKeys.all, 'customer', customerId] as const,
  /** One offer by id. */
  detail: (creditOfferId: string) => [...creditOfferKeys.all, 'detail', creditOfferId] as const,
  /** The latest simulation of an offer made from this page, the only one Dinie contracts. */
  latestSimulation: (creditOfferId: string) =>
    [...creditOfferKeys.all, 'latest-simulation', creditOfferId] as const,
};

/** Query keys of loans and their installments, all under `['dinie', 'loans']`. */
export const loanKeys = {
  /** Every loan query; invalidate this on any `loan.*` event. */
  all: ['dinie', 'loans'] as const,
  /** One loan by id. */
  detail: (loanId: string) => [...loanKeys.all, 'detail', loanId] as const,
  /** The installments of a loan. */
  transactions: (loanId: string) => [...loanKeys.all, 'transactions', loanId] as const,
  /**
   * The id of the loan made from an offer, as this page learnt it (from `useCreateLoan` or a
   * `loan.created` event): Dinie has no list of loans to look it up.
   */
  forOffer: (creditOfferId: string) => [...loanKeys.all, 'offer', creditOfferId] as const,
};
