import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DinieWebhookEvent } from '../webhookEvent.ts';
import { createMemoryDedupeStore } from './dedupeStore.ts';
import { createMemoryEventStore, type StoredEvent } from './eventStore.ts';
import { createMemoryRateLimitStore } from './rateLimitStore.ts';

const event = (n: number): DinieWebhookEvent => ({
  id: `evt_${n}`,
  type: 'customer.kyc_updated',
  data: { id: 'cust_1' },
});

describe('createMemoryEventStore', () => {
  it('numbers events increasingly and replays those after an id', async () => {
    const store = createMemoryEventStore();
    const first = await store.append('a', event(1));
    const second = await store.append('a', event(2));
    expect(second.id).toBeGreaterThan(first.id);
    expect(await store.since('a', first.id)).toEqual({ events: [second], complete: true });
    // Events from before this store started may have existed, so the whole history is not all.
    expect(await store.since('a', 0)).toEqual({ events: [first, second], complete: false });
  });

  it('keeps ids increasing across restarts, and treats an id from the future as a gap', async () => {
    const before = createMemoryEventStore();
    for (let n = 1; n <= 5; n += 1) await before.append('a', event(n));
    const seen = (await before.append('a', event(6))).id;
    await new Promise((resolve) => setTimeout(resolve, 2));
    const after = createMemoryEventStore();
    expect(await after.since('a', seen)).toEqual({ events: [], complete: false });
    const fresh = await after.append('a', event(7));
    expect(fresh.id).toBeGreaterThan(seen);
    expect(await after.since('a', seen)).toEqual({ events: [fresh], complete: false });
    expect(await after.since('a', fresh.id + 1000)).toEqual({ events: [fresh], complete: false });
  });

  it('keeps borrowers apart', async () => {
    const store = createMemoryEventStore();
    await store.append('a', event(1));
    const seen: StoredEvent[] = [];
    store.subscribe('b', (stored) => seen.push(stored));
    await store.append('a', event(2));
    expect(seen).toEqual([]);
    expect((await store.since('b', 0)).events).toEqual([]);
  });

  it('fans out to subscribers until they unsubscribe', async () => {
    const store = createMemoryEventStore();
    const seen: number[] = [];
    const unsubscribe = store.subscribe('a', (stored) => seen.push(stored.id));
    const one = await store.append('a', event(1));
    unsubscribe();
    await store.append('a', event(2));
    expect(seen).toEqual([one.id]);
  });

  it('says the replay is incomplete once the bounded history has dropped what was asked for', async () => {
    const store = createMemoryEventStore({ maxEventsPerBorrower: 2 });
    const ids = [];
    for (let n = 1; n <= 4; n += 1) ids.push((await store.append('a', event(n))).id);
    expect(await store.since('a', ids[0] as number)).toMatchObject({ complete: false });
    expect(await store.since('a', ids[1] as number)).toEqual({
      events: [expect.objectContaining({ id: ids[2] }), expect.objectContaining({ id: ids[3] })],
      complete: true,
    });
  });

  it('forgets the least recently active borrower and recognises stale ids afterwards', async () => {
    const store = createMemoryEventStore({ maxBorrowers: 1 });
    const a = await store.append('a', event(1));
    await store.append('b', event(2));
    expect(await store.since('a', a.id)).toMatchObject({ events: [], complete: false });
  });
});

describe('createMemoryDedupeStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('claims an id once until it expires or is released', async () => {
    vi.useFakeTimers();
    const store = createMemoryDedupeStore();
    expect(await store.claim('evt_1', 1000)).toBe(true);
    expect(await store.claim('evt_1', 1000)).toBe(false);
    vi.advanceTimersByTime(1001);
    expect(await store.claim('evt_1', 1000)).toBe(true);
    await store.release('evt_1');
    expect(await store.claim('evt_1', 1000)).toBe(true);
  });

  it('keeps a confirmed claim for the confirmed time', async () => {
    vi.useFakeTimers();
    const store = createMemoryDedupeStore();
    expect(await store.claim('evt_1', 1000)).toBe(true);
    await store.confirm('evt_1', 60_000);
    vi.advanceTimersByTime(1001);
    expect(await store.claim('evt_1', 1000)).toBe(false);
    vi.advanceTimersByTime(60_000);
    expect(await store.claim('evt_1', 1000)).toBe(true);
  });

  it('stays bounded, forgetting the oldest claim', async () => {
    const store = createMemoryDedupeStore({ maxEntries: 2 });
    await store.claim('1', 60_000);
    await store.claim('2', 60_000);
    await store.claim('3', 60_000);
    expect(await store.claim('1', 60_000)).toBe(true);
    expect(await store.claim('3', 60_000)).toBe(false);
  });
});

describe('createMemoryRateLimitStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts per key in fixed windows', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = createMemoryRateLimitStore();
    expect(await store.increment('k', 60_000)).toEqual({ count: 1, resetAt: 1_060_000 });
    expect(await store.increment('k', 60_000)).toEqual({ count: 2, resetAt: 1_060_000 });
    expect(await store.increment('other', 60_000)).toMatchObject({ count: 1 });
    vi.advanceTimersByTime(60_000);
    expect(await store.increment('k', 60_000)).toEqual({ count: 1, resetAt: 1_120_000 });
  });

  it('holds a key closed until a time, only ever extending it', async () => {
    vi.useFakeTimers({ now: 1_000_000 });
    const store = createMemoryRateLimitStore();
    expect(await store.blockedUntil('k')).toBe(0);
    await store.block('k', 1_030_000);
    await store.block('k', 1_010_000);
    expect(await store.blockedUntil('k')).toBe(1_030_000);
    expect(await store.blockedUntil('other')).toBe(0);
    vi.advanceTimersByTime(30_000);
    expect(await store.blockedUntil('k')).toBe(0);
  });

  it('stays bounded', async () => {
    const store = createMemoryRateLimitStore({ maxKeys: 10 });
    for (let n = 0; n < 100; n += 1) await store.increment(`k${n}`, 60_000);
    expect(await store.increment('k99', 60_000)).toMatchObject({ count: 2 });
    expect(await store.increment('k0', 60_000)).toMatchObject({ count: 1 });
  });
});
