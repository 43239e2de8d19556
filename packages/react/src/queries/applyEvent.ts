import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { DinieEventLike } from './invalidateForEvent.ts';
import { creditOfferKeys, customerKeys, loanKeys } from './queryKeys.ts';
import { refreshLive } from './refreshLive.ts';

/** Where the cache keeps one resource of each event family, by id. */
const detailKey: Readonly<Record<string, (id: string) => readonly unknown[]>> = {
  customer: customerKeys.detail,
  credit_offer: creditOfferKeys.detail,
  loan: loanKeys.detail,
};

/** What `invalidateForEvent` does; the event stream calls it directly. */
export async function applyEvent(queryClient: QueryClient, event: DinieEventLike): Promise<void> {
  const [resource = '', action] = event.type.split('.', 2);
  const data = event.data ?? {};
  const id = typeof data.id === 'string' ? data.id : undefined;
  if (resource === 'loan' && action === 'created' && id && typeof data.credit_offer_id === 'string') {
    queryClient.setQueryData(loanKeys.forOffer(data.credit_offer_id), id);
  }
  if (id && alreadyShown(queryClient, detailKey[resource], id, data)) return;
  switch (resource) {
    case 'customer':
      await Promise.all([
        refreshLive(queryClient, customerKeys.all),
        action === 'active' ? refreshLive(queryClient, creditOfferKeys.all) : undefined,
      ]);
      return;
    case 'credit_offer':
      await refreshLive(queryClient, creditOfferKeys.all);
      return;
    case 'loan':
      await Promise.all([
        refreshLive(queryClient, id ? loanKeys.detail(id) : loanKeys.all),
        id ? refreshLive(queryClient, loanKeys.transactions(id)) : undefined,
        action === 'created' || action === 'cancelled' || action === 'error' || action === 'finished'
          ? refreshLive(queryClient, creditOfferKeys.all)
          : undefined,
      ]);
      return;
    default:
      await refreshLive(queryClient);
  }
}

/**
 * Whether the cached resource already shows every field the event carries. Events replayed when
 * the stream opens (`Last-Event-ID: 0` asks for the borrower's recent history) are mostly about
 * changes the page fetched with its first requests; only one the page has not seen costs a request.
 */
function alreadyShown(
  queryClient: QueryClient,
  key: ((id: string) => readonly unknown[]) | undefined,
  id: string,
  data: Record<string, unknown>,
): boolean {
  const cached = key && queryClient.getQueryData<Record<string, unknown>>(key(id));
  // An event that names the resource and says nothing else cannot be compared: refetch.
  const fields = Object.entries(data).filter(([field]) => field !== 'id');
  if (cached == null || fields.length === 0) return false;
  return fields.every(
    ([field, value]) => Object.hasOwn(cached, field) && hashKey([cached[field]]) === hashKey([value]),
  );
}
