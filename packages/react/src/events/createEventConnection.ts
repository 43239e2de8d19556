import type { QueryClient } from '@tanstack/react-query';
import { isFailedLoad } from '../queries/failedLoad.ts';
import { MAX_RETRY_MS, MIN_RETRY_MS, sleep } from './backoff.ts';
import type { EventStreamOptions } from './readEventStream.ts';

/**
 * Where live updates stand: `connecting` to the event stream, `open` and listening, `polling`
 * because the stream is unavailable (the active queries are refetched on an interval meanwhile),
 * or `closed` (nothing asked for live updates, or the provider is gone).
 */
export type DinieEventsStatus = 'connecting' | 'open' | 'polling' | 'closed';

/** What the connection needs from its provider. */
export interface EventConnectionOptions extends EventStreamOptions {
  /** How often the active queries are refetched while the stream is unavailable, in ms; read at each start. */
  pollIntervalMs: () => number;
  /** How often they are refetched while something awaits the server, whatever the stream does, in ms. */
  safetyPollIntervalMs: () => number;
}

/** The one event stream of a provider, shared by every component that wants live updates. */
export interface EventConnection {
  /** The current status. */
  getStatus(): DinieEventsStatus;
  /** Hears status changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
  /** Keeps the stream running while at least one caller retains it; returns the release. */
  retain(): () => void;
  /**
   * Says that the page waits on a step only the server moves (biometrics on a phone, the review,
   * a signature): until released, the active queries are also refetched every
   * `safetyPollIntervalMs`, even with the stream open, so a stream that stays silent (webhooks
   * refused by the partner's server, an event lost) never freezes the page. Returns the release.
   */
  awaitServer(): () => void;
}

type LiveUpdates = typeof import('./liveUpdates.ts');

/** Until the live-updates code has loaded: every Dinie query on screen, refetched, but a failed load. */
const refetchShown = (queryClient: QueryClient) =>
  queryClient.invalidateQueries(
    { queryKey: ['dinie'], predicate: (query) => !isFailedLoad(query) },
    { cancelRefetch: false },
  );

/** Creates the event stream of one provider; nothing runs until the first {@link EventConnection.retain}. */
export function createEventConnection(options: EventConnectionOptions): EventConnection {
  const listeners = new Set<() => void>();
  let status: DinieEventsStatus = 'closed';
  let retained = 0;
  let run: AbortController | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let awaiting = 0;
  let safetyNet: ReturnType<typeof setInterval> | undefined;
  // The stream loop, the event reader and what a poll or an event refetches load with the first
  // connection, not with the page.
  let live: LiveUpdates | undefined;
  const refresh = (): void => {
    void (live ? live.refreshLive(options.queryClient) : refetchShown(options.queryClient));
  };

  // The regular poller already refetches while `polling`; a second timer would double the load.
  const updateSafetyNet = (): void => {
    const wanted = awaiting > 0 && status !== 'polling';
    if (wanted && safetyNet === undefined) {
      safetyNet = setInterval(refresh, options.safetyPollIntervalMs());
    } else if (!wanted && safetyNet !== undefined) {
      clearInterval(safetyNet);
      safetyNet = undefined;
    }
  };

  const setStatus = (next: DinieEventsStatus): void => {
    if (next === status) return;
    status = next;
    updateSafetyNet();
    for (const listener of listeners) listener();
  };

  /**
   * Loads the live-updates code, then runs the stream. While it cannot be loaded (a deploy
   * replaced the chunk, the network dropped), the data is polled and the load retried.
   */
  const connect = async (signal: AbortSignal): Promise<void> => {
    let poll: ReturnType<typeof setInterval> | undefined;
    try {
      for (let failures = 0; !live; failures++) {
        try {
          live = await import('./liveUpdates.ts');
        } catch {
          setStatus('polling');
          poll ??= setInterval(refresh, options.pollIntervalMs());
          await sleep(Math.min(MAX_RETRY_MS, MIN_RETRY_MS * 2 ** failures), signal);
        }
        if (signal.aborted) return;
      }
    } finally {
      clearInterval(poll);
    }
    await live.connectLoop(options, signal, setStatus);
  };

  const start = (): void => {
    const controller = new AbortController();
    run = controller;
    connect(controller.signal).finally(() => {
      if (run === controller) run = null;
      setStatus('closed');
    });
  };

  return {
    getStatus: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    awaitServer() {
      awaiting++;
      updateSafetyNet();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        awaiting--;
        updateSafetyNet();
      };
    },
    retain() {
      retained++;
      clearTimeout(stopTimer);
      if (!run) start();
      let released = false;
      return () => {
        if (released) return;
        released = true;
        retained--;
        // StrictMode unmounts and remounts at once; waiting a tick keeps that from reconnecting.
        if (retained === 0) {
          stopTimer = setTimeout(() => {
            if (retained === 0) run?.abort();
          }, 0);
        }
      };
    },
  };
}
