/**
 * Remembers which webhook ids were already handled, so a redelivery is answered without being
 * dispatched twice. Implement it over a shared store (e.g. Redis `SET NX PX`) for several
 * proxy instances.
 *
 * A delivery first claims its id for a short time, and confirms it for the long time only once
 * the event is stored: if the store fails in between (and so cannot even take the claim back),
 * the short claim lapses by itself and Dinie's next delivery is handled, so nothing that was
 * never acknowledged is dropped as a duplicate.
 */
export interface DedupeStore {
  /** Claims an id: true the first time, false while an earlier claim is alive. */
  claim(id: string, ttlMs: number): Promise<boolean>;
  /** Keeps a claimed id for `ttlMs` from now: the delivery was handled. */
  confirm(id: string, ttlMs: number): Promise<void>;
  /** Gives a claim back, so a redelivery after a failed dispatch is handled again. */
  release(id: string): Promise<void>;
}

/** Bounds of {@link createMemoryDedupeStore}. */
export interface MemoryDedupeStoreOptions {
  /** Ids remembered at most; the oldest claim is forgotten first (default 100 000). */
  maxEntries?: number;
}

/** A {@link DedupeStore} in this process's memory: fine for one instance. */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const maxEntries = options.maxEntries ?? 100_000;
  const expiries = new Map<string, number>();

  return {
    async claim(id, ttlMs) {
      const now = Date.now();
      const expiry = expiries.get(id);
      if (expiry !== undefined && expiry > now) return false;
      expiries.delete(id);
      if (expiries.size >= maxEntries) {
        // Map order is claim order, so the first key is the oldest claim.
        const oldest = expiries.keys().next().value;
        if (oldest !== undefined) expiries.delete(oldest);
      }
      expiries.set(id, now + ttlMs);
      return true;
    },

    async confirm(id, ttlMs) {
      expiries.delete(id);
      expiries.set(id, Date.now() + ttlMs);
    },

    async release(id) {
      expiries.delete(id);
    },
  };
}
