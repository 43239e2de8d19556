import type { QueryClient } from '@tanstack/react-query';
import { applyEvent } from '../queries/applyEvent.ts';
import { refreshLive } from '../queries/refreshLive.ts';
import type { SessionTokenStore } from '../sessionToken.ts';
import type { EventStreamParser, ServerSentEvent } from './createEventStreamParser.ts';
import { REPLAY_FROM_START } from './replayFromStart.ts';

/** What {@link readEventStream} needs. */
export interface EventStreamOptions {
  /** The proxy's `{mount}/events`. */
  url: string;
  /** The `fetch` to use, read at each connection so nothing touches it before events are wanted. */
  fetch: () => typeof fetch;
  /** The provider's session tokens, sent as `Authorization` and refused on a 401. */
  tokens: SessionTokenStore;
  /** Where the queries that events change live. */
  queryClient: QueryClient;
}

/**
 * How one connection ended: `unavailable` (no event stream here: poll instead), `refused` (the
 * session token was refused or expired), `failed` (network, server error, silence) or `ended`
 * (the server closed a stream that worked; reconnect after its `retry:`).
 */
export type StreamOutcome =
  | { kind: 'unavailable' }
  | { kind: 'refused' }
  | { kind: 'failed' }
  | { kind: 'ended' };

/** Statuses that mean the endpoint does not exist here; polling is then the only way. */
const UNAVAILABLE_STATUSES = new Set([404, 405, 501]);
/** Longer than several of the proxy's heartbeats (15 s by default): the connection died silently. */
const STALL_MS = 65_000;

/**
 * Opens the event stream once with the session token in a header and `Last-Event-ID` (the last
 * id seen, or {@link REPLAY_FROM_START} on the first connection), refetches the queries each event changes, and resolves when the connection ends.
 *
 * @param parser - carries `lastEventId` and `retry:` from one connection to the next.
 * @param onOpen - called once the server accepted the stream.
 */
export async function readEventStream(
  options: EventStreamOptions,
  parser: EventStreamParser,
  signal: AbortSignal,
  onOpen: () => void,
): Promise<StreamOutcome> {
  const attempt = new AbortController();
  const stop = (): void => attempt.abort(signal.reason);
  signal.addEventListener('abort', stop, { once: true });
  let stall: ReturnType<typeof setTimeout> | undefined;
  const armStall = (): void => {
    clearTimeout(stall);
    stall = setTimeout(() => attempt.abort(new Error('The event stream went silent.')), STALL_MS);
  };
  try {
    const token = await options.tokens.get();
    // The session answer said there is no stream here: poll without a request the console shows as a 404.
    if (options.tokens.eventsAvailable() === false) return { kind: 'unavailable' };
    const headers: Record<string, string> = { accept: 'text/event-stream', authorization: `Bearer ${token}` };
    if (parser.lastEventId !== '') headers['last-event-id'] = parser.lastEventId;
    const response = await options.fetch()(options.url, {
      headers,
      signal: attempt.signal,
      cache: 'no-store',
    });
    if (response.status === 401) {
      options.tokens.refuse(token);
      await response.body?.cancel();
      return { kind: 'refused' };
    }
    // A 200 that is not an event stream is usually a web app's catch-all page: no endpoint here.
    const isStream =
      response.headers.get('content-type')?.toLowerCase().startsWith('text/event-stream') ?? false;
    if (UNAVAILABLE_STATUSES.has(response.status) || (response.ok && !isStream)) {
      await response.body?.cancel();
      return { kind: 'unavailable' };
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return { kind: 'failed' };
    }
    onOpen();
    // Nothing to refetch here: what happened between the first queries and this moment comes in
    // the replay that `Last-Event-ID` asks for (or as `resync`, when the history cannot tell).
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let received = false;
    armStall();
    for (;;) {
      const { done, value } = await reader.read();
      // A stream closed before saying anything is a failing server, not a normal end: back off.
      if (done) return { kind: received ? 'ended' : 'failed' };
      received = true;
      armStall();
      for (const event of parser.push(decoder.decode(value, { stream: true }))) {
        // The borrower opened more tabs than the proxy keeps streams for, and this one was the
        // oldest: reconnecting would only push another tab out, so this page polls instead.
        if (event.event === 'replaced') {
          await reader.cancel();
          return { kind: 'unavailable' };
        }
        if (event.event === 'session_expired') {
          options.tokens.refuse(token);
          await reader.cancel();
          return { kind: 'refused' };
        }
        void handleEvent(options.queryClient, event);
      }
    }
  } catch {
    // Network failures, a dropped stream and the stall timer all end up here; the loop retries.
    return { kind: 'failed' };
  } finally {
    clearTimeout(stall);
    signal.removeEventListener('abort', stop);
  }
}

function handleEvent(queryClient: QueryClient, event: ServerSentEvent): Promise<void> {
  if (event.event === 'resync') return refreshLive(queryClient);
  let parsed: unknown;
  try {
    parsed = JSON.parse(event.data);
  } catch {
    parsed = undefined;
  }
  const record = parsed as { type?: unknown; data?: unknown } | undefined;
  // Whatever the event was, something changed; an unreadable one refreshes everything.
  if (typeof record?.type !== 'string') return refreshLive(queryClient);
  const data =
    typeof record.data === 'object' && record.data !== null ? (record.data as Record<string, unknown>) : {};
  return applyEvent(queryClient, { type: record.type, data });
}
