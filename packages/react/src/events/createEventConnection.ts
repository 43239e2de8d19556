import { invalidateAllDinieQueries } from '../queries/invalidateAllDinieQueries.ts';
import type { EventStreamOptions } from './readEventStream.ts';
import { REPLAY_FROM_START } from './replayFromStart.ts';

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

const MIN_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/** Creates the event stream of one provider; nothing runs until the first {@link EventConnection.retain}. */
export function createEventConnection(options: EventConnectionOptions): EventConnection {
  const listeners = new Set<() => void>();
  let status: DinieEventsStatus = 'closed';
  let retained = 0;
  let run: AbortController | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  let awaiting = 0;
  let safetyNet: ReturnType<typeof setInterval> | undefined;

  // The regular poller already refetches while `polling`; a second timer would double the load.
  const updateSafetyNet = (): void => {
    const wanted = awaiting > 0 && status !== 'polling';
    if (wanted && safetyNet === undefined) {
      safetyNet = setInterval(
        () => void invalidateAllDinieQueries(options.queryClient),
        options.safetyPollIntervalMs(),
      );
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

  const start = (): void => {
    const controller = new AbortController();
    run = controller;
    connectLoop(options, controller.signal, setStatus).finally(() => {
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

async function connectLoop(
  options: EventConnectionOptions,
  signal: AbortSignal,
  setStatus: (status: DinieEventsStatus) => void,
): Promise<void> {
  const poller = createPoller(options);
  signal.addEventListener('abort', poller.stop, { once: true });
  let lastEventId = REPLAY_FROM_START;
  let retryMs = MIN_RETRY_MS;
  let failures = 0;
  let refused = 0;
  try {
    const reader = await loadStreamReader(signal, () => {
      setStatus('polling');
      poller.start();
    });
    if (reader === null) return;
    const { readEventStream, createEventStreamParser } = reader;
    while (!signal.aborted) {
      if (!poller.running) setStatus('connecting');
      const parser = createEventStreamParser(lastEventId);
      const attempt = await readEventStream(options, parser, signal, () => {
        setStatus('open');
        poller.stop();
        failures = 0;
        refused = 0;
      });
      lastEventId = parser.lastEventId;
      retryMs = parser.retryMs ?? retryMs;
      if (signal.aborted) return;
      if (attempt.kind === 'unavailable') {
        setStatus('polling');
        poller.start();
        await abortion(signal);
        return;
      }
      if (attempt.kind === 'refused') {
        // One fresh token settles an expired session; a second refusal in a row waits like any failure.
        refused++;
        if (refused === 1) continue;
      } else {
        refused = 0;
      }
      if (attempt.kind === 'ended') {
        await sleep(retryMs, signal);
        continue;
      }
      setStatus('polling');
      poller.start();
      const ceiling = Math.min(MAX_RETRY_MS, Math.max(retryMs, MIN_RETRY_MS) * 2 ** failures++);
      await sleep(ceiling / 2 + Math.random() * (ceiling / 2), signal);
    }
  } finally {
    poller.stop();
  }
}

/**
 * Loads the stream reader with the first connection, not with the page: an app's first paint does
 * not wait for it, and an app that turns events off never ships it. While it cannot be loaded
 * (a deploy replaced the chunk, the network dropped), the data is polled and the load retried.
 */
async function loadStreamReader(signal: AbortSignal, fallBack: () => void) {
  for (let failures = 0; !signal.aborted; failures++) {
    try {
      const [stream, parser] = await Promise.all([
        import('./readEventStream.ts'),
        import('./createEventStreamParser.ts'),
      ]);
      return {
        readEventStream: stream.readEventStream,
        createEventStreamParser: parser.createEventStreamParser,
      };
    } catch {
      fallBack();
      await sleep(Math.min(MAX_RETRY_MS, MIN_RETRY_MS * 2 ** failures), signal);
    }
  }
  return null;
}

function createPoller(options: EventConnectionOptions) {
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    get running() {
      return timer !== undefined;
    },
    start() {
      if (timer !== undefined) return;
      timer = setInterval(
        () => void invalidateAllDinieQueries(options.queryClient),
        options.pollIntervalMs(),
      );
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done(): void {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

function abortion(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
