import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { ProblemError } from './problem.ts';
import { createWebhookVerifier } from './webhooks.ts';

const OLD_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const NEW_SECRET = `whsec_${Buffer.from('a brand new secret of 32 bytes!!').toString('base64')}`;
const body = JSON.stringify({
  id: 'evt_1',
  type: 'customer.active',
  timestamp: '2026-03-04T10:00:00Z',
  data: { id: 'cust_1' },
});

function signed(secret: string, payload = body, at = new Date(), id = 'evt_1') {
  const signature = new Webhook(secret).sign(id, at, payload);
  return {
    raw: Buffer.from(payload),
    headers: {
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
  };
}

function refusal(run: () => unknown): { status: number; code: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ProblemError);
    return { status: (error as ProblemError).status, code: (error as ProblemError).code };
  }
  throw new Error('expected a refusal');
}

describe('createWebhookVerifier', () => {
  const verify = createWebhookVerifier([OLD_SECRET]);

  it('accepts a delivery signed with the secret and returns the event', () => {
    const { raw, headers } = signed(OLD_SECRET);
    expect(verify(raw, headers)).toMatchObject({
      id: 'evt_1',
      type: 'customer.active',
      data: { id: 'cust_1' },
    });
  });

  it('refuses a forged signature and a changed body with 401', () => {
    const forged = signed(`whsec_${Buffer.from('not the secret').toString('base64')}`);
    expect(refusal(() => verify(forged.raw, forged.headers))).toEqual({
      status: 401,
      code: 'invalid_webhook_signature',
    });
    const genuine = signed(OLD_SECRET);
    const tampered = Buffer.from(body.replace('cust_1', 'cust_2'));
    expect(refusal(() => verify(tampered, genuine.headers))).toEqual({
      status: 401,
      code: 'invalid_webhook_signature',
    });
  });

  it('refuses a stale or future timestamp with 401, even when the signature is right', () => {
    const stale = signed(OLD_SECRET, body, new Date(Date.now() - 6 * 60 * 1000));
    expect(refusal(() => verify(stale.raw, stale.headers))).toEqual({
      status: 401,
      code: 'webhook_timestamp_out_of_tolerance',
    });
    const future = signed(OLD_SECRET, body, new Date(Date.now() + 6 * 60 * 1000));
    expect(refusal(() => verify(future.raw, future.headers))).toEqual({
      status: 401,
      code: 'webhook_timestamp_out_of_tolerance',
    });
    const recent = signed(OLD_SECRET, body, new Date(Date.now() - 4 * 60 * 1000));
    expect(verify(recent.raw, recent.headers).type).toBe('customer.active');
  });

  it('refuses missing headers and a malformed timestamp with 400', () => {
    const { raw, headers } = signed(OLD_SECRET);
    expect(refusal(() => verify(raw, { ...headers, 'webhook-signature': undefined }))).toEqual({
      status: 400,
      code: 'missing_webhook_headers',
    });
    expect(refusal(() => verify(raw, { ...headers, 'webhook-timestamp': 'yesterday' }))).toEqual({
      status: 400,
      code: 'invalid_webhook_timestamp',
    });
  });

  it('refuses a correctly signed body that is not an event with 400', () => {
    for (const payload of ['not json', '[]', '{"type":"x"}', '{"data":{}}']) {
      const { raw, headers } = signed(OLD_SECRET, payload);
      expect(refusal(() => verify(raw, headers))).toEqual({ status: 400, code: 'malformed_event' });
    }
  });

  it('accepts either secret during a rotation, and a header carrying both signatures', () => {
    const rotating = createWebhookVerifier([NEW_SECRET, OLD_SECRET]);
    const byOld = signed(OLD_SECRET);
    const byNew = signed(NEW_SECRET);
    expect(rotating(byOld.raw, byOld.headers).type).toBe('customer.active');
    expect(rotating(byNew.raw, byNew.headers).type).toBe('customer.active');
    const both = {
      ...byNew.headers,
      'webhook-signature': `${byNew.headers['webhook-signature']} ${byOld.headers['webhook-signature']}`,
    };
    expect(createWebhookVerifier([OLD_SECRET])(byNew.raw, both).type).toBe('customer.active');
    // After the rotation the old secret is gone from the list and its signatures stop working.
    expect(refusal(() => createWebhookVerifier([NEW_SECRET])(byOld.raw, byOld.headers)).code).toBe(
      'invalid_webhook_signature',
    );
  });
});
