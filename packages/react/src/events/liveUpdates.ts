import { refreshLive } from '../queries/refreshLive.ts';
import { MAX_RETRY_MS, MIN_RETRY_MS, sleep } from './backoff.ts';
import type { DinieEventsStatus, EventConnectionOptions } from './createEventConnection.ts';
import { createEventStreamParser } from './createEventStreamParser.ts';
import { readEventStream } from './readEventStream.ts';
import { REPLAY_FROM_START } from './replayFromStart.ts';

/*
 * The live updates of a provider, loaded with its first connection: the stream loop, the event
 * reader, and what a poll or an event refetches.
 */

export { refreshLive };

/** Runs the event stream until `signal` aborts: reconnects with backoff, and polls while it is down. */
export async function connectLoop(
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

function createPoller(options: EventConnectionOptions) {
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    get running() {
      return timer !== undefined;
    },
    start() {
      if (timer !== undefined) return;
      timer = setInterval(() => void refreshLive(options.queryClient), options.pollIntervalMs());
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

function abortion(signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}
