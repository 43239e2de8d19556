import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Cancel, callDinie, type DinieRequest, type DinieTransport } from './dinieCall.ts';
import { ProblemError } from './problem.ts';

const REQUEST: DinieRequest = { method: 'GET', path: '/customers/cust_1', headers: {} };
const TIMEOUT_MS = 1000;

/**
 * A transport whose answer is a body the test writes itself, and which keeps the Cancel it was
 * given: what the call's timer and the browser do to a call shows on it.
 */
function heldTransport() {
  const seen: Cancel[] = [];
  // A body cut off and never read fails with nobody listening, as an unread one at undici does.
  const body = new PassThrough().on('error', () => {});
  const transport: DinieTransport = {
    async send(_request, cancel) {
      seen.push(cancel);
      // As undici does, a cut-off call destroys its body with the reason.
      cancel.once('abort', () => body.destroy(cancel.reason as Error));
      return {
        status: 200,
        headers: { get: () => null },
        text: async () => {
          const chunks: Buffer[] = [];
          for await (const chunk of body) chunks.push(chunk as Buffer);
          return Buffer.concat(chunks).toString();
        },
        stream: () => body,
        discard: async () => {
          body.destroy();
        },
      };
    },
    close: async () => {},
  };
  return { transport, body, seen };
}

describe('callDinie', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('stops its clock once the body is read, so no timer outlives the call', async () => {
    const { transport, body, seen } = heldTransport();
    const response = await callDinie(transport, REQUEST, { timeoutMs: TIMEOUT_MS });
    expect(vi.getTimerCount()).toBe(1);
    body.end('{"id":"cust_1"}');
    expect(await response.text()).toBe('{"id":"cust_1"}');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS * 2);
    expect(seen[0]?.aborted).toBe(false);
  });

  it('stops its clock once a body passed on unread is through, or let go', async () => {
    const streamed = heldTransport();
    const response = await callDinie(streamed.transport, REQUEST, { timeoutMs: TIMEOUT_MS });
    const body = response.stream();
    body?.resume();
    streamed.body.end('[]');
    await vi.waitFor(() => expect(body?.destroyed).toBe(true));
    expect(vi.getTimerCount()).toBe(0);

    const dropped = heldTransport();
    await (await callDinie(dropped.transport, REQUEST, { timeoutMs: TIMEOUT_MS })).discard();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cuts off a body that stalls, with a 504 that says how long it waited', async () => {
    const { transport, body, seen } = heldTransport();
    const response = await callDinie(transport, REQUEST, { timeoutMs: TIMEOUT_MS });
    body.write('{"id":');
    const reading = response.text().catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS);
    expect(seen[0]?.aborted).toBe(true);
    const problem = await reading;
    expect(problem).toBeInstanceOf(ProblemError);
    expect((problem as ProblemError).toBody()).toMatchObject({
      status: 504,
      code: 'upstream_timeout',
      detail: `Dinie did not answer within ${TIMEOUT_MS} ms. Try again in a moment.`,
    });
  });

  it('starts the clock only when the upload is through, and never after the call ended', async () => {
    let sent!: () => void;
    const uploaded = new Promise<void>((resolve) => {
      sent = resolve;
    });
    const { transport, body } = heldTransport();
    const response = await callDinie(transport, REQUEST, {
      timeoutMs: TIMEOUT_MS,
      timerStartsAfter: uploaded,
    });
    expect(vi.getTimerCount()).toBe(0);
    body.end('{}');
    await response.text();
    // The upload ends after the answer (a refusal arrives early): no clock is started for it.
    sent();
    await vi.advanceTimersByTimeAsync(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('cuts the call off when the browser goes away, and stops listening to it once done', async () => {
    const browser = new Cancel();
    const first = heldTransport();
    const response = await callDinie(first.transport, REQUEST, { timeoutMs: TIMEOUT_MS, signal: browser });
    expect(browser.listenerCount('abort')).toBe(1);
    first.body.end('{}');
    await response.text();
    expect(browser.listenerCount('abort')).toBe(0);

    const second = heldTransport();
    await callDinie(second.transport, REQUEST, { timeoutMs: TIMEOUT_MS, signal: browser });
    browser.abort(new Error('client closed the connection'));
    expect(second.seen[0]?.aborted).toBe(true);
  });
});
