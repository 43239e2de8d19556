import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentForm, PDF } from './support/files.ts';
import { customerWithOffer } from './support/journeySteps.ts';
import { checkResponse } from './support/openapiValidator.ts';
import { startTestSandbox, type TestSandbox } from './support/testSandbox.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhookReceiver.ts';

/*
 * Issue 3: "PATCH corrections resume the review". An active customer whose KYC a reviewer
 * reopens goes back through `pending_kyc` → `under_review` → `active` once the item is
 * corrected, by PATCH for a data field and by a new upload for a document.
 */

let sandbox: TestSandbox;
let receiver: WebhookReceiver;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver();
  await sandbox.call('POST', '/webhooks/endpoints', { json: { url: receiver.url, events: ['customer.*'] } });
});

afterAll(async () => {
  await sandbox.close();
  await receiver.close();
  expect(sandbox.errors).toEqual([]);
});

/** The customer events of `id` since delivery `from`, as `type:status`. */
function eventsSince(id: string, from: number): string[] {
  return receiver.deliveries
    .slice(from)
    .filter((delivery) => delivery.json.data.id === id)
    .map((delivery) => `${delivery.json.type}:${String(delivery.json.data.status)}`);
}

async function statusOf(id: string): Promise<string> {
  return (await sandbox.call('GET', `/customers/${id}`)).body.status;
}

describe('a correction reopens and resumes the review', () => {
  it('active → correction → PATCH → under_review → active', async () => {
    const { customer, offer } = await customerWithOffer(sandbox);
    await sandbox.settle();
    expect(await statusOf(customer.id)).toBe('active');

    let mark = receiver.deliveries.length;
    const reopened = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
      json: { type: 'email', status: 'pending_correction', message: 'E-mail não confirmado.' },
    });
    expect(reopened.body.status).toBe('pending_kyc');
    await sandbox.settle();
    expect(eventsSince(customer.id, mark)).toEqual(['customer.kyc_updated:pending_kyc']);

    mark = receiver.deliveries.length;
    const fixed = await sandbox.call('PATCH', `/customers/${customer.id}`, {
      json: { email: 'certo@example.com' },
    });
    expect(fixed.status).toBe(200);
    expect(checkResponse('updateCustomer', 200, fixed.body)).toEqual([]);
    expect(fixed.body.status).toBe('under_review');
    expect(fixed.body.kyc.find((item: { type: string }) => item.type === 'email')).toMatchObject({
      status: 'submitted',
      message: null,
    });
    await sandbox.settle();
    expect(await statusOf(customer.id)).toBe('active');
    expect(eventsSince(customer.id, mark)).toEqual([
      'customer.kyc_updated:pending_kyc',
      'customer.under_review:under_review',
      'customer.kyc_updated:under_review',
      'customer.active:active',
    ]);
    const kyc = (await sandbox.call('GET', `/customers/${customer.id}`)).body.kyc;
    expect(kyc.find((item: { type: string }) => item.type === 'email').status).toBe('approved');
    // The offer it already had stands; no second one is minted.
    const offers = await sandbox.call('GET', `/customers/${customer.id}/credit-offers`);
    expect(offers.body.data.map((item: { id: string }) => item.id)).toEqual([offer.id]);
  });

  it('active → correction → re-upload → under_review → active', async () => {
    const { customer } = await customerWithOffer(sandbox);
    await sandbox.settle();

    let mark = receiver.deliveries.length;
    const reopened = await sandbox.call('POST', `/test_helpers/customers/${customer.id}/kyc/reject`, {
      json: { type: 'cnh', status: 'pending_correction', message: 'CNH ilegível.' },
    });
    expect(reopened.body.status).toBe('pending_kyc');
    expect(reopened.body.kyc.find((item: { type: string }) => item.type === 'cnh')).toMatchObject({
      status: 'pending_correction',
      message: 'CNH ilegível.',
    });
    await sandbox.settle();
    expect(eventsSince(customer.id, mark)).toEqual(['customer.kyc_updated:pending_kyc']);

    mark = receiver.deliveries.length;
    const uploaded = await sandbox.call('POST', `/customers/${customer.id}/documents`, {
      form: documentForm('cnh', PDF),
    });
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201);
    await sandbox.settle();
    expect(await statusOf(customer.id)).toBe('active');
    expect(eventsSince(customer.id, mark)).toEqual([
      'customer.kyc_updated:pending_kyc',
      'customer.under_review:under_review',
      'customer.kyc_updated:under_review',
      'customer.active:active',
    ]);
    const kyc = (await sandbox.call('GET', `/customers/${customer.id}`)).body.kyc;
    expect(kyc.find((item: { type: string }) => item.type === 'cnh')).toMatchObject({
      status: 'approved',
      message: null,
    });
  });
});
