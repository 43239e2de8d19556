import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    webhooks: false,
    proxy: { limits: { requestsPerMinutePerSession: 5, requestsPerMinutePerIp: 1000 } },
  });
});
afterAll(async () => {
  await stack?.close();
});

describe('the per-session rate limit', () => {
  it('answers 429 with Retry-After once a borrower spends its budget, and only that borrower', async () => {
    const a = await stack.session('limited-a');
    const b = await stack.session('limited-b');
    for (let n = 1; n <= 5; n += 1) {
      const response = await stack.call(a.token, 'GET', '/customers');
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-remaining')).toBe(String(5 - n));
    }
    const limited = await stack.call(a.token, 'GET', '/customers');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({
      code: 'rate_limit_exceeded',
      detail: expect.stringMatching(/this session: at most 5 per 60 s/),
    });

    // A new session for the same borrower buys no new budget; another borrower is unaffected.
    const again = await stack.session('limited-a');
    expect((await stack.call(again.token, 'GET', '/customers')).status).toBe(429);
    expect((await stack.call(b.token, 'GET', '/customers')).status).toBe(200);
  });
});
