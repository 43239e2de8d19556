import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './stack.ts';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const tokenRequests = (current: Stack) =>
  current.upstreamCalls.filter((call) => call.url.endsWith('/auth/token')).length;

describe('the partner token cache', () => {
  it('makes exactly one token request for 50 concurrent requests on a cold cache', async () => {
    stack = await startStack({ webhooks: false });
    const current = stack;
    expect(tokenRequests(current)).toBe(0);
    const sessions = await Promise.all(Array.from({ length: 50 }, (_, n) => current.session(`cold-${n}`)));
    expect(sessions.every((session) => session.token.startsWith('eyJ'))).toBe(true);
    expect(tokenRequests(current)).toBe(1);
    // And the 51st is served from the cache.
    await current.session('warm');
    expect(tokenRequests(current)).toBe(1);
  });

  it('renews the token ahead of its expiry, so no request ever carries a stale one', async () => {
    stack = await startStack({ webhooks: false, sandbox: { tokenTtlSeconds: 2 } });
    await stack.session('renew-1');
    expect(tokenRequests(stack)).toBe(1);
    // With a 2 s token the proxy renews after 1 s, before Dinie would refuse it.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await stack.session('renew-2');
    expect(tokenRequests(stack)).toBe(2);
    expect(stack.logs.some((entry) => entry.level === 'error')).toBe(false);
  });

  it('retries once with a fresh token when Dinie answers 401', async () => {
    let skewMs = 0;
    stack = await startStack({ webhooks: false, sandbox: { now: () => Date.now() + skewMs } });
    await stack.session('retry-1');
    expect(tokenRequests(stack)).toBe(1);
    // Dinie's clock jumps two hours: the cached token is expired there, though not here.
    skewMs = 2 * 60 * 60 * 1000;
    const response = await fetch(`${stack.proxyUrl}/session`, {
      method: 'POST',
      headers: { 'x-test-borrower': 'retry-2' },
    });
    expect(response.status).toBe(200);
    expect(tokenRequests(stack)).toBe(2);
    const customerCalls = stack.upstreamCalls.filter((call) => call.url.includes('/customers?'));
    expect(customerCalls).toHaveLength(3);
  });

  it('answers 502 and logs the fix when the credentials are wrong', async () => {
    stack = await startStack({ webhooks: false, proxy: { clientSecret: 'dinie_cs_test_wrong' } });
    const response = await fetch(`${stack.proxyUrl}/session`, {
      method: 'POST',
      headers: { 'x-test-borrower': 'x' },
    });
    expect(response.status).toBe(502);
    expect(await response.json()).toMatchObject({
      code: 'upstream_auth_failed',
      detail: 'The partner server could not authenticate with Dinie.',
    });
    expect(
      stack.logs.some(
        (entry) => entry.level === 'error' && /check clientId and clientSecret/.test(entry.msg),
      ),
    ).toBe(true);
  });
});
