import { afterEach, describe, expect, it } from 'vitest';
import type { SessionResponse } from '../src/index.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

describe('POST /session says whether live events are available', () => {
  it('answers events: true when webhooks are configured, and the stream opens', async () => {
    stack = await startStack();
    const session = (await stack.session('partner-user-events-on')) as SessionResponse;
    expect(session.events).toBe(true);
    const stream = await fetch(`${stack.proxyUrl}/events`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(stream.status).toBe(200);
    await stream.body?.cancel();
  });

  it('answers events: false without a webhookSecret, matching the 404 of GET /events', async () => {
    stack = await startStack({ webhooks: false });
    const session = (await stack.session('partner-user-events-off')) as SessionResponse;
    expect(session.events).toBe(false);
    const stream = await fetch(`${stack.proxyUrl}/events`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(stream.status).toBe(404);
    await stream.body?.cancel();
  });
});
