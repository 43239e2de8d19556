import { useEffect, useSyncExternalStore } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import type { DinieEventsStatus } from '../events/createEventConnection.ts';

/** What {@link useDinieEvents} returns. */
export interface DinieEventsState {
  /** `connecting`, `open`, `polling` (the stream is unavailable; shown data is refetched on an interval) or `closed`. */
  status: DinieEventsStatus;
}

const serverStatus = (): DinieEventsStatus => 'closed';

/**
 * Keeps the live event stream of the proxy (`GET {baseUrl}/events`) open while the component is
 * mounted, and tells how it stands. Each Dinie event refetches the queries it changes
 * (`customer.*` → customers, `credit_offer.*` → offers, `loan.*` → the loan and its
 * installments). The stream is authenticated with the session token in a header, starts with
 * `Last-Event-ID: 0` so the proxy replays the borrower's recent events (a reload learns the loan
 * from its `loan.created`), resumes with the last id after a drop, reconnects with backoff, and falls back to polling the shown data
 * every `pollIntervalMs` where the proxy has no event stream (404, 405) or cannot be reached.
 *
 * One stream serves the whole provider, however many components call this hook; with the
 * provider's `events` prop left on, the stream is open even if no component calls it.
 *
 * @example
 * const { status } = useDinieEvents();
 * return <span data-state={status}>{status === 'open' ? 'Live' : 'Updating'}</span>;
 */
export function useDinieEvents(): DinieEventsState {
  const { events } = useDinieRuntime('useDinieEvents');
  useEffect(() => events.retain(), [events]);
  const status = useSyncExternalStore(events.subscribe, events.getStatus, serverStatus);
  return { status };
}
