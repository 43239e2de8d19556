import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitStore } from '../stores/rateLimitStore.ts';

/** Extends a key's block to `until` (epoch ms), never shortening it; expires with it. KEYS: key. ARGV: until. */
const BLOCK = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
if tonumber(ARGV[1]) > current then redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[1]) end
return 0
`;

/** A rate-limit store that can also hold keys closed, shared by every instance. */
export interface RedisRateLimitStore extends RateLimitStore {
  /** Holds `key` closed until `until` (epoch milliseconds); a later block only ever extends it. */
  block(key: string, until: number): Promise<void>;
  /** When `key` opens again (epoch milliseconds), or 0 when it is open. */
  blockedUntil(key: string): Promise<number>;
}

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
): RedisRateLimitStore {
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
    block: (key, until) =>
      guardedCall(redis, guard, 'hold a limit closed', async () => {
        if (until <= Date.now()) return;
        await redis.eval(BLOCK, 1, keys.block(key), String(Math.ceil(until)));
      }),
    blockedUntil: (key) =>
      guardedCall(redis, guard, 'read a limit', async () => {
        const until = Number((await redis.get(keys.block(key))) ?? 0);
        return until > Date.now() ? until : 0;
      }),
  };
}
