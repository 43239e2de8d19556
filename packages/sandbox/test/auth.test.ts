import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSandbox } from '../src/index.ts';
import { expectProblem } from './support/expectProblem.ts';
import { createLoan, customerWithOffer, registerCustomer } from './support/journeySteps.ts';
import { checkResponse } from './support/openapiValidator.ts';
import { send, startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

const tokenRequest = (headers: Record<string, string>, body = 'grant_type=client_credentials') =>
  send(`${sandbox.base}/auth/token`, 'POST', { token: null, headers, body });

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const basic = (id: string, secret: string) => `Basic ${btoa(`${id}:${secret}`)}`;

describe('POST /auth/token', () => {
  it('refuses a request without Basic credentials: 401 invalid_client', async () => {
    expectProblem(await tokenRequest(form), 401, 'invalid_client');
    expectProblem(await tokenRequest({ ...form, authorization: 'Basic %%%' }), 401, 'invalid_client');
  });

  it('refuses a wrong secret or an unknown client: 401 invalid_client', async () => {
    const wrong = await tokenRequest({
      ...form,
      authorization: basic(sandbox.clientId, 'dinie_cs_test_nope'),
    });
    expectProblem(wrong, 401, 'invalid_client');
    expect(wrong.headers.get('www-authenticate')).toContain('Basic');
    expectProblem(
      await tokenRequest({ ...form, authorization: basic('dinie_ci_nobody', 'x') }),
      401,
      'invalid_client',
    );
  });

  it('counts a wrong secret against the anonymous bucket, not the credential it names', async () => {
    const limited = await startTestSandbox({ rateLimit: { limit: 3, windowSeconds: 60 } });
    try {
      const wrong = () =>
        send(`${limited.base}/auth/token`, 'POST', {
          token: null,
          headers: { ...form, authorization: basic(limited.clientId, 'dinie_cs_test_wrong') },
          body: 'grant_type=client_credentials',
        });
      for (let index = 0; index < 3; index += 1) expectProblem(await wrong(), 401, 'invalid_client');
      expectProblem(await wrong(), 429, 'rate_limit_exceeded');
      // The real credential used one request at start-up (its token) and has two left.
      const good = await limited.issueToken();
      expect(good.status, JSON.stringify(good.body)).toBe(200);
      expect(good.headers.get('x-ratelimit-remaining')).toBe('1');
    } finally {
      await limited.close();
    }
  });

  it('takes only a form body with grant_type=client_credentials', async () => {
    const auth = { authorization: basic(sandbox.clientId, sandbox.clientSecret) };
    expectProblem(
      await tokenRequest({ ...auth, 'content-type': 'application/json' }, '{}'),
      400,
      'invalid_content_type',
    );
    expectProblem(await tokenRequest({ ...auth, ...form }, ''), 422, 'missing_required_field', 'grant_type');
    expectProblem(
      await tokenRequest({ ...auth, ...form }, 'grant_type=password'),
      422,
      'unsupported_grant_type',
      'grant_type',
    );
  });
});

describe('bearer tokens', () => {
  it('answers 401 missing_token, invalid_token for absent, foreign or tampered tokens', async () => {
    expectProblem(await sandbox.call('GET', '/customers', { token: null }), 401, 'missing_token');
    expectProblem(
      await sandbox.call('GET', '/customers', { token: 'dinie_at_nonsense' }),
      401,
      'invalid_token',
    );
    expectProblem(
      await sandbox.call('GET', '/customers', { headers: { authorization: 'Basic abc' }, token: null }),
      401,
      'invalid_token',
    );
    const tampered = `${sandbox.token.slice(0, -4)}AAAA`;
    const answer = await sandbox.call('GET', '/customers', { token: tampered });
    expectProblem(answer, 401, 'invalid_token');
    expect(answer.headers.get('www-authenticate')).toBe('Bearer realm="dinie", error="invalid_token"');
    expect(answer.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  });

  it('expires tokens after their lifetime (wall clock): 401 token_expired', async () => {
    let now = Date.parse('2026-03-02T12:00:00Z');
    const local = createSandbox({
      now: () => now,
      tokenTtlSeconds: 60,
      clientId: 'dinie_ci_test',
      clientSecret: 'dinie_cs_test_secret',
    });
    const issued = await local.fetch(
      new Request('http://sandbox.test/v3/auth/token', {
        method: 'POST',
        headers: { ...form, authorization: basic('dinie_ci_test', 'dinie_cs_test_secret') },
        body: 'grant_type=client_credentials',
      }),
    );
    const { access_token, expires_in } = await issued.json();
    expect(expires_in).toBe(60);
    const get = () =>
      local.fetch(
        new Request('http://sandbox.test/v3/customers', {
          headers: { authorization: `Bearer ${access_token}` },
        }),
      );
    now += 59_000;
    expect((await get()).status).toBe(200);
    now += 1_000;
    const expired = await get();
    expect(expired.status).toBe(401);
    expect((await expired.json()).code).toBe('token_expired');
    await local.close();
  });

  it('keeps sandbox-clock advances from expiring tokens', async () => {
    sandbox.server.sandbox.clock.advance(2);
    expect((await sandbox.call('GET', '/customers')).status).toBe(200);
  });
});

describe('test helpers', () => {
  it('answers 401 on every helper route without a valid token, and changes nothing', async () => {
    const pending = await registerCustomer(sandbox);
    const { offer } = await customerWithOffer(sandbox);
    const { loan } = await createLoan(sandbox);
    await sandbox.settle();
    // Every route of testHelperRoutes.ts, each on a resource it would act on with a token.
    const routes: [method: string, path: string][] = [
      ['POST', `/test_helpers/customers/${pending.id}/kyc/approve`],
      ['POST', `/test_helpers/customers/${pending.id}/kyc/reject`],
      ['POST', `/test_helpers/customers/${pending.id}/biometrics/complete`],
      ['POST', `/test_helpers/credit-offers/${offer.id}/expire`],
      ['POST', `/test_helpers/loans/${loan.id}/sign`],
      ['POST', `/test_helpers/loans/${loan.id}/cancel`],
      ['POST', `/test_helpers/loans/${loan.id}/fail`],
      ['POST', `/test_helpers/loans/${loan.id}/pay`],
      ['GET', '/test_helpers/clock'],
      ['POST', '/test_helpers/clock/advance'],
    ];
    const today = (await sandbox.call('GET', '/test_helpers/clock')).body.today;
    const tampered = `${sandbox.token.slice(0, -4)}AAAA`;
    for (const [method, path] of routes) {
      const json = method === 'GET' ? undefined : path.endsWith('/advance') ? { days: 30 } : {};
      for (const base of [sandbox.base, sandbox.base.replace(/\/v3$/, '/api/v3')]) {
        const url = `${base}${path}`;
        expectProblem(await send(url, method, { json, token: null }), 401, 'missing_token');
        expectProblem(await send(url, method, { json, token: tampered }), 401, 'invalid_token');
        expectProblem(await send(url, method, { json, token: 'dinie_at_forged' }), 401, 'invalid_token');
      }
    }
    expect((await sandbox.call('GET', '/test_helpers/clock')).body.today).toBe(today);
    expect((await sandbox.call('GET', `/customers/${pending.id}`)).body.status).toBe('pending_kyc');
    expect((await sandbox.call('GET', `/credit-offers/${offer.id}`)).body.status).toBe('available');
    expect((await sandbox.call('GET', `/loans/${loan.id}`)).body.status).toBe('awaiting_signatures');
    // With the token, each of them is there to answer.
    for (const [method, path] of routes) {
      const json = method === 'GET' ? undefined : path.endsWith('/advance') ? { days: 0 } : {};
      const answer = await sandbox.call(method, path, { json });
      expect(answer.status, `${method} ${path}`).not.toBe(401);
      expect(answer.status, `${method} ${path}`).not.toBe(404);
    }
  });
});

describe('credentials', () => {
  it('creates a credential whose secret is shown once and works at once', async () => {
    const created = await sandbox.call('POST', '/auth/credentials', {
      json: { name: 'Staging', expires_at: '2099-03-04T00:00:00Z' },
    });
    expect(created.status).toBe(201);
    expect(checkResponse('createCredential', 201, created.body)).toEqual([]);
    expect(created.body.id).toMatch(/^dinie_ci_[0-9a-f]{32}$/);
    expect(created.body.client_id).toBe(created.body.id);
    expect(created.body.client_secret).toMatch(/^dinie_cs_test_[0-9a-f]{32}$/);
    expect(created.headers.get('location')).toBe(`/v3/auth/credentials/${created.body.id}`);
    const token = await sandbox.issueToken(created.body.client_id, created.body.client_secret);
    expect(token.status).toBe(200);
    const list = await sandbox.call('GET', '/auth/credentials');
    expect(checkResponse('listCredentials', 200, list.body)).toEqual([]);
    const listed = list.body.data.find((item: { id: string }) => item.id === created.body.id);
    expect(listed).not.toHaveProperty('client_secret');
    expect(listed.last_used_at).not.toBeNull();
  });

  it('validates the name and the expiry', async () => {
    expectProblem(
      await sandbox.call('POST', '/auth/credentials', { json: {} }),
      422,
      'missing_required_field',
      'name',
    );
    expectProblem(
      await sandbox.call('POST', '/auth/credentials', { json: { name: 42 } }),
      422,
      'invalid_type',
      'name',
    );
    expectProblem(
      await sandbox.call('POST', '/auth/credentials', { json: { name: 'x', expires_at: 'tomorrow' } }),
      422,
      'invalid_format',
      'expires_at',
    );
    expectProblem(
      await sandbox.call('POST', '/auth/credentials', {
        json: { name: 'x', expires_at: '2001-01-01T00:00:00Z' },
      }),
      422,
      'out_of_range',
      'expires_at',
    );
  });

  it('refuses expiries that do not exist instead of rolling them forward', async () => {
    for (const expires_at of [
      '2028-02-30T12:00:00Z',
      '2027-02-29T12:00:00Z',
      '2028-02-28T24:00:00Z',
      '2028-02-28T23:60:00Z',
      '2028-02-28T23:00:60Z',
      '2028-13-01T00:00:00Z',
      '2028-02-28T12:00:00+24:00',
    ]) {
      expectProblem(
        await sandbox.call('POST', '/auth/credentials', { json: { name: 'x', expires_at } }),
        422,
        'invalid_format',
        'expires_at',
      );
    }
    const leap = await sandbox.call('POST', '/auth/credentials', {
      json: { name: 'leap', expires_at: '2028-02-29T23:00:00-03:00' },
    });
    expect(leap.status).toBe(201);
    expect(leap.body.expires_at).toBe('2028-03-01T02:00:00Z');
    await sandbox.call('DELETE', `/auth/credentials/${leap.body.id}`);
  });

  it('refuses expiries past 9999-12-31T23:59:59Z and keeps the last one usable', async () => {
    expectProblem(
      await sandbox.call('POST', '/auth/credentials', {
        json: { name: 'x', expires_at: '9999-12-31T23:59:59-01:00' },
      }),
      422,
      'out_of_range',
      'expires_at',
    );
    const last = await sandbox.call('POST', '/auth/credentials', {
      json: { name: 'last', expires_at: '9999-12-31T23:59:59Z' },
    });
    expect(last.status).toBe(201);
    expect(last.body.expires_at).toBe('9999-12-31T23:59:59Z');
    expect((await sandbox.issueToken(last.body.client_id, last.body.client_secret)).status).toBe(200);
    await sandbox.call('DELETE', `/auth/credentials/${last.body.id}`);
  });

  it('revokes: no new tokens, issued tokens keep working, the last active one stays', async () => {
    const created = await sandbox.call('POST', '/auth/credentials', { json: { name: 'To revoke' } });
    const { client_id, client_secret } = created.body;
    const token = (await sandbox.issueToken(client_id, client_secret)).body.access_token;
    const revoked = await sandbox.call('DELETE', `/auth/credentials/${client_id}`);
    expect(revoked.status).toBe(204);
    expect(revoked.text).toBe('');
    expect((await sandbox.call('DELETE', `/auth/credentials/${client_id}`)).status).toBe(204);
    expectProblem(await sandbox.issueToken(client_id, client_secret), 401, 'invalid_client');
    expect((await sandbox.call('GET', '/customers', { token })).status).toBe(200);
    const list = await sandbox.call('GET', '/auth/credentials?limit=100');
    expect(list.body.data.find((item: { id: string }) => item.id === client_id).status).toBe('revoked');

    expectProblem(
      await sandbox.call('DELETE', '/auth/credentials/dinie_ci_00000000000000000000000000000000'),
      404,
      'credential_not_found',
    );
    expectProblem(await sandbox.call('DELETE', '/auth/credentials/not-an-id'), 404, 'credential_not_found');
    for (const credential of list.body.data) {
      if (credential.id !== sandbox.clientId && credential.status === 'active') {
        await sandbox.call('DELETE', `/auth/credentials/${credential.id}`);
      }
    }
    expectProblem(
      await sandbox.call('DELETE', `/auth/credentials/${sandbox.clientId}`),
      409,
      'last_active_credential',
    );
  });
});
