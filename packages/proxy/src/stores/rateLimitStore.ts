/** The state of one key's current window. */
export interface RateLimitHit {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** When the current window ends, epoch milliseconds. */
  resetAt: number;
}

/**
 * Counts requests per key in fixed windows. Implement it over a shared store (e.g. Redis
 * `INCR` + `PEXPIRE`) so several proxy instances share one budget per session and per IP.
 */
export interface RateLimitStore {
  /** Counts one request for `key` and answers the window's state. */
  increment(key: string, windowMs: number): Promise<RateLimitHit>;
}

/** Bounds of {@link createMemoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** Keys tracked at most before expired windows are swept (default 50 000). */
  maxKeys?: number;
}

/** A {@link RateLimitStore} in this process's memory: fine for one instance. */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 50_000;
  const windows = new Map<string, RateLimitHit>();

  // Sweeping on write instead of on a timer keeps the store from holding the process open.
  const sweep = (now: number) => {
    for (const [key, hit] of windows) if (hit.resetAt <= now) windows.delete(key);
    while (windows.size >= maxKeys) {
      const oldest = windows.keys().next().value;
      if (oldest === undefined) break;
      windows.delete(oldest);
    }
  };

  return {
    async increment(key, windowMs) {
      const now = Date.now();
      let hit = windows.get(key);
      if (!hit || hit.resetAt <= now) {
        if (windows.size >= maxKeys) sweep(now);
        hit = { count: 0, resetAt: now + windowMs };
        windows.delete(key);
        windows.set(key, hit);
      }
      hit.count += 1;
      return { count: hit.count, resetAt: hit.resetAt };
    },
  };
}
