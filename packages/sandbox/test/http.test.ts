import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower } from './support/brazilianIds.ts';
import { expectProblem } from './support/expectProblem.ts';
import { documentForm, PDF } from './support/files.ts';
import { customerWithOffer, loanRequest, registerCustomer } from './support/journeySteps.ts';
import { type Answer, send, startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

describe('routing', () => {
  it('answers unknown paths with 404 route_not_found and wrong methods with 405 and Allow', async () => {
    expectProblem(await sandbox.call('GET', '/nothing'), 404, 'route_not_found');
    expectProblem(await send(`${sandbox.server.url}/nothing`, 'GET'), 404, 'route_not_found');
    const wrong = await sandbox.call('PUT', '/customers', { json: {} });
    expectProblem(wrong, 405, 'method_not_allowed');
    expect(wrong.headers.get('allow')).toBe('POST, GET');
    expectProblem(await sandbox.call('DELETE', '/loans'), 405, 'method_not_allowed');
  });

  it('serves the SDK dialect under /api/v3 on the same state, with Location under that prefix', async () => {
    const borrower = freshBorrower();
    const json = { cpf: borrower.cpf, cnpj: borrower.cnpj, email: 'a@example.com', phone: '+5511987654321' };
    const answer = await send(`${sandbox.server.url}/api/v3/customers`, 'POST', {
      token: sandbox.token,
      json,
    });
    expect(answer.status).toBe(201);
    expect(answer.headers.get('location')).toBe(`/api/v3/customers/${answer.body.id}`);
    expect(answer.body.created_at).toEqual(expect.any(Number));
    const docs = await sandbox.call('GET', `/customers/${answer.body.id}`);
    expect(docs.status).toBe(200);
    expect(Date.parse(docs.body.created_at) / 1000).toBe(answer.body.created_at);
  });

  it('sends Location only where it resolves', async () => {
    const { offer } = await customerWithOffer(sandbox);
    // Documents and simulations cannot be read back one by one: no Location.
    const simulation = await sandbox.call('POST', `/credit-offers/${offer.id}/simulations`, {
      json: { requested_amount: '10000.00', installment_count: 6 },
    });
    expect(simulation.status).toBe(201);
    expect(simulation.headers.get('location')).toBeNull();
    const other = await registerCustomer(sandbox);
    const document = await sandbox.call('POST', `/customers/${other.id}/documents`, {
      form: documentForm('cnh', PDF),
    });
    expect(document.status).toBe(201);
    expect(document.headers.get('location')).toBeNull();
    const followed: Array<[string, Answer]> = [
      ['customer', await sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf } })],
      [
        'webhook endpoint',
        await sandbox.call('POST', '/webhooks/endpoints', { json: { url: 'http://127.0.0.1:9/hook' } }),
      ],
      ['loan', await sandbox.call('POST', '/loans', { json: loanRequest(simulation.body) })],
    ];
    for (const [what, answer] of followed) {
      expect(answer.status, what).toBe(201);
      const location = answer.headers.get('location') ?? '';
      expect(location, what).toMatch(/^\/v3\//);
      const read = await send(`${sandbox.server.url}${location}`, 'GET', { token: sandbox.token });
      expect(read.status, `${what} ${location}`).toBe(200);
      expect(read.body.id).toBe(answer.body.id);
    }
    // The reference documents the credential's Location; its only route is DELETE.
    const credential = await sandbox.call('POST', '/auth/credentials', { json: { name: 'located' } });
    const credentialLocation = credential.headers.get('location') ?? '';
    expect(credentialLocation).toBe(`/v3/auth/credentials/${credential.body.id}`);
    const revoked = await send(`${sandbox.server.url}${credentialLocation}`, 'DELETE', {
      token: sandbox.token,
    });
    expect(revoked.status).toBe(204);
  });

  it('puts X-Request-Id on every response, pages and preflights included', async () => {
    const page = await send(`${sandbox.server.url}/sandbox/signing/unknown`, 'GET');
    expect(page.status).toBe(404);
    expect(page.headers.get('x-request-id')).toMatch(/^req_[0-9a-f]{32}$/);
    const index = await send(`${sandbox.server.url}/`, 'GET');
    expect(index.body.base_url).toBe(`${sandbox.server.url}/v3`);
  });

  it('answers CORS preflights for browsers calling it directly', async () => {
    const preflight = await send(`${sandbox.base}/customers`, 'OPTIONS', {
      headers: { origin: 'http://localhost:6006', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('Idempotency-Key');
    const plain = await sandbox.call('GET', '/customers');
    expect(plain.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });
});

describe('limits', () => {
  it('refuses a JSON body over 1 MB with 413', async () => {
    const answer = await sandbox.call('POST', '/customers', {
      json: { cpf: 'x', filler: 'a'.repeat(1024 * 1024) },
    });
    expectProblem(answer, 413, 'payload_too_large');
  });

  it('rate-limits per credential with 429 and Retry-After', async () => {
    const limited = await startTestSandbox({ rateLimit: { limit: 3, windowSeconds: 60 } });
    try {
      const first = await limited.call('GET', '/customers');
      expect(first.headers.get('x-ratelimit-limit')).toBe('3');
      expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
      expect(Number(first.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
      expect((await limited.call('GET', '/customers')).headers.get('x-ratelimit-remaining')).toBe('0');
      const over = await limited.call('GET', '/customers');
      expectProblem(over, 429, 'rate_limit_exceeded');
      expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
      const created = await limited.call('POST', '/auth/credentials', { json: { name: 'other' } });
      expect(created.status).toBe(429);
      expectProblem(await limited.call('GET', '/customers', { token: null }), 401, 'missing_token');
    } finally {
      await limited.close();
    }
  });
});
