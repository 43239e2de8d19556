import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryEventStore, type EventStore } from '../src/index.ts';
import { createSessionSigner } from '../src/sessions.ts';
import { openSse, type SseMessage } from './sse.ts';
import { eventually, registerBorrower, type Stack, startStack } from './stack.ts';

let stack: Stack;
let subscriptions = 0;
/** The default store, counting live subscriptions so a test can see streams clean up. */
function countingStore(inner: EventStore): EventStore {
  return {
    append: (borrower, event) => inner.append(borrower, event),
    since: (borrower, lastId) => inner.since(borrower, lastId),
    subscribe(borrower, listener) {
      subscriptions += 1;
      const unsubscribe = inner.subscribe(borrower, listener);
      return () => {
        subscriptions -= 1;
        unsubscribe();
      };
    },
  };
}

beforeAll(async () => {
  stack = await startStack({
    proxy: { sseHeartbeatMs: 100, stores: { events: countingStore(createMemoryEventStore()) } },
  });
});
afterAll(async () => {
  await stack?.close();
});

const stream = (token: string, headers: Record<string, string> = {}) =>
  openSse(`${stack.proxyUrl}/events`, { authorization: `Bearer ${token}`, ...headers });
const dinieEvents = (messages: SseMessage[]) => messages.filter((message) => message.id !== undefined);
const payload = (message: SseMessage) =>
  JSON.parse(message.data ?? '{}') as { type: string; data: Record<string, unknown> };

describe('GET /events', () => {
  it('streams only the session borrower’s events, each with an id', async () => {
    const a = await stack.session('sse-a');
    const b = await stack.session('sse-b');
    const streamA = await stream(a.token);
    const streamB = await stream(b.token);
    expect(streamA.status).toBe(200);
    expect(streamA.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(streamA.headers.get('cache-control')).toBe('no-store');

    const customerA = await registerBorrower(stack, 'sse-a');
    const created = await streamA.next((message) => message.event === 'customer.created');
    expect(payload(created).data).toMatchObject({ id: customerA.customerId, external_id: 'sse-a' });
    expect(Number(created.id)).toBeGreaterThan(0);

    const customerB = await registerBorrower(stack, 'sse-b');
    await streamB.next((message) => message.event === 'customer.created');
    await stack.partner('POST', `/test_helpers/customers/${customerA.customerId}/kyc/approve`);
    await streamA.next((message) => message.event === 'credit_offer.available');

    const idsSeenByA = dinieEvents(streamA.messages).map((message) => payload(message).data);
    expect(
      idsSeenByA.every(
        (data) => data.id === customerA.customerId || data.customer_id === customerA.customerId,
      ),
    ).toBe(true);
    const seenByB = dinieEvents(streamB.messages).map((message) => payload(message).data);
    expect(seenByB.length).toBeGreaterThan(0);
    expect(seenByB.every((data) => data.id === customerB.customerId)).toBe(true);
    const ids = dinieEvents(streamA.messages).map((message) => Number(message.id));
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    streamA.close();
    streamB.close();
  });

  it('resumes from Last-Event-ID with exactly what was missed', async () => {
    const { token } = await stack.session('sse-resume');
    const first = await stream(token);
    const borrower = await registerBorrower(stack, 'sse-resume');
    const created = await first.next((message) => message.event === 'customer.created');
    first.close();

    await stack.partner('POST', `/test_helpers/customers/${borrower.customerId}/kyc/approve`);
    // While disconnected the borrower was approved and got an offer.
    const probe = await stream(token, { 'last-event-id': created.id as string });
    const offer = await probe.next((message) => message.event === 'credit_offer.available');
    const replayed = dinieEvents(probe.messages);
    expect(replayed.map((message) => message.event)).toEqual(
      expect.arrayContaining([
        'customer.under_review',
        'customer.kyc_updated',
        'customer.active',
        'credit_offer.available',
      ]),
    );
    expect(replayed.some((message) => message.id === created.id)).toBe(false);
    probe.close();

    const resumedAtEnd = await stream(token, { 'last-event-id': offer.id as string });
    await resumedAtEnd.next((message) => message.comment === 'heartbeat');
    expect(dinieEvents(resumedAtEnd.messages)).toEqual([]);
    resumedAtEnd.close();
  });

  it('asks the client to resync when the bounded history no longer reaches back', async () => {
    stack.rebuild({
      stores: { events: createMemoryEventStore({ maxEventsPerBorrower: 2 }) },
      sseHeartbeatMs: 100,
    });
    const { token } = await stack.session('sse-resync');
    const first = await stream(token);
    const borrower = await registerBorrower(stack, 'sse-resync');
    const created = await first.next((message) => message.event === 'customer.created');
    first.close();
    await stack.partner('POST', `/test_helpers/customers/${borrower.customerId}/kyc/approve`);
    const probe = await stream(token);
    await probe.next((message) => message.event === 'credit_offer.available');
    probe.close();
    const stale = await stream(token, { 'last-event-id': created.id as string });
    await stale.next((message) => message.event === 'resync');
    expect(stale.messages.find((message) => message.event === 'resync')?.data).toBe('{}');
    stale.close();
    stack.rebuild({ sseHeartbeatMs: 100, stores: { events: countingStore(createMemoryEventStore()) } });
  });

  it('after a restart, resumes an id from before with resync and then every new event', async () => {
    const fresh = () => stack.rebuild({ sseHeartbeatMs: 100, stores: { events: createMemoryEventStore() } });
    fresh();
    const { token } = await stack.session('sse-restart');
    const before = await stream(token);
    const borrower = await registerBorrower(stack, 'sse-restart');
    await stack.partner('POST', `/test_helpers/customers/${borrower.customerId}/kyc/approve`);
    const last = await before.next((message) => message.event === 'credit_offer.available');
    before.close();

    // A second instance sharing nothing with the first, as after a deploy or a crash.
    fresh();
    const resumed = await stream(token, { 'last-event-id': last.id as string });
    await resumed.next((message) => message.event === 'resync');
    const again = await registerBorrower(stack, 'sse-restart');
    const created = await resumed.next((message) => message.event === 'customer.created');
    expect(payload(created).data).toMatchObject({ id: again.customerId });
    resumed.close();
    stack.rebuild({ sseHeartbeatMs: 100, stores: { events: countingStore(createMemoryEventStore()) } });
  });

  it('replays stored events to a first connect with Last-Event-ID: 0, without a resync', async () => {
    const { token } = await stack.session('sse-first');
    const borrower = await registerBorrower(stack, 'sse-first');
    await eventually(() =>
      expect(
        stack.events.some(
          ({ event, externalId }) => externalId === 'sse-first' && event.type === 'customer.created',
        ),
      ).toBe(true),
    );
    const opened = await stream(token, { 'last-event-id': '0' });
    const created = await opened.next((message) => message.event === 'customer.created');
    expect(payload(created).data).toMatchObject({ id: borrower.customerId });
    await opened.next((message) => message.comment === 'heartbeat');
    expect(opened.messages.some((message) => message.event === 'resync')).toBe(false);
    opened.close();
  });

  it('sends heartbeat comments and a retry hint', async () => {
    const { token } = await stack.session('sse-heartbeat');
    const opened = await stream(token);
    await opened.next((message) => message.comment === 'heartbeat');
    await opened.next(
      (message) =>
        message.comment === 'heartbeat' &&
        opened.messages.filter((m) => m.comment === 'heartbeat').length >= 2,
    );
    expect(opened.messages[0]).toEqual({ retry: '3000' });
    opened.close();
  });

  it('cleans its subscription up when the client disconnects', async () => {
    const { token } = await stack.session('sse-cleanup');
    const before = subscriptions;
    const streams = await Promise.all([stream(token), stream(token), stream(token)]);
    await Promise.all(streams.map((opened) => opened.next((message) => message.retry !== undefined)));
    expect(subscriptions).toBe(before + 3);
    for (const opened of streams) opened.close();
    await expect.poll(() => subscriptions).toBe(before);
  });

  it('keeps at most 5 streams per borrower, ending the oldest with replaced', async () => {
    const { token } = await stack.session('sse-cap');
    const other = await stack.session('sse-cap-other');
    const before = subscriptions;
    const opened = async (bearer: string) => {
      const one = await stream(bearer);
      await one.next((message) => message.retry !== undefined);
      return one;
    };
    const first = await opened(token);
    const rest = [];
    for (let i = 0; i < 4; i += 1) rest.push(await opened(token));
    const bystander = await opened(other.token);
    const sixth = await opened(token);

    await first.next((message) => message.event === 'replaced');
    await first.ended;
    await expect.poll(() => subscriptions).toBe(before + 6);
    for (const kept of [...rest, sixth, bystander]) {
      expect(kept.messages.some((message) => message.event === 'replaced')).toBe(false);
    }
    for (const kept of [...rest, sixth, bystander]) kept.close();
    await expect.poll(() => subscriptions).toBe(before);
  });

  it('answers HEAD with the stream’s headers, without opening a stream or taking a place', async () => {
    const { token } = await stack.session('sse-head');
    const before = subscriptions;
    const first = await stream(token);
    await first.next((message) => message.retry !== undefined);
    for (let n = 0; n < 6; n += 1) {
      const head = await fetch(`${stack.proxyUrl}/events`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(head.status).toBe(200);
      expect(head.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    }
    expect(subscriptions).toBe(before + 1);
    await registerBorrower(stack, 'sse-head');
    await first.next((message) => message.event === 'customer.created');
    expect(first.messages.some((message) => message.event === 'replaced')).toBe(false);
    first.close();
    await expect.poll(() => subscriptions).toBe(before);
  });

  it('ends the stream with session_expired when the session token expires', async () => {
    const now = Math.floor(Date.now() / 1000);
    const { token } = await createSessionSigner(stack.sessionSecret, 900).issue('sse-expiry', now - 899);
    const expiring = await stream(token);
    expect(expiring.status).toBe(200);
    await expiring.next((message) => message.event === 'session_expired', 3000);
    await expiring.ended;
  });

  it('needs the session in the Authorization header, never in the URL', async () => {
    const { token } = await stack.session('sse-auth');
    const anonymous = await fetch(`${stack.proxyUrl}/events`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'missing_token' });
    const inUrl = await fetch(`${stack.proxyUrl}/events?access_token=${token}`);
    expect(inUrl.status).toBe(400);
    expect(await inUrl.json()).toMatchObject({ code: 'token_in_url' });
  });
});
