import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintRequest } from '../src/http/fingerprint.ts';
import { createSandbox, type SandboxSnapshot } from '../src/index.ts';
import { freshBorrower } from './support/brazilianIds.ts';
import { expectProblem } from './support/expectProblem.ts';
import { documentForm } from './support/files.ts';
import { registerCustomer } from './support/journeySteps.ts';
import { send, startTestSandbox, type TestSandbox } from './support/testSandbox.ts';

let sandbox: TestSandbox;

beforeAll(async () => {
  sandbox = await startTestSandbox();
});

afterAll(async () => {
  await sandbox.close();
  expect(sandbox.errors).toEqual([]);
});

describe('Idempotency-Key', () => {
  it('treats /v3 and /api/v3 as the same operation', async () => {
    const json = { cpf: freshBorrower().cpf, external_id: 'idem-prefix' };
    const headers = { 'idempotency-key': 'key-prefix' };
    const first = await sandbox.call('POST', '/customers', { json, headers });
    expect(first.status).toBe(201);
    const apiBase = sandbox.base.replace(/\/v3$/, '/api/v3');
    const again = await send(`${apiBase}/customers`, 'POST', { json, headers, token: sandbox.token });
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    // The stored response, replayed in the dialect of the repeat (Unix seconds under /api/v3).
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.created_at).toBe(Date.parse(first.body.created_at) / 1000);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await send(`${apiBase}/webhooks/endpoints`, 'POST', {
      json,
      headers,
      token: sandbox.token,
    });
    expectProblem(other, 409, 'idempotency_key_reused');
  });

  it('replays the first response (status, body, Location) with Idempotent-Replayed', async () => {
    const json = { cpf: freshBorrower().cpf, external_id: 'idem-1' };
    const headers = { 'idempotency-key': 'key-1' };
    const first = await sandbox.call('POST', '/customers', { json, headers });
    expect(first.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const again = await sandbox.call('POST', '/customers', {
      json: { external_id: 'idem-1', cpf: json.cpf },
      headers,
    });
    expect(again.status).toBe(201);
    expect(again.text).toBe(first.text);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const listed = await sandbox.call('GET', '/customers?external_id=idem-1');
    expect(listed.body.data).toHaveLength(1);
  });

  it('answers 409 idempotency_key_reused for the same key with another body or path', async () => {
    const headers = { 'idempotency-key': 'key-2' };
    expect(
      (await sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf }, headers })).status,
    ).toBe(201);
    expectProblem(
      await sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf }, headers }),
      409,
      'idempotency_key_reused',
    );
    expectProblem(
      await sandbox.call('POST', '/auth/credentials', { json: { name: 'x' }, headers }),
      409,
      'idempotency_key_reused',
    );
  });

  it('also reads X-Idempotency-Key, and ignores the key on GET', async () => {
    const headers = { 'x-idempotency-key': 'key-3' };
    const first = await sandbox.call('POST', '/auth/credentials', { json: { name: 'once' }, headers });
    const again = await sandbox.call('POST', '/auth/credentials', { json: { name: 'once' }, headers });
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.client_secret).toBe(first.body.client_secret);
    expect((await sandbox.call('GET', '/customers', { headers })).status).toBe(200);
  });

  it('matches multipart retries whatever their boundary', async () => {
    const customer = await registerCustomer(sandbox);
    const headers = { 'idempotency-key': 'upload-1' };
    const path = `/customers/${customer.id}/documents`;
    const first = await sandbox.call('POST', path, { form: documentForm('cnh'), headers });
    const again = await sandbox.call('POST', path, { form: documentForm('cnh'), headers });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.id).toBe(first.body.id);
  });

  it('scopes keys per credential and forgets them after 24 h of sandbox time', async () => {
    const json = { name: 'scoped' };
    const headers = { 'idempotency-key': 'key-4' };
    const mine = await sandbox.call('POST', '/auth/credentials', { json, headers });
    const other = (await sandbox.issueToken(mine.body.client_id, mine.body.client_secret)).body.access_token;
    const theirs = await sandbox.call('POST', '/auth/credentials', { json, headers, token: other });
    expect(theirs.headers.get('idempotent-replayed')).toBeNull();
    expect(theirs.body.id).not.toBe(mine.body.id);
    sandbox.server.sandbox.clock.advance(1);
    const later = await sandbox.call('POST', '/auth/credentials', { json, headers });
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(later.body.id).not.toBe(mine.body.id);
  });

  it('does not store failures: the same key runs again once the request is fixed', async () => {
    const headers = { 'idempotency-key': 'key-5' };
    expectProblem(
      await sandbox.call('POST', '/customers', { json: { cpf: '1' }, headers }),
      422,
      'invalid_cpf',
    );
    expectProblem(
      await sandbox.call('POST', '/customers', { json: { cpf: '1' }, headers }),
      422,
      'invalid_cpf',
    );
    expectProblem(
      await sandbox.call('POST', '/customers', { json: {}, headers: { 'idempotency-key': 'k'.repeat(256) } }),
      400,
      'invalid_idempotency_key',
    );
  });

  it('answers 409 idempotency_key_in_use while the first request runs', async () => {
    const clientId = 'dinie_ci_00000000000000000000000000000001';
    const body = JSON.stringify({ name: 'running' });
    const fingerprint = await fingerprintRequest(
      'POST',
      '/auth/credentials',
      'application/json',
      new TextEncoder().encode(body),
    );
    const snapshot: SandboxSnapshot = {
      version: 1,
      clockOffsetMs: 0,
      jwtSecret: '11'.repeat(32),
      initialCredential: { clientId, clientSecret: 'dinie_cs_test_x' },
      credentials: [],
      customers: [],
      documents: [],
      biometrics: [],
      offers: [],
      simulations: [],
      loans: [],
      transactions: [],
      webhookEndpoints: [],
      idempotency: [
        {
          scope: `${clientId} busy`,
          fingerprint,
          state: 'running',
          status: 0,
          headers: [],
          body: '',
          createdAt: new Date().toISOString(),
        },
      ],
    };
    const local = createSandbox({ persistence: { load: () => snapshot, save: () => undefined } });
    const tokenResponse = await local.fetch(
      new Request('http://sandbox.test/v3/auth/token', {
        method: 'POST',
        headers: {
          authorization: `Basic ${btoa(`${clientId}:dinie_cs_test_x`)}`,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
      }),
    );
    const { access_token } = await tokenResponse.json();
    const answer = await local.fetch(
      new Request('http://sandbox.test/v3/auth/credentials', {
        method: 'POST',
        headers: {
          authorization: `Bearer ${access_token}`,
          'content-type': 'application/json',
          'idempotency-key': 'busy',
        },
        body,
      }),
    );
    expect(answer.status).toBe(409);
    expect((await answer.json()).code).toBe('idempotency_key_in_use');
    await local.close();
  });
});
