import type { QueryClient } from '@tanstack/react-query';
import { isSettledLoanQuery } from './loans.ts';

/**
 * Marks every Dinie query stale and refetches the ones on screen: after a gap in the event
 * stream, on `resync`, on an unreadable event, and on each tick of the polling fallback. A loan
 * that reached a status it never leaves (`finished`, `cancelled`, `error`) and its installments
 * are left alone: polling them would only cost requests.
 */
export function invalidateAllDinieQueries(queryClient: QueryClient): Promise<void> {
  // A fetch already running is as fresh as a new one; cancelling it would only restart it.
  return queryClient.invalidateQueries(
    { queryKey: ['dinie'], predicate: (query) => !isSettledLoanQuery(queryClient, query) },
    { cancelRefetch: false },
  );
}
