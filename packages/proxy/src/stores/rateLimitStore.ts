/** The state of one key's current window. */
export interface RateLimitHit {
  /** Requests counted in the current window, this one included. */
  count: number;
  /** When the current window ends, epoch milliseconds. */
  resetAt: number;
}

/**
 * Counts requests per key in fixed windows, and holds keys closed for a while. Implement it over
 * a shared store so several proxy instances share one budget per session, per IP, per borrower
 * at Dinie and for the partner at Dinie, and all wait when Dinie asks them to: e.g. Redis
 * `INCR` + `PEXPIRE` for `increment`, `SET key until PXAT until GT`-style writes for `block`.
 *
 * Keys are short ASCII strings that never hold a partner's or a borrower's id in clear
 * (`session:<sha256>`, `ip:<address>`, `upstream:borrower:<sha256>`, `upstream:partner`,
 * `upstream:dinie`).
 */
export interface RateLimitStore {
  /** Counts one request for `key` and answers the window's state. */
  increment(key: string, windowMs: number): Promise<RateLimitHit>;
  /**
   * Holds `key` closed until `until` (epoch milliseconds). A later block only ever extends an
   * earlier one, never shortens it.
   */
  block(key: string, until: number): Promise<void>;
  /** When `key` opens again (epoch milliseconds), or 0 when it is open. */
  blockedUntil(key: string): Promise<number>;
}

/** Bounds of {@link createMemoryRateLimitStore}. */
export interface MemoryRateLimitStoreOptions {
  /** Keys tracked at most, counted and blocked each, before expired ones are swept (default 50 000). */
  maxKeys?: number;
}

/** A {@link RateLimitStore} in this process's memory: fine for one instance. */
export function createMemoryRateLimitStore(options: MemoryRateLimitStoreOptions = {}): RateLimitStore {
  const maxKeys = options.maxKeys ?? 50_000;
  const windows = new Map<string, RateLimitHit>();
  const blocks = new Map<string, number>();

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

    async block(key, until) {
      const now = Date.now();
      if (!blocks.has(key) && blocks.size >= maxKeys) {
        for (const [other, end] of blocks) if (end <= now) blocks.delete(other);
        if (blocks.size >= maxKeys) return;
      }
      blocks.set(key, Math.max(until, blocks.get(key) ?? 0));
    },

    async blockedUntil(key) {
      const until = blocks.get(key) ?? 0;
      if (until > Date.now()) return until;
      blocks.delete(key);
      return 0;
    },
  };
}
