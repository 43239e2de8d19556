import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshBorrower } from './support/brazilianIds.ts';
import { expectProblem } from './support/expectProblem.ts';
import { checkResponse } from './support/openapiValidator.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

let sandbox: TestSandbox;
let receiver: WebhookReceiver;

beforeAll(async () => {
  sandbox = await startTestSandbox({ webhookRetryDelaysMs: [40, 80] });
  receiver = await startWebhookReceiver();
});

afterAll(async () => {
  await sandbox.close();
  await receiver.close();
  expect(sandbox.errors).toEqual([]);
});

const register = () => sandbox.call('POST', '/customers', { json: { cpf: freshBorrower().cpf } });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function endpoint(json: Record<string, unknown>) {
  const answer = await sandbox.call('POST', '/webhooks/endpoints', { json: { url: receiver.url, ...json } });
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

describe('webhook endpoint management', () => {
  it('validates url, events, description and status', async () => {
    const post = (json: unknown) => sandbox.call('POST', '/webhooks/endpoints', { json });
    expectProblem(await post({}), 422, 'missing_required_field', 'url');
    expectProblem(await post({ url: 'not a url' }), 422, 'invalid_format', 'url');
    expectProblem(await post({ url: 'ftp://example.com/hook' }), 422, 'invalid_format', 'url');
    expectProblem(await post({ url: 'http://partner.example.com/hook' }), 422, 'insecure_url', 'url');
    expectProblem(
      await post({ url: 'https://partner.example.com/hook', events: 'loan.*' }),
      422,
      'invalid_type',
      'events',
    );
    expectProblem(
      await post({ url: 'https://partner.example.com/hook', events: ['loan.*', 'loan.exploded'] }),
      422,
      'invalid_value',
      'events[1]',
    );
    expectProblem(
      await post({ url: 'https://partner.example.com/hook', events: [7] }),
      422,
      'invalid_type',
      'events[0]',
    );
    expectProblem(
      await post({ url: 'https://partner.example.com/hook', description: 5 }),
      422,
      'invalid_type',
      'description',
    );
    for (const url of [
      'https://partner.example.com/hook',
      'http://localhost:9/hook',
      'http://127.0.0.1:9/x',
      'http://[::1]:9/x',
    ]) {
      expect((await post({ url })).status).toBe(201);
    }
  });

  it('reads, updates, rotates and deletes', async () => {
    const created = await endpoint({ events: ['customer.*'], description: null });
    expect(checkResponse('createWebhookEndpoint', 201, created)).toEqual([]);
    expect(created).toMatchObject({ events: ['customer.*'], description: null, status: 'active' });
    const path = `/webhooks/endpoints/${created.id}`;
    const read = await sandbox.call('GET', path);
    expect(checkResponse('getWebhookEndpoint', 200, read.body)).toEqual([]);
    expect(read.body).not.toHaveProperty('secret');
    const patched = await sandbox.call('PATCH', path, { json: { events: [], description: 'tudo' } });
    expect(patched.body).toMatchObject({ events: [], description: 'tudo' });
    expectProblem(await sandbox.call('PATCH', path, { json: {} }), 422, 'missing_required_field');
    expectProblem(
      await sandbox.call('PATCH', path, { json: { status: 'paused' } }),
      422,
      'invalid_value',
      'status',
    );
    expectProblem(
      await sandbox.call('PATCH', path, { json: { url: 'http://example.com' } }),
      422,
      'insecure_url',
      'url',
    );
    const rotated = await sandbox.call('POST', `${path}/secret/rotate`);
    expect(checkResponse('rotateWebhookSecret', 200, rotated.body)).toEqual([]);
    expect(rotated.body.secret).not.toBe(created.secret);
    expectProblem(
      await sandbox.call('POST', `${path}/secret/rotate`, { json: { expire_current_in: 86_401 } }),
      422,
      'out_of_range',
      'expire_current_in',
    );
    expectProblem(
      await sandbox.call('POST', `${path}/secret/rotate`, { json: { expire_current_in: -1 } }),
      422,
      'out_of_range',
      'expire_current_in',
    );
    const deleted = await sandbox.call('DELETE', path);
    expect(deleted.status).toBe(204);
    expectProblem(await sandbox.call('GET', path), 404, 'webhook_endpoint_not_found');
    expectProblem(await sandbox.call('DELETE', path), 404, 'webhook_endpoint_not_found');
    expectProblem(
      await sandbox.call('PATCH', '/webhooks/endpoints/we_nope', { json: { status: 'active' } }),
      404,
      'webhook_endpoint_not_found',
    );
  });
});

describe('webhook delivery', () => {
  it('delivers only subscribed events, and nothing once disabled or deleted', async () => {
    for (const listed of (await sandbox.call('GET', '/webhooks/endpoints?limit=100')).body.data) {
      await sandbox.call('DELETE', `/webhooks/endpoints/${listed.id}`);
    }
    const onlyActive = await endpoint({ events: ['customer.active'] });
    await register();
    await sandbox.settle();
    expect(receiver.deliveries).toHaveLength(0);
    await sandbox.call('PATCH', `/webhooks/endpoints/${onlyActive.id}`, {
      json: { events: ['customer.created'] },
    });
    await register();
    await sandbox.settle();
    expect(receiver.types()).toEqual(['customer.created']);
    await sandbox.call('PATCH', `/webhooks/endpoints/${onlyActive.id}`, { json: { status: 'disabled' } });
    await register();
    await sandbox.settle();
    expect(receiver.deliveries).toHaveLength(1);
    await sandbox.call('DELETE', `/webhooks/endpoints/${onlyActive.id}`);
  });

  it('retries failed deliveries with the same webhook-id, re-signed each time', async () => {
    receiver.deliveries.length = 0;
    const created = await endpoint({ events: ['customer.created'] });
    let attempts = 0;
    receiver.respondWith(() => (++attempts < 3 ? 500 : 200));
    await register();
    await sandbox.settle();
    await sleep(300);
    await sandbox.settle();
    expect(receiver.deliveries.map((delivery) => delivery.answered)).toEqual([500, 500, 200]);
    const ids = new Set(receiver.deliveries.map((delivery) => delivery.headers['webhook-id']));
    expect(ids.size).toBe(1);
    expect(new Set(receiver.deliveries.map((delivery) => delivery.json.delivery_id)).size).toBe(3);
    const webhook = new Webhook(created.secret);
    for (const delivery of receiver.deliveries) {
      expect(() => webhook.verify(delivery.body, delivery.headers as Record<string, string>)).not.toThrow();
    }
    receiver.respondWith(204);
    await sandbox.call('DELETE', `/webhooks/endpoints/${created.id}`);
  });

  it('gives up after the last retry', async () => {
    receiver.deliveries.length = 0;
    const created = await endpoint({ events: ['customer.created'] });
    receiver.respondWith(503);
    await register();
    await sandbox.settle();
    await sleep(300);
    await sandbox.settle();
    expect(receiver.deliveries).toHaveLength(3);
    receiver.respondWith(204);
    await sandbox.call('DELETE', `/webhooks/endpoints/${created.id}`);
  });

  it('counts an unreachable receiver as a failed attempt without breaking anything', async () => {
    const dead = await sandbox.call('POST', '/webhooks/endpoints', {
      json: { url: 'http://127.0.0.1:9/nothing-here' },
    });
    expect(dead.status).toBe(201);
    expect((await register()).status).toBe(201);
    await sandbox.settle();
    await sandbox.call('DELETE', `/webhooks/endpoints/${dead.body.id}`);
  });
});
