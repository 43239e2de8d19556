import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eventually, registerBorrower, type Stack, startStack } from './stack.ts';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});
beforeEach(() => {
  stack.rebuild({});
});

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const eventId = () => `evt_${randomBytes(16).toString('hex')}`;

/** Posts a delivery signed like Dinie signs, with any secret, time and id. */
async function deliver(
  options: { secret?: string; at?: Date; id?: string; body?: string; signature?: string } = {},
) {
  const id = options.id ?? eventId();
  const body =
    options.body ??
    JSON.stringify({
      id,
      type: 'customer.active',
      timestamp: new Date().toISOString(),
      data: { id: 'cust_x', status: 'active', external_id: 'borrower-hooks' },
    });
  const at = options.at ?? new Date();
  const signature =
    options.signature ?? new Webhook(options.secret ?? stack.webhookSecret).sign(id, at, body);
  const response = await fetch(`${stack.proxyUrl}/webhooks`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body,
  });
  return { id, status: response.status, body: (await response.json()) as Record<string, unknown> };
}
const dispatched = (id: string) => stack.events.filter((entry) => entry.event.id === id).length;

describe('webhook receiver', () => {
  it('accepts a delivery signed with the endpoint secret and dispatches it once, to its borrower', async () => {
    const result = await deliver();
    expect(result).toMatchObject({ status: 200, body: { received: true } });
    expect(dispatched(result.id)).toBe(1);
    expect(stack.events.find((entry) => entry.event.id === result.id)?.externalId).toBe('borrower-hooks');
  });

  it('refuses a forged signature with 401 and dispatches nothing', async () => {
    const result = await deliver({ secret: newSecret() });
    expect(result).toMatchObject({ status: 401, body: { code: 'invalid_webhook_signature' } });
    expect(dispatched(result.id)).toBe(0);
    const garbage = await deliver({ signature: 'v1,AAAA v2,BBBB' });
    expect(garbage.status).toBe(401);
  });

  it('refuses a stale delivery (more than 5 minutes old) with 401, though correctly signed', async () => {
    const result = await deliver({ at: new Date(Date.now() - 6 * 60 * 1000) });
    expect(result).toMatchObject({ status: 401, body: { code: 'webhook_timestamp_out_of_tolerance' } });
    expect(dispatched(result.id)).toBe(0);
  });

  it('answers a replayed webhook-id 200 without dispatching it again', async () => {
    const first = await deliver();
    // Dinie's retries keep the id and sign a new timestamp; an attacker's replay is the same bytes.
    const retry = await deliver({ id: first.id });
    expect(retry).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
    expect(dispatched(first.id)).toBe(1);
  });

  it('refuses malformed deliveries with 400', async () => {
    const notJson = await deliver({ body: 'hello' });
    expect(notJson).toMatchObject({ status: 400, body: { code: 'malformed_event' } });
    const response = await fetch(`${stack.proxyUrl}/webhooks`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: 'missing_webhook_headers' });
  });

  it('refuses a body over the JSON limit with 413', async () => {
    const result = await deliver({
      body: JSON.stringify({ type: 'customer.active', data: { pad: 'x'.repeat(200_000) } }),
    });
    expect(result).toMatchObject({ status: 413, body: { code: 'body_too_large' } });
  });

  it('answers 500 when onEvent throws and handles the redelivery', async () => {
    let failures = 1;
    stack.rebuild({
      onEvent: (event, context) => {
        if (failures-- > 0) throw new Error('partner database down');
        stack.events.push({ event, externalId: context.externalId });
      },
    });
    const first = await deliver();
    expect(first).toMatchObject({ status: 500, body: { code: 'internal_error' } });
    const redelivery = await deliver({ id: first.id });
    expect(redelivery).toMatchObject({ status: 200, body: { received: true } });
    expect(dispatched(first.id)).toBe(1);
  });

  it('accepts real deliveries from the sandbox and attributes them to the borrower', async () => {
    const refusalsBefore = stack.logs.filter((entry) => entry.msg === 'webhook refused').length;
    const borrower = await registerBorrower(stack, 'borrower-real-hooks');
    await eventually(() => {
      const created = stack.events.find(
        (entry) => entry.event.type === 'customer.created' && entry.event.data.id === borrower.customerId,
      );
      expect(created?.externalId).toBe('borrower-real-hooks');
    });
    expect(stack.logs.filter((entry) => entry.msg === 'webhook refused').length).toBe(refusalsBefore);
  });

  describe('rotation', () => {
    it('keeps verifying while Dinie signs with both secrets, and after the switch', async () => {
      const oldSecret = stack.webhookSecret;
      const rotation = await stack.partner(
        'POST',
        `/webhooks/endpoints/${stack.webhookEndpointId}/secret/rotate`,
        {
          expire_current_in: 3600,
        },
      );
      const rotated = rotation.secret as string;
      expect(rotated).toMatch(/^whsec_/);
      expect(rotated).not.toBe(oldSecret);

      // During the grace period the sandbox signs with both: a proxy knowing only one still accepts.
      for (const secrets of [[oldSecret], [rotated], [rotated, oldSecret]]) {
        stack.rebuild({ webhookSecret: secrets });
        const borrower = await registerBorrower(
          stack,
          `borrower-rotation-${secrets.length}-${secrets[0]?.slice(6, 10)}`,
        );
        await eventually(() => {
          expect(
            stack.events.some(
              (entry) =>
                entry.event.type === 'customer.created' && entry.event.data.id === borrower.customerId,
            ),
          ).toBe(true);
        });
      }

      // Hand-signed: both secrets are accepted during the rotation, the old one no longer after it.
      stack.rebuild({ webhookSecret: [rotated, oldSecret] });
      expect((await deliver({ secret: rotated })).status).toBe(200);
      expect((await deliver({ secret: oldSecret })).status).toBe(200);
      stack.rebuild({ webhookSecret: rotated });
      expect((await deliver({ secret: oldSecret })).status).toBe(401);
      expect((await deliver({ secret: rotated })).status).toBe(200);
    });
  });
});
