import { useEffect, useSyncExternalStore } from 'react';
import { useDinieRuntime } from '../dinieContext.ts';
import type { DinieEventsStatus } from '../events/createEventConnection.ts';

/** What {@link useDinieEvents} returns. */
export interface DinieEventsState {
  /** `connecting`, `open`, `polling` (the stream is unavailable; shown data is refetched on an interval) or `closed`. */
  status: DinieEventsStatus;
}

/** Options of {@link useDinieEvents}. */
export interface UseDinieEventsOptions {
  /**
   * Whether the page now waits on a step only the server moves (biometrics on a phone, the
   * review, a signature). While `true`, the shown data is also refetched every
   * `safetyPollIntervalMs` of the provider, even with the stream open, so a silent stream never
   * freezes the page.
   */
  awaitingServer?: boolean | undefined;
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
 * While the page waits on a step only the server moves, pass `awaitingServer: true`: a slow
 * safety-net poll then runs even with the stream open.
 *
 * One stream serves the whole provider, however many components call this hook; with the
 * provider's `events` prop left on, the stream is open even if no component calls it.
 *
 * @example
 * const { status } = useDinieEvents();
 * return <span data-state={status}>{status === 'open' ? 'Live' : 'Updating'}</span>;
 */
export function useDinieEvents(options: UseDinieEventsOptions = {}): DinieEventsState {
  const { events } = useDinieRuntime('useDinieEvents');
  const awaitingServer = options.awaitingServer === true;
  useEffect(() => events.retain(), [events]);
  useEffect(() => (awaitingServer ? events.awaitServer() : undefined), [events, awaitingServer]);
  const status = useSyncExternalStore(events.subscribe, events.getStatus, serverStatus);
  return { status };
}
