import type { QueryClient } from '@tanstack/react-query';

/**
 * Marks every Dinie query stale and refetches the ones on screen: after a gap in the event
 * stream, on `resync`, on an unreadable event, and on each tick of the polling fallback.
 */
export function invalidateAllDinieQueries(queryClient: QueryClient): Promise<void> {
  // A fetch already running is as fresh as a new one; cancelling it would only restart it.
  return queryClient.invalidateQueries({ queryKey: ['dinie'] }, { cancelRefetch: false });
}
