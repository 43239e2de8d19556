import type { Customer, Loan } from '@dinie-embed/api';
import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { isFailedLoad } from './failedLoad.ts';
import { creditOfferKeys, customerKeys, loanKeys } from './queryKeys.ts';
import { isSettledLoan } from './settledLoan.ts';

/*
 * What a poll, a `resync` or an event refetches: only queries whose data the server can have
 * changed, and each resource once. Loaded with the event stream, not with the page.
 */

/** Queries filled only by this page (never fetched), which no server change can make stale. */
const LOCAL_KINDS: ReadonlySet<unknown> = new Set(['biometrics-session', 'latest-simulation', 'offer']);

/**
 * Marks stale, and refetches where a component shows them, the Dinie queries under `queryKey`
 * (default: all) that the server can have changed. Left alone: a read that failed with nothing to
 * show ({@link isFailedLoad}), what only this page writes (the
 * biometrics session, the latest simulation, which loan came from which offer), a loan in a status
 * it never leaves (`finished`, `cancelled`, `error`) and its installments, and a customer or an
 * offer whose list is refetched anyway, since the list brings it along (`GET customers` brings the
 * session's borrower, `GET customers/{id}/credit-offers` each offer). A fetch already running is
 * joined, not restarted: a burst of events costs one request per resource.
 */
export function refreshLive(queryClient: QueryClient, queryKey: QueryKey = ['dinie']): Promise<void> {
  return queryClient.invalidateQueries(
    { queryKey, predicate: (query) => canChange(queryClient, query) && !broughtByList(queryClient, query) },
    { cancelRefetch: false },
  );
}

function canChange(queryClient: QueryClient, query: Query): boolean {
  if (isFailedLoad(query)) return false;
  const [, resource, kind, id] = query.queryKey;
  if (LOCAL_KINDS.has(kind)) return false;
  if (resource === 'loans' && typeof id === 'string' && (kind === 'detail' || kind === 'transactions')) {
    return !isSettledLoan(queryClient.getQueryData<Loan>(loanKeys.detail(id)));
  }
  return true;
}

/** Whether the query is a detail that a list on screen carries, which the same refresh refetches. */
function broughtByList(queryClient: QueryClient, query: Query): boolean {
  const [, resource, kind, id] = query.queryKey;
  if (kind !== 'detail' || typeof id !== 'string') return false;
  if (resource === 'customers') {
    const session = queryClient
      .getQueryCache()
      .find<Customer | null>({ queryKey: customerKeys.session(), exact: true });
    return session?.isActive() === true && session.state.data?.id === id;
  }
  if (resource === 'credit-offers') {
    return queryClient
      .getQueryCache()
      .findAll({ queryKey: [...creditOfferKeys.all, 'customer'] })
      .some(
        (list) =>
          list.isActive() &&
          (list.state.data as Array<{ id: string }> | undefined)?.some((offer) => offer.id === id),
      );
  }
  return false;
}
