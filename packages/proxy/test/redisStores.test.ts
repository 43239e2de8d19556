import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../src/index.ts';
import { createRedisStores, type RedisStores } from '../src/redis/index.ts';
import type { DinieWebhookEvent } from '../src/webhookEvent.ts';
import { type RedisServer, startRedisServer } from './redisServer.ts';
import { eventually } from './stack.ts';

const event = (n: number): DinieWebhookEvent =>
  ({
    id: `evt_${n}`,
    type: 'customer.kyc_updated',
    created_at: '2026-03-01T00:00:00Z',
    data: { id: `c${n}` },
  }) as DinieWebhookEvent;

let server: RedisServer;
let client: Redis;
let prefixes = 0;
const opened: RedisStores[] = [];
/** Stores under a prefix of their own, so the tests do not see each other's keys. */
const storesWith = (options: { maxEventsPerBorrower?: number } = {}) => {
  prefixes += 1;
  const stores = createRedisStores({
    redis: client,
    keySecret: 'stores-test-secret-0123456789',
    prefix: `t${prefixes}:`,
    logger: () => undefined,
    ...options,
  });
  opened.push(stores);
  return stores;
};

beforeAll(async () => {
  server = await startRedisServer();
  client = server.client();
  await eventually(() => expect(client.status).toBe('ready'));
});
afterAll(async () => {
  for (const stores of opened) await stores.close();
  await server?.stop();
});

describe('Redis event store', () => {
  it('replays what came after an id, in order, and says when the history is complete', async () => {
    const { events } = storesWith();
    const first = await events.append('ana', event(1));
    const second = await events.append('ana', event(2));
    await events.append('bia', event(3));
    expect(second.id).toBeGreaterThan(first.id);
    expect(Number.isSafeInteger(second.id)).toBe(true);
    expect(await events.since('ana', first.id)).toEqual({ events: [second], complete: true });
    expect(await events.since('ana', 0)).toEqual({ events: [first, second], complete: false });
  });

  it('keeps a bounded history and asks for a resync when it no longer reaches back', async () => {
    const { events } = storesWith({ maxEventsPerBorrower: 2 });
    const stored = [];
    for (let n = 1; n <= 4; n += 1) stored.push(await events.append('ana', event(n)));
    const [first, second, third, fourth] = stored;
    expect(await events.since('ana', second?.id ?? 0)).toEqual({ events: [third, fourth], complete: true });
    expect(await events.since('ana', first?.id ?? 0)).toEqual({ events: [third, fourth], complete: false });
  });

  it('answers an unknown borrower and an id from the future like the memory store', async () => {
    const { events } = storesWith();
    const stored = await events.append('ana', event(1));
    expect(await events.since('nobody', stored.id)).toEqual({ events: [], complete: true });
    expect(await events.since('ana', stored.id + 1_000_000)).toEqual({ events: [stored], complete: false });
  });

  it('fans an event out to every subscriber of the borrower, through other connections too', async () => {
    const a = storesWith();
    const prefix = `t${prefixes}:`;
    const b = createRedisStores({
      redis: server.client(),
      keySecret: 'stores-test-secret-0123456789',
      prefix,
      logger: () => undefined,
    });
    opened.push(b);
    const seen: number[] = [];
    const unsubscribe = b.events.subscribe('ana', (stored) => seen.push(stored.id));
    const other: number[] = [];
    b.events.subscribe('bia', (stored) => other.push(stored.id));
    // The subscription is confirmed asynchronously; append until it is live.
    await eventually(async () => {
      await a.events.append('ana', event(1));
      expect(seen.length).toBeGreaterThan(0);
    });
    unsubscribe();
    const before = seen.length;
    await a.events.append('ana', event(2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(seen).toHaveLength(before);
    expect(other).toEqual([]);
  });
});

describe('Redis dedupe store', () => {
  it('claims once, lets an unconfirmed claim lapse, keeps a confirmed one, and releases', async () => {
    const { dedupe } = storesWith();
    expect(await dedupe.claim('msg_1', 150)).toBe(true);
    expect(await dedupe.claim('msg_1', 150)).toBe(false);
    await eventually(async () => expect(await dedupe.claim('msg_1', 150)).toBe(true), 3000);
    await dedupe.confirm('msg_1', 60_000);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await dedupe.claim('msg_1', 150)).toBe(false);
    await dedupe.release('msg_1');
    expect(await dedupe.claim('msg_1', 150)).toBe(true);
  });
});

describe('Redis rate-limit store', () => {
  it('counts per key in one window with its reset time', async () => {
    const { rateLimit } = storesWith();
    const started = Date.now();
    const one = await rateLimit.increment('session:x', 60_000);
    const two = await rateLimit.increment('session:x', 60_000);
    const other = await rateLimit.increment('session:y', 60_000);
    expect([one.count, two.count, other.count]).toEqual([1, 2, 1]);
    expect(two.resetAt).toBeGreaterThan(started + 55_000);
    expect(two.resetAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });
});

describe('Redis blocks', () => {
  it('holds a key closed until a time, only ever extending it, for every instance', async () => {
    const { rateLimit } = storesWith();
    const prefix = `t${prefixes}:`;
    const other = createRedisStores({
      redis: client,
      keySecret: 'stores-test-secret-0123456789',
      prefix,
      logger: () => undefined,
    });
    opened.push(other);
    expect(await rateLimit.blockedUntil('upstream:dinie')).toBe(0);
    const later = Date.now() + 60_000;
    await rateLimit.block('upstream:dinie', later);
    await rateLimit.block('upstream:dinie', Date.now() + 1_000);
    expect(await other.rateLimit.blockedUntil('upstream:dinie')).toBe(later);
    await rateLimit.block('short', Date.now() + 150);
    await eventually(async () => expect(await rateLimit.blockedUntil('short')).toBe(0), 3000);
    const keys = await client.keys(`${prefix}block:*`);
    expect(keys.join(' ')).not.toContain('upstream');
  });
});

describe('createRedisStores', () => {
  it('refuses a missing client or a short key secret, saying what to pass', () => {
    expect(() => createRedisStores({ redis: {} as Redis, keySecret: 'x'.repeat(32) })).toThrow(
      /ioredis client/,
    );
    expect(() => createRedisStores({ redis: client, keySecret: 'short' })).toThrow(/at least 16 characters/);
  });

  it('fails at once with StoreUnavailableError while the client is not connected', async () => {
    const lonely = server.client();
    lonely.disconnect();
    const stores = createRedisStores({
      redis: lonely,
      keySecret: 'stores-test-secret-0123456789',
      logger: () => undefined,
    });
    opened.push(stores);
    await expect(stores.rateLimit.increment('k', 60_000)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(stores.dedupe.claim('msg', 1000)).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(stores.events.append('ana', event(1))).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(stores.events.since('ana', 0)).rejects.toMatchObject({ retryAfterSeconds: 2 });
  });
});
