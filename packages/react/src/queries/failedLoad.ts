import type { Query } from '@tanstack/react-query';

/**
 * Whether `query` failed with nothing to show. A poll or an event leaves such a query alone: its
 * refetch would swap the failure on screen for "loading" and back at every interval, and announce
 * both. It waits for the borrower's retry, the window's focus or the network's return instead.
 */
export function isFailedLoad(query: Query): boolean {
  return query.state.status === 'error' && query.state.data === undefined;
}
