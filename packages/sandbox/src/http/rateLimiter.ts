import { ApiError } from './ApiError.ts';

/** The window a request was counted in. */
export interface RateLimitWindow {
  limit: number;
  remaining: number;
  /** Unix seconds when the window resets. */
  resetAt: number;
}

/** Counts requests per key in fixed windows. */
export interface RateLimiter {
  /**
   * Counts one request for `key`.
   *
   * @throws {ApiError} 429 `rate_limit_exceeded` with `Retry-After` once the window is spent.
   */
  hit(key: string, record: (window: RateLimitWindow) => void): void;
}

/** A fixed-window limiter on the wall clock; `false` settings count nothing. */
export function createRateLimiter(
  settings: { limit: number; windowSeconds: number } | false,
  now: () => number,
): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();
  return {
    hit(key, record) {
      if (settings === false) return;
      const windowMs = settings.windowSeconds * 1000;
      const time = now();
      let window = windows.get(key);
      if (window === undefined || time - window.startedAt >= windowMs) {
        // Dropping finished windows keeps the map as small as the set of recently active keys.
        for (const [otherKey, other] of windows)
          if (time - other.startedAt >= windowMs) windows.delete(otherKey);
        window = { startedAt: time, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      const resetMs = window.startedAt + windowMs;
      const info: RateLimitWindow = {
        limit: settings.limit,
        remaining: Math.max(0, settings.limit - window.count),
        resetAt: Math.ceil(resetMs / 1000),
      };
      record(info);
      if (window.count > settings.limit) {
        const retryAfter = Math.max(1, Math.ceil((resetMs - time) / 1000));
        throw new ApiError(
          429,
          'rate_limit_exceeded',
          `Rate limit exceeded. Try again in ${retryAfter} seconds.`,
          {
            headers: { 'retry-after': String(retryAfter) },
          },
        );
      }
    },
  };
}
