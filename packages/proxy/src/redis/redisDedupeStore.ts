import type { Redis } from 'ioredis';
import type { DedupeStore } from '../stores/dedupeStore.ts';
import { type GuardOptions, guardedCall } from './guardedCall.ts';
import type { RedisKeys } from './redisKeys.ts';

/** A {@link DedupeStore} on Redis `SET NX PX`: a delivery is claimed once across every instance. */
export function createRedisDedupeStore(redis: Redis, keys: RedisKeys, guard: GuardOptions): DedupeStore {
  return {
    claim: (id, ttlMs) =>
      guardedCall(redis, guard, 'claim a webhook', async () => {
        return (await redis.set(keys.dedupe(id), '1', 'PX', Math.max(1, Math.ceil(ttlMs)), 'NX')) === 'OK';
      }),
    confirm: (id, ttlMs) =>
      guardedCall(redis, guard, 'confirm a webhook', async () => {
        await redis.set(keys.dedupe(id), '1', 'PX', Math.max(1, Math.ceil(ttlMs)));
      }),
    release: (id) =>
      guardedCall(redis, guard, 'release a webhook', async () => {
        await redis.del(keys.dedupe(id));
      }),
  };
}
