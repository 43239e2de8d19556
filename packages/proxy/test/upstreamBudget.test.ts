import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './stack.ts';

let stack: Stack | undefined;
afterEach(async () => {
  await stack?.close();
  stack = undefined;
});

const randomOffer = () => `co_${randomBytes(16).toString('hex')}`;
/** Calls to Dinie other than for the partner's access token. */
const apiCalls = (current: Stack) =>
  current.upstreamCalls.filter((call) => !call.url.endsWith('/auth/token'));

describe('ownership lookups', () => {
  it('asks Dinie once for 1000 concurrent lookups of one unknown id, and remembers the answer', async () => {
    const current = await startStack({ webhooks: false });
    stack = current;
    const { token } = await current.session('guesser');
    const missing = randomOffer();
    const lookups = () =>
      current.upstreamCalls.filter((call) => call.url.endsWith(`/credit-offers/${missing}`));

    const statuses = await Promise.all(
      Array.from({ length: 1000 }, () =>
        fetch(`${current.proxyUrl}/credit-offers/${missing}`, {
          headers: { authorization: `Bearer ${token}` },
        }).then(async (response) => {
          await response.arrayBuffer();
          return response.status;
        }),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([404]));
    expect(lookups()).toHaveLength(1);

    // "Not found" is remembered too, for the simulation and loan routes as well.
    expect((await current.call(token, 'GET', `/credit-offers/${missing}`)).status).toBe(404);
    expect(
      (await current.call(token, 'POST', `/credit-offers/${missing}/simulations`, { json: {} })).status,
    ).toBe(404);
    expect((await current.call(token, 'POST', '/loans', { json: { credit_offer_id: missing } })).status).toBe(
      404,
    );
    expect(lookups()).toHaveLength(1);
  });
});

describe('the partner-wide budget at Dinie', () => {
  it('keeps two borrowers guessing ids from spending the quota of everyone else', async () => {
    // Dinie allows 100 calls a minute; the proxy keeps to 80, at most 20 per borrower.
    const current = await startStack({
      webhooks: false,
      sandbox: { rateLimit: { limit: 100, windowSeconds: 60 } },
      proxy: {
        limits: {
          upstreamRequestsPerMinute: 80,
          upstreamRequestsPerMinutePerBorrower: 20,
          requestsPerMinutePerIp: Number.POSITIVE_INFINITY,
          requestsPerMinutePerSession: Number.POSITIVE_INFINITY,
        },
      },
    });
    stack = current;
    const attackers = await Promise.all([current.session('guess-a'), current.session('guess-b')]);
    const answers = await Promise.all(
      attackers.map(async ({ token }) => {
        const statuses: number[] = [];
        for (let n = 0; n < 60; n += 1) {
          statuses.push((await current.call(token, 'GET', `/credit-offers/${randomOffer()}`)).status);
        }
        return statuses;
      }),
    );
    for (const statuses of answers) {
      expect(statuses.filter((status) => status === 404)).toHaveLength(19);
      expect(statuses.filter((status) => status === 429).length).toBe(41);
    }
    const limited = await current.call(attackers[0].token, 'GET', `/credit-offers/${randomOffer()}`);
    expect(await limited.json()).toMatchObject({ code: 'rate_limit_exceeded' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);

    // Everyone else still gets through, a new borrower's session included.
    const newcomer = await current.session('newcomer');
    expect((await current.call(newcomer.token, 'GET', '/customers')).status).toBe(200);
    expect(apiCalls(current).length).toBeLessThanOrEqual(80);
  });

  it('waits as Dinie’s Retry-After says, for every borrower, instead of asking again', async () => {
    const current = await startStack({
      webhooks: false,
      sandbox: { rateLimit: { limit: 10, windowSeconds: 60 } },
    });
    stack = current;
    const [a, b] = await Promise.all([current.session('eager-a'), current.session('eager-b')]);
    let status = 0;
    for (let n = 0; n < 20 && status !== 429; n += 1) {
      status = (await current.call(a.token, 'GET', `/credit-offers/${randomOffer()}`)).status;
    }
    expect(status).toBe(429);
    const callsAtRefusal = apiCalls(current).length;

    const other = await current.call(b.token, 'GET', '/customers');
    expect(other.status).toBe(429);
    expect(Number(other.headers.get('retry-after'))).toBeGreaterThan(0);
    const fresh = await fetch(`${current.proxyUrl}/session`, {
      method: 'POST',
      headers: { 'x-test-borrower': 'eager-c' },
    });
    expect(fresh.status).toBe(429);
    expect(apiCalls(current)).toHaveLength(callsAtRefusal);
    expect(current.logs.some((entry) => entry.level === 'warn' && /Retry-After/.test(entry.msg))).toBe(true);
  });
});
