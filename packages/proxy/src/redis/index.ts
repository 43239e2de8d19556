/**
 * `@dinie-embed/proxy/redis`: every store of `createDinieProxy` on Redis (through `ioredis`), for
 * several proxy instances behind a load balancer.
 * @packageDocumentation
 */

export { createRedisStores, type RedisStores, type RedisStoresOptions } from './createRedisStores.ts';
export type { RedisEventStore } from './redisEventStore.ts';
export type { RedisRateLimitStore } from './redisRateLimitStore.ts';
