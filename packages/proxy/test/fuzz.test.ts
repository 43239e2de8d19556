import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActiveBorrower, activeBorrower } from './borrowers.ts';
import { FILES } from './fixtures.ts';
import { type Stack, startStack } from './stack.ts';

let stack: Stack;
let own: ActiveBorrower;
const RUNS = 50;

beforeAll(async () => {
  stack = await startStack();
  own = await activeBorrower(stack, 'fuzz-borrower', true);
});
afterAll(async () => {
  await stack?.close();
});

/** Header values fetch can send: visible ASCII and spaces. */
const headerValue = fc.string({
  unit: fc.constantFrom(...' !#$%&*+-./0123456789:;=?@ABCXYZ_abcxyz~'.split('')),
  maxLength: 80,
});
const pathId = (kind: 'customer' | 'offer' | 'loan') =>
  fc.oneof(
    fc.constant(
      kind === 'customer' ? own.customerId : kind === 'offer' ? own.offerId : (own.loanId as string),
    ),
    fc.string({ maxLength: 60 }).map(encodeURIComponent),
    fc
      .string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 32, maxLength: 32 })
      .map((hex) => `${{ customer: 'cust', offer: 'co', loan: 'ln' }[kind]}_${hex}`),
  );
const jsonValue = fc.oneof(fc.jsonValue(), fc.object());
/** A field map with the names a route knows, holding anything. */
const fieldName = (names: string[]) =>
  names.length > 0
    ? fc.oneof(fc.constantFrom(...names), fc.string({ maxLength: 12 }))
    : fc.string({ maxLength: 12 });
const fields = (names: string[]) => fc.dictionary(fieldName(names), fc.jsonValue(), { maxKeys: 8 });
const body = (names: string[]) =>
  fc.oneof(
    fields(names).map((value) => ({ kind: 'json' as const, text: JSON.stringify(value) })),
    jsonValue.map((value) => ({ kind: 'json' as const, text: JSON.stringify(value) ?? 'null' })),
    fc.string({ maxLength: 200 }).map((text) => ({ kind: 'json' as const, text })),
    fc.string({ maxLength: 200 }).map((text) => ({ kind: 'text' as const, text })),
  );
const query = (names: string[]) =>
  fc.dictionary(fieldName(names), fc.oneof(fc.string({ maxLength: 40 }), fc.integer().map(String)), {
    maxKeys: 4,
  });

async function send(
  method: string,
  path: string,
  input: { kind: 'json' | 'text'; text: string } | null,
  extra: Record<string, string> = {},
) {
  const headers: Record<string, string> = { authorization: `Bearer ${own.token}`, ...extra };
  if (input) headers['content-type'] = input.kind === 'json' ? 'application/json' : 'text/plain';
  const response = await fetch(`${stack.proxyUrl}${path}`, {
    method,
    headers,
    ...(input ? { body: input.text } : {}),
  });
  const text = await response.text();
  expect(response.status, `${method} ${path} ${input?.text ?? ''} → ${text}`).toBeLessThan(500);
  return response.status;
}

const withQuery = (path: string, params: Record<string, string>) => `${path}?${new URLSearchParams(params)}`;
const idempotency = fc.option(
  headerValue.map((key) => ({ 'Idempotency-Key': key })),
  { nil: {} },
);

describe('fuzzing every forwarded route: no 5xx, no crash', () => {
  it('POST /customers', async () => {
    await fc.assert(
      fc.asyncProperty(
        body(['cpf', 'cnpj', 'name', 'email', 'phone', 'trading_name', 'external_id']),
        idempotency,
        (input, extra) => send('POST', '/customers', input, extra).then(() => undefined),
      ),
      { numRuns: RUNS },
    );
  });

  it('GET /customers and GET /customers/{id}', async () => {
    await fc.assert(
      fc.asyncProperty(
        query(['cpf', 'external_id', 'status', 'limit', 'starting_after']),
        pathId('customer'),
        async (params, id) => {
          await send('GET', withQuery('/customers', params), null);
          await send('GET', `/customers/${id}`, null);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('PATCH /customers/{id}', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathId('customer'),
        body(['email', 'phone', 'name', 'trading_name', 'cnpj', 'cpf', 'external_id']),
        idempotency,
        (id, input, extra) => send('PATCH', `/customers/${id}`, input, extra).then(() => undefined),
      ),
      { numRuns: RUNS },
    );
  });

  it('POST /customers/{id}/documents', async () => {
    const file = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .constantFrom(FILES.pdf, FILES.jpeg, FILES.png)
        .chain((magic) =>
          fc.uint8Array({ maxLength: 100 }).map((tail) => Buffer.concat([magic.subarray(0, 8), tail])),
        ),
    );
    await fc.assert(
      fc.asyncProperty(
        pathId('customer'),
        fc.oneof(fc.constantFrom('ccmei', 'cnh', 'selfie', 'biometrics'), fc.string({ maxLength: 30 })),
        file,
        fc.constantFrom(
          'application/pdf',
          'image/jpeg',
          'image/png',
          'application/octet-stream',
          'text/html',
          '',
        ),
        fc.boolean(),
        async (id, type, bytes, mime, withType) => {
          const form = new FormData();
          if (withType) form.set('type', type);
          form.set('file', new Blob([new Uint8Array(bytes)], { type: mime }), 'f');
          const response = await fetch(`${stack.proxyUrl}/customers/${id}/documents`, {
            method: 'POST',
            headers: { authorization: `Bearer ${own.token}` },
            body: form,
          });
          expect(response.status, await response.text()).toBeLessThan(500);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('POST /customers/{id}/biometrics and GET /customers/{id}/credit-offers', async () => {
    await fc.assert(
      fc.asyncProperty(
        pathId('customer'),
        fc.option(body([]), { nil: null }),
        query(['status', 'limit', 'starting_after']),
        async (id, input, params) => {
          await send('POST', `/customers/${id}/biometrics`, input);
          await send('GET', withQuery(`/customers/${id}/credit-offers`, params), null);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('GET /credit-offers/{id} and POST /credit-offers/{id}/simulations', async () => {
    const simulation = fc.oneof(
      body(['requested_amount', 'installment_count']),
      fc
        .record({
          requested_amount: fc.oneof(
            fc.integer({ min: -1, max: 60_000 }).map((n) => `${n}.00`),
            fc.string({ maxLength: 12 }),
            fc.double(),
          ),
          installment_count: fc.oneof(fc.integer({ min: -2, max: 40 }), fc.string({ maxLength: 4 })),
        })
        .map((value) => ({ kind: 'json' as const, text: JSON.stringify(value) })),
    );
    await fc.assert(
      fc.asyncProperty(pathId('offer'), simulation, async (id, input) => {
        await send('GET', `/credit-offers/${id}`, null);
        await send('POST', `/credit-offers/${id}/simulations`, input);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /loans', async () => {
    const terms = fc
      .record({
        credit_offer_id: fc.oneof(fc.constant(own.offerId), fc.string({ maxLength: 40 }), fc.jsonValue()),
        simulation_id: fc.oneof(fc.constant(own.simulationId), fc.string({ maxLength: 40 }), fc.jsonValue()),
        installments: fc.oneof(fc.constant(own.terms.installments), fc.jsonValue()),
        installments_value: fc.oneof(fc.constant(own.terms.installments_value), fc.jsonValue()),
        first_due_date: fc.oneof(fc.constant(own.terms.first_due_date), fc.string({ maxLength: 12 })),
      })
      .map((value) => ({ kind: 'json' as const, text: JSON.stringify(value) }));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(terms, body(['credit_offer_id', 'simulation_id'])),
        idempotency,
        (input, extra) => send('POST', '/loans', input, extra).then(() => undefined),
      ),
      { numRuns: RUNS },
    );
  });

  it('GET /loans/{id} and GET /loans/{id}/transactions', async () => {
    await fc.assert(
      fc.asyncProperty(pathId('loan'), query(['limit', 'starting_after']), async (id, params) => {
        await send('GET', `/loans/${id}`, null);
        await send('GET', withQuery(`/loans/${id}/transactions`, params), null);
      }),
      { numRuns: RUNS },
    );
  });

  it('POST /session, GET /events and POST /webhooks with arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(body([]), headerValue, headerValue, async (input, value, signature) => {
        await send('POST', '/session', input, { 'x-test-borrower': value || 'fuzz' });
        const events = await fetch(`${stack.proxyUrl}/events`, {
          headers: { authorization: value, 'last-event-id': signature },
        });
        expect(events.status).toBeLessThan(500);
        await events.body?.cancel();
        const hook = await fetch(`${stack.proxyUrl}/webhooks`, {
          method: 'POST',
          headers: {
            'webhook-id': value || 'x',
            'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
            'webhook-signature': signature,
          },
          body: input.text,
        });
        expect(hook.status).toBeLessThan(500);
      }),
      { numRuns: RUNS },
    );
  });

  it('is still up and serving the borrower afterwards', async () => {
    const response = await stack.call(own.token, 'GET', `/loans/${own.loanId}`);
    expect(response.status).toBe(200);
  });
});
