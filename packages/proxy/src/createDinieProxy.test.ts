import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type Request } from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createDinieProxy } from './createDinieProxy.ts';
import type { DinieProxyLogEntry } from './logger.ts';
import type { DinieProxyOptions } from './options.ts';
import { createSessionSigner } from './sessions.ts';

const ORIGIN = 'https://app.partner.com.br';
const SESSION_SECRET = 'a-session-secret-of-at-least-32-characters';

/** A partner app whose Dinie is unreachable: these behaviours never need Dinie. */
function partnerApp(overrides: Partial<DinieProxyOptions> = {}) {
  const logs: DinieProxyLogEntry[] = [];
  const app = express();
  app.use(
    '/dinie',
    createDinieProxy({
      baseUrl: 'http://127.0.0.1:9/v3',
      clientId: 'dinie_ci_test_1',
      clientSecret: 'dinie_cs_test_never_shown',
      sessionSecret: SESSION_SECRET,
      authorize: async (req: Request) =>
        req.get('x-partner-user') ? { externalId: req.get('x-partner-user') as string } : null,
      allowedOrigins: [ORIGIN],
      logger: (entry) => logs.push(entry),
      ...overrides,
    }),
  );
  app.get('/dinie/partner-page', (_req, res) => {
    res.send('partner');
  });
  return { app, logs };
}

describe('createDinieProxy without Dinie', () => {
  it('refuses a session when authorize returns null, as problem+json', async () => {
    const { app } = partnerApp();
    const res = await request(app).post('/dinie/session').expect(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: 'https://api.dinie.com.br/errors/authentication-failed',
      title: 'Authentication Failed',
      status: 401,
      detail: expect.any(String),
      code: 'unauthorized',
    });
  });

  it('answers 500 without details when authorize throws or returns nonsense, and logs the fix', async () => {
    const throwing = partnerApp({
      authorize: async () => {
        throw new Error('db down at /srv/app.js:12');
      },
    });
    const res = await request(throwing.app).post('/dinie/session').expect(500);
    expect(res.body).toMatchObject({ status: 500, code: 'internal_error' });
    expect(JSON.stringify(res.body)).not.toMatch(/db down|srv/);
    expect(throwing.logs.some((entry) => entry.level === 'error')).toBe(true);

    const nonsense = partnerApp({ authorize: async () => ({ externalId: 42 }) as never });
    await request(nonsense.app).post('/dinie/session').expect(500);
    expect(JSON.stringify(nonsense.logs)).toMatch(
      /authorize\(\) must return \{ externalId \} as Dinie stores it/,
    );
  });

  it('sets API security headers and removes X-Powered-By', async () => {
    const { app } = partnerApp();
    const res = await request(app).post('/dinie/session');
    expect(res.headers).toMatchObject({
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cross-origin-resource-policy': 'same-origin',
      'x-frame-options': 'DENY',
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('leaves paths that are not its own to the partner app, headers untouched', async () => {
    const { app } = partnerApp();
    const res = await request(app).get('/dinie/partner-page').expect(200);
    expect(res.text).toBe('partner');
    expect(res.headers['x-powered-by']).toBe('Express');
    expect(res.headers['cache-control']).toBeUndefined();
  });

  it.each([
    ['post', '/dinie/auth/token'],
    ['get', '/dinie/auth/credentials'],
    ['post', '/dinie/auth/credentials'],
    ['delete', '/dinie/auth/credentials/dinie_ci_x'],
    ['get', '/dinie/webhooks/endpoints'],
    ['post', '/dinie/webhooks/endpoints'],
    ['get', '/dinie/credit-offers'],
    ['delete', '/dinie/customers/cust_1'],
    ['post', '/dinie/test_helpers/customers/cust_1/kyc/approve'],
    ['get', '/dinie/banks'],
    ['post', '/dinie/webhooks'],
  ] as const)('never reaches %s %s (404, no session needed to learn it)', async (method, path) => {
    const { app } = partnerApp();
    const res = await request(app)[method](path).expect(404);
    expect(res.body).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers a CORS preflight from an allowed origin, with credentials', async () => {
    const { app } = partnerApp();
    const res = await request(app)
      .options('/dinie/customers/cust_1')
      .set('Origin', ORIGIN)
      .set('Access-Control-Request-Method', 'PATCH')
      .set(
        'Access-Control-Request-Headers',
        'authorization, content-type, idempotency-key, x-dinie-sdk-version',
      )
      .expect(204);
    expect(res.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    expect(res.headers['access-control-allow-methods']).toMatch(/PATCH/);
    expect(res.headers['access-control-allow-headers']).toMatch(/idempotency-key/);
    expect(res.headers['access-control-allow-headers']).toMatch(/x-dinie-sdk-version/);
    expect(res.headers.vary).toMatch(/Origin/);
  });

  it('refuses other origins, preflight or not, and exposes headers to allowed ones', async () => {
    const { app } = partnerApp();
    await request(app)
      .options('/dinie/session')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST')
      .expect(403);
    const res = await request(app).post('/dinie/session').set('Origin', 'https://evil.example').expect(403);
    expect(res.body).toMatchObject({ code: 'origin_not_allowed' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const allowed = await request(app).post('/dinie/session').set('Origin', ORIGIN).expect(401);
    expect(allowed.headers['access-control-allow-origin']).toBe(ORIGIN);
    expect(allowed.headers['access-control-expose-headers']).toMatch(/Retry-After/);
  });

  it('lets same-origin browsers and non-browser clients through', async () => {
    const { app } = partnerApp({ allowedOrigins: [] });
    await request(app).post('/dinie/session').expect(401);
    await request(app)
      .post('/dinie/session')
      .set('Origin', 'https://partner.example')
      .set('Sec-Fetch-Site', 'same-origin')
      .expect(401);
    await request(app)
      .post('/dinie/session')
      .set('Origin', 'https://partner.example')
      .set('Sec-Fetch-Site', 'cross-site')
      .expect(403);
  });

  it('limits requests per IP with RateLimit headers and a 429 problem with Retry-After', async () => {
    const { app } = partnerApp({ limits: { requestsPerMinutePerIp: 3 } });
    const first = await request(app).post('/dinie/session').expect(401);
    expect(first.headers['ratelimit-limit']).toBe('3');
    expect(first.headers['ratelimit-remaining']).toBe('2');
    expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
    await request(app).post('/dinie/session').expect(401);
    await request(app).post('/dinie/session').expect(401);
    const limited = await request(app).post('/dinie/session').expect(429);
    expect(limited.body).toMatchObject({
      type: 'https://api.dinie.com.br/errors/rate-limit-exceeded',
      status: 429,
      code: 'rate_limit_exceeded',
    });
    expect(limited.body.detail).toMatch(/this IP address: at most 3 per 60 s/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.headers['ratelimit-remaining']).toBe('0');
  });

  it('requires a session token on every borrower route, with Dinie’s 401 codes', async () => {
    const { app } = partnerApp();
    const missing = await request(app).get('/dinie/customers').expect(401);
    expect(missing.body.code).toBe('missing_token');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    const invalid = await request(app)
      .get('/dinie/loans/ln_1')
      .set('Authorization', 'Bearer dps1.e30.AAAA')
      .expect(401);
    expect(invalid.body.code).toBe('invalid_token');
    const inUrl = await request(app).get('/dinie/customers?access_token=dps1.x.y').expect(400);
    expect(inUrl.body.code).toBe('token_in_url');
  });

  it('answers webhooks and events without a configured secret as not found, so clients poll', async () => {
    const { app } = partnerApp();
    await request(app).post('/dinie/webhooks').send({}).expect(404);
    const { token } = await createSessionSigner(SESSION_SECRET, 900).issue(
      'b-1',
      Math.floor(Date.now() / 1000),
    );
    const events = await request(app)
      .get('/dinie/events')
      .set('Authorization', `Bearer ${token}`)
      .timeout(3000)
      .expect(404);
    expect(events.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(events.body.code).toBe('not_found');
  });

  it('answers 504 with a clear message when Dinie never answers', async () => {
    const silent = createServer(() => {
      // Accepts the request and never answers.
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = silent.address() as AddressInfo;
      const { app } = partnerApp({ baseUrl: `http://127.0.0.1:${port}/v3`, upstreamTimeoutMs: 300 });
      const started = performance.now();
      const res = await request(app).post('/dinie/session').set('x-partner-user', 'u1').expect(504);
      expect(performance.now() - started).toBeLessThan(5000);
      expect(res.body).toMatchObject({
        type: 'about:blank',
        title: 'Gateway Timeout',
        status: 504,
        code: 'upstream_timeout',
        detail: 'Dinie did not answer within 300 ms. Try again in a moment.',
      });
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });

  it('answers 502 when Dinie cannot be reached', async () => {
    const { app } = partnerApp();
    const res = await request(app).post('/dinie/session').set('x-partner-user', 'u1').expect(502);
    expect(res.body).toMatchObject({ status: 502, code: 'upstream_unreachable' });
  });
});
