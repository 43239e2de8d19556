import type { Redis } from 'ioredis';
import type { DinieProxyLogger } from '../logger.ts';
import { consoleLogger } from '../logger.ts';
import type { DinieProxyStores } from '../options.ts';
import type { DedupeStore } from '../stores/dedupeStore.ts';
import { createRedisDedupeStore } from './redisDedupeStore.ts';
import { createRedisEventStore, type RedisEventStore } from './redisEventStore.ts';
import { RedisKeys } from './redisKeys.ts';
import { createRedisRateLimitStore, type RedisRateLimitStore } from './redisRateLimitStore.ts';

/** Options of {@link createRedisStores}. */
export interface RedisStoresOptions {
  /** An `ioredis` client; the stores open one more connection from it for pub/sub. */
  redis: Redis;
  /**
   * Keys the hashes that replace borrower ids, IPs and webhook ids in key names: the same on every
   * instance, at least 16 characters (the proxy's `sessionSecret` will do).
   */
  keySecret: string;
  /** Prefix of every key and channel, to share one Redis between deployments (default `dinie:`). */
  prefix?: string;
  /** Events kept per borrower for `Last-Event-ID` replay (default 100). */
  maxEventsPerBorrower?: number;
  /** How long a borrower's event history lives after its last event (default 24 h). */
  historyTtlMs?: number;
  /** Longest wait for one Redis command before the proxy answers 503 (default 1000 ms). */
  commandTimeoutMs?: number;
  /** The `Retry-After` of a 503 while Redis is unreachable (default 2 s). */
  retryAfterSeconds?: number;
  /** Where connection problems are reported (default: the console, as the proxy's own logger). */
  logger?: DinieProxyLogger;
}

/** Every proxy store on one Redis, and a way to close the connection they opened. */
export interface RedisStores extends Required<DinieProxyStores> {
  events: RedisEventStore;
  dedupe: DedupeStore;
  rateLimit: RedisRateLimitStore;
  /** Closes the stores' pub/sub connection (the `redis` client given stays the caller's). */
  close(): Promise<void>;
}

/**
 * The proxy's stores on Redis, for several proxy instances behind a load balancer: a webhook
 * received by any instance reaches the borrower's stream on every instance, a redelivery is
 * refused as a duplicate whichever instance it reaches, and the rate limits are one budget for
 * all instances. While Redis is unreachable, the proxy answers 503 with `Retry-After` at once,
 * and it recovers by itself when Redis returns. Every key expires; no key holds a secret, a
 * token, a CPF or a CNPJ.
 *
 * @example
 * import { Redis } from 'ioredis';
 * import { createRedisStores } from '@dinie-embed/proxy/redis';
 * const stores = createRedisStores({ redis: new Redis(process.env.REDIS_URL!), keySecret: sessionSecret });
 * app.use('/dinie', createDinieProxy({ ...options, stores }));
 */
export function createRedisStores(options: RedisStoresOptions): RedisStores {
  if (typeof options.redis?.duplicate !== 'function' || typeof options.redis.eval !== 'function') {
    throw new TypeError(
      'createRedisStores: `redis` must be an ioredis client, e.g. `new Redis(process.env.REDIS_URL)`.',
    );
  }
  if (typeof options.keySecret !== 'string' || options.keySecret.length < 16) {
    throw new TypeError(
      "createRedisStores: `keySecret` must be a string of at least 16 characters, the same on every instance (the proxy's sessionSecret will do).",
    );
  }
  const keys = new RedisKeys(options.keySecret, options.prefix ?? 'dinie:');
  const guard = {
    commandTimeoutMs: options.commandTimeoutMs ?? 1000,
    retryAfterSeconds: options.retryAfterSeconds ?? 2,
  };
  const events = createRedisEventStore(options.redis, keys, {
    ...guard,
    maxEventsPerBorrower: options.maxEventsPerBorrower ?? 100,
    historyTtlMs: options.historyTtlMs ?? 24 * 60 * 60 * 1000,
    log: options.logger ?? consoleLogger,
  });
  return {
    events,
    dedupe: createRedisDedupeStore(options.redis, keys, guard),
    rateLimit: createRedisRateLimitStore(options.redis, keys, guard),
    close: () => events.close(),
  };
}
