import type { Redis } from 'ioredis';
import type { DinieProxyLogger } from '../logger.ts';
import type { EventStore, ReplayResult, StoredEvent } from '../stores/eventStore.ts';
import type { DinieWebhookEvent } from '../webhookEvent.ts';
import { type GuardOptions, guardedCall } from './guardedCall.ts';
import type { RedisKeys } from './redisKeys.ts';

/**
 * Appends an event atomically: the id from one counter (seeded from the clock, as the memory
 * store's is, so ids keep increasing even if Redis loses its data), the bounded history, the
 * record of what was dropped, the expiries and the publication to the borrower's channel. Ids
 * are 16-digit integers (exact in a double, as Lua and JavaScript hold them).
 * KEYS: counter, log, dropped. ARGV: member json, max events, ttl ms, seed, channel.
 */
const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then redis.call('SET', KEYS[1], ARGV[4]) end
local id = redis.call('INCR', KEYS[1])
-- Lua prints numbers with 14 significant digits; the ids have 16, so they are formatted as integers.
if redis.call('EXISTS', KEYS[2]) == 0 and redis.call('EXISTS', KEYS[3]) == 0 then
  redis.call('SET', KEYS[3], string.format('%d', id - 1), 'PX', ARGV[3])
end
local member = string.format('%d', id) .. ':' .. ARGV[1]
redis.call('ZADD', KEYS[2], id, member)
local excess = redis.call('ZCARD', KEYS[2]) - tonumber(ARGV[2])
if excess > 0 then
  local last = redis.call('ZRANGE', KEYS[2], excess - 1, excess - 1, 'WITHSCORES')
  redis.call('ZREMRANGEBYRANK', KEYS[2], 0, excess - 1)
  redis.call('SET', KEYS[3], last[2], 'PX', ARGV[3])
end
redis.call('PEXPIRE', KEYS[2], ARGV[3])
redis.call('PEXPIRE', KEYS[3], ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PUBLISH', ARGV[5], member)
return id
`;

/**
 * Reads what a client missed after `lastId`, with the same answers as the memory store.
 * KEYS: counter, log, dropped. ARGV: last id. Returns [complete (0/1), members...].
 */
const SINCE = `
local counter = tonumber(redis.call('GET', KEYS[1]) or '0')
local last = tonumber(ARGV[1])
if last > counter then
  local all = redis.call('ZRANGE', KEYS[2], 0, -1)
  table.insert(all, 1, 0)
  return all
end
local dropped = redis.call('GET', KEYS[3])
local complete = 0
if dropped == false then
  if last >= counter then complete = 1 end
elseif last >= tonumber(dropped) then
  complete = 1
end
local events = redis.call('ZRANGEBYSCORE', KEYS[2], '(' .. ARGV[1], '+inf')
table.insert(events, 1, complete)
return events
`;

/** Bounds of {@link createRedisEventStore}. */
export interface RedisEventStoreOptions extends GuardOptions {
  /** Events kept per borrower for replay. */
  maxEventsPerBorrower: number;
  /** How long a borrower's history lives after its last event. */
  historyTtlMs: number;
  log: DinieProxyLogger;
}

interface Subscription {
  borrower: string;
  listeners: Set<(stored: StoredEvent) => void>;
  /** The highest id handed to the listeners, to fill a gap after a lost connection. */
  lastId: number;
}

/** The event store and the connection it subscribes on, which its owner closes. */
export interface RedisEventStore extends EventStore {
  /** Ends the subscriber connection. */
  close(): Promise<void>;
}

const parseMember = (member: string): StoredEvent => {
  const colon = member.indexOf(':');
  return {
    id: Number(member.slice(0, colon)),
    event: JSON.parse(member.slice(colon + 1)) as DinieWebhookEvent,
  };
};

/**
 * An {@link EventStore} on Redis: a bounded history per borrower in a sorted set, and live fan-out
 * through pub/sub, so a borrower's stream on any instance receives every event for that borrower,
 * whichever instance received the webhook, and `Last-Event-ID` resumes on any instance. When the
 * subscriber connection drops and comes back, each open subscription is given what it missed
 * from the history, so a stream open across a Redis restart loses nothing that was stored.
 */
export function createRedisEventStore(
  redis: Redis,
  keys: RedisKeys,
  options: RedisEventStoreOptions,
): RedisEventStore {
  const subscriber = redis.duplicate();
  // The subscriber must not fail on the first error: it reconnects by itself, and errors are
  // reported through the log rather than as unhandled 'error' events.
  subscriber.on('error', (error: unknown) => {
    options.log({ level: 'warn', msg: 'redis subscriber connection error', error });
  });
  const byChannel = new Map<string, Subscription>();
  let everReady = false;

  const deliver = (subscription: Subscription, stored: StoredEvent) => {
    if (stored.id <= subscription.lastId) return;
    subscription.lastId = stored.id;
    for (const listener of subscription.listeners) listener(stored);
  };

  subscriber.on('message', (channel: string, message: string) => {
    const subscription = byChannel.get(channel);
    if (subscription) deliver(subscription, parseMember(message));
  });

  subscriber.on('ready', () => {
    // Channels asked for before the connection was ready, or before it was lost, are subscribed
    // (again) now; after a lost connection, each is also caught up from the history.
    const catchUp = everReady;
    everReady = true;
    for (const [channel, subscription] of byChannel) {
      subscriber.subscribe(channel).catch(() => undefined);
      if (!catchUp) continue;
      store
        .since(subscription.borrower, subscription.lastId)
        .then((replay) => {
          for (const stored of replay.events) deliver(subscription, stored);
        })
        .catch((error: unknown) => {
          options.log({ level: 'warn', msg: 'could not catch a stream up after a redis reconnect', error });
        });
    }
  });

  const redisKeys = (borrower: string) => {
    const hash = keys.hash(borrower);
    return { counter: keys.eventCounter(), log: keys.eventLog(hash), dropped: keys.eventDropped(hash), hash };
  };

  const store: RedisEventStore = {
    append: (borrower, event) =>
      guardedCall(redis, options, 'store an event', async () => {
        const k = redisKeys(borrower);
        const id = (await redis.eval(
          APPEND,
          3,
          k.counter,
          k.log,
          k.dropped,
          JSON.stringify(event),
          String(options.maxEventsPerBorrower),
          String(options.historyTtlMs),
          String(Date.now() * 1000),
          keys.eventChannel(k.hash),
        )) as number;
        return { id: Number(id), event };
      }),

    since: (borrower, lastId) =>
      guardedCall(redis, options, 'read event history', async (): Promise<ReplayResult> => {
        const k = redisKeys(borrower);
        const [complete, ...members] = (await redis.eval(
          SINCE,
          3,
          k.counter,
          k.log,
          k.dropped,
          String(lastId),
        )) as [number, ...string[]];
        return { events: members.map(parseMember), complete: complete === 1 };
      }),

    subscribe(borrower, listener) {
      const channel = keys.eventChannel(keys.hash(borrower));
      let subscription = byChannel.get(channel);
      if (!subscription) {
        subscription = { borrower, listeners: new Set(), lastId: 0 };
        byChannel.set(channel, subscription);
        // Where the counter stands now is where a catch-up after a reconnect starts; what came
        // before is the stream's own replay.
        const fresh = subscription;
        redis
          .get(keys.eventCounter())
          .then((counter) => {
            fresh.lastId = Math.max(fresh.lastId, Number(counter ?? 0));
          })
          .catch(() => undefined);
        // While the connection is not ready this fails, and the next 'ready' subscribes instead.
        if (subscriber.status === 'ready') subscriber.subscribe(channel).catch(() => undefined);
      }
      const own = subscription;
      own.listeners.add(listener);
      return () => {
        own.listeners.delete(listener);
        if (own.listeners.size === 0 && byChannel.get(channel) === own) {
          byChannel.delete(channel);
          subscriber.unsubscribe(channel).catch(() => undefined);
        }
      };
    },

    async close() {
      byChannel.clear();
      subscriber.disconnect();
    },
  };
  return store;
}
