import type { DinieWebhookEvent } from '../webhookEvent.ts';

/** An event as kept for one borrower: the webhook event and its position in the stream. */
export interface StoredEvent {
  /** Increasing per borrower; sent as the SSE `id:` and given back as `Last-Event-ID`. */
  id: number;
  /** The verified webhook event. */
  event: DinieWebhookEvent;
}

/** What a reconnecting stream missed. */
export interface ReplayResult {
  /** The events after the given id, oldest first. */
  events: StoredEvent[];
  /** False when some events after the given id were already dropped, so the client must refetch. */
  complete: boolean;
}

/**
 * Keeps a bounded history of events per borrower and fans new ones out to listeners. Implement
 * it over a shared store (e.g. Redis streams and pub/sub) so several proxy instances see every
 * event whichever instance received the webhook.
 */
export interface EventStore {
  /** Stores an event for a borrower and notifies that borrower's listeners. */
  append(borrower: string, event: DinieWebhookEvent): Promise<StoredEvent>;
  /** The borrower's events with an id greater than `lastId`. */
  since(borrower: string, lastId: number): Promise<ReplayResult>;
  /** Calls `listener` for each event appended for the borrower from now on; returns the unsubscribe. */
  subscribe(borrower: string, listener: (stored: StoredEvent) => void): () => void;
}

/** Bounds of {@link createMemoryEventStore}. */
export interface MemoryEventStoreOptions {
  /** Events kept per borrower for replay (default 100). */
  maxEventsPerBorrower?: number;
  /** Borrowers kept; the least recently active is forgotten first (default 10 000). */
  maxBorrowers?: number;
}

interface BorrowerLog {
  events: StoredEvent[];
  /** Highest id that may have existed for this borrower and is gone. */
  droppedThrough: number;
}

/**
 * An {@link EventStore} in this process's memory: fine for one instance. Ids come from one
 * counter for all borrowers, so they keep increasing even after a borrower's history is forgotten
 * and a stale `Last-Event-ID` is always recognised as such. The counter starts from the clock
 * (milliseconds × 1000), so ids also keep increasing across restarts: a browser still holding an
 * id from before a restart is told to resync instead of having the new instance's events dropped
 * as already seen. An id above the counter (a clock set back, another store) is answered the same
 * way, with every stored event.
 */
export function createMemoryEventStore(options: MemoryEventStoreOptions = {}): EventStore {
  const maxEvents = options.maxEventsPerBorrower ?? 100;
  const maxBorrowers = options.maxBorrowers ?? 10_000;
  const logs = new Map<string, BorrowerLog>();
  const listeners = new Map<string, Set<(stored: StoredEvent) => void>>();
  let counter = Date.now() * 1000;

  const logOf = (borrower: string): BorrowerLog => {
    let log = logs.get(borrower);
    if (log) {
      // Re-insert so Map order tracks recency and the oldest entry is the one to forget.
      logs.delete(borrower);
    } else {
      log = { events: [], droppedThrough: counter };
      if (logs.size >= maxBorrowers) {
        const oldest = logs.keys().next().value;
        if (oldest !== undefined) logs.delete(oldest);
      }
    }
    logs.set(borrower, log);
    return log;
  };

  return {
    async append(borrower, event) {
      const log = logOf(borrower);
      counter += 1;
      const stored: StoredEvent = { id: counter, event };
      log.events.push(stored);
      while (log.events.length > maxEvents) {
        const dropped = log.events.shift();
        if (dropped) log.droppedThrough = dropped.id;
      }
      for (const listener of listeners.get(borrower) ?? []) listener(stored);
      return stored;
    },

    async since(borrower, lastId) {
      const log = logs.get(borrower);
      if (lastId > counter) return { events: log ? [...log.events] : [], complete: false };
      if (!log) return { events: [], complete: lastId >= counter };
      return {
        events: log.events.filter((stored) => stored.id > lastId),
        complete: lastId >= log.droppedThrough,
      };
    },

    subscribe(borrower, listener) {
      let set = listeners.get(borrower);
      if (!set) {
        set = new Set();
        listeners.set(borrower, set);
      }
      set.add(listener);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(borrower);
      };
    },
  };
}
