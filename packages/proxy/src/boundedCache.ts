/** A map that forgets its least recently used entries beyond a size, and entries older than a TTL. */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, { value: V; expiresAt: number }>();

  /**
   * @param maxEntries entries kept at most.
   * @param ttlMs how long an entry is trusted; Infinity for facts that never change.
   */
  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs = Number.POSITIVE_INFINITY,
  ) {}

  /** The value, or undefined when absent or expired. */
  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= Date.now()) return undefined;
    // Re-inserting moves the key to the end, so the first key is always the least recently used.
    this.entries.set(key, entry);
    return entry.value;
  }

  /** Stores a value, trusted for the cache's TTL or the given one. */
  set(key: K, value: V, ttlMs = this.ttlMs): void {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, { value, expiresAt: Date.now() + ttlMs });
  }
}

/**
 * Runs at most one call per key at a time: callers that ask while a call for their key is under
 * way share its result, so a thousand concurrent cold lookups of one id cost one call.
 */
export class SingleFlight<T> {
  private readonly inflight = new Map<string, Promise<T>>();

  /** The result of the call under way for `key`, or of `run()` started now. */
  run(key: string, run: () => Promise<T>): Promise<T> {
    const pending = this.inflight.get(key);
    if (pending) return pending;
    const started = run().finally(() => this.inflight.delete(key));
    this.inflight.set(key, started);
    return started;
  }
}
