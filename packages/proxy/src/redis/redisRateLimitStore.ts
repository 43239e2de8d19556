import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitStore } from '../stores/rateLimitStore.ts';
import { type GuardOptions, guardedCall } from './guardedCall.ts';
import type { RedisKeys } from './redisKeys.ts';

/**
 * A {@link RateLimitStore} on Redis through `rate-limiter-flexible`'s atomic fixed-window counter,
 * so every instance counts against one budget per key. The proxy decides what is over the limit;
 * the counter never refuses by itself.
 */
export function createRedisRateLimitStore(
  redis: Redis,
  keys: RedisKeys,
  guard: GuardOptions,
): RateLimitStore {
  const limiters = new Map<number, RateLimiterRedis>();
  const limiterFor = (windowMs: number): RateLimiterRedis => {
    // The library counts in whole seconds.
    const duration = Math.max(1, Math.ceil(windowMs / 1000));
    let limiter = limiters.get(duration);
    if (!limiter) {
      limiter = new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: `${keys.rateLimitPrefix()}:${duration}`,
        points: Number.MAX_SAFE_INTEGER,
        duration,
        rejectIfRedisNotReady: true,
      });
      limiters.set(duration, limiter);
    }
    return limiter;
  };

  return {
    increment: (key, windowMs) =>
      guardedCall(redis, guard, 'count a request', async () => {
        const res = await limiterFor(windowMs)
          .consume(keys.hash(key))
          .catch((rejection: unknown) => {
            // A RateLimiterRes rejection means "over the points", which carries the counts too.
            if (rejection instanceof RateLimiterRes) return rejection;
            throw rejection;
          });
        return { count: res.consumedPoints, resetAt: Date.now() + res.msBeforeNext };
      }),
  };
}
