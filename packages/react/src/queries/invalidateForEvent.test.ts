import type { WebhookEventType } from '@dinie-embed/api';
import { QueryClient, type QueryKey, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { creditOfferKeys, customerKeys, invalidateForEvent, loanKeys } from '../index.ts';

const CUSTOMER = 'cust_0001';
const OFFER = 'co_0001';
const LOAN = 'ln_0001';
const OTHER_LOAN = 'ln_0002';

/** Every kind of query a page can hold, by a name the expectations below use. */
const QUERIES = {
  'session customer': customerKeys.session(),
  customer: customerKeys.detail(CUSTOMER),
  'biometrics session': customerKeys.biometricsSession(CUSTOMER),
  offers: creditOfferKeys.forCustomer(CUSTOMER),
  offer: creditOfferKeys.detail(OFFER),
  'latest simulation': creditOfferKeys.latestSimulation(OFFER),
  loan: loanKeys.detail(LOAN),
  installments: loanKeys.transactions(LOAN),
  'other loan': loanKeys.detail(OTHER_LOAN),
  'other loan installments': loanKeys.transactions(OTHER_LOAN),
  'loan of the offer': loanKeys.forOffer(OFFER),
} satisfies Record<string, QueryKey>;

type QueryName = keyof typeof QUERIES;

// The biometrics session, the latest simulation and the loan of an offer are only ever written by
// this page: no event makes them stale.
const CUSTOMERS: QueryName[] = ['session customer', 'customer'];
const OFFERS: QueryName[] = ['offers', 'offer'];
const WRITTEN_HERE: QueryName[] = ['biometrics session', 'latest simulation', 'loan of the offer'];
/** The loan an event names and its installments; never another loan's. */
const THE_LOAN: QueryName[] = ['loan', 'installments'];

/**
 * What each event of the reference must refresh, and why: the whole mapping, so renaming a
 * matched action or dropping one refetch fails here. `Record` makes the type checker refuse a
 * table that misses an event of the contract or names one it does not have.
 */
const REFRESHES: Record<WebhookEventType, QueryName[]> = {
  'customer.created': CUSTOMERS,
  'customer.under_review': CUSTOMERS,
  'customer.kyc_updated': CUSTOMERS,
  // Offers are minted when the customer becomes active.
  'customer.active': [...CUSTOMERS, ...OFFERS],
  'credit_offer.available': OFFERS,
  'credit_offer.expired': OFFERS,
  // The offer is `accepted` now.
  'loan.created': [...THE_LOAN, ...OFFERS],
  'loan.contract_generated': THE_LOAN,
  'loan.awaiting_signatures': THE_LOAN,
  'loan.signed': THE_LOAN,
  'loan.disbursing': THE_LOAN,
  // The installments exist from here on.
  'loan.active': THE_LOAN,
  'loan.payment_received': THE_LOAN,
  // The customer may be offered credit again.
  'loan.finished': [...THE_LOAN, ...OFFERS],
  // The offer stands again, whichever way the loan ended before disbursement.
  'loan.cancelled': [...THE_LOAN, ...OFFERS],
  'loan.error': [...THE_LOAN, ...OFFERS],
};

/** A client holding one settled, fresh query of every kind, none of them on screen. */
function seededClient(): QueryClient {
  const queryClient = new QueryClient();
  for (const key of Object.values(QUERIES)) queryClient.setQueryData(key, { seeded: true });
  return queryClient;
}

function invalidated(queryClient: QueryClient): QueryName[] {
  return (Object.keys(QUERIES) as QueryName[]).filter(
    (name) => queryClient.getQueryState(QUERIES[name])?.isInvalidated === true,
  );
}

/** The payload's `id` names the resource, as in every event of the reference. */
function eventFor(type: WebhookEventType): { type: string; data: Record<string, unknown> } {
  const resource = type.slice(0, type.indexOf('.'));
  if (resource === 'customer') return { type, data: { id: CUSTOMER, status: 'active' } };
  if (resource === 'credit_offer') return { type, data: { id: OFFER, customer_id: CUSTOMER } };
  return { type, data: { id: LOAN, credit_offer_id: OFFER, customer_id: CUSTOMER } };
}

const byName = (names: QueryName[]) => [...new Set(names)].sort();

describe('invalidateForEvent', () => {
  it.each(Object.entries(REFRESHES) as [WebhookEventType, QueryName[]][])(
    '%s refreshes exactly what it can have changed',
    async (type, expected) => {
      const queryClient = seededClient();
      await invalidateForEvent(queryClient, eventFor(type));
      expect(byName(invalidated(queryClient))).toEqual(byName(expected));
    },
  );

  it('records which loan came from which offer on loan.created, and only then', async () => {
    for (const type of Object.keys(REFRESHES) as WebhookEventType[]) {
      const queryClient = new QueryClient();
      await invalidateForEvent(queryClient, eventFor(type));
      expect(queryClient.getQueryData(loanKeys.forOffer(OFFER)), type).toBe(
        type === 'loan.created' ? LOAN : undefined,
      );
    }
  });

  it('refreshes every loan when a loan event names none', async () => {
    const queryClient = seededClient();
    await invalidateForEvent(queryClient, { type: 'loan.signed', data: {} });
    expect(byName(invalidated(queryClient))).toEqual(
      byName(['loan', 'installments', 'other loan', 'other loan installments']),
    );
  });

  it('refreshes everything on an event this version does not know', async () => {
    const queryClient = seededClient();
    await invalidateForEvent(queryClient, { type: 'mandate.created', data: { id: 'md_1' } });
    expect(byName(invalidated(queryClient))).toEqual(
      byName((Object.keys(QUERIES) as QueryName[]).filter((name) => !WRITTEN_HERE.includes(name))),
    );
  });

  it('refreshes nothing for an event whose data the cache already shows, as replayed ones mostly are', async () => {
    const queryClient = new QueryClient();
    const customer = { id: CUSTOMER, status: 'under_review', kyc: [{ type: 'cnh', status: 'approved' }] };
    queryClient.setQueryData(customerKeys.detail(CUSTOMER), { ...customer, name: 'Ana' });
    await invalidateForEvent(queryClient, { type: 'customer.kyc_updated', data: customer });
    expect(queryClient.getQueryState(customerKeys.detail(CUSTOMER))?.isInvalidated).toBe(false);
    // One field the page has not seen is enough to refetch.
    await invalidateForEvent(queryClient, {
      type: 'customer.kyc_updated',
      data: { ...customer, kyc: [{ type: 'cnh', status: 'rejected' }] },
    });
    expect(queryClient.getQueryState(customerKeys.detail(CUSTOMER))?.isInvalidated).toBe(true);
  });

  it('leaves a customer to the session list on screen, which brings it along', async () => {
    const queryClient = seededClient();
    queryClient.setQueryData(customerKeys.session(), { id: CUSTOMER });
    let fetched = 0;
    const session = new QueryObserver(queryClient, {
      queryKey: customerKeys.session(),
      queryFn: async () => ({ id: CUSTOMER, fetched: ++fetched }),
      staleTime: Number.POSITIVE_INFINITY,
    });
    const unsubscribe = session.subscribe(() => {});
    await invalidateForEvent(queryClient, eventFor('customer.kyc_updated'));
    unsubscribe();
    expect(fetched).toBe(1);
    expect(queryClient.getQueryState(customerKeys.detail(CUSTOMER))?.isInvalidated).toBe(false);
  });

  it('refetches the queries on screen, not only marks them stale', async () => {
    const queryClient = seededClient();
    let fetched = 0;
    // An observed query is active, as one a mounted component reads; fresh, so mounting fetches nothing.
    const observer = new QueryObserver(queryClient, {
      queryKey: QUERIES.installments,
      queryFn: async () => ++fetched,
      staleTime: Number.POSITIVE_INFINITY,
    });
    const unsubscribe = observer.subscribe(() => {});
    await invalidateForEvent(queryClient, eventFor('loan.payment_received'));
    unsubscribe();
    expect(fetched).toBe(1);
  });
});
